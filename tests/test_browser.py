"""The quickstart notebook as a web app: Voila on 127.0.0.1, driven by Debian's chromium through Playwright.

Uploads the bundled sample through the form's file chooser, picks policies, submits, and waits for
the coloured transcript and the audio players. The screenshot lands in artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from server_harness import free_port

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "01_quickstart.ipynb"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory):
    """Voila serving the quickstart notebook on a free port of 127.0.0.1."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("voila") / "voila.log", "wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("voila")), str(NOTEBOOK), "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", "--VoilaConfiguration.show_tracebacks=True"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, f"voila exited with {proc.returncode}; see {log.name}"
        try:
            requests.get(f"{url}api/kernelspecs", timeout=1)
            break
        except requests.RequestException:
            assert time.monotonic() < deadline, "voila did not start in 60 s"
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_quickstart_form_in_chromium(voila_url, sample_path):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install -y chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 2400})
        try:
            page.goto(voila_url, timeout=600_000, wait_until="commit")  # Voila streams the page as the notebook runs
            form = page.locator(".piikit-form")
            form.wait_for(timeout=600_000)  # Voila shows the page once the notebook has run
            page.wait_for_load_state("networkidle")

            with page.expect_file_chooser() as chooser:
                form.locator(".widget-upload").click()
            chooser.value.set_files(str(sample_path))
            form.get_by_text("Using the uploaded file call.wav").wait_for(timeout=30_000)

            form.locator(".widget-dropdown select").first.select_option("contact")
            form.get_by_text("Financial (", exact=False).click()
            form.get_by_text("credit_card_number", exact=True).click()
            form.get_by_text("Return unredacted text", exact=True).click()
            form.get_by_text("Show originals on hover", exact=True).click()
            form.get_by_text("5 of 44 selected").wait_for(timeout=10_000)
            assert form.locator(".piikit-error").count() == 0
            form.get_by_role("button", name="Submit").click()

            form.locator(".piikit-job").first.wait_for(timeout=60_000)
            redacted = form.locator(".piikit-transcript-view .piikit-transcript .piikit-redacted")
            redacted.first.wait_for(timeout=600_000)
            tags = redacted.all_inner_texts()
            assert any("[PERSON_NAME]" in t for t in tags), tags
            assert form.locator('.piikit-transcript .piikit-redacted[data-policy="person_name"][title]').count() > 0
            view = form.locator(".piikit-transcript-view")
            assert view.locator(".piikit-audio-redacted audio, audio.piikit-audio-redacted").count() == 1
            assert view.locator("audio").count() == 2
            assert "completed" in form.locator(".piikit-job").first.inner_text()
            form.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "quickstart_form.png"), full_page=True)
            view.screenshot(path=str(ARTIFACTS / "quickstart_result.png"))
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "quickstart_failure.png"), full_page=True)
            raise
        finally:
            browser.close()
