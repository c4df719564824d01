"""Word (.docx) to a resume: paragraphs with their styles and list levels, tables, text boxes.

python-docx reads the file; nothing it links to (pictures on the web, other documents) is fetched.
A two-column table (a common resume layout) is read cell by cell.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.importing.files import read_limited
from resume_builder.importing.lines import SourceLine, clean_line
from resume_builder.importing.mapping import map_lines
from resume_builder.importing.result import ImportResult
from resume_builder.importing.safe_zip import open_zip, read_member

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def import_docx(path: Path) -> ImportResult:
    """Read a .docx file; a damaged file, a ZIP bomb or an old .doc is a plain error."""
    from docx import Document

    data = read_limited(path)
    if data[:8].startswith(b"\xd0\xcf\x11\xe0"):
        raise ResumeFileError(path, "is an old Word file (.doc); save it as .docx, then import")
    archive = open_zip(data, path, "a Word document")
    notes = []
    if any(
        b'TargetMode="External"' in read_member(archive, name)
        for name in archive.namelist()
        if name.endswith(".rels")
    ):
        notes.append("The document links to outside files or web pages; they were not opened.")
    try:
        document = Document(BytesIO(data))  # sizes checked above by open_zip
    except Exception as exc:  # python-docx raises several types for broken parts
        raise ResumeFileError(path, "is damaged or is not a Word document") from exc
    lines: list[SourceLine] = []
    for section in document.sections[:1]:
        if not section.header.is_linked_to_previous:
            lines += _block_lines(section.header._element)
    lines += _block_lines(document.element.body)
    source = "\n".join(("• " if line.bullet else "") + line.text for line in lines)
    result = map_lines(lines, "docx", source)
    result.notes[:0] = notes
    return result


def _block_lines(element) -> list[SourceLine]:
    """Paragraphs and tables in order; text boxes where they are anchored."""
    lines: list[SourceLine] = []
    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            lines += _paragraph_lines(child)
            for box in child.iter(f"{_W}txbxContent"):
                if not _inside(box, child, (_MC_FALLBACK,)):  # Word stores boxes twice
                    lines += _block_lines(box)
        elif child.tag == f"{_W}tbl":
            lines += _table_lines(child)
        elif child.tag == f"{_W}sdt":
            for content in child.iter(f"{_W}sdtContent"):
                lines += _block_lines(content)
    return lines


def _table_lines(table) -> list[SourceLine]:
    """A row of short cells is one line (parts joined by tabs); a layout table, cell by cell."""
    lines: list[SourceLine] = []
    for row in table.iter(f"{_W}tr"):
        cells = [c for c in row.iterchildren() if c.tag == f"{_W}tc"]
        if any(len(list(c.iter(f"{_W}p"))) > 2 or list(c.iter(f"{_W}tbl")) for c in cells):
            for cell in cells:
                lines += _block_lines(cell)
            continue
        texts = [_text(p) for c in cells for p in c.iter(f"{_W}p")]
        text = "\t".join(t for t in texts if t.strip())
        if text.strip():
            lines.append(clean_line(text.strip()))
    return lines


def _paragraph_lines(paragraph) -> list[SourceLine]:
    text = _text(paragraph)
    if not text.strip():
        return []
    props = paragraph.find(f"{_W}pPr")
    style = ""
    listed = False
    if props is not None:
        style_el = props.find(f"{_W}pStyle")
        style = (style_el.get(f"{_W}val") or "") if style_el is not None else ""
        listed = props.find(f"{_W}numPr") is not None
    listed = listed or "list" in style.lower()
    heading = style.lower().startswith(("heading", "title", "ttulo", "titulo"))
    runs = [r for r in _own_runs(paragraph) if _run_text(r).strip()]
    bold = bool(runs) and all(r.find(f"{_W}rPr/{_W}b") is not None for r in runs)
    return [
        clean_line(part.strip(), bullet=listed, heading=heading, bold=bold)
        for part in text.split("\n")
        if part.strip()
    ]


def _text(paragraph) -> str:
    """The paragraph's text with tabs and line breaks kept (hyperlink text included)."""
    return "".join(_run_text(run) for run in _own_runs(paragraph))


def _own_runs(paragraph) -> list:
    """The paragraph's runs, leaving out those of text boxes anchored in it."""
    box = (f"{_W}txbxContent", _MC_FALLBACK)
    return [r for r in paragraph.iter(f"{_W}r") if not _inside(r, paragraph, box)]


def _inside(element, stop, tags: tuple[str, ...]) -> bool:
    """Whether ``element`` has an ancestor with one of ``tags`` below ``stop``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _run_text(run) -> str:
    parts = []
    for child in run.iterchildren():
        if child.tag == f"{_W}t":
            parts.append(child.text or "")
        elif child.tag == f"{_W}tab":
            parts.append("\t")
        elif child.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)
