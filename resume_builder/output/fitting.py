"""Fit to one page: tighten spacing and text size, within readable bounds, until a resume fits.

The page HTML gets one extra ``<style>`` at the end of its ``<head>`` that overrides the base
font size, the line height, the top and bottom page margins and ``--space`` (a multiplier that
templates use for the gaps between sections and entries). The steps run from "a little tighter"
to "as tight as is still readable" (8.5 pt text); the loosest step that fits is chosen by a binary
search, so only a handful of layouts are made. When even the tightest step needs more than one
page the result says so, in plain words, and the resume is printed as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

MIN_FONT_PT = 8.5
"""The smallest body text size fitting may use; smaller is hard to read in print."""
FIT_OPTION = "fit_one_page"
"""Key in ``settings.template_options`` (and template manifests) that turns fitting on."""


@dataclass(frozen=True)
class FitStep:
    """One set of overrides: body size (pt), line height, spacing factor, page margins (in)."""

    font_pt: float
    line_height: float
    space: float
    margin_in: float | None
    side_margin_in: float | None = None

    def css(self) -> str:
        """The CSS that applies this step on top of the template's own styles."""
        rules = [
            f"html {{ font-size: {self.font_pt:g}pt !important; }}",
            f":root {{ --space: {self.space:g}; }}",
            f"body {{ line-height: {self.line_height:g} !important; }}",
        ]
        if self.margin_in is not None:
            margin = f"{self.margin_in:g}in"
            rules.append(f"@page {{ margin-top: {margin}; margin-bottom: {margin}; }}")
        if self.side_margin_in is not None:
            # A template whose layout needs its side margins marks them !important.
            side = f"{self.side_margin_in:g}in"
            rules.append(f"@page {{ margin-left: {side}; margin-right: {side}; }}")
        return "\n".join(rules)


@dataclass(frozen=True)
class FitResult:
    """What fitting did: whether the resume fits one page, at which size, and a message."""

    fits: bool
    page_count: int
    font_pt: float
    step: FitStep | None
    message: str


def fit_steps(base_font_pt: float) -> list[FitStep]:
    """Steps from the lightest squeeze to the tightest readable one, each tighter than the last."""
    base = max(base_font_pt, MIN_FONT_PT)
    steps = [
        FitStep(base, 1.22, 0.85, None),
        FitStep(base, 1.2, 0.7, 0.5),
    ]
    size = base
    while size - 0.25 >= MIN_FONT_PT - 1e-9:
        size = round(size - 0.25, 2)
        steps.append(FitStep(size, 1.18, 0.65, 0.45, 0.55))
    steps.append(FitStep(MIN_FONT_PT, 1.14, 0.5, 0.4, 0.5))
    steps.append(FitStep(MIN_FONT_PT, 1.1, 0.35, 0.35, 0.45))
    steps.append(FitStep(MIN_FONT_PT, 1.05, 0.1, 0.3, 0.3))
    return steps


def with_css(html: str, css: str) -> str:
    """``html`` with ``css`` added as the last stylesheet of its head."""
    tag = f'<style class="fit-one-page">\n{css}\n</style>\n'
    index = html.find("</head>")
    return html[:index] + tag + html[index:] if index >= 0 else tag + html


def fit_html(
    html: str, base_font_pt: float, count_pages: Callable[[str], int]
) -> tuple[str, FitResult]:
    """Tighten ``html`` until ``count_pages`` says one page; the HTML to print and the outcome.

    ``count_pages`` lays the HTML out and returns its page count (see
    :func:`resume_builder.output.pdf.count_pages`). On failure the original HTML is returned.
    """
    pages = count_pages(html)
    if pages <= 1:
        return html, FitResult(True, pages, base_font_pt, None, "The resume fits on one page.")
    steps = fit_steps(base_font_pt)
    tightest = with_css(html, steps[-1].css())
    tight_pages = count_pages(tightest)
    if tight_pages > 1:
        message = (
            f"This resume does not fit on one page, even with {MIN_FONT_PT:g} pt text and "
            f"tighter spacing (it needs {tight_pages} pages). Shorten or hide a section, or "
            "turn off \u201cfit to one page\u201d."
        )
        log.info("Fit to one page failed: %d pages at the tightest step", tight_pages)
        return html, FitResult(False, pages, base_font_pt, None, message)
    low, high = 0, len(steps) - 1  # steps[high] is known to fit
    while low < high:
        middle = (low + high) // 2
        if count_pages(with_css(html, steps[middle].css())) <= 1:
            high = middle
        else:
            low = middle + 1
    chosen = steps[high]
    fitted = tightest if high == len(steps) - 1 else with_css(html, chosen.css())
    message = f"Fitted to one page with {chosen.font_pt:g} pt text and tighter spacing."
    return fitted, FitResult(True, 1, chosen.font_pt, chosen, message)
