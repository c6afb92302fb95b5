"""Importing the French-Excel SIRENE file through the web: upload, mapping, analysis, run, result.

Expected figures come from the file (support.py reads it with Python's csv module):
1 674 rows, 288 without a name (rejected: the legal name is required) so 1 386 to create, and 38
possible-duplicate groups of 79 rows (same folded name and postal code; support.duplicate_groups
implements the README's folding). All 1 386 rows are in département 13.
"""
import re
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import (IMPORT_WAIT, WAIT, account_count_on_list, digits, duplicate_groups, ensure_logged_in,
                     named_rows, number_in, path_of, sirene_excel_path, sirene_headers, sirene_rows,
                     submit_and_wait, upload_file, wait_for)

# Header in the file → field a user expects it to fill (by hand: the headers are Terrain's own French
# labels, except "Code commune" for the INSEE code).
EXPECTED_MAPPING = {
    "SIRET": "siret", "Raison sociale": "legalName", "Entrepreneur individuel": "soleTrader",
    "Code NAF": "nafCode", "Libellé NAF": "nafLabel", "Adresse": "addressLine1",
    "Code postal": "postalCode", "Ville": "city", "Code commune": "inseeCode", "Latitude": "latitude",
    "Longitude": "longitude", "Tranche d'effectif": "headcountBand", "Date de création": "creationDate",
}

state: dict = {}


@pytest.fixture(scope="module", autouse=True)
def _empty_account_file(browser, base_url):
    """These tests import into an empty file; with accounts already there (another test file ran
    first in the same session) they would only report consequences, so they are skipped."""
    ensure_logged_in(browser, base_url)
    if account_count_on_list(browser) != 0:
        pytest.skip("the import tests need an empty account file: run test_03 before the other files")


def test_the_data_file_matches_the_readme():
    """Guards the expectations below: the file is what its README says."""
    rows = sirene_rows()
    assert len(rows) == 1674
    assert len({r.siret for r in rows}) == 1674
    assert len(named_rows()) == 1386 and len(rows) - len(named_rows()) == 288
    groups = duplicate_groups()
    assert (len(groups), sum(len(g) for g in groups)) == (38, 79)
    assert {r.postal_code[:2] for r in named_rows()} == {"13"}
    assert sirene_excel_path().read_bytes()[:200].count(b"\r\n") >= 1


def test_import_list_starts_empty(browser, base_url):
    browser.get(base_url + "/imports")
    assert browser.find_elements(By.CSS_SELECTOR, "main p.empty")


def test_upload_shows_the_mapping_page_with_detected_encoding_and_columns(browser, base_url):
    upload_file(browser, base_url, sirene_excel_path())
    WebDriverWait(browser, WAIT).until(lambda d: re.fullmatch(r"/imports/[0-9A-Fa-f-]{36}", path_of(d)))
    state["job_path"] = path_of(browser)
    main = wait_for(browser, "main").text
    assert "sirene_13_excel_fr.csv" in browser.find_element(By.CSS_SELECTOR, "main h1").text
    assert "Windows-1252" in main
    assert "« ; »" in main  # the separator
    assert "13 colonnes" in main

    selects = browser.find_elements(By.CSS_SELECTOR, "table.mapping-table select")
    headers = sirene_headers()
    assert [s.get_attribute("aria-label") for s in selects] == headers  # accents decoded right
    chosen = {s.get_attribute("aria-label"): Select(s).first_selected_option.get_attribute("value") for s in selects}
    assert chosen == EXPECTED_MAPPING
    # The visible choice for "Raison sociale" reads as the French label.
    name_select = next(s for s in selects if s.get_attribute("aria-label") == "Raison sociale")
    assert Select(name_select).first_selected_option.text == "Raison sociale"

    # The preview shows the first rows decoded from Windows-1252.
    preview = browser.find_elements(By.XPATH, "//main//table[not(contains(@class,'mapping-table'))]//tbody/tr")
    assert preview, "no preview rows"
    first = sirene_rows()[0]
    assert first.name in preview[0].text and first.siret in preview[0].text
    assert "Débits de boissons" in browser.find_element(By.XPATH, "//main//table[not(contains(@class,'mapping-table'))]").text


def test_analysis_counts_what_the_file_holds(browser, base_url):
    if path_of(browser) != state.get("job_path"):
        pytest.skip("needs the mapping page of the previous test")
    form = browser.find_element(By.CSS_SELECTOR, "form[action$='/analysis']")
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    assert button.text == "Analyser le fichier"
    submit_and_wait(browser, button)

    wait_for(browser, "#count-create")
    assert int(digits(browser.find_element(By.ID, "count-create").text)) == 1386
    assert int(digits(browser.find_element(By.ID, "count-reject").text)) == 288
    assert int(digits(browser.find_element(By.ID, "count-update").text)) == 0
    assert int(digits(browser.find_element(By.ID, "count-skip").text)) == 0
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2")]
    groups_heading = next(h for h in headings if "oublon" in h)
    numbers = [int(digits(n)) for n in re.findall(r"\d[\d\s\u202f]*", groups_heading)]
    assert numbers == [38, 79], groups_heading
    assert len(browser.find_elements(By.CSS_SELECTOR, "main fieldset")) == 38
    # One group named in the README: three BAR TERMINUS in 13012.
    terminus = [r for r in named_rows() if r.name == "BAR TERMINUS" and r.postal_code == "13012"]
    assert len(terminus) == 3
    fieldset = browser.find_element(By.XPATH, "//main//fieldset[.//li[contains(., 'BAR TERMINUS') and contains(., '13012')]]")
    for row in terminus:
        assert row.siret in fieldset.text


def test_run_import_and_wait_for_the_result(browser, base_url):
    form = browser.find_elements(By.CSS_SELECTOR, "form[action$='/run']")
    if not form:
        pytest.skip("needs the analysis page of the previous test")
    button = form[0].find_element(By.CSS_SELECTOR, "button[type=submit]")
    assert button.text == "Lancer l'import"
    submit_and_wait(browser, button)
    # The progress page refreshes itself every second until the result shows.
    wait_for(browser, "#result-created", timeout=IMPORT_WAIT)
    assert path_of(browser) == state["job_path"]
    assert int(digits(browser.find_element(By.ID, "result-created").text)) == 1386
    assert int(digits(browser.find_element(By.ID, "result-rejected").text)) == 288
    assert int(digits(browser.find_element(By.ID, "result-updated").text)) == 0
    assert int(digits(browser.find_element(By.ID, "result-skipped").text)) == 0
    flagged = browser.find_element(By.ID, "result-flagged").text
    assert [int(digits(n)) for n in re.findall(r"\d[\d\s\u202f]*\d|\d", flagged)] == [38, 79], flagged
    # The French thousands separator is a narrow no-break space.
    assert browser.find_element(By.ID, "result-created").text == "1\u202f386"
    assert not browser.find_elements(By.CSS_SELECTOR, ".notice.warn")


def test_account_list_counts_the_imported_accounts(browser, base_url):
    browser.get(base_url + "/accounts")
    assert account_count_on_list(browser) == 1386
    # 50 per page → 28 pages (1 386 / 50 = 27.72, by hand).
    assert "sur 28" in browser.find_element(By.CSS_SELECTOR, "nav.pagination").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.responsive tbody tr")) == 50


def test_import_appears_in_the_import_list(browser, base_url):
    browser.get(base_url + "/imports")
    rows = browser.find_elements(By.CSS_SELECTOR, "main table.responsive tbody tr")
    assert len(rows) == 1
    cells = rows[0].find_elements(By.TAG_NAME, "td")
    assert cells[0].text == "sirene_13_excel_fr.csv"
    assert number_in(cells[3].text) == 1386
    assert number_in(cells[4].text) == 288


def test_rejected_rows_report_lists_the_288_nameless_rows(browser, base_url):
    """The report CSV (French Excel: BOM, ';') lists every rejected row with its line number."""
    import csv
    import io

    import requests

    browser.get(base_url + state["job_path"])
    link = wait_for(browser, "a[href$='/rejected.csv']").get_attribute("href")
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    response = session.get(link, timeout=30)
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    body = table[1:]
    nameless_lines = {r.line for r in sirene_rows() if not r.name.strip()}
    rejected_lines = {int(row[0]) for row in body if row[1].lower().startswith("rejet")}
    assert rejected_lines == nameless_lines


def test_an_empty_file_is_refused_with_a_message(browser, base_url):
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "vide.csv"
        empty.write_bytes(b"")
        upload_file(browser, base_url, empty)
        # A user must be told why nothing happened (the server answers 422 with a message
        # beside the file field).
        WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".field-error, .error-summary"),
                                           message="no error shown after uploading an empty file")
    assert path_of(browser) == "/imports"
    browser.get(base_url + "/accounts")
    assert account_count_on_list(browser) == 1386


def test_an_empty_file_is_refused_with_a_message_without_the_upload_script(browser, base_url):
    """Same upload with the page's upload script switched off (plain form post): tells whether the
    server or the script loses the message."""
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "vide.csv"
        empty.write_bytes(b"")
        browser.get(base_url + "/imports")
        form = wait_for(browser, "form[action='/imports'][enctype='multipart/form-data']")
        # Replace the form by a clone: drops the listener terrain.js attached to it.
        browser.execute_script("var f = arguments[0]; f.removeAttribute('data-upload-progress');"
                               "f.parentNode.replaceChild(f.cloneNode(true), f);", form)
        form = wait_for(browser, "form[action='/imports'][enctype='multipart/form-data']")
        form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(empty))
        submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    from support import field_error
    message = field_error(browser, "file")
    assert message, "no message beside the file field"


def test_importing_the_same_file_again_creates_nothing(browser, base_url):
    """Second upload of the same file, analysed with the default "ignore accounts already present
    (same SIRET)": all 1 386 named rows are already there, the 288 nameless rows are still invalid.
    Only analysed, not run."""
    upload_file(browser, base_url, sirene_excel_path())
    form = wait_for(browser, "form[action$='/analysis']")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for(browser, "#count-create")
    assert int(digits(browser.find_element(By.ID, "count-create").text)) == 0
    assert int(digits(browser.find_element(By.ID, "count-skip").text)) == 1386
    assert int(digits(browser.find_element(By.ID, "count-reject").text)) == 288
    browser.get(base_url + "/accounts")
    assert account_count_on_list(browser) == 1386
