"""A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, recording every
request the page makes (Chrome's performance log), with downloads going to a folder of the test's."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def requirement() -> str | None:
    if not CHROMIUM or not DRIVER:
        return "Chromium and its driver are not installed (bash .ci/setup test installs them)"
    return None


@contextmanager
def chromium(downloads: Path, width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A browser whose sockets are its own: the test's process only talks to the driver on loopback."""
    import pytest_socket
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    pytest_socket.enable_socket()
    pytest_socket.socket_allow_hosts(["127.0.0.1", "::1"], allow_unix_socket=True)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--lang=en-US",
                     "--remote-debugging-pipe"):  # no DevTools port to find at "localhost"
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=_loopback_service(Service)(str(DRIVER)))
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        yield driver
    finally:
        driver.quit()
        pytest_socket.disable_socket(allow_unix_socket=True)


def _loopback_service(base: type) -> type:
    """Selenium talks to its driver at "localhost", which a minimal system without /etc/hosts cannot
    resolve: use the loopback address itself."""
    from selenium.webdriver.common import utils

    class LoopbackService(base):  # type: ignore[valid-type,misc]
        @property
        def service_url(self) -> str:
            return f"http://127.0.0.1:{self.port}"

        def is_connectable(self) -> bool:
            return utils.is_url_connectable(self.port, host="127.0.0.1")

    return LoopbackService


def requested_urls(driver: Any) -> list[str]:
    """Every URL the browser asked for since the last call (documents, scripts, fonts, fetches …)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def wait_for(condition: Callable[[], Any], seconds: float = 20, what: str = "the page",
             seen: Callable[[], str] | None = None) -> Any:
    """Poll until `condition()` is truthy (the browser works on its own clock); fail after `seconds`, saying what
    `seen()` found then (a rare failure is only mended if its report shows the state it stopped in)."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"waited {seconds} s for {what}" + (f"; the page showed: {seen()}" if seen else ""))
        time.sleep(0.1)
