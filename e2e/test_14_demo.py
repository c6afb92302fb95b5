"""`terrain serve --demo`: the demo company in a real browser — an account with its order history,
an order with its lines and totals, as a rep of the demo team."""
import os
import signal
import subprocess
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import _answers, _free_port
from support import fill, mark_document, submit_and_wait, wait_for, wait_for_new_document

PASSWORD = "demo-terrain"


@pytest.fixture(scope="module")
def demo_server(terrain_bin: Path):
    workdir = Path(tempfile.mkdtemp(prefix="terrain-e2e-demo-"))
    port = _free_port()
    log_path = workdir / "demo.log"
    log = open(log_path, "wb")
    process = subprocess.Popen([str(terrain_bin), "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=workdir, env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while not _answers(base_url + "/login"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"serve --demo did not start:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.3)
        log.flush()
        yield base_url, log_path.read_text(errors="replace")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def euros(text: str) -> Decimal:
    """'1 234,56 €' → Decimal('1234.56')."""
    return Decimal(text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", "."))


def log_in_as_rep(browser, base_url, log):
    """serve --demo prints the logins; take the first rep's e-mail from that output, not from the app's pages."""
    rep_email = next(line.split()[0] for line in log.splitlines() if line.strip().endswith("— Commercial"))
    browser.delete_all_cookies()
    mark_document(browser)
    browser.get(base_url + "/login")
    wait_for_new_document(browser)
    form = wait_for(browser, "main form")
    fill(browser, "email", rep_email, form)
    fill(browser, "password", PASSWORD, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def test_a_rep_sees_an_order_with_consistent_totals(browser, demo_server):
    base_url, log = demo_server
    log_in_as_rep(browser, base_url, log)

    # The rep's list: open accounts until one has orders (about a third are customers).
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "tbody td a")][:50]
    order_link = None
    for link in links:
        browser.get(link)
        found = browser.find_elements(By.CSS_SELECTOR, "a[href^='/orders/']")
        if found:
            order_link = found[0].get_attribute("href")
            break
    assert order_link, "no customer with orders among the rep's first 50 accounts"
    browser.get(order_link)
    wait_for(browser, "#total-incl-vat")
    # The lines' amounts add up to the total excl. VAT, and excl. VAT + VAT = incl. VAT (worked here, not read).
    amounts = [euros(td.text) for td in browser.find_elements(By.CSS_SELECTOR, "tbody td[data-label='Montant HT']")]
    total_excl = euros(browser.find_element(By.ID, "total-excl-vat").text)
    total_vat = euros(browser.find_element(By.ID, "total-vat").text)
    total_incl = euros(browser.find_element(By.ID, "total-incl-vat").text)
    assert sum(amounts) == total_excl
    assert total_excl + total_vat == total_incl


def test_a_rep_takes_an_order_then_follows_it(browser, demo_server):
    base_url, log = demo_server
    log_in_as_rep(browser, base_url, log)
    account_link = browser.find_elements(By.CSS_SELECTOR, "tbody td a")[0].get_attribute("href")
    browser.get(account_link)
    account_path = account_link.split("://", 1)[1].split("/", 1)[1]

    # No contact yet on a demo account: the form says so and links to the contact form.
    browser.find_element(By.LINK_TEXT, "Nouvelle commande").click()
    form = wait_for(browser, "form.order-form")
    first_product = browser.find_element(By.CSS_SELECTOR, "datalist#catalogue option").get_attribute("value")
    fill(browser, "product_0", first_product, form)
    fill(browser, "quantity_0", "3", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[value=save]"))
    assert "aucun contact" in browser.find_element(By.CSS_SELECTOR, "form.order-form").text.lower()
    # What was typed is still there.
    assert browser.find_element(By.NAME, "product_0").get_attribute("value") == first_product

    browser.get(base_url + "/" + account_path + "/contacts/new")
    form = wait_for(browser, "form.record-form")
    fill(browser, "firstName", "Claire", form)
    fill(browser, "lastName", "Martin", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    browser.get(base_url + "/" + account_path + "/orders/new")
    form = wait_for(browser, "form.order-form")
    fill(browser, "product_0", first_product, form)
    fill(browser, "quantity_0", "3", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[value=recalculate]"))
    # The line's amount (shown after "PU net … ·") and the totals agree: excl. VAT + VAT = incl. VAT.
    total_excl = euros(browser.find_element(By.ID, "form-total-excl-vat").text)
    total_incl = euros(browser.find_element(By.ID, "form-total-incl-vat").text)
    line = browser.find_element(By.CSS_SELECTOR, ".line-result").text
    net_unit = euros(line.split("PU net")[1].split("·")[0])
    # Line amount = 3 × net unit price, rounded half-up to the cent (the net price may have 3 decimals).
    assert total_excl == (net_unit * 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert total_incl > total_excl
    form = browser.find_element(By.CSS_SELECTOR, "form.order-form")
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[value=save]"))
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text.startswith("Commande CMD-")
    assert euros(browser.find_element(By.ID, "total-excl-vat").text) == total_excl
    assert browser.find_element(By.CSS_SELECTOR, ".page-title .status").text == "Transmise"

    # Follow-up: the rep may only cancel a transmitted order; confirming is the company's step.
    order_path = browser.current_url.split("://", 1)[1].split("/", 1)[1]
    follow = browser.find_element(By.CSS_SELECTOR, ".follow-up form")
    options = [o.text for o in Select(follow.find_element(By.NAME, "status")).options]
    assert options == ["Annulée"]
    assert not browser.find_elements(By.LINK_TEXT, "Faire un avoir")   # credit notes are for managers

    # The administrator confirms it; it can no longer be edited.
    browser.delete_all_cookies()
    browser.get(base_url + "/login")
    form = wait_for(browser, "main form")
    fill(browser, "email", "admin@boissons-du-midi.example", form)
    fill(browser, "password", PASSWORD, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    browser.get(base_url + "/" + order_path)
    assert browser.find_elements(By.LINK_TEXT, "Modifier")
    follow = wait_for(browser, ".follow-up form")
    fill(browser, "note", "Confirmée par l'entrepôt", follow)
    submit_and_wait(browser, follow.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert browser.find_element(By.CSS_SELECTOR, ".page-title .status").text == "Confirmée"
    assert "Confirmée par l'entrepôt" in browser.find_element(By.CSS_SELECTOR, ".follow-up").text
    assert not browser.find_elements(By.LINK_TEXT, "Modifier")
    assert browser.find_elements(By.LINK_TEXT, "Faire un avoir")


def test_a_rep_plans_a_week_of_visits(browser, demo_server):
    base_url, log = demo_server
    log_in_as_rep(browser, base_url, log)
    browser.get(base_url + "/planning")
    form = wait_for(browser, "form.planning-form")
    fill(browser, "home", "13400 Aubagne", form)
    fill(browser, "from", "07/12/2026", form)
    fill(browser, "days", "5", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == "Semaine du 07/12/2026"
    days = browser.find_elements(By.CSS_SELECTOR, "section.day-sheet")
    assert [d.find_element(By.TAG_NAME, "h2").text for d in days] == [
        "Lundi 07/12/2026", "Mardi 08/12/2026", "Mercredi 09/12/2026", "Jeudi 10/12/2026", "Vendredi 11/12/2026"]
    assert browser.find_element(By.CSS_SELECTOR, "section.map svg")
    # Four techniques compared; the chosen one (marguerite) is marked.
    rows = browser.find_elements(By.CSS_SELECTOR, "section.comparison tbody tr")
    assert len(rows) == 4
    assert "En marguerite" in browser.find_element(By.CSS_SELECTOR, "section.comparison tr.chosen").text
    # Every visit row of a day starts after 08:00 and ends by 18:30 (read from the page).
    for day in days:
        for cell in day.find_elements(By.CSS_SELECTOR, "tr.visit td[data-label='Heure']"):
            start, end = cell.text.split("–")
            assert "08:00" <= start and end <= "18:30"

    # Lock the first visit of Monday to Friday and re-optimise: it is then on Friday's sheet.
    monday_visits = days[0].find_elements(By.CSS_SELECTOR, "tr.visit td:nth-child(2)")
    assert monday_visits, "Monday has visits"
    name = monday_visits[0].text
    adjust = browser.find_element(By.CSS_SELECTOR, "section.adjust form")
    select = next(s for s in adjust.find_elements(By.TAG_NAME, "select")
                  if s.get_attribute("name").startswith("lock_")
                  and browser.find_element(By.CSS_SELECTOR, f"label[for='{s.get_attribute('id')}']").text.startswith(name))
    Select(select).select_by_value("11/12/2026")
    submit_and_wait(browser, adjust.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    friday = browser.find_elements(By.CSS_SELECTOR, "section.day-sheet")[4]
    assert name in [td.text for td in friday.find_elements(By.CSS_SELECTOR, "tr.visit td:nth-child(2)")]
