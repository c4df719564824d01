"""Make docs/templates-contact-sheet.png: page 1 of the sample resume in every template style.

Run: ``.venv/bin/python scripts/make_contact_sheet.py [--out docs/templates-contact-sheet.png]``.
With ``--letters`` it makes docs/letters-contact-sheet.png instead: every template's cover letter,
drafted from the sample resume and tests/data/postings/him_technician.txt.
Each page is rendered with the real exporter, rasterised with pypdfium2 and laid out in a grid with
the template's name under it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from resume_builder.letters import draft_letter  # noqa: E402
from resume_builder.output.exporting import render_pdf  # noqa: E402
from resume_builder.output.letter_export import render_letter_pdf  # noqa: E402
from resume_builder.output.themes import discover_themes  # noqa: E402
from resume_builder.paths import templates_dir  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402

log = logging.getLogger("contact_sheet")
COLUMNS = 3
PAGE_WIDTH_PX = 520
GAP_PX = 36
LABEL_PX = 44
BACKGROUND = (236, 239, 242)


def _page_image(pdf: bytes) -> Image.Image:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    scale = PAGE_WIDTH_PX / page.get_width()
    image = page.render(scale=scale).to_pil().convert("RGB")
    document.close()
    return image


def _font(size: int) -> ImageFont.ImageFont:
    bold = templates_dir() / "_fonts" / "Lato-Bold.ttf"
    try:
        return ImageFont.truetype(str(bold), size)
    except OSError:  # pragma: no cover - the font ships with the app
        return ImageFont.load_default()


def _pdf(theme_id: str, letters: bool) -> bytes:
    if not letters:
        return render_pdf(sample_resume(), template=theme_id, paper="letter").pdf
    posting = (ROOT / "tests" / "data" / "postings" / "him_technician.txt").read_text("utf-8")
    resume = sample_resume()
    letter = draft_letter(resume, posting)
    return render_letter_pdf(resume, letter, template=theme_id, paper="letter").pdf


def make_sheet(out: Path, *, letters: bool = False) -> Path:
    """Render every template's first page (or its cover letter) and write the grid to ``out``."""
    themes = discover_themes()
    pages = []
    for theme_id, theme in themes.items():
        pdf = _pdf(theme_id, letters)
        pages.append((theme.name, _page_image(pdf)))
        log.info("rendered %s", theme_id)
    cell_w = PAGE_WIDTH_PX
    cell_h = max(image.height for _, image in pages) + LABEL_PX
    rows = -(-len(pages) // COLUMNS)
    sheet = Image.new(
        "RGB",
        (COLUMNS * cell_w + (COLUMNS + 1) * GAP_PX, rows * cell_h + (rows + 1) * GAP_PX),
        BACKGROUND,
    )
    draw = ImageDraw.Draw(sheet)
    font = _font(24)
    for index, (name, image) in enumerate(pages):
        x = GAP_PX + (index % COLUMNS) * (cell_w + GAP_PX)
        y = GAP_PX + (index // COLUMNS) * (cell_h + GAP_PX)
        draw.rectangle((x - 1, y - 1, x + image.width, y + image.height), outline=(190, 196, 204))
        sheet.paste(image, (x, y))
        text_w = draw.textlength(name, font=font)
        draw.text(
            (x + (cell_w - text_w) / 2, y + image.height + 10), name, fill=(40, 48, 60), font=font
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet = sheet.quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    sheet.save(out, optimize=True)
    return out


def main() -> None:
    """Command-line entry: write the contact sheet and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default: docs/templates-contact-sheet.png")
    parser.add_argument("--letters", action="store_true", help="the cover letters instead")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    log.setLevel(logging.INFO)
    name = "letters-contact-sheet.png" if args.letters else "templates-contact-sheet.png"
    path = make_sheet(args.out or ROOT / "docs" / name, letters=args.letters)
    log.info("wrote %s (%.0f KB)", path, path.stat().st_size / 1024)


if __name__ == "__main__":
    main()
