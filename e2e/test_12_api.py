"""The JSON API with a personal token created on the profile page."""
import pytest
import requests
from selenium.webdriver.common.by import By

from support import ensure_sirene_imported, expected_search_count, fill, submit_and_wait, wait_for

state: dict = {}


@pytest.fixture(autouse=True)
def _imported(browser, base_url):
    ensure_sirene_imported(browser, base_url)


def test_create_a_token_on_the_profile_page(browser, base_url):
    browser.get(base_url + "/profile")
    form = wait_for(browser, "form[action='/profile/tokens']")
    fill(browser, "name", "Tableur e2e", form)
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    token = browser.find_element(By.ID, "new-token").text.strip()
    assert len(token) >= 20 and " " not in token
    state["token"] = token
    assert "Tableur e2e" in browser.find_element(By.CSS_SELECTOR, "main table").text
    # Shown once: not on the next visit.
    browser.get(base_url + "/profile")
    assert not browser.find_elements(By.ID, "new-token")
    assert token not in browser.page_source


def api_get(base_url, path, token=None, **params):
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.get(base_url + path, headers=headers, params=params, timeout=30)


def test_search_through_the_api(base_url):
    if "token" not in state:
        pytest.skip("needs the token of the previous test")
    response = api_get(base_url, "/api/v1/accounts", state["token"], q="café")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    # 96 accounts have CAFE in their name (counted from the file, see test_05).
    assert body["metadata"]["total"] == expected_search_count("café") == 96
    assert len(body["items"]) == min(96, body["metadata"]["per"])


def test_one_account_through_the_api(base_url):
    if "token" not in state:
        pytest.skip("needs the token")
    body = api_get(base_url, "/api/v1/accounts", state["token"], q="39009842400034").json()
    assert body["metadata"]["total"] == 1
    item = body["items"][0]
    values = set(str(v) for v in item.values())
    # Line 2 of the file.
    assert {"39009842400034", "BAR PIERRE", "55 RUE DE FORBIN", "13002", "MARSEILLE 2", "56.30Z"} <= values


def test_without_a_token_the_api_answers_401_json(base_url):
    response = api_get(base_url, "/api/v1/accounts", q="café")
    assert response.status_code == 401
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert body.get("error") is True and body.get("reason")


def test_a_wrong_token_is_refused(base_url):
    response = api_get(base_url, "/api/v1/accounts", "not-a-real-token")
    assert response.status_code == 401
    assert response.json().get("error") is True
