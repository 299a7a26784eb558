"""Screenshots of the web page for the README (docs/screenshot-light.png, -dark.png).

Starts ``rag-glossary serve`` on the default index (extractive answers: no
Ollama), asks a question in Debian's chromium through Playwright, opens the
first citation, and saves the page in light and dark mode.

    python eval/screenshot.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "what is masked self-attention"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def start_server() -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "OLLAMA_HOST": "127.0.0.1:9"}  # nothing listens: extractive
    proc = subprocess.Popen(
        [sys.executable, "-m", "rag_glossary", "serve", "--port", "0"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if found := re.search(r"on (http://127\.0\.0\.1:\d+/)", line):
            threading.Thread(target=proc.stderr.read, daemon=True).start()
            return proc, found.group(1)
    raise SystemExit(f"serve exited with {proc.wait()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    proc, url = start_server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            page.goto(url)
            page.fill("#q", QUESTION)
            page.locator("#results li").first.wait_for()
            page.keyboard.press("Enter")
            page.locator("#answer-sources li").first.wait_for()
            page.locator("#answer-text button.cite").first.click()
            page.locator("#panel").wait_for(state="visible")
            page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
            args.out.mkdir(parents=True, exist_ok=True)
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)
                path = args.out / f"screenshot-{scheme}.png"
                page.screenshot(path=str(path))
                print(f"wrote {path}")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(15)


if __name__ == "__main__":
    main()
