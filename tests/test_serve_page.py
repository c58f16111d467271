"""The page of `numcheck serve`, driven in headless Chromium against a real server: an editor
types, the contradiction appears as it is typed, a number explains itself, and the options,
the keyboard, a file dropped in and a phone's width all work."""

from __future__ import annotations

import io
import re

import pytest

from tests.layout import overlapping, rect
from tests.serving import served

PANELS = "form.editor, main.view, aside.panel, #explain:not([hidden]), .table-view:not([hidden])"
SLIPS = (
    "Rescuers said between 500 and 400 people were still missing after the landslide buried the road.\n\n"
    "Officials said 12 of the 10 miners trapped underground were rescued on Sunday.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served(log=tmp_path_factory.mktemp("page") / "serve.log") as up:
        yield up


@pytest.fixture
def opened(screen, server):
    """The page on a screen `width` px wide (a phone's when `phone`), allowed to call its server."""

    def open_page(width: int = 1300, height: int = 900, phone: bool = False):
        from playwright.sync_api import expect

        expect.set_options(timeout=30_000)
        page = screen(width, height, phone=phone, allowed=(server.url,))
        page.goto(server.url)
        return page

    return open_page


def _checked(page, said: str) -> None:
    from playwright.sync_api import expect

    expect(page.get_by_role("status")).to_have_text(re.compile(re.escape(said)))


def test_the_contradiction_appears_as_the_seed_is_changed_and_a_click_explains_it(opened, seed_text):
    from playwright.sync_api import expect

    page = opened()
    article = page.get_by_label("Article", exact=True)
    article.fill(seed_text)
    _checked(page, "Checked: 0 errors, 0 warnings")
    article.evaluate(
        "(area, words) => { const at = area.value.indexOf(words); area.focus();"
        " area.setSelectionRange(at, at + words.length); }",
        "more than 240",
    )
    page.keyboard.type("about 200", delay=30)  # as an editor types it, a key at a time
    _checked(page, "Checked: 1 error, 0 warnings")
    marked = page.locator("mark.sev-error", has_text="about 200")
    expect(marked).to_be_visible()
    marked.click()
    explain = page.locator("#explain")
    expect(explain).to_be_visible()
    assert "NC201 hostages-taken-covers-released-and-held" in explain.inner_text()
    assert "released + held = 110 + 138 = 248, but taken 'about 200' allows 180-220" in explain.inner_text()
    assert page.locator("mark.related").all_inner_texts() == ["110", "138"]
    assert "NC201" in page.locator("#findings").inner_text()
    assert page.problems == []  # type: ignore[attr-defined]


def test_the_keyboard_alone_writes_the_article_and_opens_a_finding(opened):
    from playwright.sync_api import expect

    page = opened()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the findings")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Article", exact=True)).to_be_focused()
    page.keyboard.type(SLIPS.replace("\n", " ").strip())
    _checked(page, "Checked: 1 error, 1 warning")
    for _ in range(60):  # on through the options, to the first marked number
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.sev-warning, mark.sev-error')"):
            break
    page.keyboard.press("Enter")
    expect(page.locator("#explain")).to_be_visible()
    assert "NC114 range-low-end-first" in page.locator("#explain").inner_text()
    page.keyboard.press("Escape")
    expect(page.locator("#explain")).to_be_hidden()


def test_the_options_choose_the_packs_and_the_severity_shown(opened, seed_text):
    page = opened()
    page.get_by_label("Article", exact=True).fill(
        seed_text.replace("more than 240 people taken", "about 200 people taken")
    )
    _checked(page, "Checked: 1 error")
    page.get_by_label("conflict", exact=True).uncheck()
    _checked(page, "Checked: 0 errors")
    page.get_by_label("Article", exact=True).fill(SLIPS)
    _checked(page, "Checked: 1 error, 1 warning")
    page.get_by_label("Show", exact=True).select_option("error")
    _checked(page, "Checked: 1 error, 0 warnings")


def test_a_markdown_file_opened_is_read_as_markdown(opened):
    page = opened()
    story = "# Mine rescue\n\nOfficials said **12** of the 10 miners trapped underground were rescued.\n"
    page.get_by_label("Open a file").set_input_files(
        {"name": "rescue.md", "mimeType": "text/markdown", "buffer": story.encode()}
    )
    _checked(page, "Checked: 1 error")
    assert page.get_by_label("Article", exact=True).input_value() == story
    assert page.get_by_label("Read as", exact=True).input_value() == "markdown"
    assert page.locator("main.view h1").inner_text() == "Mine rescue"  # rendered, as the report does


def test_a_word_file_opened_is_read_by_the_server_and_its_paragraphs_edited(opened):
    from docx import Document

    document = Document()
    document.add_paragraph("Mine rescue")
    document.add_paragraph("Officials said 12 of the 10 miners trapped underground were rescued.")
    data = io.BytesIO()
    document.save(data)
    page = opened()
    page.get_by_label("Open a file").set_input_files(
        {"name": "rescue.docx", "mimeType": "application/octet-stream", "buffer": data.getvalue()}
    )
    _checked(page, "Checked: 1 error")
    article = page.get_by_label("Article", exact=True)
    assert (
        article.input_value()
        == "Mine rescue\nOfficials said 12 of the 10 miners trapped underground were rescued."
    )
    article.fill(article.input_value().replace("12 of the 10", "eight of the 10"))
    _checked(page, "Checked: 0 errors")


def test_on_a_phone_tapping_a_number_opens_its_explanation_just_below_it(opened):
    page = opened(375, 740, phone=True)
    page.get_by_label("Article", exact=True).fill(SLIPS)
    _checked(page, "Checked: 1 error")
    marked = page.locator("mark.sev-error", has_text="12")
    marked.evaluate("mark => mark.scrollIntoView({block: 'center'})")
    marked.tap()
    explain, number = rect(page, "#explain"), rect(page, "mark.current")
    assert number["bottom"] <= explain["top"] <= number["bottom"] + 30
    assert "NC101 part-within-whole" in page.locator("#explain").inner_text()
    assert overlapping(page, PANELS) == []


@pytest.mark.parametrize("width", [360, 1100, 1600])
def test_nothing_lies_over_anything_else_at_any_width(opened, seed_text, width):
    page = opened(width, 800)
    page.get_by_label("Article", exact=True).fill(
        seed_text.replace("holds 138 hostages", "holds 18 hostages")
    )
    _checked(page, "Checked: 1 error")
    page.locator("mark.sev-error").first.click()
    assert overlapping(page, PANELS) == []
    page.mouse.wheel(0, 2000)
    assert overlapping(page, PANELS) == []
