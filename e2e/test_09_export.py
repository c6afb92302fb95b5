"""The CSV export link downloads a French-Excel file (UTF-8 with BOM, ';') of the listed accounts.

The file is fetched with the browser's session cookie through `requests`; its rows are compared with
the rows of the imported file (read by support.py), not with what the app shows.
"""
import csv
import io

import pytest
import requests
from selenium.webdriver.common.by import By

from support import ensure_sirene_imported, named_rows


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def fetch(browser, url: str) -> requests.Response:
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    return session.get(url, timeout=60)


def export_link(browser, base_url, query: str = "") -> str:
    browser.get(base_url + "/accounts" + query)
    links = [a for a in browser.find_elements(By.CSS_SELECTOR, "main a.button") if "format=csv" in (a.get_attribute("href") or "")]
    assert len(links) == 1
    assert links[0].text == "Exporter (CSV Excel)"
    return links[0].get_attribute("href")


def parse(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_export_starts_with_the_bom_and_uses_semicolons(browser, base_url):
    response = fetch(browser, export_link(browser, base_url))
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    disposition = response.headers.get("Content-Disposition", "")
    assert "attachment" in disposition and ".csv" in disposition
    assert response.content[:3] == b"\xef\xbb\xbf"
    first_line = response.content[3:].split(b"\n", 1)[0].decode("utf-8")
    assert first_line.startswith("SIRET;Raison sociale;")
    assert "," not in first_line.split(";")[0]


def test_csv_export_holds_every_imported_row_with_its_values(browser, base_url):
    table = parse(fetch(browser, export_link(browser, base_url)).content)
    header, body = table[0], table[1:]
    column = {name: index for index, name in enumerate(header)}
    # Every listed account: the 1 386 named rows (the hand-made account of test_07 is archived).
    assert len(body) == 1386
    exported = {row[column["SIRET"]]: row for row in body}
    assert set(exported) == {r.siret for r in named_rows()}
    for source in named_rows():
        row = exported[source.siret]
        assert row[column["Raison sociale"]] == source.name
        assert row[column["Adresse"]] == source.address
        assert row[column["Code postal"]] == source.postal_code
        assert row[column["Ville"]] == source.city
        assert row[column["Code NAF"]] == source.naf
        assert row[column["Libellé NAF"]] == source.naf_label  # "Débits de boissons": accents survive
        assert row[column["Date de création"]] == source.created  # dd/mm/yyyy, as Excel reads it
        if source.latitude:
            # Decimal comma, as in the source file; compared as numbers.
            assert abs(float(row[column["Latitude"]].replace(",", ".")) - float(source.latitude.replace(",", "."))) < 1e-6


def test_csv_export_follows_the_search(browser, base_url):
    # 96 accounts have CAFE in their name (see test_05 for how that number is computed).
    table = parse(fetch(browser, export_link(browser, base_url, "?q=caf%C3%A9")).content)
    assert len(table) - 1 == 96
    assert all("CAFE" in row[1] for row in table[1:])


def test_export_needs_a_login(base_url):
    response = requests.get(base_url + "/accounts/export?format=csv", allow_redirects=False, timeout=30)
    assert response.status_code in (302, 303)
    assert "/login" in response.headers["Location"]
