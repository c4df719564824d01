"""The paper sizes a resume can be printed on, defined once for the model, CLI, templates and UI.

Templates never state a page size: ``_shared/base.html.j2`` sets ``@page { size: ... }`` from the
rendering context (``page_size``), which comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from resume_builder.ui_text import QT_TRANSLATE_NOOP

Paper = Literal["letter", "a4"]
"""A paper id as saved in a resume (``meta.resumeBuilder.paper``)."""

DEFAULT_PAPER: Paper = "letter"

POINTS_PER_INCH = 72.0
POINTS_PER_MM = POINTS_PER_INCH / 25.4


@dataclass(frozen=True)
class PaperSize:
    """One paper size: its id, how people call it (marked for the app), CSS keyword and size in pt."""

    id: Paper
    name: str
    detail: str
    css_size: str
    width_pt: float
    height_pt: float

    @property
    def aspect(self) -> float:
        """Height over width, for drawing a page of this paper at a given width."""
        return self.height_pt / self.width_pt


PAPERS: dict[str, PaperSize] = {
    "letter": PaperSize(
        "letter",
        QT_TRANSLATE_NOOP("DesignPage", "US Letter"),
        QT_TRANSLATE_NOOP("DesignPage", "8.5 \u00d7 11 in, usual in the US and Canada"),
        "letter",
        8.5 * POINTS_PER_INCH,
        11 * POINTS_PER_INCH,
    ),
    "a4": PaperSize(
        "a4",
        "A4",
        QT_TRANSLATE_NOOP("DesignPage", "210 \u00d7 297 mm, usual everywhere else"),
        "A4",
        210 * POINTS_PER_MM,
        297 * POINTS_PER_MM,
    ),
}
"""Every :data:`Paper` id and its size, in the order the app offers them."""


def paper_size(paper_id: str) -> PaperSize | None:
    """The size called ``paper_id`` (any case), or ``None`` if there is no such paper."""
    return PAPERS.get(paper_id.lower())
