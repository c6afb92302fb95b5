"""Helpers shared by the browser tests: the SIRENE sample read independently of the app, text
folding written here from the README's definition, and small page actions (log in, wait, read numbers).

Expected values in the tests come from this module (that is, from the CSV file itself) or from hand
calculations noted beside them, never from what the app printed.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent

# The administrator created on the setup page (test_01) and used by every later test.
ADMIN_NAME = "Hélène Dupré"
ADMIN_EMAIL = "helene.dupre@example.fr"
ADMIN_PASSWORD = "Terrain-2026!"

WAIT = 15  # seconds for an ordinary page
IMPORT_WAIT = 300  # seconds for the 1 674-row import to finish on a debug build


def shared_dir() -> Path:
    return Path(os.environ.get("TERRAIN_SHARED", REPO_ROOT.parent / "shared")).resolve()


def sirene_excel_path() -> Path:
    return shared_dir() / "data" / "sirene" / "sirene_13_excel_fr.csv"


# --------------------------------------------------------------------------------------------
# The data file, read with Python's csv module (Windows-1252, ';', CRLF) — not through the app.

@dataclass(frozen=True)
class SireneRow:
    line: int
    siret: str
    name: str
    sole_trader: str
    naf: str
    naf_label: str
    address: str
    postal_code: str
    city: str
    insee: str
    latitude: str
    longitude: str
    headcount: str
    created: str


_ROWS: list[SireneRow] | None = None


def sirene_rows() -> list[SireneRow]:
    global _ROWS
    if _ROWS is None:
        with open(sirene_excel_path(), encoding="cp1252", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=";")
            _ROWS = [
                SireneRow(
                    line=index + 2,  # line 1 is the header
                    siret=r["SIRET"], name=r["Raison sociale"], sole_trader=r["Entrepreneur individuel"],
                    naf=r["Code NAF"], naf_label=r["Libellé NAF"], address=r["Adresse"],
                    postal_code=r["Code postal"], city=r["Ville"], insee=r["Code commune"],
                    latitude=r["Latitude"], longitude=r["Longitude"], headcount=r["Tranche d'effectif"],
                    created=r["Date de création"],
                )
                for index, r in enumerate(reader)
            ]
    return _ROWS


def sirene_headers() -> list[str]:
    with open(sirene_excel_path(), encoding="cp1252", newline="") as handle:
        return next(csv.reader(handle, delimiter=";"))


def named_rows() -> list[SireneRow]:
    """The rows the import can create: a legal name is the one required field (README: 288 empty)."""
    return [r for r in sirene_rows() if r.name.strip()]


def row_by_siret(siret: str) -> SireneRow:
    return next(r for r in sirene_rows() if r.siret == siret)


# --------------------------------------------------------------------------------------------
# Folding, our own implementation of the README's definition (not the app's code).

LEGAL_FORMS = {"sarl", "sas", "sasu", "sa", "eurl", "snc", "sci", "ei", "eirl"}


def search_key(text: str) -> str:
    """Lower case, accents removed (NFD, drop combining marks), œ → oe, æ → ae."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def fold_name(name: str) -> str:
    """README folding: search_key, runs of non-alphanumerics → one space, one leading/trailing legal form dropped."""
    words = re.findall(r"[^\W_]+", search_key(name))
    if len(words) > 1 and words[0] in LEGAL_FORMS:
        words = words[1:]
    if len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def duplicate_groups() -> list[list[SireneRow]]:
    """Named rows sharing a folded name and a postal code (README: 38 groups, 79 rows)."""
    groups: dict[tuple[str, str], list[SireneRow]] = {}
    for row in named_rows():
        groups.setdefault((fold_name(row.name), row.postal_code), []).append(row)
    return [rows for rows in groups.values() if len(rows) > 1]


def expected_search_count(query: str) -> int:
    """How many imported accounts a list search should find.

    The list's search is documented (AccountFilter.q) as: every word of the query, folded, appears
    in the folded name, trade name, city, postal code or SIRET. The file has no trade name, so we
    fold "name city postal code SIRET" of each named row and keep the rows containing every word.
    """
    words = search_key(query).split()
    count = 0
    for row in named_rows():
        haystack = search_key(" ".join([row.name, row.city, row.postal_code, row.siret]))
        if all(word in haystack for word in words):
            count += 1
    return count


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def make_siret(first13: str) -> str:
    """Completes 13 digits with the Luhn key digit (SIRET rule)."""
    for last in "0123456789":
        if luhn_valid(first13 + last):
            return first13 + last
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------------------------
# Reading the page.

def digits(text: str) -> str:
    """A number as displayed, without any whitespace (French uses U+202F as thousands separator)."""
    return re.sub(r"\s", "", text.replace("\u202f", " ").replace("\u00a0", " "))


def number_in(text: str) -> int:
    """The first integer in a text such as "1 386 comptes" or "1,386 accounts" ("Aucun compte" / "No account": 0)."""
    if text.strip().lower().startswith(("aucun", "no ")):
        return 0
    compact = re.sub(r"(?<=\d)[\s\u202f\u00a0,.](?=\d{3}\b)", "", text)
    match = re.search(r"\d+", compact)
    assert match, f"no number in {text!r}"
    return int(match.group())


def path_of(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path


def wait_for_path(driver: WebDriver, path: str, timeout: float = WAIT) -> None:
    WebDriverWait(driver, timeout).until(lambda d: path_of(d) == path,
                                         message=f"expected to reach {path}, still on {driver.current_url}")


def wait_for(driver: WebDriver, css: str, timeout: float = WAIT):
    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)),
                                                message=f"no element {css} on {driver.current_url}")


def mark_document(driver: WebDriver) -> None:
    """Marks the current document, so that wait_for_new_document can tell when it was replaced."""
    driver.execute_script("window.__e2eOldDocument = true;")


def wait_for_new_document(driver: WebDriver, timeout: float = WAIT) -> None:
    """Waits until the marked document is gone and the new one is loaded.

    (Selenium's staleness_of can fail with "Node with given id does not belong to the document"
    while Chromium navigates; a script probe retried on any driver error does not.)"""
    WebDriverWait(driver, timeout, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.__e2eOldDocument !== true && document.readyState === 'complete'"),
        message=f"no new page after the click (still on {driver.current_url})")


def click_and_wait(driver: WebDriver, element) -> None:
    """Clicks a link or a submit button and waits for the page it leads to."""
    mark_document(driver)
    element.click()
    wait_for_new_document(driver)


submit_and_wait = click_and_wait


def fill(driver: WebDriver, name: str, value: str, form=None) -> None:
    scope = form or driver
    field = scope.find_element(By.NAME, name)
    field.clear()
    if value:
        field.send_keys(value)


def field_error(driver: WebDriver, name: str) -> str | None:
    """The error shown beside the input named `name` (inside the same `.field`), or None."""
    field = driver.find_element(By.NAME, name)
    container = field.find_element(By.XPATH, "./ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]")
    errors = container.find_elements(By.CSS_SELECTOR, ".field-error")
    return errors[0].text if errors else None


def logout_button(driver: WebDriver):
    buttons = driver.find_elements(By.CSS_SELECTOR, "form[action='/logout'] button")
    return buttons[0] if buttons else None


def log_in(driver: WebDriver, base_url: str, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> None:
    driver.get(base_url + "/login")
    form = wait_for(driver, "form[action='/login']")
    fill(driver, "email", email, form)
    fill(driver, "password", password, form)
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def set_up_admin(driver: WebDriver, base_url: str) -> None:
    driver.get(base_url + "/setup")
    form = wait_for(driver, "form[action='/setup']")
    fill(driver, "name", ADMIN_NAME, form)
    fill(driver, "email", ADMIN_EMAIL, form)
    fill(driver, "password", ADMIN_PASSWORD, form)
    fill(driver, "passwordConfirmation", ADMIN_PASSWORD, form)
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def ensure_logged_in(driver: WebDriver, base_url: str) -> None:
    """Leaves the browser on /accounts, logged in as the administrator (doing the setup if needed),
    so that a test file can also run on its own."""
    driver.get(base_url + "/accounts")
    if path_of(driver) == "/setup":
        set_up_admin(driver, base_url)
    elif path_of(driver) == "/login":
        log_in(driver, base_url)
    if path_of(driver) != "/accounts":
        driver.get(base_url + "/accounts")
    wait_for_path(driver, "/accounts")
    assert logout_button(driver) is not None, "not logged in"


def account_count_on_list(driver: WebDriver) -> int:
    return number_in(driver.find_element(By.CSS_SELECTOR, "p.count").text)


def upload_file(driver: WebDriver, base_url: str, path: Path) -> None:
    """Uploads a file on /imports (the page's script posts it and follows the redirect)."""
    driver.get(base_url + "/imports")
    form = wait_for(driver, "form[action='/imports'][enctype='multipart/form-data']")
    form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(path))
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def run_sirene_import(driver: WebDriver, base_url: str) -> None:
    """Upload → mapping (as suggested) → analysis → run → result, without assertions (see test_03)."""
    upload_file(driver, base_url, sirene_excel_path())
    WebDriverWait(driver, WAIT).until(lambda d: re.fullmatch(r"/imports/[0-9A-Fa-f-]{36}", path_of(d)))
    form = wait_for(driver, "form[action$='/analysis']")
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    form = wait_for(driver, "form[action$='/run']")
    submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for(driver, "#result-created", timeout=IMPORT_WAIT)


def ensure_sirene_imported(driver: WebDriver, base_url: str) -> None:
    """Imports the SIRENE file unless some accounts exist already (test_03 does it with assertions)."""
    ensure_logged_in(driver, base_url)
    if account_count_on_list(driver) == 0:
        run_sirene_import(driver, base_url)
    ensure_logged_in(driver, base_url)


def open_account_by_siret(driver: WebDriver, base_url: str, siret: str) -> None:
    """Searches the list for a SIRET and opens the one account found."""
    driver.get(f"{base_url}/accounts?q={siret}")
    links = driver.find_elements(By.CSS_SELECTOR, "table.responsive tbody td:first-child a")
    assert len(links) == 1, f"expected one account for SIRET {siret}, found {len(links)}"
    click_and_wait(driver, links[0])
    wait_for(driver, "main h1")


def definition_list(driver: WebDriver) -> dict[str, str]:
    """Every dt → dd pair of the page's description lists (the account page's sections)."""
    values: dict[str, str] = {}
    for dl in driver.find_elements(By.CSS_SELECTOR, "main dl"):
        terms = dl.find_elements(By.TAG_NAME, "dt")
        details = dl.find_elements(By.TAG_NAME, "dd")
        for term, detail in zip(terms, details):
            values[term.text.strip()] = detail.text.strip()
    return values
