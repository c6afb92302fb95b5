"""Log out, then log in again: a wrong password is refused with a message, the right one works."""
from selenium.webdriver.common.by import By

from support import (ADMIN_EMAIL, ADMIN_PASSWORD, ensure_logged_in, fill, log_in, logout_button, path_of,
                     submit_and_wait, wait_for, wait_for_path)


def test_log_out(browser, base_url):
    ensure_logged_in(browser, base_url)
    submit_and_wait(browser, logout_button(browser))
    wait_for_path(browser, "/login")
    assert logout_button(browser) is None
    # Pages behind the login now send back to the login page, remembering where we were going.
    browser.get(base_url + "/accounts/stats")
    wait_for_path(browser, "/login")
    assert "next=" in browser.current_url and "stats" in browser.current_url


def test_log_out_says_so(browser, base_url):
    """After "Se déconnecter" the login page confirms it (the app has the text "Vous êtes
    déconnecté." for that)."""
    ensure_logged_in(browser, base_url)
    submit_and_wait(browser, logout_button(browser))
    wait_for_path(browser, "/login")
    flashes = browser.find_elements(By.CSS_SELECTOR, "main .flash")
    assert flashes and "déconnecté" in flashes[0].text, "no confirmation after logging out"


def test_wrong_password_shows_an_error(browser, base_url):
    browser.get(base_url + "/login")
    form = wait_for(browser, "form[action='/login']")
    fill(browser, "email", ADMIN_EMAIL, form)
    fill(browser, "password", ADMIN_PASSWORD + "-wrong", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    assert path_of(browser) == "/login"
    alert = browser.find_element(By.CSS_SELECTOR, ".error-summary[role=alert]").text
    assert "incorrect" in alert.lower(), alert
    assert browser.find_element(By.NAME, "email").get_attribute("value") == ADMIN_EMAIL
    assert browser.find_element(By.NAME, "password").get_attribute("value") == ""
    assert logout_button(browser) is None
    browser.get(base_url + "/accounts")
    wait_for_path(browser, "/login")


def test_unknown_email_shows_the_same_error(browser, base_url):
    log_in(browser, base_url, email="personne@example.fr", password=ADMIN_PASSWORD)
    assert path_of(browser) == "/login"
    assert "incorrect" in browser.find_element(By.CSS_SELECTOR, ".error-summary").text.lower()


def test_right_password_logs_in_and_goes_back_to_the_page_asked_for(browser, base_url):
    browser.get(base_url + "/accounts/stats")
    wait_for_path(browser, "/login")
    form = wait_for(browser, "form[action='/login']")
    # The e-mail is matched without regard to case or surrounding spaces.
    fill(browser, "email", "  " + ADMIN_EMAIL.upper() + " ", form)
    fill(browser, "password", ADMIN_PASSWORD, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for_path(browser, "/accounts/stats")
    assert logout_button(browser) is not None
