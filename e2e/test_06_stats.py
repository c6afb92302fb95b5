"""The distribution page draws server-side SVG bar charts of the imported file."""
from collections import Counter

import pytest
from selenium.webdriver.common.by import By

from support import digits, ensure_sirene_imported, named_rows


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def bars(section):
    """(label, value) of each bar of the section's chart, read from the SVG texts."""
    result = []
    for group in section.find_elements(By.CSS_SELECTOR, "svg.chart g.bar"):
        texts = group.find_elements(By.TAG_NAME, "text")
        label = texts[0].get_attribute("textContent")
        value = int(digits(group.find_element(By.CSS_SELECTOR, "text.value").get_attribute("textContent")))
        assert group.find_elements(By.TAG_NAME, "rect")
        result.append((label, value))
    return result


def section_titled(browser, title: str):
    return browser.find_element(By.XPATH, f"//main//section[h2[normalize-space()='{title}']]")


def test_stats_page_draws_svg_charts(browser, base_url):
    browser.get(base_url + "/accounts/stats")
    charts = browser.find_elements(By.CSS_SELECTOR, "main svg.chart")
    assert len(charts) == 4
    for chart in charts:
        assert chart.find_elements(By.TAG_NAME, "rect")
        assert chart.get_attribute("role") == "img"
        assert chart.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        assert chart.is_displayed() and chart.size["width"] > 200


def test_department_chart_has_one_bar_for_13(browser, base_url):
    browser.get(base_url + "/accounts/stats")
    department = bars(section_titled(browser, "Par département"))
    # Every imported row has a 13xxx postal code (counted from the file).
    assert len(department) == 1
    label, value = department[0]
    assert label.startswith("13")
    assert value == len(named_rows()) == 1386


def test_naf_chart_matches_the_file(browser, base_url):
    browser.get(base_url + "/accounts/stats")
    naf = bars(section_titled(browser, "Par code NAF"))
    expected = Counter(r.naf for r in named_rows())
    # The largest bar first: 56.30Z with its count among the imported rows.
    code, count = expected.most_common(1)[0]
    assert code == "56.30Z"
    assert naf[0] == (code, count)
    # At most 12 bars plus "Autres", and every bar sums back to the 1 386 accounts.
    assert sum(v for _, v in naf) == 1386
    if len(expected) > 12:
        assert len(naf) == 13 and naf[-1][0] == "Autres"
        assert naf[-1][1] == sum(c for _, c in expected.most_common()[12:])


def test_every_chart_sums_to_the_account_count(browser, base_url):
    browser.get(base_url + "/accounts/stats")
    for title in ("Par département", "Par code NAF", "Par statut", "Par catégorie"):
        assert sum(v for _, v in bars(section_titled(browser, title))) == 1386, title


def test_stats_follow_the_list_filter(browser, base_url):
    # "Statistiques" of a search: the 96 accounts found by "café" (see test_05).
    browser.get(base_url + "/accounts/stats?q=caf%C3%A9")
    department = bars(section_titled(browser, "Par département"))
    assert department[0][1] == 96
