"""First run: the one-time setup page creates the administrator, then disappears."""
from selenium.webdriver.common.by import By

from support import (number_in, ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD, field_error, fill, logout_button, path_of,
                     submit_and_wait, wait_for, wait_for_path)


def test_home_redirects_to_setup_on_a_new_database(browser, base_url):
    browser.get(base_url + "/")
    wait_for_path(browser, "/setup")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    form = wait_for(browser, "form[action='/setup']")
    for name in ("name", "email", "password", "passwordConfirmation"):
        assert form.find_element(By.NAME, name).is_displayed(), name
    # Nobody is logged in yet: no navigation, no logout button.
    assert logout_button(browser) is None


def test_mismatched_passwords_reshow_the_form_with_the_error_beside_the_field(browser, base_url):
    browser.get(base_url + "/setup")
    form = wait_for(browser, "form[action='/setup']")
    fill(browser, "name", ADMIN_NAME, form)
    fill(browser, "email", ADMIN_EMAIL, form)
    fill(browser, "password", ADMIN_PASSWORD, form)
    fill(browser, "passwordConfirmation", ADMIN_PASSWORD + "x", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    assert path_of(browser) == "/setup"
    # What was typed comes back (accents included); passwords are never re-shown.
    assert browser.find_element(By.NAME, "name").get_attribute("value") == ADMIN_NAME
    assert browser.find_element(By.NAME, "email").get_attribute("value") == ADMIN_EMAIL
    assert browser.find_element(By.NAME, "password").get_attribute("value") == ""
    assert browser.find_element(By.NAME, "passwordConfirmation").get_attribute("value") == ""
    # The error sits beside the confirmation field, and only there.
    message = field_error(browser, "passwordConfirmation")
    assert message and "passe" in message.lower(), message
    assert field_error(browser, "name") is None
    assert field_error(browser, "email") is None
    assert browser.find_element(By.NAME, "passwordConfirmation").get_attribute("aria-invalid") == "true"
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary[role=alert]")
    # Still no user: the home page still leads to the setup.
    browser.get(base_url + "/")
    wait_for_path(browser, "/setup")


def test_setup_creates_the_administrator_and_logs_in(browser, base_url):
    browser.get(base_url + "/setup")
    form = wait_for(browser, "form[action='/setup']")
    fill(browser, "name", ADMIN_NAME, form)
    fill(browser, "email", ADMIN_EMAIL, form)
    fill(browser, "password", ADMIN_PASSWORD, form)
    fill(browser, "passwordConfirmation", ADMIN_PASSWORD, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    wait_for_path(browser, "/accounts")
    assert logout_button(browser) is not None
    flash = browser.find_element(By.CSS_SELECTOR, "main .flash").text
    assert ADMIN_NAME in flash, flash
    # An empty file: 0 accounts.
    assert number_in(browser.find_element(By.CSS_SELECTOR, "p.count").text) == 0
    nav = browser.find_element(By.CSS_SELECTOR, "header nav").text
    assert "Comptes" in nav and "Utilisateurs" in nav  # the administrator sees the users page


def test_setup_page_is_gone_once_an_administrator_exists(browser, base_url):
    browser.get(base_url + "/setup")
    wait_for_path(browser, "/login")
