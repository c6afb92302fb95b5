"""The catalogue and the price lists, as an administrator would maintain them."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (ensure_logged_in, field_error, fill, mark_document, path_of, submit_and_wait, wait_for,
                     wait_for_new_document, wait_for_path)


def open_page(browser, base_url, path):
    mark_document(browser)
    browser.get(base_url + path)
    wait_for_new_document(browser)


def test_a_product_form_reshows_errors_then_saves(browser, base_url):
    ensure_logged_in(browser, base_url)
    open_page(browser, base_url, "/products/new")
    form = wait_for(browser, "form.record-form")
    fill(browser, "reference", "fut pils", form)       # a space is not allowed in a reference
    fill(browser, "name", "Fût pils 30 L", form)
    fill(browser, "family", "Fûts", form)
    fill(browser, "listPrice", "89,90", form)
    fill(browser, "purchaseCost", "62,40", form)
    fill(browser, "floorPrice", "95", form)            # above the list price: refused
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert field_error(browser, "reference")
    assert field_error(browser, "floorPrice")
    assert browser.find_element(By.NAME, "name").get_attribute("value") == "Fût pils 30 L"
    assert browser.find_element(By.NAME, "listPrice").get_attribute("value") == "89,90"

    form = browser.find_element(By.CSS_SELECTOR, "form.record-form")
    fill(browser, "reference", "FUT-PILS-30", form)
    fill(browser, "floorPrice", "80", form)
    Select(browser.find_element(By.NAME, "vatRate")).select_by_value("standard")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait_for_path(browser, "/products")
    row = next(tr for tr in browser.find_elements(By.CSS_SELECTOR, "tbody tr") if "FUT-PILS-30" in tr.text)
    # Margin rate = (89,90 − 62,40) / 89,90 = 27,50 / 89,90 = 0,30589 → 30,6 %.
    assert "30,6" in row.text
    assert "89,90" in row.text


def test_price_lists_apply_by_category(browser, base_url):
    ensure_logged_in(browser, base_url)
    open_page(browser, base_url, "/price-lists")
    # A category list needs the default list first (the rule falls back to it): try, read the message, comply.
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    fill(browser, "name", "Cafés-hôtels-restaurants", form)
    fill(browser, "category", "CHR", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "tarif général" in browser.find_element(By.CSS_SELECTOR, ".error-summary").text.lower()
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    fill(browser, "name", "Tarif général", form)
    fill(browser, "category", "", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert path_of(browser).startswith("/price-lists/")
    open_page(browser, base_url, "/price-lists")
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    fill(browser, "name", "Cafés-hôtels-restaurants", form)
    fill(browser, "category", "CHR", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert path_of(browser).startswith("/price-lists/")
    price_input = next(i for i in browser.find_elements(By.CSS_SELECTOR, "input[name^='price_']")
                       if "FUT-PILS-30" in i.get_attribute("aria-label"))
    price_input.clear()
    price_input.send_keys("84,50")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    price_input = next(i for i in browser.find_elements(By.CSS_SELECTOR, "input[name^='price_']")
                       if "FUT-PILS-30" in i.get_attribute("aria-label"))
    assert price_input.get_attribute("value") == "84,50"
