"""Accent- and case-insensitive search on the account list.

The file writes names in upper case without accents ("CAFE DE LA GARE"); a user types "café".
Expected counts are computed from the CSV by support.expected_search_count: fold the query and each
imported row's "name city postal code SIRET" with our own folding (NFD decomposition, combining
marks dropped, lower case, œ → oe) and keep the rows whose folded text contains every folded word.
For "café" that is the 96 named rows whose name contains CAFE (none of the cities does).
"""
from urllib.parse import urlencode

import pytest
from selenium.webdriver.common.by import By

from support import (account_count_on_list, ensure_sirene_imported, expected_search_count, named_rows,
                     search_key, submit_and_wait, wait_for)


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def search(browser, base_url, text: str) -> None:
    browser.get(base_url + "/accounts")
    form = wait_for(browser, "form.filters")
    box = form.find_element(By.NAME, "q")
    box.clear()
    box.send_keys(text)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def search_by_address(browser, base_url, text: str) -> None:
    """The same search as a link or a bookmark would run it (only `q` in the address)."""
    browser.get(base_url + "/accounts?" + urlencode({"q": text}))
    wait_for(browser, "p.count")


def listed_names(browser) -> list[str]:
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.responsive tbody td:first-child a")]


def test_expected_count_for_cafe_from_the_file():
    expected = expected_search_count("café")
    by_name_only = sum(1 for r in named_rows() if "CAFE" in r.name.upper())
    assert expected == by_name_only == 96


def test_typing_cafe_in_the_search_box_finds_the_upper_case_names(browser, base_url):
    """As a user does it: type in the box, press "Rechercher"."""
    search(browser, base_url, "café")
    assert browser.find_element(By.NAME, "q").get_attribute("value") == "café"
    assert account_count_on_list(browser) == expected_search_count("café") == 96


def test_the_all_choices_of_the_filter_form_send_an_empty_value(browser, base_url):
    """"Tous" in the status and owner filters must mean "no filter": its option's value must be
    empty. (An <option> without a value attribute submits its text, "Tous".)"""
    browser.get(base_url + "/accounts")
    for name in ("status", "owner"):
        first = browser.find_element(By.CSS_SELECTOR, f"form.filters select[name={name}] option")
        assert first.get_attribute("textContent") == "Tous"
        assert first.get_attribute("value") == "", f"the 'Tous' option of {name} submits {first.get_attribute('value')!r}"


def test_cafe_with_an_accent_finds_the_upper_case_names(browser, base_url):
    search_by_address(browser, base_url, "café")
    assert account_count_on_list(browser) == expected_search_count("café") == 96
    names = listed_names(browser)
    assert len(names) == 50  # first page of 96
    assert all("CAFE" in search_key(n).upper() for n in names), names


def test_upper_case_without_accent_finds_the_same(browser, base_url):
    search_by_address(browser, base_url, "CAFE")
    assert account_count_on_list(browser) == 96


def test_every_word_must_match(browser, base_url):
    # "Café de la Gare" in mixed case with an accent: rows whose folded text has café, de, la and gare.
    expected = expected_search_count("Café de la Gare")
    assert expected >= 2
    search_by_address(browser, base_url, "Café de la Gare")
    assert account_count_on_list(browser) == expected
    assert all("GARE" in n for n in listed_names(browser))


def test_search_by_city_words(browser, base_url):
    # Cities are written "AIX EN PROVENCE" in the file; a user types two words in mixed case.
    expected = expected_search_count("aix provence")
    assert expected > 0
    search_by_address(browser, base_url, "Aix Provence")
    assert account_count_on_list(browser) == expected


def test_search_with_hyphens_as_the_town_is_usually_written(browser, base_url):
    """"Aix-en-Provence" is how a French user writes the town; the file (La Poste style) writes
    "AIX EN PROVENCE". Expected: the same accounts as the three words "aix en provence"."""
    expected = expected_search_count("aix en provence")
    assert expected > 0
    search_by_address(browser, base_url, "Aix-en-Provence")
    assert account_count_on_list(browser) == expected


def test_search_by_siret_finds_one(browser, base_url):
    search_by_address(browser, base_url, "39009842400034")
    assert account_count_on_list(browser) == 1
    assert listed_names(browser) == ["BAR PIERRE"]


def test_nothing_found_says_so(browser, base_url):
    search_by_address(browser, base_url, "zzzzqqq")
    assert account_count_on_list(browser) == 0
    assert browser.find_elements(By.CSS_SELECTOR, "main p.empty")
