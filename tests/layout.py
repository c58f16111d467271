"""Where things are on a page in Chromium: a box's edges, and panels that lie over one another.

Shared by the tests of the HTML report and of the page of `numcheck serve`.
"""

from __future__ import annotations

from typing import Any


def rect(page: Any, selector: str) -> dict[str, float]:
    return page.locator(selector).first.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; }"
    )


def overlapping(page: Any, selector: str) -> list[str]:
    """Pairs of the panels `selector` selects (neither inside the other) whose visible boxes
    (cut to any box that scrolls them) share more than a pixel, and panels that stick out of
    the screen."""
    return page.evaluate(
        """selector => {
        const panels = Array.from(document.querySelectorAll(selector));
        const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + e.className;
        const seen = e => {
            const r = e.getBoundingClientRect();
            let box = {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
            for (let up = e.parentElement; up; up = up.parentElement) {
                if (getComputedStyle(up).overflowX === "visible") { continue; }
                const c = up.getBoundingClientRect();
                box = {left: Math.max(box.left, c.left), right: Math.min(box.right, c.right),
                       top: Math.max(box.top, c.top), bottom: Math.min(box.bottom, c.bottom)};
            }
            return box;
        };
        const found = [];
        if (document.scrollingElement.scrollWidth > innerWidth) { found.push("the page is wider"); }
        panels.forEach((a, i) => {
            const r = seen(a);
            if (r.left < -1 || r.right > innerWidth + 1) { found.push(name(a) + " sticks out"); }
            panels.slice(i + 1).forEach(b => {
                if (a.contains(b) || b.contains(a)) { return; }
                const s = seen(b);
                const width = Math.min(r.right, s.right) - Math.max(r.left, s.left);
                const height = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
                if (width > 1 && height > 1) { found.push(name(a) + " over " + name(b)); }
            });
        });
        return found;
    }""",
        selector,
    )
