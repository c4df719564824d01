"""The worker side of rendering, run in this process: typed jobs, failures as replies, fonts kept."""

from __future__ import annotations

from pdf_reading import pdf_fonts, pdf_text

from resume_builder.models import CoverLetter
from resume_builder.output.exporting import render_pdf
from resume_builder.output.pdf import FontCache
from resume_builder.output.render_jobs import (
    RenderFailure,
    RenderKind,
    RenderRequest,
    RenderResult,
    run_job,
)


def _embedded_fonts(pdf: bytes) -> set[str]:
    """Font names ``pdffonts`` lists as embedded."""
    return {name.split("+")[-1] for name, embedded in pdf_fonts(pdf) if embedded}


def test_fonts_kept_between_renders_still_embed_every_font(full_resume):
    fonts = FontCache()
    try:
        replies = [
            run_job(
                render_pdf,
                RenderRequest(
                    i, RenderKind.PDF, full_resume.to_json_dict(), template, preview=True
                ),
                fonts,
            )
            for i, template in enumerate(["classic", "modern", "classic"])
        ]
    finally:
        fonts.close()
    assert all(isinstance(reply, RenderResult) for reply in replies)
    first, _, again = (reply.data for reply in replies)
    assert _embedded_fonts(first) == _embedded_fonts(again) != set()
    assert pdf_text(first) == pdf_text(again)
    assert "Maria" in pdf_text(again)


def test_a_failure_comes_back_as_a_reply_with_plain_words():
    reply = run_job(render_pdf, RenderRequest(7, RenderKind.PDF, {}, "no-such-template"))
    assert isinstance(reply, RenderFailure)
    assert reply.job_id == 7
    assert "no-such-template" in reply.message
    assert "Traceback" in reply.detail


def test_thumbnail_jobs_answer_with_a_png(minimal_resume):
    reply = run_job(
        render_pdf, RenderRequest(1, RenderKind.THUMBNAIL, minimal_resume.to_json_dict(), width=90)
    )
    assert isinstance(reply, RenderResult)
    assert reply.data.startswith(b"\x89PNG")
    assert int.from_bytes(reply.data[16:20], "big") == 90


def test_letter_jobs_render_the_cover_letter_in_the_resume_design(full_resume):
    full_resume.settings.letter = CoverLetter(
        greeting="Dear Ms. Rivera,", opening="I am applying for the coding position."
    )
    reply = run_job(
        render_pdf, RenderRequest(4, RenderKind.LETTER, full_resume.to_json_dict(), "modern")
    )
    assert isinstance(reply, RenderResult), reply
    assert reply.page_count == 1
    text = pdf_text(reply.data)
    assert "Dear Ms. Rivera," in text and "I am applying for the coding position." in text
    assert full_resume.work[0].highlights[0][:30] not in text  # the letter, not the resume
