"""A headless Chromium driven over the DevTools protocol, with nothing but the standard library.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands from
file descriptor 3 and writes replies and events to descriptor 4, each a JSON
message ended by a NUL byte (the transport Puppeteer's ``pipe: true`` uses), so
no websocket client is needed. The page runs in a fresh profile in a temporary
folder; every console message, uncaught exception, dialog and network request
of the page is recorded for the tests to check.

Run as a script, it saves a screenshot of a page (the README's picture):
``python tests/browser.py PAGE.html OUT.png [WIDTH HEIGHT]``.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: how the machine's own probe starts Chromium: no sandbox (root in a container), nothing in the background
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-pipe")
#: seconds any one step may take before the browser counts as hung (a guard, not a measurement)
STEP_TIMEOUT = 60.0
#: where Debian installs it; SPEECHPARSE_CHROMIUM names another
CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium")


def find_chromium() -> str | None:
    """The Chromium to run: ``$SPEECHPARSE_CHROMIUM``, else one on the PATH or in /usr/bin."""
    named = os.environ.get("SPEECHPARSE_CHROMIUM")
    if named:
        return named if os.access(named, os.X_OK) else None
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """The browser answered a command with an error, died or hung."""


class Browser:
    """One headless Chromium with one page (a tab) attached."""

    def __init__(self, executable: str, width: int = 1280, height: int = 800) -> None:
        self.profile = tempfile.mkdtemp(prefix="speechparse-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def onto_descriptors_3_and_4() -> None:  # in the child, before exec
            high_read = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            high_write = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(3, 4), preexec_fn=onto_descriptors_3_and_4,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.command("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.command("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.command(f"{domain}.enable", session=self.session)
        self.command("Emulation.setDeviceMetricsOverride", session=self.session, width=width, height=height,
                     deviceScaleFactor=1, mobile=False)

    # ------------------------------------------------------------ the protocol

    def command(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are recorded."""
        sent = self._send(method, session, params)
        reply = self._wait(lambda received: received.get("id") == sent, method)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def _send(self, method: str, session: str | None, params: dict[str, Any]) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _wait(self, wanted: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                received: dict[str, Any] = json.loads(raw)
                if "method" in received:
                    self._on_event(received)
                if wanted(received):
                    return received
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no answer to {what} in {STEP_TIMEOUT:.0f} s")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"the browser closed the pipe while waiting for {what}: {self._stderr()}")
                self._buffer += chunk

    def _on_event(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        if event["method"] == "Page.javascriptDialogOpening":  # an alert would block the page for good
            self._send("Page.handleJavaScriptDialog", self.session, {"accept": False})

    def _stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read().decode(errors="replace")[-2000:]

    # ------------------------------------------------------------ what the tests use

    def open(self, url: str) -> None:
        """Load ``url`` afresh and wait until its load event (scripts have run)."""
        # by way of a blank page: going to another fragment of the page already open would not reload it
        for address in ("about:blank", url):
            self.events.clear()
            self.command("Page.navigate", session=self.session, url=address)
            self._wait(lambda received: received.get("method") == "Page.loadEventFired", f"loading {address}")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        result = self.command("Runtime.evaluate", session=self.session, expression=expression,
                              returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """Click the middle of the first element matching ``selector``, as a mouse would."""
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                            ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.command("Input.dispatchMouseEvent", session=self.session, type=kind, x=box[0], y=box[1],
                         button="left", clickCount=1)
        # what the click queued (a hashchange, say) runs before a task queued after it, then a frame is drawn
        self.evaluate("new Promise(done => setTimeout(() => requestAnimationFrame(() => done(true)), 0))")

    def screenshot(self) -> bytes:
        """A PNG of the viewport."""
        return base64.b64decode(self.command("Page.captureScreenshot", session=self.session, format="png")["data"])

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and dialogs since the page was opened."""
        found: list[str] = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('type')} {params.get('message')!r}")
        return found

    def requests(self) -> list[str]:
        """The URL of every request the page made since it was opened."""
        return [event["params"]["request"]["url"] for event in self.events
                if event["method"] == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.command("Browser.close")
            self.process.wait(timeout=STEP_TIMEOUT)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            for descriptor in (self._to_browser, self._from_browser):
                with contextlib.suppress(OSError):
                    os.close(descriptor)
            if self.process.stderr is not None:
                self.process.stderr.close()
            shutil.rmtree(self.profile, ignore_errors=True)


# ---------------------------------------------------------------- reading a screenshot


def png_pixels(data: bytes) -> tuple[int, int, list[bytes], int]:
    """``(width, height, rows, channels)`` of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, compressed = 8, b""
    width = height = channels = 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            compressed += chunk
        position += 12 + length
    raw = zlib.decompress(compressed)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for index in range(stride):
            left = line[index - channels] if index >= channels else 0
            up = previous[index]
            up_left = previous[index - channels] if index >= channels else 0
            if kind == 1:
                line[index] = (line[index] + left) & 0xFF
            elif kind == 2:
                line[index] = (line[index] + up) & 0xFF
            elif kind == 3:
                line[index] = (line[index] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - up_left
                distances = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
                nearest = left if distances[0] <= distances[1] and distances[0] <= distances[2] else (
                    up if distances[1] <= distances[2] else up_left)
                line[index] = (line[index] + nearest) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows, channels


def count_colour(data: bytes, colour: str) -> int:
    """How many pixels of a PNG are exactly ``colour`` (``#rrggbb``)."""
    wanted = bytes.fromhex(colour.lstrip("#"))
    _, _, rows, channels = png_pixels(data)
    return sum(1 for row in rows for index in range(0, len(row), channels) if row[index:index + 3] == wanted)


def main(arguments: list[str]) -> int:
    page, output = Path(arguments[0]), Path(arguments[1])
    width, height = (int(arguments[2]), int(arguments[3])) if len(arguments) >= 4 else (1280, 800)
    executable = find_chromium()
    if executable is None:
        print("no chromium found (apt-get install chromium, or set SPEECHPARSE_CHROMIUM)", file=sys.stderr)
        return 2
    browser = Browser(executable, width, height)
    try:
        browser.open(page.resolve().as_uri())
        output.write_bytes(browser.screenshot())
        for problem in browser.problems():
            print(problem, file=sys.stderr)
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
