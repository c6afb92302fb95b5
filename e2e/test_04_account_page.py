"""An imported account's page shows the values of its row in the file."""
import pytest
from selenium.webdriver.common.by import By

from support import definition_list, ensure_sirene_imported, open_account_by_siret, row_by_siret


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def decimal_fr(raw: str) -> float:
    return float(raw.replace(",", "."))


# The file's first row (a sole trader), a company (Oui/Non flag "Non") and a name with an apostrophe.
@pytest.mark.parametrize("siret", ["39009842400034", "39121549800018", "39051825600024"])
def test_account_page_shows_the_file_values(browser, base_url, siret):
    row = row_by_siret(siret)  # read from the CSV, not from the app
    open_account_by_siret(browser, base_url, siret)

    assert browser.find_element(By.CSS_SELECTOR, "main h1").text.startswith(row.name)
    values = definition_list(browser)
    assert values["SIRET"] == row.siret
    assert values["Code NAF"] == f"{row.naf} — {row.naf_label}"
    assert values["Adresse"] == row.address
    assert values["Code postal"] == row.postal_code
    assert values["Ville"] == row.city
    # The INSEE band code is shown with its wording, e.g. "1 ou 2 salariés (01)".
    assert values["Tranche d'effectif"].endswith(f"({row.headcount})")
    assert values["Date de création"] == row.created  # the file writes dd/mm/yyyy, as a French page should
    assert values["Entrepreneur individuel"] == row.sole_trader  # "Oui" / "Non" in both
    # Département: the first two digits of the postal code; 13 is the Bouches-du-Rhône.
    assert values["Département"].startswith("13") and "Bouches-du-Rhône" in values["Département"]
    # Intra-EU VAT number from the SIREN (first 9 digits): key = (12 + 3 × (SIREN mod 97)) mod 97.
    siren = int(row.siret[:9])
    key = (12 + 3 * (siren % 97)) % 97
    vat = next(v for k, v in values.items() if "TVA" in k)
    assert vat.replace(" ", "").replace("\u202f", "").replace("\u00a0", "") == f"FR{key:02d}{row.siret[:9]}"
    # Coordinates with decimal commas, to 5 decimals: compare as numbers within rounding.
    lat, lon = [decimal_fr(part) for part in values["GPS"].split(";")]
    assert abs(lat - decimal_fr(row.latitude)) <= 0.000006
    assert abs(lon - decimal_fr(row.longitude)) <= 0.000006


def test_bar_pierre_by_hand(browser, base_url):
    """The example of the brief, values copied by hand from line 2 of the file."""
    open_account_by_siret(browser, base_url, "39009842400034")
    values = definition_list(browser)
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text.startswith("BAR PIERRE")
    assert values["Adresse"] == "55 RUE DE FORBIN"
    assert values["Code postal"] == "13002"
    assert values["Ville"] == "MARSEILLE 2"
    assert values["Code NAF"].startswith("56.30Z")
    assert "Débits de boissons" in values["Code NAF"]


def test_possible_duplicates_point_to_each_other(browser, base_url):
    """The three BAR TERMINUS of 13012 (README) are flagged and link to each other."""
    from support import named_rows
    terminus = [r for r in named_rows() if r.name == "BAR TERMINUS" and r.postal_code == "13012"]
    open_account_by_siret(browser, base_url, terminus[0].siret)
    notice = browser.find_element(By.CSS_SELECTOR, "main .notice.warn").text
    for other in terminus[1:]:
        assert other.siret in notice
    assert terminus[0].siret not in notice
