"""Cover letters: stored per version in the JSON Resume file, drafted from a posting, rendered in
every template, exported and coached."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from pdf_reading import assert_ats_reads_in_order, assert_in_order, catalog, pdf_text, reader

from resume_builder.coaching.letter import lint_letter, word_count
from resume_builder.letters import (
    SLOT_RE,
    PostingDetails,
    draft_letter,
    letter_for,
    phrases,
    posting_details,
)
from resume_builder.models import CoverLetter, LetterRecipient
from resume_builder.output.letter_export import (
    export_letter,
    letter_docx,
    letter_text,
    render_letter_pdf,
)
from resume_builder.output.papers import PAPERS
from resume_builder.output.themes import discover_themes
from resume_builder.sample import sample_resume
from resume_builder.storage import load_resume, save_resume
from resume_builder.versions import new_version, switch_version

DATA = Path(__file__).parent / "data"
POSTINGS = DATA / "postings"
THEMES = list(discover_themes())
TODAY = date(2026, 12, 1)
HIM_POSTING = (POSTINGS / "him_technician.txt").read_text(encoding="utf-8")
LABELLED_POSTING = """\
Coding Specialist
Company: Mercy Valley Health System
Req ID: HIM-20451
Contact: Dana Whitfield, HIM Director (dana.whitfield@example.org)
Address: 400 Orchard Road, Springfield, IL 62701

We are looking for a coder with CCS or RHIT. ICD-10-CM and CPT required. Epic experience a plus.
"""


@pytest.fixture(scope="module")
def him_letter() -> CoverLetter:
    return draft_letter(sample_resume(), HIM_POSTING, today=TODAY)


# --- model and storage -----------------------------------------------------------------------


def test_letter_round_trips_and_file_stays_json_resume(tmp_path: Path, him_letter) -> None:
    resume = sample_resume()
    resume.settings.letter = him_letter
    path = tmp_path / "r.json"
    save_resume(resume, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"]["resumeBuilder"]["letter"]["recipient"]["organization"] == (
        "Riverbend Regional Medical Center"
    )
    schema = json.loads((DATA / "jsonresume-schema.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
    assert errors == []
    assert load_resume(path).settings.letter == him_letter


def test_each_version_keeps_its_own_letter(him_letter) -> None:
    resume = sample_resume()
    resume.settings.letter = him_letter
    other = new_version(resume, "Clinic")
    assert other.settings.letter == him_letter  # a new version starts from a copy
    other.settings.letter = CoverLetter(opening="A different letter for the clinic.")
    back = switch_version(other, "Main")
    assert back.settings.letter == him_letter
    assert switch_version(back, "Clinic").settings.letter.opening == (
        "A different letter for the clinic."
    )


# --- reading the posting -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "employer", "position"),
    [
        (
            "him_technician.txt",
            "Riverbend Regional Medical Center",
            "Health Information Management Technician II",
        ),  # noqa: E501
        ("clinic_records_clerk.txt", "Valley Family Clinic", "Medical Records Clerk"),
        (
            "roi_specialist.txt",
            "Northfield Community Hospital",
            "Release of Information Specialist",
        ),
        ("inpatient_coder.txt", "Lakeshore Health Partners", "Inpatient Coder"),
    ],
)
def test_posting_names_employer_and_position(name: str, employer: str, position: str) -> None:
    details = posting_details((POSTINGS / name).read_text(encoding="utf-8"))
    assert (details.employer, details.position) == (employer, position)


def test_labelled_posting_gives_reference_contact_and_address() -> None:
    assert posting_details(LABELLED_POSTING) == PostingDetails(
        employer="Mercy Valley Health System",
        position="Coding Specialist",
        reference="HIM-20451",
        contact="Dana Whitfield",
        contact_title="HIM Director",
        address="400 Orchard Road, Springfield, IL 62701",
    )


# --- drafting ----------------------------------------------------------------------------------


def test_draft_fills_what_the_posting_names(him_letter) -> None:
    assert him_letter.recipient.organization == "Riverbend Regional Medical Center"
    assert him_letter.position == "Health Information Management Technician II"
    assert "Riverbend Regional Medical Center" in him_letter.opening
    assert him_letter.greeting == "Dear Hiring Manager,"
    assert him_letter.date == "2026-12-01"
    assert not any(SLOT_RE.search(p) for p in him_letter.paragraphs())
    assert 250 <= word_count(him_letter) <= 400


def test_draft_greets_the_named_contact() -> None:
    letter = draft_letter(sample_resume(), LABELLED_POSTING, today=TODAY)
    assert letter.greeting == "Dear Dana Whitfield,"
    assert letter.reference == "HIM-20451"
    assert letter.recipient == LetterRecipient(
        name="Dana Whitfield",
        title="HIM Director",
        organization="Mercy Valley Health System",
        address="400 Orchard Road, Springfield, IL 62701",
    )


def test_evidence_quotes_only_numbers_the_user_wrote(him_letter) -> None:
    resume_text = json.dumps(sample_resume().to_json_dict(), ensure_ascii=False)
    for paragraph in him_letter.paragraphs():
        for number in re.findall(r"\d[\d,.]*\d|\d", paragraph):
            assert number in resume_text, f"{number} in {paragraph!r} is not in the resume"
    bullets = [h for job in sample_resume().work for h in job.highlights]
    quoted = [b for b in bullets if b.rstrip(".")[1:] in " ".join(him_letter.body)]
    assert quoted, "the evidence paragraphs quote the user's bullets"


def test_evidence_prefers_bullets_matching_the_posting() -> None:
    resume = sample_resume()
    coder = draft_letter(resume, (POSTINGS / "roi_specialist.txt").read_text(), today=TODAY)
    assert "release of information requests" in " ".join(coder.body)


def test_credential_in_progress_with_exam_date() -> None:
    resume = sample_resume()
    resume.certificates.append(
        resume.certificates[0].model_copy(
            update={"name": "Certified Coding Specialist (CCS)", "date": "2027-03-15"}
        )
    )
    letter = draft_letter(resume, HIM_POSTING, today=TODAY)
    text = " ".join(letter.body)
    assert "I hold the RHIT and CCA credentials." in text
    assert "preparing for the CCS exam, scheduled for March 15, 2027" in text


def test_new_graduate_and_career_changer_openings() -> None:
    graduate = sample_resume()
    graduate.work = []
    assert "recently completed my health information studies" in (
        draft_letter(graduate, today=TODAY).opening
    )
    changer = sample_resume()
    for job in changer.work:
        job.name, job.position = "Northside Grocery", "Shift Supervisor"
    assert "My earlier work" in draft_letter(changer, today=TODAY).opening


def test_draft_without_posting_leaves_slots_for_the_user() -> None:
    letter = draft_letter(sample_resume(), today=TODAY)
    assert "[Position]" in letter.opening and "[Employer]" in letter.closing


def test_saved_letter_wins_over_a_draft(him_letter) -> None:
    resume = sample_resume()
    assert letter_for(resume).opening != him_letter.opening
    resume.settings.letter = him_letter
    assert letter_for(resume, "another posting") is resume.settings.letter


def test_phrase_library_has_a_source_and_no_figures() -> None:
    parts = phrases()
    roles = json.loads((Path("skills_data") / "catalogue.json").read_text())["roles"]
    assert {p.case for p in parts["openings"]} >= {*roles, "career-changer", "new-graduate"}
    for items in parts.values():
        for item in items:
            assert item.source in {"seed", "onet", "bls", "issuer", "curated"}
            assert not re.search(r"\d", item.text)


# --- rendering and export ---------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("theme_id", THEMES)
def test_every_template_has_a_one_page_tagged_letter(theme_id: str, paper: str, him_letter) -> None:
    resume = sample_resume()
    result = render_letter_pdf(resume, him_letter, theme_id, paper)
    assert result.page_count == 1
    assert result.warnings == []
    root = catalog(result.pdf)
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert reader(result.pdf).metadata.title == "Maria Lopez, RHIT, CCA \u2014 Cover letter"
    assert_ats_reads_in_order(
        result.pdf,
        [
            "Maria Lopez",
            "maria.lopez@example.com",
            "December 1, 2026",
            "Riverbend Regional Medical Center",
            "Re: Health Information Management Technician II",
            "Dear Hiring Manager,",
            *him_letter.paragraphs(),
            "Sincerely,",
            "Maria Lopez, RHIT, CCA",
        ],
    )


def test_long_letter_is_fitted_to_one_page(him_letter) -> None:
    letter = him_letter.model_copy(update={"body": him_letter.body * 2})
    result = render_letter_pdf(sample_resume(), letter, "classic")
    assert result.page_count == 1
    assert result.fit is not None and result.fit.step is not None  # tightened to fit
    assert result.warnings == []
    much_too_long = him_letter.model_copy(update={"body": him_letter.body * 6})
    result = render_letter_pdf(sample_resume(), much_too_long, "classic")
    assert result.page_count > 1
    assert result.warnings and "letter does not fit on one page" in result.warnings[0]


def test_text_and_word_exports(tmp_path: Path, him_letter) -> None:
    resume = sample_resume()
    text = letter_text(resume, him_letter)
    assert_in_order(text, ["Maria Lopez", "December 1, 2026", "Dear Hiring Manager,", "Sincerely,"])
    import docx

    document = docx.Document(io.BytesIO(letter_docx(resume, him_letter)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Maria Lopez, RHIT, CCA"
    assert him_letter.opening in paragraphs
    export_letter(resume, him_letter, tmp_path / "l.txt")
    assert (tmp_path / "l.txt").read_text(encoding="utf-8") == text


def test_unknown_letter_format_is_a_plain_error(tmp_path: Path, him_letter) -> None:
    from resume_builder.errors import ExportError

    with pytest.raises(ExportError, match=r"\.pdf, \.docx or \.txt"):
        export_letter(sample_resume(), him_letter, tmp_path / "l.odt")
    assert not (tmp_path / "l.odt").exists()


# --- coaching ------------------------------------------------------------------------------------


def test_a_clean_draft_has_no_findings(him_letter) -> None:
    assert lint_letter(him_letter, posting=HIM_POSTING, resume=sample_resume()) == []


def test_letter_coaching_flags_what_must_be_fixed() -> None:
    letter = draft_letter(sample_resume(), today=TODAY)
    letter.body = [
        *letter.body,
        "To whom it may concern: I am applying. I was responsible for filing recrods at Riverbend Regionall "
        "Medical Center. Patient John Smith, MRN 4471203, was one of [N] charts.",
    ]
    findings = lint_letter(letter, posting=HIM_POSTING, resume=sample_resume())
    rules = {f.rule for f in findings}
    assert {
        "letter-slot",
        "letter-employer",
        "letter-cliche",
        "weak-opening",
        "spelling",
        "placeholder",
        "phi-mrn",
    } <= rules
    employer = next(f for f in findings if f.rule == "letter-employer")
    assert employer.replacement == "Riverbend Regional Medical Center"
    assert letter.body[-1][employer.start : employer.end] == "Riverbend Regionall Medical Center"
    slot = next(f for f in findings if f.rule == "letter-slot" and f.path.endswith("opening"))
    assert letter.opening[slot.start : slot.end] in {"[Position]", "[Employer]"}


def test_letter_length_is_coached() -> None:
    short = CoverLetter(greeting="Dear Hiring Manager,", opening="I would like the job.")
    assert [f.rule for f in lint_letter(short)] == ["letter-length"]
    assert "aim for 250-400" in lint_letter(short)[0].message


def test_posting_terms_read_naturally_mid_sentence() -> None:
    roi = draft_letter(sample_resume(), (POSTINGS / "roi_specialist.txt").read_text(), today=TODAY)
    assert "release of information, RHIT, MEDITECH" in roi.body[0]  # products keep their case
    clerk = (POSTINGS / "clinic_records_clerk.txt").read_text()
    assert "record filing & retrieval" in draft_letter(sample_resume(), clerk, today=TODAY).body[0]


def test_an_empty_resume_still_gets_a_letter_and_user_text_prints_literally() -> None:
    from resume_builder.models import Resume

    resume = Resume()
    letter = draft_letter(resume, today=TODAY)
    assert letter.signature is None and letter.opening and letter.closing
    letter.greeting = "Dear <b>{{ 7*7 }}</b>,"
    result = render_letter_pdf(resume, letter, "classic")
    assert result.page_count == 1
    assert "Dear <b>{{ 7*7 }}</b>," in pdf_text(result.pdf)
