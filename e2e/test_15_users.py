"""User management in a real browser: an administrator adds a rep, edits and disables them; the rep
changes their own password before that."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (ensure_logged_in, field_error, fill, log_in, logout_button, mark_document, submit_and_wait,
                     wait_for, wait_for_new_document, wait_for_path)

REP_EMAIL = "rep.e2e@example.fr"


def open_page(browser, base_url, path):
    mark_document(browser)
    browser.get(base_url + path)
    wait_for_new_document(browser)


def log_out(browser):
    submit_and_wait(browser, logout_button(browser))


def test_add_a_rep_who_changes_their_password_then_is_disabled(browser, base_url):
    ensure_logged_in(browser, base_url)
    open_page(browser, base_url, "/users")
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    fill(browser, "name", "Rep E2E", form)
    fill(browser, "email", REP_EMAIL, form)
    Select(form.find_element(By.NAME, "role")).select_by_value("rep")
    fill(browser, "password", "premier-secret", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Rep E2E" in browser.find_element(By.CSS_SELECTOR, "main .flash").text

    log_out(browser)
    log_in(browser, base_url, REP_EMAIL, "premier-secret")
    open_page(browser, base_url, "/profile")
    form = browser.find_element(By.CSS_SELECTOR, "form[action='/profile/password']")
    fill(browser, "currentPassword", "pas-le-bon", form)
    fill(browser, "password", "second-secret", form)
    fill(browser, "passwordConfirmation", "second-secret", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert field_error(browser, "currentPassword")
    form = browser.find_element(By.CSS_SELECTOR, "form[action='/profile/password']")
    fill(browser, "currentPassword", "premier-secret", form)
    fill(browser, "password", "second-secret", form)
    fill(browser, "passwordConfirmation", "second-secret", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Mot de passe changé" in browser.find_element(By.CSS_SELECTOR, "main .flash").text

    log_out(browser)
    ensure_logged_in(browser, base_url)
    open_page(browser, base_url, "/users")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "tbody a") if a.text.startswith("Rep E2E"))
    mark_document(browser)
    link.click()
    wait_for_new_document(browser)
    form = wait_for(browser, "form.record-form")
    checkbox = form.find_element(By.NAME, "active")
    assert checkbox.is_selected()
    checkbox.click()
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    row = next(tr for tr in browser.find_elements(By.CSS_SELECTOR, "tbody tr") if "Rep E2E" in tr.text)
    assert "désactivé" in row.text

    log_out(browser)
    open_page(browser, base_url, "/login")
    form = wait_for(browser, "main form")
    fill(browser, "email", REP_EMAIL, form)
    fill(browser, "password", "second-secret", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary")  # refused, same message as a wrong password
    ensure_logged_in(browser, base_url)
