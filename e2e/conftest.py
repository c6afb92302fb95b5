"""Fixtures of the browser tests: one real `terrain serve` for the whole session on a fresh SQLite
file, and a headless Chromium driven by Selenium. Screenshots of failing tests go to the artifacts
folder (E2E_ARTIFACTS, or a temporary folder printed at the end of the run)."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from support import REPO_ROOT, sirene_excel_path

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
DESKTOP = (1280, 900)
PHONE = (390, 844)

_ARTIFACTS: Path | None = None


def artifacts_dir() -> Path:
    global _ARTIFACTS
    if _ARTIFACTS is None:
        configured = os.environ.get("E2E_ARTIFACTS")
        if configured:
            _ARTIFACTS = Path(configured).resolve()
            _ARTIFACTS.mkdir(parents=True, exist_ok=True)
        else:
            _ARTIFACTS = Path(tempfile.mkdtemp(prefix="terrain-e2e-artifacts-"))
    return _ARTIFACTS


@pytest.fixture(scope="session")
def artifacts() -> Path:
    return artifacts_dir()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    request = urllib.request.Request(url, method="GET")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=2) as response:
            return response.status < 500
    except urllib.error.HTTPError as error:  # a 3xx/4xx answer means the server is up
        return error.code < 500
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


@pytest.fixture(scope="session")
def terrain_bin() -> Path:
    binary = Path(os.environ.get("TERRAIN_BIN", REPO_ROOT / ".build" / "debug" / "terrain")).resolve()
    if not binary.is_file() or not os.access(binary, os.X_OK):
        pytest.exit(f"terrain binary not found at {binary}: run `swift build --product terrain` or set TERRAIN_BIN", returncode=2)
    if not sirene_excel_path().is_file():
        pytest.exit(f"data file not found at {sirene_excel_path()}: set TERRAIN_SHARED", returncode=2)
    return binary


@pytest.fixture(scope="session")
def server(terrain_bin: Path):
    """A `terrain serve` on a free port, in a temporary folder with its own SQLite file.

    Yields the base URL. The process is stopped at the end of the session, whatever happened.
    """
    workdir = Path(tempfile.mkdtemp(prefix="terrain-e2e-"))
    port = _free_port()
    env = dict(os.environ)
    env["DATABASE_URL"] = f"sqlite:///{workdir}/e2e.sqlite"
    log_path = workdir / "server.log"
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [str(terrain_bin), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(base_url + "/login"):
            if process.poll() is not None:
                log.flush()
                raise RuntimeError(f"terrain serve exited with {process.returncode}:\n{log_path.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"terrain serve did not answer within 60 s:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.2)
        yield base_url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        log.close()
        kept = artifacts_dir() / "server.log"
        shutil.copyfile(log_path, kept)
        shutil.rmtree(workdir, ignore_errors=True)


def make_driver(width: int, height: int, download_dir: Path | None = None, mobile: bool = False) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    if Path(CHROMIUM).exists():
        options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=fr-FR", "--hide-scrollbars"):
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "fr-FR,fr"}
    if download_dir is not None:
        prefs.update({"download.default_directory": str(download_dir), "download.prompt_for_download": False})
    options.add_experimental_option("prefs", prefs)
    if mobile:
        # Headless Chromium does not make a window narrower than 500 px: emulate the phone's
        # viewport (390×844 CSS px, touch, mobile viewport meta honoured) on top of the window size.
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0, "touch": True, "mobile": True},
        })
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="session")
def browser(server):
    """The desktop browser (1280×900), shared by the tests in file order: its session cookie carries
    the login from one test to the next."""
    driver = make_driver(*DESKTOP)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def phone(server):
    """A browser in a 390×844 window (a phone held upright), with its own session, for one module."""
    driver = make_driver(*PHONE, mobile=True)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    funcargs = getattr(item, "funcargs", {})
    # The phone's screen when a phone test fails, else the desktop browser's.
    for name in ("phone",) if "phone" in funcargs else ("browser",):
        driver = funcargs.get(name)
        if driver is None:
            continue
        stem = f"FAILED-{item.name}-{name}".replace("/", "_").replace("[", "_").replace("]", "_")
        try:
            driver.save_screenshot(str(artifacts_dir() / f"{stem}.png"))
            (artifacts_dir() / f"{stem}.html").write_text(driver.page_source, encoding="utf-8")
            report.sections.append(("screenshot", f"{artifacts_dir() / stem}.png (at {driver.current_url})"))
        except Exception as error:  # the browser itself may be what failed
            report.sections.append(("screenshot", f"could not save: {error}"))


def full_page_screenshot(driver: webdriver.Chrome, path: Path) -> None:
    """The whole page, not only the window (Chrome DevTools protocol)."""
    import base64
    width = driver.execute_script("return document.documentElement.clientWidth")
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 8000)")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


def pytest_terminal_summary(terminalreporter):
    if _ARTIFACTS is not None:
        terminalreporter.write_line(f"e2e artifacts (screenshots, server log): {_ARTIFACTS}")
