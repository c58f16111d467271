"""The annotated HTML report, driven in real headless Chromium (Debian's, through Playwright)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.layout import overlapping, rect

BROKEN = ("holds 138 hostages", "holds 18 hostages")


@pytest.fixture
def page(screen):
    return screen(1300)


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

    template = (ROOT / "numcheck" / "lint" / "templates" / "report.css").read_text()
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


# On a phone, in Markdown and HTML, with many files, at every width

TRUCE_MD = """---
title: Hostages still held
date: 2023-12-06
---

# Hostages still held in Gaza after the truce

**JERUSALEM, Dec. 6** — Hamas still holds **18** hostages, including 20 women and two children,
[Israeli officials said](https://www.gov.il/en/departments/news) on Wednesday.

- Militants seized more than **240** people in the Oct. 7 attack.
- During the seven-day truce, Hamas released *110* of them.

> "We will not stop until all of them are home," a spokesman said.

Families marched `48 km` from Tel Aviv to Jerusalem last month.
"""
PANELS = (
    "header.top, article.doc, aside.panel, #explain:not([hidden]), .table-view:not([hidden]), table.claims"
)


def test_on_a_phone_tapping_a_number_opens_its_explanation_just_below_it(tmp_path, screen, seed_text):
    page = screen(400, 800, phone=True)
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    marked = page.locator("mark.sev-error", has_text="18")
    marked.evaluate("mark => mark.scrollIntoView({block: 'end'})")  # the number at the foot of the screen
    marked.tap()
    explain, number = rect(page, "#explain"), rect(page, "mark.current")
    assert number["top"] >= 0 and number["bottom"] <= 800  # the number tapped is still in sight
    assert 0 <= explain["top"] < 800  # and its explanation starts on the screen,
    assert number["bottom"] <= explain["top"] <= number["bottom"] + 30  # just below its line
    assert "NC202 held-covers-women-and-children" in page.locator("#explain").inner_text()
    page.locator("#explain").get_by_role("button", name="Close the explanation").tap()
    assert not page.locator("#explain").is_visible()
    assert page.problems == []  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory, seed_text) -> Path:
    """The report of the seed with a broken figure and of a short Markdown story."""
    changed = seed_text.replace(*BROKEN)
    return report(tmp_path_factory.mktemp("two"), ("changed.txt", changed), ("truce.md", TRUCE_MD))


@pytest.mark.parametrize("width", [360, 400, 800, 1300, 1600])
def test_no_panel_lies_over_another_at_any_width(two_articles, screen, width):
    page = screen(width, 800)
    page.goto(two_articles.as_uri())
    page.get_by_role("tab", name="Claims table").first.click()  # the seed's long table
    page.locator("article.doc").last.locator("mark.sev-error").first.click()
    assert overlapping(page, PANELS) == []
    page.mouse.wheel(0, 2000)  # the side panel stays in its column as the page scrolls
    assert overlapping(page, PANELS) == []


def test_the_claims_table_fits_beside_the_findings_panel_at_1300_px(tmp_path, page, seed_text):
    page.goto(report(tmp_path, ("changed.txt", seed_text.replace(*BROKEN))).as_uri())
    page.get_by_role("tab", name="Claims table").click()
    table, panel = rect(page, "table.claims"), rect(page, "aside.panel")
    assert table["right"] <= panel["left"]


def test_files_with_errors_come_first_then_warnings_then_the_clean_ones(tmp_path, page):
    out = report(
        tmp_path,
        ("aquarium.txt", "The city aquarium welcomed 1,200 visitors on Saturday, its busiest day this year."),
        ("zoo-strike.txt", "Keepers said 14 of the 12 elephants at the zoo were moved to a sanctuary."),
        ("vigil.txt", "Police said between 500 and 400 people attended the vigil in the square on Sunday."),
        ("bus-crash.txt", "Rescuers pulled 12 of the 10 passengers from the bus after it left the road."),
        ("budget.txt", "The council approved a budget of $4.2 million for the new library on Tuesday."),
    )
    page.goto(out.as_uri())
    expected = ["bus-crash.txt", "zoo-strike.txt", "vigil.txt", "aquarium.txt", "budget.txt"]
    shown = [Path(name).name for name in page.locator("article.doc h2").all_inner_texts()]
    listed = [Path(name).name for name in page.locator("nav.contents li a").all_inner_texts()]
    assert shown == listed == expected
    first_findings = page.locator(".finding-list li").all_inner_texts()
    assert [line.split()[0].lower() for line in first_findings] == ["error", "error", "warning"]


def test_markdown_is_shown_as_rendered_prose_with_the_numbers_marked_in_place(tmp_path, page):
    page.goto(report(tmp_path, ("truce.md", TRUCE_MD)).as_uri())
    article = page.locator(".text").first
    shown = article.inner_text()
    for markup in ("**", "](", "https://", "title:", "---", "`", "# ", "> "):
        assert markup not in shown, markup
    assert "Hostages still held in Gaza after the truce" in article.locator("h1").inner_text()
    assert article.get_by_role("link", name="Israeli officials said").is_visible()
    assert article.locator("strong mark.sev-error").inner_text() == "18"
    assert article.locator("li").count() == 2 and "48 km" in article.locator("code").inner_text()
    more_than_240 = article.locator("mark[data-claim]", has_text="240").get_attribute("data-claim")
    pieces = article.locator(f'mark[data-claim="{more_than_240}"]').all_inner_texts()
    assert " ".join(p.strip() for p in pieces) == "more than 240"  # one claim across the bold

    article.locator("strong mark.sev-error").click()
    explained = page.locator("#explain").inner_text()
    assert "NC202" in explained and "Hamas still holds 18 hostages, including 20 women" in explained
    assert "**" not in explained and "](" not in explained
    page.get_by_role("tab", name="Claims table").click()
    assert "**" not in page.locator("table.claims").inner_text()


def test_an_html_article_is_shown_as_its_prose_one_paragraph_a_block(tmp_path, page, seed_text):
    html = (
        "<html><head><title>Hostages</title><script>var held = 18;</script></head><body>\n"
        "<h1>Hostages still held</h1>\n"
        "<p><b>JERUSALEM, Dec. 6</b> &mdash; Hamas still holds <b>18</b> hostages, including 20 women\n"
        "and two children, officials said.</p>\n<p>The truce ended on Dec. 1.</p>\n</body></html>\n"
    )
    page.goto(report(tmp_path, ("truce.html", html)).as_uri())
    article = page.locator(".text").first
    assert article.locator("p").all_inner_texts()[-2:] == [
        "JERUSALEM, Dec. 6 — Hamas still holds 18 hostages, including 20 women and two children, "
        "officials said.",
        "The truce ended on Dec. 1.",
    ]
    assert "<" not in article.inner_text() and "var held" not in article.inner_text()
    article.locator("mark.sev-error").first.click()
    assert "<b>" not in page.locator("#explain").inner_text()


def test_raw_html_in_markdown_is_left_out_and_runs_nothing(tmp_path, page):
    text = (
        "# Flood toll\n\n<script>alert(1)</script>\n\n"
        'Officials said <img src=x onerror="alert(2)"> 40 people were hurt and 12 <b>died</b>.\n'
    )
    page.goto(report(tmp_path, ("flood.md", text)).as_uri())
    shown = page.locator(".text").first.inner_text()
    assert "Officials said 40 people were hurt and 12 died." in " ".join(shown.split())
    assert "alert" not in shown
    assert page.locator("script").count() == 2 and page.locator(".text-view img").count() == 0
    assert page.problems == []  # type: ignore[attr-defined]


def test_the_claims_table_alone_shows_markdown_without_its_markup(tmp_path, page):
    source = tmp_path / "truce.md"
    source.write_text(TRUCE_MD, encoding="utf-8")
    out = tmp_path / "table.html"
    assert run_cli("table", "--format", "html", "--output", str(out), str(source)).returncode == 0
    page.goto(out.as_uri())
    table = page.locator("table.claims")
    assert "**" not in table.inner_text() and "](" not in table.inner_text()
    assert "more than 240" in table.locator("tbody tr td mark").all_inner_texts()


def test_a_mark_that_markdown_would_put_inside_markup_is_shown_on_the_prose_instead():
    from markupsafe import Markup

    from numcheck.lint.article_view import Span, render

    text = "Read the [inspectors' report](https://example.org/reports/14) on the 14 sites.\n"
    inside_the_address = text.index("14)")
    span = Span(inside_the_address, inside_the_address + 2, Markup('<mark id="c1">'), Markup("<mark>"))
    shown = render(text, "markdown", [span])
    assert shown.startswith('<div class="text prose"><p>Read the  inspectors&#39; report')
    assert shown.count("<mark") == 1 and "](" not in shown and "href" not in shown


def test_an_html_articles_references_are_shown_decoded_with_their_figures_highlighted(tmp_path, page):
    article = (
        "<html><body>\r\n<h1>Rally&nbsp;report</h1>\r\n"
        "<p>Tickets cost &pound;5m. Police said 1&#44;200 of the 1&#44;000&nbsp;marchers were hurt.</p>\r\n"
        "</body></html>\r\n"
    )
    out = report(tmp_path, ("rally.html", article))
    page.goto(out.as_uri())
    assert page.locator("mark.claim").all_inner_texts() == ["£5m", "1,200", "1,000"]
    assert page.locator("mark.sev-error").all_inner_texts() == ["1,200", "1,000"]
    assert "Police said 1,200 of the 1,000 marchers" in page.locator(".text").first.inner_text()
    assert page.problems == []  # type: ignore[attr-defined]
