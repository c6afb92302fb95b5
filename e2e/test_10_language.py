"""The language switch in the header turns the interface to English and back."""
import pytest
from selenium.webdriver.common.by import By

from support import ensure_logged_in, path_of, submit_and_wait, wait_for

# By hand: the navigation a French and an English user should read, in order.
FRENCH_NAV = ["Comptes", "Répartition", "Commandes", "Tournées", "Catalogue", "Tarifs", "Imports", "Mon profil", "Utilisateurs", "Réglages"]
ENGLISH_NAV = ["Accounts", "Distribution", "Orders", "Tours", "Catalogue", "Price lists", "Imports", "My profile", "Users", "Settings"]


def nav_texts(browser) -> list[str]:
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, "header nav a")]


def switch_button(browser):
    return browser.find_element(By.CSS_SELECTOR, "header form[action='/language'] button")


@pytest.fixture
def in_french_afterwards(browser, base_url):
    yield
    browser.get(base_url + "/accounts")
    if browser.find_element(By.TAG_NAME, "html").get_attribute("lang") != "fr":
        submit_and_wait(browser, switch_button(browser))


def test_switch_to_english_and_back(browser, base_url, in_french_afterwards):
    ensure_logged_in(browser, base_url)
    browser.get(base_url + "/accounts/stats")
    assert nav_texts(browser) == FRENCH_NAV
    button = switch_button(browser)
    assert button.text == "English" and button.get_attribute("lang") == "en"
    submit_and_wait(browser, button)

    # Back on the same page, in English.
    assert path_of(browser) == "/accounts/stats"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert nav_texts(browser) == ENGLISH_NAV
    assert browser.find_element(By.CSS_SELECTOR, "header form[action='/logout'] button").text == "Log out"
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == "Distribution of the file"
    assert switch_button(browser).text == "Français"

    # The choice sticks on the next pages.
    browser.get(base_url + "/accounts")
    wait_for(browser, "main h1")
    assert nav_texts(browser) == ENGLISH_NAV
    assert browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").text == "Search"
    assert "accounts" in browser.find_element(By.CSS_SELECTOR, "p.count").text

    submit_and_wait(browser, switch_button(browser))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert nav_texts(browser) == FRENCH_NAV
