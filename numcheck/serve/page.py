"""The page of `numcheck serve` (GET /): an editor beside the HTML report's own views.

Job: render `templates/page.html.j2` once, when the server starts: the text area, file drop
and options (format, date, packs, severity, and the token when the server needs one), then
the HTML report's pieces (its styles, its side panel, its script: numcheck/lint/templates)
left empty for the page's script (`page.js`) to fill with each check's fragments.

Limits: pure. The page loads nothing from anywhere else: its styles and scripts are inline,
and its Content Security Policy lets it talk to its own server alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.engine.rulefiles import Rule


def render(rules: Sequence[Rule], token: bool) -> str:
    """The page, for a server with `rules` loaded, asking for its token when `token`."""
    from numcheck.lint.html_report import environment

    return (
        environment("numcheck.serve")
        .get_template("page.html.j2")
        .render(
            packs=sorted({r.pack for r in rules}),
            token=token,
            documents=[],
            nothing="No article checked yet.",
        )
    )
