"""`terrain serve --demo`: the demo company in a real browser — an account with its order history,
an order with its lines and totals, as a rep of the demo team."""
import os
import signal
import subprocess
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

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


def test_a_rep_sees_an_order_with_consistent_totals(browser, demo_server):
    base_url, log = demo_server
    # serve --demo prints the logins; take the first rep's e-mail from that output, not from the app's pages.
    rep_email = next(line.split()[0] for line in log.splitlines() if line.strip().endswith("— Commercial"))
    browser.delete_all_cookies()
    mark_document(browser)
    browser.get(base_url + "/login")
    wait_for_new_document(browser)
    form = wait_for(browser, "main form")
    fill(browser, "email", rep_email, form)
    fill(browser, "password", PASSWORD, form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))

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
