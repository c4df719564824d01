"""Resume -> PDF with real WeasyPrint: literal text, local-only resources, safe file writes.

PDFs are checked by reading them back (never byte-compared). What every template must look like
when read back (order, fonts, paper, metadata, pagination) is in test_templates.py.
"""

from __future__ import annotations

import http.server
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import flat, needs_poppler, pdf_text, reader

from resume_builder.errors import ExportError, ResumeFileError, TemplateError
from resume_builder.models import Resume
from resume_builder.output.exporting import export_pdf, render_pdf
from resume_builder.output.pdf import FetchRefusedError, html_to_pdf, make_fetcher
from resume_builder.output.rendering import build_html
from resume_builder.output.themes import discover_themes
from resume_builder.paths import templates_dir
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
pytestmark = needs_poppler


# --- helpers -------------------------------------------------------------------------------


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    """A real local web server that records every request; nothing should ever reach it."""
    handler = type("Handler", (_RecordingHandler,), {"hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tmp_templates(tmp_path: Path) -> Path:
    root = tmp_path / "templates"
    root.mkdir()
    for shared in ("_shared", "_fonts", "classic"):
        shutil.copytree(templates_dir() / shared, root / shared)
    return root


# --- what users type comes out literally ----------------------------------------------------


HOSTILE_LINES = [
    "<script>alert('x')</script>",
    "{{ 7*7 }} and {% if true %}yes{% endif %}",
    '</div></body> & &amp; "quotes"',
    "Zoë Ñandú, José Müller-Łukasz, café",
    "Arabic: مرحبا بالعالم",
    "Hebrew: שלום עולם",
    "Emoji: \U0001f600 \u2705",
]


@pytest.mark.parametrize("theme_id", THEMES)
def test_hostile_and_international_text_comes_out_literally(
    theme_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "<b>Ada</b> {{ 7*7 }}", "summary": "Summary: " + HOSTILE_LINES[1]},
            "work": [{"name": "Clinic </div>", "position": "Tech", "highlights": HOSTILE_LINES}],
            "skills": [{"name": "{{ 7*7 }}", "category": "<i>cat</i>"}],
        }
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        result = render_pdf(resume, template=theme_id)
    # pdftotext's default mode puts right-to-left runs back in reading order, as ATS parsers do.
    text = flat(pdf_text(result.pdf, "-nopgbrk", raw=False))
    for expected in ["<b>Ada</b> {{ 7*7 }}", "Clinic </div>", "<i>cat</i>", *HOSTILE_LINES]:
        assert flat(expected) in text, expected
    assert "49" not in text
    # Every letter has a glyph (accents from the bundled fonts; Arabic and Hebrew from the
    # system fallback, DejaVu Sans). Emoji coverage depends on the system's fonts.
    missing = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    assert not [m for m in missing if not re.search("[\U0001f000-\U0001faff\u2600-\u27bf]", m)]


# --- the fetcher: only the app's own files -------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/evil.css",
        "https://example.com/font.ttf",
        "ftp://example.com/x.png",
        "file:///etc/passwd",
        "file://otherhost/templates/classic/style.css",
        "gopher://example.com/",
    ],
)
def test_fetcher_refuses_anything_but_template_files(url: str) -> None:
    fetcher = make_fetcher()
    with pytest.raises(FetchRefusedError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_refuses_escapes_from_the_templates_folder(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "ok.css").write_text("p {}")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link.css").symlink_to(tmp_path / "secret.txt")
    fetcher = make_fetcher(root)
    for url in [
        (root / ".." / "secret.txt").as_uri(),
        root.as_uri() + "/../secret.txt",
        root.as_uri() + "/%2e%2e/secret.txt",
        (root / "link.css").as_uri(),
    ]:
        with pytest.raises(FetchRefusedError):
            fetcher.fetch(url)
    response = fetcher.fetch((root / "ok.css").as_uri())
    assert response.read() == b"p {}"
    assert response.content_type == "text/css"


def test_fetcher_serves_fonts_and_data_uris() -> None:
    fetcher = make_fetcher()
    font = templates_dir() / "_fonts" / "Lato-Regular.ttf"
    response = fetcher.fetch(font.as_uri())
    assert response.read() == font.read_bytes()
    assert response.content_type == "font/ttf"
    data = fetcher.fetch("data:text/plain;base64,aGVsbG8=")
    assert data.read() == b"hello"
    assert fetcher.refused == []


def test_fonts_come_from_the_templates_folder() -> None:
    rendered = build_html(sample_resume(), "classic")
    output = html_to_pdf(rendered.html, rendered.theme.directory)
    assert "_fonts/Lato-Regular.ttf" in output.served
    assert "_fonts/Caladea-Bold.ttf" in output.served
    assert output.refused == []


def test_fetcher_records_missing_own_files() -> None:
    fetcher = make_fetcher()
    with pytest.raises(FileNotFoundError):
        fetcher.fetch((templates_dir() / "classic" / "nope.css").as_uri())
    assert fetcher.missing == [str(Path("classic") / "nope.css")]


def test_html_asking_for_outside_resources_still_renders(
    web_server: tuple[str, list[str]],
) -> None:
    base, hits = web_server
    html = f"""<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="file:///etc/passwd">
    <link rel="stylesheet" href="{base}/linked.css">
    <style>
      @import url("{base}/imported.css");
      @font-face {{ font-family: Remote; src: url("{base}/font.ttf"); }}
      body {{ background: url("file:///etc/hostname"); font-family: Remote, sans-serif; }}
    </style></head><body>
    <p>Still here</p>
    <img src="{base}/photo.png" alt="">
    <img src="../../pyproject.toml" alt="">
    </body></html>"""
    output = html_to_pdf(html, templates_dir() / "classic")
    assert "Still here" in pdf_text(output.pdf)
    assert hits == []
    refused = " ".join(output.refused)
    for part in ["/etc/passwd", "linked.css", "imported.css", "font.ttf", "/etc/hostname"]:
        assert part in refused, part
    assert "photo.png" in refused
    assert "pyproject.toml" in refused


def test_template_asking_for_the_network_is_refused(
    tmp_templates: Path, web_server: tuple[str, list[str]]
) -> None:
    base, hits = web_server
    style = tmp_templates / "classic" / "style.css"
    style.write_text(f'@import url("{base}/theme.css");\n' + style.read_text())
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    output = html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)
    assert hits == []
    assert output.refused == [f"{base}/theme.css"]
    assert output.page_count >= 1


def test_template_missing_its_own_font_is_a_template_error(tmp_templates: Path) -> None:
    (tmp_templates / "_fonts" / "Lato-Bold.ttf").unlink()
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    with pytest.raises(TemplateError, match="Lato-Bold.ttf"):
        html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)


def test_template_missing_its_stylesheet_is_a_template_error(tmp_templates: Path) -> None:
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    (tmp_templates / "_shared" / "base.css").unlink()
    with pytest.raises(TemplateError, match="base.css"):
        html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)


def test_remote_photo_is_not_fetched_and_export_succeeds(
    web_server: tuple[str, list[str]],
) -> None:
    base, hits = web_server
    resume = sample_resume()
    resume.basics.image = f"{base}/me.jpg"
    result = render_pdf(resume)
    assert hits == []
    assert result.page_count >= 1
    assert len(result.warnings) == 1
    assert f"{base}/me.jpg" in result.warnings[0]
    assert "not included" in result.warnings[0]


def test_links_are_clickable_but_never_fetched(web_server: tuple[str, list[str]]) -> None:
    base, hits = web_server
    resume = sample_resume()
    resume.basics.url = f"{base}/portfolio"
    result = render_pdf(resume)
    assert hits == []
    annotations = reader(result.pdf).pages[0].get("/Annots") or []
    uris = [a.get_object()["/A"].get("/URI") for a in annotations]
    assert f"{base}/portfolio" in uris
    assert "mailto:maria.lopez@example.com" in uris


# --- writing the file ----------------------------------------------------------------------


def test_export_pdf_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")
    result = export_pdf(sample_resume(), target)
    assert target.read_bytes() == result.pdf
    assert result.pdf.startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["resume.pdf"]


def test_export_pdf_to_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(sample_resume(), tmp_path / "nowhere" / "resume.pdf")


def test_export_pdf_onto_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(sample_resume(), tmp_path)


def test_export_pdf_permission_refused(tmp_path: Path, monkeypatch) -> None:
    """The OS refusing the write (as for a read-only folder) is said in plain words."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ResumeFileError, match="permission was refused"):
        export_pdf(sample_resume(), tmp_path / "resume.pdf")
    assert not (tmp_path / "resume.pdf").exists()


def test_export_pdf_write_failure_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ResumeFileError, match="disk is full"):
        export_pdf(sample_resume(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["resume.pdf"]


def test_unknown_template_is_a_plain_error() -> None:
    with pytest.raises(TemplateError, match="Known templates"):
        render_pdf(sample_resume(), template="nope")


def test_no_temporary_files_are_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    render_pdf(sample_resume())
    assert list(tmp_path.iterdir()) == []


def test_font_size_option_changes_the_layout() -> None:
    small, large = sample_resume(), sample_resume()
    small.settings.template_options = {"font_size": 9}
    large.settings.template_options = {"font_size": 12}
    assert render_pdf(small).page_count < render_pdf(large).page_count
