"""Hostile and broken files: a clear message, bounded work, nothing fetched, no crash."""

from __future__ import annotations

import io
import socket
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from pdf_reading import reader
from pypdf import PdfWriter

from resume_builder.errors import ResumeFileError
from resume_builder.importing import import_file
from resume_builder.importing.pdf_reader import MAX_PAGES

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import_corpus"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_an_encrypted_pdf_asks_for_a_copy_without_password(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=CORPUS / "01.pdf")
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(ResumeFileError, match="protected by a password"):
        import_file(path)


def test_a_300_page_pdf_reads_only_the_first_pages(tmp_path: Path) -> None:
    page = reader(CORPUS / "01.pdf").pages[0]
    writer = PdfWriter()
    for _ in range(300):
        writer.add_page(page)
    path = tmp_path / "long.pdf"
    writer.write(path)
    result = import_file(path)
    assert f"only the first {MAX_PAGES} were read" in result.notes[0]
    assert "300 pages" in result.notes[0]
    assert result.resume.basics.name == "Maria Lopez"


def test_a_deeply_nested_pdf_is_refused_or_read_without_crashing(tmp_path: Path) -> None:
    depth = 200_000
    nested = b"[" * depth + b"]" * depth
    body = (
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /Bomb " + nested + b" >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    path = tmp_path / "nested.pdf"
    path.write_bytes(body)
    with pytest.raises(ResumeFileError) as caught:
        import_file(path)
    assert "no text to read" in str(caught.value) or "damaged" in str(caught.value)


def test_a_scanned_pdf_without_text_says_so(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    path = tmp_path / "scan.pdf"
    writer.write(path)
    with pytest.raises(ResumeFileError, match="no text to read: it looks like a scan"):
        import_file(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.pdf", b"hello, not a pdf", "is not a PDF file"),
        ("broken.pdf", b"%PDF-1.7\n garbage", "damaged"),
        ("fake.docx", b"not a zip", "is damaged or is not a Word document"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Word file"),
        ("fake.zip", b"PK\x05\x06" + b"\0" * 18, "not a LinkedIn data export"),
        ("binary.txt", b"\0\1\2\3", "is not a text file"),
    ],
)
def test_files_that_are_not_what_they_say(tmp_path: Path, name, data, message) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ResumeFileError, match=message):
        import_file(path)


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    return path


def test_a_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = _zip_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ResumeFileError, match="ZIP bomb"):
        import_file(path)


def test_a_zip_bomb_posing_as_a_linkedin_export_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ResumeFileError, match="ZIP bomb"):
        import_file(_zip_bomb(tmp_path / "bomb.zip"))


def test_a_docx_with_external_links_is_read_without_following_them(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Pat Example, RHIT")
    document.add_paragraph("pat@example.com")
    part = document.part
    part.relate_to("http://example.com/tracker.png", RT.IMAGE, is_external=True)
    part.relate_to("file:///etc/passwd", RT.HYPERLINK, is_external=True)
    path = tmp_path / "links.docx"
    document.save(path)

    result = import_file(path)

    assert result.resume.basics.name == "Pat Example"
    assert any("links to outside files" in note for note in result.notes)


def test_a_file_too_large_to_be_a_resume_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(ResumeFileError, match="too large to be a resume"):
        import_file(path)


def test_a_non_resume_document_is_imported_with_a_warning(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Quarterly budget", 1)
    for _ in range(30):
        document.add_paragraph("The budget line for office supplies rose by 3 percent.")
    path = tmp_path / "budget.docx"
    document.save(path)
    result = import_file(path)
    assert any("does not look like a resume" in note for note in result.notes)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "resume.pdf"
    folder.mkdir()
    with pytest.raises(ResumeFileError, match="is a folder"):
        import_file(folder)


def test_in_memory_bytes_are_never_written_back(tmp_path: Path) -> None:
    path = tmp_path / "keep.docx"
    buffer = io.BytesIO()
    Document().save(buffer)
    path.write_bytes(buffer.getvalue())
    before = path.read_bytes()
    import_file(path)
    assert path.read_bytes() == before


def test_a_page_crammed_with_text_is_read_only_so_far(tmp_path: Path) -> None:
    from resume_builder.importing.pdf_reader import MAX_CHARS_PER_PAGE

    lines = b"".join(b"(word word word word word) Tj T* " for _ in range(6000))
    stream = b"BT /F1 2 Tf 2 TL 10 780 Td " + lines + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.7\n", []
    for number, content in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer << /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "crammed.pdf"
    path.write_bytes(body)

    result = import_file(path)

    assert any(f"first {MAX_CHARS_PER_PAGE:,} characters" in note for note in result.notes)
    assert len(result.source_text) < MAX_CHARS_PER_PAGE * 2
