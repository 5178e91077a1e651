"""Helpers for the browser tests: Debian's headless Chromium driven by Playwright, WSGI apps
served from background threads, and a watcher for console errors and CSP violations."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def unavailable_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (.venv/bin/pip install playwright)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium, or `make browser-deps`)"
    return None


def require_browser() -> None:
    """Skip (or fail, with MEDMATCH_REQUIRE_BROWSER=1 as in CI) when Chromium cannot run."""
    import pytest

    reason = unavailable_reason()
    if reason is None:
        return
    if os.environ.get("MEDMATCH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (MEDMATCH_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


class ServerThread:
    """A WSGI app on 127.0.0.1 and a free port, served by a daemon thread until ``stop()``."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


# Recorded in every page before its own scripts run: CSP violations also raise this event.
CSP_PROBE = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
}, true);
"""


class ConsoleWatch:
    """Console errors/warnings, uncaught exceptions and CSP violations of one page."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.messages: list[str] = []
        page.on("console", lambda m: self.messages.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: self.messages.append(f"pageerror: {exc}"))

    def problems(self, allow: Iterable[str] = ()) -> list[str]:
        allowed = tuple(allow)
        found = [m for m in self.messages if not any(a in m for a in allowed)]
        try:
            violations = self.page.evaluate("window.__cspViolations || []")
        except Exception:  # the page is closed or navigating
            violations = []
        return found + [f"CSP violation: {v}" for v in violations]


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), animations="disabled")
    return path
