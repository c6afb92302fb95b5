"""Creating an account by hand: errors beside the fields with the input kept, then save, edit, archive.

By hand: SIRET 39009842400035 is BAR PIERRE's SIRET with the last digit changed, so its Luhn key is
wrong; "1300" has four digits where a French postal code has five. The corrected SIRET is built from
13 digits that start no SIRET in the file, completed with their Luhn key (support.make_siret).
"""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import (WAIT, account_count_on_list, definition_list, ensure_sirene_imported, field_error,
                     fill, luhn_valid, make_siret, mark_document, path_of, sirene_rows, submit_and_wait,
                     wait_for, wait_for_new_document, wait_for_path)

NAME = "Brasserie des Écoles"
BAD_SIRET = "39009842400035"
BAD_POSTAL = "1300"
GOOD_SIRET = make_siret("8123456780001")
state: dict = {}


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def test_hand_values_are_what_the_comment_says():
    assert not luhn_valid(BAD_SIRET) and luhn_valid("39009842400034")
    assert luhn_valid(GOOD_SIRET) and len(GOOD_SIRET) == 14
    assert GOOD_SIRET not in {r.siret for r in sirene_rows()}


def open_new_form(browser, base_url):
    browser.get(base_url + "/accounts")
    mark_document(browser)
    browser.find_element(By.CSS_SELECTOR, "main a.button.primary[href='/accounts/new']").click()
    wait_for_new_document(browser)
    return wait_for(browser, "form.record-form")


def test_invalid_siret_and_postal_code_come_back_with_errors_beside_them(browser, base_url):
    form = open_new_form(browser, base_url)
    fill(browser, "legalName", NAME, form)
    fill(browser, "siret", BAD_SIRET, form)
    fill(browser, "addressLine1", "12 rue de l'Évêché", form)
    fill(browser, "postalCode", BAD_POSTAL, form)
    fill(browser, "city", "Marseille", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    # Still the form, with everything typed.
    assert browser.find_elements(By.CSS_SELECTOR, "form.record-form")
    assert browser.find_element(By.NAME, "legalName").get_attribute("value") == NAME
    assert browser.find_element(By.NAME, "siret").get_attribute("value") == BAD_SIRET
    assert browser.find_element(By.NAME, "postalCode").get_attribute("value") == BAD_POSTAL
    assert browser.find_element(By.NAME, "addressLine1").get_attribute("value") == "12 rue de l'Évêché"
    assert browser.find_element(By.NAME, "city").get_attribute("value") == "Marseille"
    # One error beside each wrong field, none elsewhere.
    assert field_error(browser, "siret")
    assert field_error(browser, "postalCode")
    assert field_error(browser, "legalName") is None
    assert field_error(browser, "city") is None
    assert len(browser.find_elements(By.CSS_SELECTOR, ".field-error")) == 2
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary[role=alert]")
    # The owner stays the one chosen (the administrator by default).
    assert Select(browser.find_element(By.NAME, "owner")).first_selected_option.text != "Sans responsable"


def test_nothing_was_saved(browser, base_url):
    browser.get(base_url + "/accounts?q=" + "Brasserie des Ecoles")
    assert account_count_on_list(browser) == 0
    browser.get(base_url + "/accounts")
    assert account_count_on_list(browser) == 1386


def test_fix_the_fields_and_save(browser, base_url):
    form = open_new_form(browser, base_url)
    fill(browser, "legalName", NAME, form)
    fill(browser, "siret", GOOD_SIRET, form)
    fill(browser, "addressLine1", "12 rue de l'Évêché", form)
    fill(browser, "postalCode", "13002", form)
    fill(browser, "city", "Marseille", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    assert path_of(browser).startswith("/accounts/") and path_of(browser) != "/accounts/new"
    state["path"] = path_of(browser)
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == NAME
    assert NAME in browser.find_element(By.CSS_SELECTOR, "main .flash").text
    values = definition_list(browser)
    assert values["SIRET"] == GOOD_SIRET
    assert values["Code postal"] == "13002"
    assert values["Adresse"] == "12 rue de l'Évêché"
    assert values["Département"].startswith("13")
    browser.get(base_url + "/accounts")
    assert account_count_on_list(browser) == 1387


def archive_open_account(browser) -> None:
    path = path_of(browser)
    form = browser.find_element(By.CSS_SELECTOR, f"main form[action='{path}/archive']")
    mark_document(browser)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, WAIT).until(EC.alert_is_present()).accept()
    wait_for_new_document(browser)


def test_a_siret_already_in_the_file_is_not_taken_silently(browser, base_url):
    """A SIRET names one establishment. Typing BAR PIERRE's SIRET (line 2 of the file) for a new
    account must be refused beside the field, or at least be flagged with a link to the existing
    account; a second account with the same SIRET created without a word is a bug. (The import
    already treats the same SIRET as "already present".)"""
    existing = sirene_rows()[0]
    form = open_new_form(browser, base_url)
    fill(browser, "legalName", "Bar Pierre (saisie manuelle)", form)
    fill(browser, "siret", existing.siret, form)
    fill(browser, "postalCode", existing.postal_code, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    created = not browser.find_elements(By.CSS_SELECTOR, "form.record-form")
    try:
        if not created:
            assert field_error(browser, "siret"), "form refused without a message beside the SIRET"
        else:
            notices = " ".join(n.text for n in browser.find_elements(By.CSS_SELECTOR, "main .notice"))
            assert existing.siret in notices or existing.name in notices, \
                "a second account with an existing SIRET was created without any warning"
    finally:
        if created:  # keep the account count of later tests right
            archive_open_account(browser)


def test_edit_the_account(browser, base_url):
    if "path" not in state:
        pytest.skip("needs the account created above")
    browser.get(base_url + state["path"])
    mark_document(browser)
    browser.find_element(By.CSS_SELECTOR, f"main a[href='{state['path']}/edit']").click()
    wait_for_new_document(browser)
    form = wait_for(browser, "form.record-form")
    assert browser.find_element(By.NAME, "siret").get_attribute("value") == GOOD_SIRET
    # People copy SIRETs as "812 345 678 00011": spaces are ignored (AccountValidation).
    fill(browser, "siret", f"{GOOD_SIRET[:3]} {GOOD_SIRET[3:6]} {GOOD_SIRET[6:9]} {GOOD_SIRET[9:]}", form)
    fill(browser, "tradeName", "Chez Léa", form)
    fill(browser, "phone", "04 91 54 12 34", form)
    Select(browser.find_element(By.NAME, "status")).select_by_value("customer")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    wait_for_path(browser, state["path"])
    assert "Chez Léa" in browser.find_element(By.CSS_SELECTOR, "main h1").text
    values = definition_list(browser)
    assert values["SIRET"] == GOOD_SIRET
    assert values["Téléphone"].replace("\u00a0", " ") == "04 91 54 12 34"
    assert browser.find_element(By.CSS_SELECTOR, "main .status").text == "Client"
    assert NAME in browser.find_element(By.CSS_SELECTOR, "main .flash").text


def test_archive_the_account(browser, base_url):
    if "path" not in state:
        pytest.skip("needs the account created above")
    browser.get(base_url + state["path"])
    form = browser.find_element(By.CSS_SELECTOR, f"main form[action='{state['path']}/archive']")
    mark_document(browser)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # The page's script asks for a confirmation first.
    alert = WebDriverWait(browser, WAIT).until(EC.alert_is_present())
    assert "rchiver" in alert.text
    alert.accept()
    wait_for_new_document(browser)
    wait_for_path(browser, "/accounts")
    assert NAME in browser.find_element(By.CSS_SELECTOR, "main .flash").text
    assert account_count_on_list(browser) == 1386  # hidden from the list
    browser.get(base_url + "/accounts?archived=1&q=" + GOOD_SIRET)
    assert account_count_on_list(browser) == 1
    assert "Archivé" in browser.find_element(By.CSS_SELECTOR, "table.responsive tbody tr").text
    # The page still opens, marked archived and without the archive button.
    browser.get(base_url + state["path"])
    assert "Archivé" in browser.find_element(By.CSS_SELECTOR, "main .page-title").text
    assert not browser.find_elements(By.CSS_SELECTOR, f"main form[action='{state['path']}/archive']")
