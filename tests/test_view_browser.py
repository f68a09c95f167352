"""The page in a real browser: headless Chromium loads it from a file; the tests read its DOM and a screenshot.

Where no Chromium is installed the tests are skipped, and say why (Debian:
``apt-get install chromium``; or name one in ``SPEECHPARSE_CHROMIUM``). CI
installs it and sets ``SPEECHPARSE_REQUIRE_BROWSER=1``, which turns that skip
into a failure, so the browser test cannot silently stop running there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Browser, count_colour, find_chromium, png_pixels
from conftest import SEED
from test_view import HOSTILE, hostile_document

import speechparse
from speechparse import Document, Section
from speechparse.read import read_path
from speechparse.view import KIND_COLOURS


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        reason = ("no headless Chromium found (install Debian's chromium package, or name one in "
                  "SPEECHPARSE_CHROMIUM): the page's browser test did not run")
        if os.environ.get("SPEECHPARSE_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    started = Browser(executable, width=1280, height=800)
    yield started
    started.close()


@pytest.fixture(scope="module")
def seed() -> Document:
    return speechparse.parse(SEED)


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed's page, made as a user makes it: ``speechparse view SEED -o seed.html``."""
    page = tmp_path_factory.mktemp("view") / "seed.html"
    subprocess.run([sys.executable, "-m", "speechparse", "view", str(SEED), "-o", str(page)], check=True,
                   capture_output=True, timeout=300)
    return page.as_uri()


def _all(browser: Browser, selector: str, mapping: str) -> list[Any]:
    """``mapping`` (a JS arrow function) of every element matching ``selector``."""
    result: list[Any] = browser.evaluate(f"[...document.querySelectorAll({json.dumps(selector)})].map({mapping})")
    return result


def _rgb(colour: str) -> str:
    red, green, blue = bytes.fromhex(colour.lstrip("#"))
    return f"rgb({red}, {green}, {blue})"


def assert_nothing_went_wrong(browser: Browser, page: str) -> None:
    assert browser.problems() == []
    assert browser.requests() == [page.split("#")[0].split("?")[0]]  # the page itself, and nothing else


def test_the_seed_page_shows_the_outline_the_headings_and_the_blanks_by_kind(
        browser: Browser, seed_page: str, seed: Document) -> None:
    browser.open(seed_page)
    assert browser.evaluate("document.body.dataset.view") == "clean"
    assert browser.evaluate("getComputedStyle(document.getElementById('raw')).display") == "none"

    outline = set(_all(browser, "nav.outline a", "a => a.getAttribute('href')"))
    headings = {row[0]: row[1:] for row in _all(
        browser, "#clean .heading", "h => [h.closest('section').id, h.tagName, h.textContent, h.offsetHeight]")}
    for ref, node in seed.walk():
        if node.TYPE in ("section", "point"):
            assert ref in outline
        if isinstance(node, Section):
            tag, text, height = headings[ref[1:]]
            assert tag == f"H{min(node.level + 1, 6)}"
            assert node.heading in text and height > 0

    marks = _all(browser, "#clean mark.ph",
                 "m => [Number(m.dataset.index), m.dataset.kind, m.dataset.slot, getComputedStyle(m).backgroundColor]")
    assert sorted({mark[0] for mark in marks}) == list(range(len(seed.placeholders)))
    for index, kind, slot, background in marks:
        assert kind == seed.placeholders[index].kind and slot == seed.placeholders[index].slot
        assert background == _rgb(KIND_COLOURS[kind])
    whole_region = [index for index, placeholder in enumerate(seed.placeholders) if placeholder.slot == "全X"]
    assert whole_region  # the seed's 全X blanks: each is marked, and marked as a region
    assert {mark[0] for mark in marks if mark[2] == "全X"} == set(whole_region)
    assert all(mark[1] == "region" for mark in marks if mark[2] == "全X")
    assert_nothing_went_wrong(browser, seed_page)


def test_the_switch_shows_the_raw_input_with_the_removed_noise_struck_through(
        browser: Browser, seed_page: str, seed: Document) -> None:
    browser.open(seed_page)
    browser.click("#toggle-view")
    assert browser.evaluate("document.body.dataset.view") == "raw"
    assert browser.evaluate("getComputedStyle(document.getElementById('clean')).display") == "none"
    assert browser.evaluate("document.getElementById('raw-text').textContent") == read_path(SEED).text

    struck = _all(browser, "#raw del.removed", "d => [d.textContent, d.dataset.rule, d.getClientRects().length, "
                  "getComputedStyle(d).textDecorationLine, getComputedStyle(d, '::before').content]")
    assert [row[0] for row in struck] == [removal.text for removal in seed.removed]
    for _, rule, boxes, decoration, label in struck:
        assert boxes > 0 and "line-through" in decoration and label == json.dumps(rule)
    assert seed.meta.site is not None
    assert any(seed.meta.site in row[0] for row in struck)  # the site's boilerplate, shown where it was

    browser.click("nav.outline a[href='#/body/2']")  # an outline entry leads back to the text
    assert browser.evaluate("document.body.dataset.view") == "clean"
    assert browser.evaluate("location.hash") == "#/body/2"
    assert_nothing_went_wrong(browser, seed_page)


@pytest.mark.parametrize("address", ["#raw", "?view=raw"])
def test_the_raw_view_opens_from_the_address(browser: Browser, seed_page: str, address: str) -> None:
    browser.open(seed_page + address)
    assert browser.evaluate("document.body.dataset.view") == "raw"
    assert browser.evaluate("getComputedStyle(document.getElementById('raw')).display") != "none"


def test_the_outline_collapses_and_expands(browser: Browser, seed_page: str) -> None:
    browser.open(seed_page)
    assert all(_all(browser, "nav.outline details", "d => d.open"))
    browser.click("[data-outline=close]")
    assert not any(_all(browser, "nav.outline details", "d => d.open"))
    browser.click("[data-outline=open]")
    assert all(_all(browser, "nav.outline details", "d => d.open"))


def test_printing_leaves_out_the_outline_and_keeps_the_text(browser: Browser, seed_page: str) -> None:
    browser.open(seed_page)
    browser.command("Emulation.setEmulatedMedia", session=browser.session, media="print")
    try:
        assert browser.evaluate("getComputedStyle(document.querySelector('nav.outline')).display") == "none"
        assert browser.evaluate("getComputedStyle(document.getElementById('clean')).display") != "none"
    finally:
        browser.command("Emulation.setEmulatedMedia", session=browser.session, media="")


def test_the_screenshot_shows_the_blanks_in_their_colour(browser: Browser, seed_page: str) -> None:
    browser.open(seed_page)
    browser.evaluate("document.querySelector('#clean mark.ph-region').scrollIntoView({block: 'center'})")
    picture = browser.screenshot()
    width, height, _, _ = png_pixels(picture)
    assert (width, height) == (1280, 800)
    assert count_colour(picture, KIND_COLOURS["region"]) > 0
    assert count_colour(picture, KIND_COLOURS["number"]) + count_colour(picture, KIND_COLOURS["person"]) > 0


def test_a_script_in_a_parsed_file_shows_as_text_and_never_runs(browser: Browser, tmp_path: Path) -> None:
    source = tmp_path / "script.txt"
    source.write_text(f"一、总体要求\n（一）指导思想。内容{HOSTILE}。\n", encoding="utf-8")
    page = tmp_path / "script.html"
    subprocess.run([sys.executable, "-m", "speechparse", "view", str(source), "-o", str(page)], check=True,
                   capture_output=True, timeout=300)
    browser.open(page.as_uri())
    assert browser.evaluate("document.scripts.length") == 1
    assert HOSTILE in browser.evaluate("document.getElementById('raw-text').textContent")
    assert_nothing_went_wrong(browser, page.as_uri())  # no alert dialog opened


def test_markup_in_the_cleaned_text_and_metadata_shows_as_text(browser: Browser, tmp_path: Path) -> None:
    document = hostile_document()
    page = tmp_path / "hostile.html"
    page.write_text(document.to_html(), encoding="utf-8")
    browser.open(page.as_uri())
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.getElementById('clean').textContent") == document.text
    assert browser.evaluate("document.querySelector('mark.ph').dataset.slot") == document.placeholders[0].slot
    assert_nothing_went_wrong(browser, page.as_uri())


def test_without_scripts_both_views_show_and_the_switch_is_gone(browser: Browser, seed_page: str) -> None:
    browser.command("Emulation.setScriptExecutionDisabled", session=browser.session, value=True)
    try:
        browser.open(seed_page)
        for element in ("clean", "raw"):
            assert browser.evaluate(f"getComputedStyle(document.getElementById('{element}')).display") != "none"
        assert browser.evaluate("getComputedStyle(document.getElementById('toggle-view')).display") == "none"
        assert_nothing_went_wrong(browser, seed_page)
    finally:
        browser.command("Emulation.setScriptExecutionDisabled", session=browser.session, value=False)
