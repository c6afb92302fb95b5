"""Importing a catalogue from an Excel workbook through the web: products page → import form →
mapping → analysis → run → result → catalogue.

The workbook is written here with Python's zipfile, part by part (shared strings for the header,
inline strings for the cells, a price with float noise, an empty row), independent of the app's
own XLSX writer. Expected figures are worked out by hand beside them.
"""
import re
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PHONE
from support import (IMPORT_WAIT, WAIT, digits, ensure_logged_in, mark_document, path_of, submit_and_wait, wait_for,
                     wait_for_new_document)

state: dict = {}

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADERS = ["Référence", "Désignation", "Prix de vente HT", "TVA"]
# (sheet row, cells); a number is written as a number cell, a string as an inline string.
ROWS = [
    (2, ["E2E-XLSX-1", "Café grains 1 kg", "12.500000000000002", "5,5 %"]),   # 12.5 with float noise
    (3, ["E2E-XLSX-2", "Thé vert 100 g", "4.2", "5,5 %"]),
    (4, ["E2E-XLSX-3", "Sirop d'érable 50 cl", "9", "20 %"]),
    # Row 5 is empty (no <row> element). Row 6: a space in the reference, no price: rejected.
    (6, ["BAD REF", "Sans prix", None, "20 %"]),
]


def cell(ref: str, value, numeric: bool) -> str:
    if value is None:
        return ""
    if numeric:
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def write_workbook(path: Path) -> None:
    header = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(HEADERS)))
    body = "".join(
        f'<row r="{number}">' + "".join(cell(f"{chr(65 + i)}{number}", v, i == 2) for i, v in enumerate(values)) + "</row>"
        for number, values in ROWS)
    strings = "".join(f"<si><t>{escape(h)}</t></si>" for h in HEADERS)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        '<sheets><sheet name="Tarifs" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
        f'<row r="1">{header}</row>{body}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)


def test_a_manager_imports_a_catalogue_workbook_from_the_products_page(browser, base_url):
    ensure_logged_in(browser, base_url)
    mark_document(browser)
    browser.get(base_url + "/products")
    wait_for_new_document(browser)
    link = wait_for(browser, "#import-catalogue")
    submit_and_wait(browser, link)
    assert path_of(browser) == "/imports/new"
    form = wait_for(browser, "form[action='/imports'][enctype='multipart/form-data']")
    assert Select(form.find_element(By.NAME, "kind")).first_selected_option.get_attribute("value") == "products"
    assert "xlsx" in form.find_element(By.CSS_SELECTOR, "input[type=file]").get_attribute("accept")

    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "tarifs.xlsx"
        write_workbook(workbook)
        form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(workbook))
        submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    WebDriverWait(browser, WAIT).until(lambda d: re.fullmatch(r"/imports/[0-9A-Fa-f-]{36}", path_of(d)))
    job_path = path_of(browser)
    state["job_path"] = job_path
    main = wait_for(browser, "main").text
    assert "feuille « Tarifs », 4 colonnes" in main
    selects = browser.find_elements(By.CSS_SELECTOR, "table.mapping-table select")
    chosen = [Select(s).first_selected_option.get_attribute("value") for s in selects]
    assert chosen == ["reference", "name", "listPrice", "vatRate"]
    # The preview shows the price without float noise.
    assert "12.5" in main and "12.500000000000002" not in main

    form = browser.find_element(By.CSS_SELECTOR, "form[action$='/analysis']")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for(browser, "#count-create")
    # Rows 2–4 are valid new references; row 6 has a bad reference and no price.
    assert int(digits(browser.find_element(By.ID, "count-create").text)) == 3
    assert int(digits(browser.find_element(By.ID, "count-reject").text)) == 1

    form = browser.find_element(By.CSS_SELECTOR, "form[action$='/run']")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for(browser, "#result-created", timeout=IMPORT_WAIT)
    assert path_of(browser) == job_path
    assert int(digits(browser.find_element(By.ID, "result-created").text)) == 3
    assert int(digits(browser.find_element(By.ID, "result-rejected").text)) == 1
    # The rejected row is reported under its row number in the sheet (6, after the empty row 5).
    lines = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "main table.responsive tbody td:first-child")]
    assert "6" in lines

    mark_document(browser)
    browser.get(base_url + "/products?q=E2E-XLSX")
    wait_for_new_document(browser)
    table = browser.find_element(By.CSS_SELECTOR, "main table tbody").text
    for reference in ("E2E-XLSX-1", "E2E-XLSX-2", "E2E-XLSX-3"):
        assert reference in table, table
    # 12.500000000000002 read as 12.5, shown in euros the French way.
    row = next(tr for tr in browser.find_elements(By.CSS_SELECTOR, "main table tbody tr") if "E2E-XLSX-1" in tr.text)
    assert "12,50" in row.text


def test_the_import_pages_fit_a_phone(phone, base_url):
    """The upload form with its kind choice and the catalogue import's result, 390 px wide."""
    if "job_path" not in state:
        pytest.skip("needs the import of the previous test")
    ensure_logged_in(phone, base_url)
    for path in ("/imports/new?kind=products", state["job_path"]):
        phone.get(base_url + path)
        wait_for(phone, "main h1")
        width = phone.execute_script("return document.documentElement.scrollWidth")
        assert width <= PHONE[0], f"{path}: scrollWidth {width} > {PHONE[0]}"
