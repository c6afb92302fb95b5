"""On a phone (390 px wide): no page wider than the screen, a navigation that works with a thumb.

Also saves full-page screenshots of the main pages at 390 px and 1280 px in the artifacts folder
(for a person to look at; only the width checks are assertions).
"""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PHONE, full_page_screenshot
from support import (WAIT, ensure_logged_in, ensure_sirene_imported, mark_document, open_account_by_siret,
                     path_of, sirene_excel_path, upload_file, wait_for, wait_for_new_document)

pytestmark = pytest.mark.mobile
WIDTH = PHONE[0]


@pytest.fixture(scope="module")
def pages(browser, base_url):
    """Paths of the pages to look at, prepared with the desktop browser: an account page and the
    mapping page of a fresh upload (left unanalysed)."""
    ensure_sirene_imported(browser, base_url)
    open_account_by_siret(browser, base_url, "39009842400034")
    account = path_of(browser)
    upload_file(browser, base_url, sirene_excel_path())
    WebDriverWait(browser, WAIT).until(lambda d: re.fullmatch(r"/imports/[0-9A-Fa-f-]{36}", path_of(d)))
    wait_for(browser, "table.mapping-table")
    mapping = path_of(browser)
    return {"list": "/accounts", "account": account, "mapping": mapping, "stats": "/accounts/stats",
            "new-account": "/accounts/new", "imports": "/imports", "profile": "/profile",
            "search": "/accounts?q=caf%C3%A9"}


@pytest.fixture(scope="module")
def phone_in(phone, base_url, pages):
    ensure_logged_in(phone, base_url)
    return phone


def horizontal_overflow(driver) -> tuple[int, int]:
    return driver.execute_script("return [document.documentElement.scrollWidth, document.body.scrollWidth]")


def widest_elements(driver, limit: int = 5) -> list[str]:
    """What sticks out past the right edge, for the failure message."""
    return driver.execute_script("""
        var out = [], vw = document.documentElement.clientWidth;
        document.querySelectorAll('body *').forEach(function (e) {
            var r = e.getBoundingClientRect();
            if (r.right > vw + 0.5 && r.width > 0) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right));
            }
        });
        return out.slice(0, arguments[0]);
    """, limit)


def test_the_window_is_390_css_pixels_wide(phone_in):
    assert phone_in.execute_script("return window.innerWidth") == WIDTH


def test_account_list_has_no_horizontal_overflow(phone_in, base_url):
    phone_in.get(base_url + "/accounts")
    wait_for(phone_in, "table.responsive")
    scroll_width, body_width = horizontal_overflow(phone_in)
    assert scroll_width <= WIDTH, widest_elements(phone_in)
    assert body_width <= WIDTH
    # Rows are shown as cards: each cell carries its label, the table head is off screen.
    first_cell = phone_in.find_element(By.CSS_SELECTOR, "table.responsive tbody td")
    assert phone_in.execute_script("return getComputedStyle(arguments[0], '::before').content", first_cell) != "none"


def test_navigation_is_usable_on_a_phone(phone_in, base_url):
    phone_in.get(base_url + "/accounts")
    links = phone_in.find_elements(By.CSS_SELECTOR, "header nav a")
    assert [a.text for a in links] == ["Comptes", "Répartition", "Commandes", "Tournées", "Catalogue", "Tarifs", "Imports", "Mon profil",
                                       "Utilisateurs", "Réglages"]
    for link in links:
        assert link.is_displayed()
        box = link.rect
        assert box["height"] >= 24 and box["width"] >= 24, (link.text, box)  # WCAG 2.2 minimum target
    logout = phone_in.find_element(By.CSS_SELECTOR, "header form[action='/logout'] button")
    assert logout.is_displayed() and logout.rect["x"] + logout.rect["width"] <= WIDTH
    # Every nav link can be brought into view and tapped: try the last one (Utilisateurs), then Répartition.
    for text, path in (("Utilisateurs", "/users"), ("Répartition", "/accounts/stats")):
        link = phone_in.find_element(By.LINK_TEXT, text)
        phone_in.execute_script("arguments[0].scrollIntoView({inline: 'nearest', block: 'nearest'})", link)
        mark_document(phone_in)
        WebDriverWait(phone_in, WAIT).until(EC.element_to_be_clickable(link)).click()
        wait_for_new_document(phone_in)
        assert path_of(phone_in) == path
        assert phone_in.find_element(By.CSS_SELECTOR, "header nav a[aria-current=page]").text == text


def test_chart_texts_are_readable_on_a_phone(phone_in, base_url):
    """The SVG charts are drawn 640 units wide with 13-unit text and scaled to the screen; on a
    390 px phone the labels must still be at least 11 CSS px high to be read (BarChart promises
    "readable on a phone")."""
    phone_in.get(base_url + "/accounts/stats")
    sizes = phone_in.execute_script("""
        return Array.from(document.querySelectorAll('svg.chart')).map(function (svg) {
            var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(svg.querySelector('text')).fontSize) * scale;
        });""")
    assert sizes and min(sizes) >= 11, f"chart text is {min(sizes):.1f} px high on a 390 px screen"


@pytest.mark.parametrize("page", ["account", "stats", "mapping", "new-account", "imports", "profile", "search"])
def test_other_pages_have_no_horizontal_overflow(phone_in, base_url, pages, page):
    phone_in.get(base_url + pages[page])
    wait_for(phone_in, "main h1")
    scroll_width, _ = horizontal_overflow(phone_in)
    assert scroll_width <= WIDTH, f"{page}: scrollWidth {scroll_width} > {WIDTH}: {widest_elements(phone_in)}"


@pytest.mark.parametrize("page", ["list", "account", "mapping", "stats"])
def test_screenshots(phone_in, browser, base_url, pages, page, artifacts):
    for label, driver in (("390", phone_in), ("1280", browser)):
        driver.get(base_url + pages[page])
        wait_for(driver, "main h1")
        full_page_screenshot(driver, artifacts / f"{page}-{label}.png")
        driver.save_screenshot(str(artifacts / f"{page}-{label}-top.png"))  # what the first screen shows
        assert (artifacts / f"{page}-{label}.png").stat().st_size > 1000
