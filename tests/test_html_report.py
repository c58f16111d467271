"""The annotated HTML report, driven in real headless Chromium (Debian's, through Playwright)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, launch
from tests.conftest import run_cli

BROKEN = ("holds 138 hostages", "holds 18 hostages")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium: .ci/run installs it")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    opened.problems = []  # type: ignore[attr-defined]
    opened.on("pageerror", lambda error: opened.problems.append(str(error)))  # type: ignore[attr-defined]
    opened.on(
        "dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )  # type: ignore[attr-defined]
    opened.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(("file:", "data:", "about:"))
            else opened.problems.append(f"request: {request.url}")
        ),
    )  # type: ignore[attr-defined]
    yield opened
    context.close()


def report(tmp_path: Path, *articles: tuple[str, str]) -> Path:
    paths = []
    for name, text in articles:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "report.html"
    result = run_cli("check", "--format", "html", "--output", str(out), *paths)
    assert result.returncode in (0, 1), result.stderr
    return out


def test_clicking_a_marked_number_explains_the_finding_and_highlights_the_other_claims(
    tmp_path, page, seed_text
):
    out = report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN)))
    page.goto(out.as_uri())
    explain = page.locator("#explain")
    assert not explain.is_visible()
    marked = page.locator("mark.sev-error", has_text="18")
    marked.click()
    assert explain.is_visible()
    assert "NC202 held-covers-women-and-children" in explain.inner_text()
    assert "women_held + children_held = 20 + two = 22, but held '18' is 18" in explain.inner_text()
    assert page.locator("mark.related").all_inner_texts() == ["20", "two"]
    women = page.locator("mark.related", has_text="20")
    explain.get_by_role("link", name="line 39: 20").click()
    assert page.evaluate("location.hash") == "#" + women.get_attribute("id")
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert page.problems == []  # type: ignore[attr-defined]


def test_the_keyboard_alone_reaches_and_opens_a_finding(tmp_path, page, seed_text):
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    page.locator("mark.sev-error").first.focus()
    page.keyboard.press("Enter")
    assert page.locator("#explain").is_visible()
    assert page.locator("mark.sev-error").first.get_attribute("aria-label") == "18: count, error NC202"


def test_the_side_panel_lists_findings_and_the_claims_tab_sorts(tmp_path, page, seed_text):
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    assert page.locator(".finding-list li").count() == 1
    page.get_by_role("tab", name="Claims table").click()
    table = page.locator("table.claims")
    assert table.is_visible() and not page.locator(".text-view").first.is_visible()
    table.locator("th button", has_text="value").click()
    values = table.locator("tbody tr td:nth-child(4)").all_inner_texts()
    numbers = [float(v.replace(",", "")) for v in values if v.replace(",", "").replace(".", "").isdigit()]
    assert numbers == sorted(numbers) and len(numbers) > 5


def test_several_articles_get_a_contents_list_with_their_counts(tmp_path, page, seed_text):
    out = report(tmp_path, ("a.txt", seed_text.replace(*BROKEN)), ("b.txt", seed_text))
    page.goto(out.as_uri())
    items = page.locator("nav.contents li").all_inner_texts()
    assert len(items) == 2 and "1 error" in items[0] and "0 errors" in items[1]


def test_printing_hides_the_panels_and_shows_findings_as_footnotes(tmp_path, page, seed_text):
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    page.emulate_media(media="print")
    assert not page.locator("aside.panel").is_visible()
    footnotes = page.locator(".footnotes")
    assert footnotes.is_visible() and "NC202" in footnotes.inner_text()
    assert page.pdf()[:4] == b"%PDF"


def test_article_text_is_shown_literally_and_runs_nothing(tmp_path, page):
    text = (
        '<script>alert("x");document.title="owned"</script> & "quotes" \'single\' <b>bold</b>\n\n'
        "Officials in Тбилиси said 40 people and 12 children, 数字 ٣ and עברית, were hurt. "
        "<img src=x onerror=alert(1)> The toll rose to 52."
    )
    out = report(tmp_path, ("hostile.txt", text))
    page.goto(out.as_uri())
    shown = page.locator(".text").first.inner_text()
    assert '<script>alert("x");document.title="owned"</script> & "quotes"' in shown
    assert "<img src=x onerror=alert(1)>" in shown and "Тбилиси" in shown and "数字" in shown
    assert page.title() == "numcheck report"
    assert page.locator("script").count() == 2  # the findings data and the report's own script
    assert page.problems == []  # type: ignore[attr-defined]


def test_the_claims_table_alone_highlights_each_rows_sentence(tmp_path, page, seed_text):
    source = tmp_path / "seed.txt"
    source.write_text(seed_text)
    out = tmp_path / "table.html"
    assert run_cli("table", "--format", "html", "--output", str(out), str(source)).returncode == 0
    page.goto(out.as_uri())
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == 34
    marks = page.locator("table.claims tbody tr td mark").all_inner_texts()
    assert "some 1,000" in marks and "more than 16,000" in marks


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_report_colours_meet_wcag_aa_contrast():
    import re

    from tests.conftest import ROOT

    template = (ROOT / "numcheck" / "lint" / "templates" / "report.html.j2").read_text()
    colours = dict(re.findall(r"--([a-z]+): (#[0-9a-f]{6})", template))
    for name in ("error", "warning", "muted"):  # coloured text on the page
        assert _contrast(colours[name], colours["paper"]) >= 4.5, name
    for name in ("count", "percent", "money", "measure", "other"):  # highlights behind article text
        assert _contrast(colours["ink"], colours[name]) >= 4.5, name
    assert _contrast(colours["focus"], colours["paper"]) >= 3  # focus outlines (non-text contrast)


def test_hovering_a_marked_number_shows_its_finding(tmp_path, page, seed_text):
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    page.locator("mark.sev-error").first.hover()
    assert page.locator("#explain").is_visible()
    assert "NC202" in page.locator("#explain").inner_text()


def test_an_html_articles_references_are_highlighted_where_they_are_written(tmp_path, page):
    article = (
        "<html><body>\r\n<h1>Rally&nbsp;report</h1>\r\n"
        "<p>Tickets cost &pound;5m. Police said 1&#44;200 of the 1&#44;000&nbsp;marchers were hurt.</p>\r\n"
        "</body></html>\r\n"
    )
    out = report(tmp_path, ("rally.html", article))
    page.goto(out.as_uri())
    assert page.locator("mark.claim").all_inner_texts() == ["&pound;5m", "1&#44;200", "1&#44;000"]
    assert page.locator("mark.sev-error").all_inner_texts() == ["1&#44;200", "1&#44;000"]
    assert "Police said 1&#44;200 of the 1&#44;000&nbsp;marchers" in page.locator(".text").first.inner_text()
    assert page.problems == []  # type: ignore[attr-defined]
