"""Adding a contact (interlocuteur) to an imported account."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (ensure_sirene_imported, field_error, fill, mark_document, open_account_by_siret,
                     path_of, row_by_siret, submit_and_wait, wait_for, wait_for_new_document,
                     wait_for_path)

SIRET = "39009842400034"  # BAR PIERRE, line 2 of the file
state: dict = {}


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def open_contact_form(browser, base_url):
    open_account_by_siret(browser, base_url, SIRET)
    state["account_path"] = path_of(browser)
    assert browser.find_element(By.CSS_SELECTOR, "main .empty").text  # "no contact yet"
    link = browser.find_element(By.CSS_SELECTOR, f"main a[href='{state['account_path']}/contacts/new']")
    assert link.text == "Ajouter un interlocuteur"
    mark_document(browser)
    link.click()
    wait_for_new_document(browser)
    form = wait_for(browser, "form.record-form")
    assert row_by_siret(SIRET).name in browser.find_element(By.CSS_SELECTOR, "main h1").text
    return form


def test_a_contact_needs_a_last_name(browser, base_url):
    form = open_contact_form(browser, base_url)
    fill(browser, "firstName", "Élodie", form)
    fill(browser, "jobTitle", "Gérante", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert field_error(browser, "lastName")
    assert browser.find_element(By.NAME, "firstName").get_attribute("value") == "Élodie"
    assert browser.find_element(By.NAME, "jobTitle").get_attribute("value") == "Gérante"


def test_add_a_contact(browser, base_url):
    form = open_contact_form(browser, base_url)
    Select(form.find_element(By.NAME, "civility")).select_by_visible_text("Mme")
    fill(browser, "firstName", "Élodie", form)
    fill(browser, "lastName", "Durand", form)
    fill(browser, "jobTitle", "Gérante", form)
    Select(form.find_element(By.NAME, "role")).select_by_visible_text("Décideur")
    fill(browser, "phone", "0491541234", form)
    fill(browser, "email", "elodie.durand@example.fr", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    wait_for_path(browser, state["account_path"])
    item = browser.find_element(By.CSS_SELECTOR, "main ul.contact-list li")
    text = item.text.replace("\u00a0", " ")
    assert "Élodie" in text and "Durand" in text
    assert "Gérante" in text
    assert "Décideur" in text
    assert "04 91 54 12 34" in text  # typed 0491541234, shown in pairs (French style)
    assert "elodie.durand@example.fr" in text
    assert "Durand" in browser.find_element(By.CSS_SELECTOR, "main .flash").text
    # The contacts section no longer says it is empty (the order history below may still be).
    assert not [e for e in browser.find_elements(By.CSS_SELECTOR, "main .empty") if "interlocuteur" in e.text]


def test_a_contact_without_civility_or_role(browser, base_url):
    """Civility and role are optional: leaving "—" selected must save."""
    form = open_contact_form_again(browser, base_url)
    fill(browser, "lastName", "Martin", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    errors = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".field-error")]
    assert errors == [], errors
    wait_for_path(browser, state["account_path"])
    names = [li.find_element(By.TAG_NAME, "strong").text for li in browser.find_elements(By.CSS_SELECTOR, "main ul.contact-list li")]
    assert len(names) == 2 and any("Martin" in n for n in names)


def open_contact_form_again(browser, base_url):
    browser.get(base_url + state["account_path"] + "/contacts/new")
    return wait_for(browser, "form.record-form")
