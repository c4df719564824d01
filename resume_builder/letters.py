"""Cover letters drafted from the resume and, when there is one, the job posting.

A draft only says what the resume already says: evidence paragraphs quote the user's own bullets
(so every number in them is one the user wrote), credentials come from ``basics.credentials`` and
the certificates, and the phrases around them come from ``skills_data/letters.json``. Where the
posting names the employer, position, reference number or contact they are filled in; where it
does not, the slot stays as ``[Employer]`` and the letter coaching flags it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from resume_builder.coaching.posting import sentences
from resume_builder.coaching.texts import resume_texts
from resume_builder.dataset import read_data_file
from resume_builder.language import words
from resume_builder.models import CoverLetter, LetterRecipient, Resume, display_name
from resume_builder.slots import SLOT_RE

if TYPE_CHECKING:
    from resume_builder.coaching.matching import TermHit

LETTERS_FILE = "letters.json"
MAX_EVIDENCE_BULLETS = 4
MAX_SKILLS_NAMED = 4

_LABEL_RE = r"^\s*(?:{labels})\s*[:\-–]\s*(?P<value>\S.*?)\s*$"
_EMPLOYER_LABEL_RE = re.compile(
    _LABEL_RE.format(labels=r"company|employer|organi[sz]ation|facility|hospital"),
    re.IGNORECASE | re.MULTILINE,
)
_POSITION_LABEL_RE = re.compile(
    _LABEL_RE.format(labels=r"(?:job |position )?title|position|role"),
    re.IGNORECASE | re.MULTILINE,
)
_CONTACT_LABEL_RE = re.compile(
    _LABEL_RE.format(labels=r"contact(?: person)?|hiring manager|attn|attention|recruiter"),
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS_LABEL_RE = re.compile(_LABEL_RE.format(labels=r"address"), re.IGNORECASE | re.MULTILINE)
_REFERENCE_RE = re.compile(
    r"\b(?:req(?:uisition)?|job|posting|reference|ref)\.?\s*(?:id|no\.?|number|#)?\s*[:#]\s*"
    r"(?P<value>[A-Z0-9][A-Z0-9-]{2,19})\b",
    re.IGNORECASE,
)
_ORG_RE = re.compile(
    r"(?:[A-Z][\w&.'’-]*[ \t]+){1,6}"
    r"(?:Medical Center|Hospital|Clinic|Health System|Healthcare|Health Care|Health|Medical Group|"
    r"Physicians|Associates|Partners|Group|Center|Institute|Inc\.?|LLC)\b"
)
_PERSON_RE = re.compile(r"^(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
_IN_PROGRESS_RE = re.compile(
    r"\b(?:in progress|candidate|eligible|scheduled|pending|exam date|studying)\b", re.IGNORECASE
)
_ABBREVIATION_RE = re.compile(r"\(([A-Z]{2,6})\)|\b(RHIT|RHIA|CCS-P|CCS|CCA|CPC|CDIP|CCDS|ODS)\b")
_FIGURE_RE = re.compile(r"\d")
_PROPER_CATEGORIES = frozenset({"software", "office", "certification"})
"""Term categories whose names are proper nouns (products, credentials)."""


@dataclass(frozen=True)
class PostingDetails:
    """What a posting says about who is hiring: each is ``None`` when the posting does not say."""

    employer: str | None = None
    position: str | None = None
    reference: str | None = None
    contact: str | None = None
    contact_title: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class Phrase:
    """One phrase of the letter library, with the case it is for and its source."""

    id: str
    case: str
    text: str
    source: str


@cache
def phrases() -> dict[str, tuple[Phrase, ...]]:
    """The letter phrase library by part (openings, closings, ...), validated on first use."""
    data = read_data_file(LETTERS_FILE, "letters")
    parts = (
        "openings",
        "skills",
        "evidence_leads",
        "credentials",
        "privacy",
        "closings",
        "sign_offs",
    )
    return {
        part: tuple(Phrase(e["id"], e["for"], e["text"], e["source"]) for e in data[part])
        for part in parts
    }


def phrase(part: str, case: str) -> Phrase:
    """The phrase of ``part`` for ``case``, else the part's ``general`` one, else its first."""
    options = phrases()[part]
    for wanted in (case, "general"):
        for item in options:
            if item.case == wanted:
                return item
    return options[0]


def fill_slots(text: str, values: Mapping[str, str | None]) -> str:
    """Put known values into ``[Slot]`` places; unknown slots stay for the user to fill."""

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group()[1:-1])
        return value.strip() if value and value.strip() else match.group()

    return SLOT_RE.sub(replace, text)


# --- reading the posting ------------------------------------------------------------------------


def posting_details(posting: str) -> PostingDetails:
    """Employer, position, reference number, contact and address, where the posting names them.

    Labelled lines ("Company: ...", "Req ID: ...") win; otherwise the position is the posting's
    first line when it reads like a title, and the employer is the first organisation name
    (a name ending in Hospital, Medical Center, Clinic, ...) outside the boilerplate.
    """
    contact = _labelled(_CONTACT_LABEL_RE, posting)
    return PostingDetails(
        employer=_labelled(_EMPLOYER_LABEL_RE, posting) or _employer(posting),
        position=_title_case(_labelled(_POSITION_LABEL_RE, posting) or _title_line(posting)),
        reference=_first(_REFERENCE_RE, posting),
        contact=_person(contact),
        contact_title=_contact_title(contact) if _person(contact) else None,
        address=_labelled(_ADDRESS_LABEL_RE, posting),
    )


def _title_case(value: str | None) -> str | None:
    """Title-case a shouted title ("INPATIENT CODER"); mixed case is kept as the posting has it."""
    return value.title() if value and value.isupper() and len(value) > 6 else value


def _labelled(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match["value"].strip(" .") if match else None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match["value"] if match else None


def _person(value: str | None) -> str | None:
    """A contact's name, without a trailing e-mail address or phone number."""
    if not value:
        return None
    name = re.split(r"\s*[,(<|]|\s+-\s+|\s+at\s+", value)[0].strip()
    return name if _PERSON_RE.match(name) else None


def _contact_title(value: str | None) -> str | None:
    """The title after the contact's name ("Dana Whitfield, HIM Director (...)")."""
    match = re.match(r"[^,]+,\s*([A-Z][\w &/-]{1,40}?)\s*(?:[(<|,]|$)", value or "")
    return match[1].strip() if match and "@" not in match[1] else None


def _title_line(posting: str) -> str | None:
    for line in posting.splitlines():
        text = line.strip()
        if not text:
            continue
        if len(text.split()) <= 10 and not text.endswith((".", "!", "?", ":")):
            return re.split(r"\s+[(\-–—|]\s*", text)[0].strip() or None
        return None
    return None


def _employer(posting: str) -> str | None:
    for sentence in sentences(posting):  # the company blurb counts: it names the employer
        match = _ORG_RE.search(sentence.text)
        if match:
            name = re.sub(r"^(?:The|At|Join|About)\s+", "", match.group().strip())
            return name
    return None


# --- drafting -----------------------------------------------------------------------------------


def draft_letter(
    resume: Resume, posting: str | None = None, *, today: date | None = None
) -> CoverLetter:
    """A complete first draft for ``resume``, aimed at ``posting`` when one is given."""
    today = today or date.today()
    details = posting_details(posting) if posting else PostingDetails()
    values = {"Position": details.position, "Employer": details.employer}
    role = resume.settings.target_role or "general"
    body = [*_evidence(resume, posting)]
    skills = _skills_paragraph(resume, posting, values)
    if skills:
        body.insert(0, skills)
    credentials = _credentials_paragraph(resume, today)
    privacy = phrase("privacy", "general").text
    body.append(f"{credentials} {privacy}" if credentials else privacy)
    contact = details.contact
    return CoverLetter(
        recipient=LetterRecipient(
            name=contact,
            title=details.contact_title,
            organization=details.employer,
            address=details.address,
        ),
        date=today.isoformat(),
        position=details.position,
        reference=details.reference,
        greeting=f"Dear {contact}," if contact else "Dear Hiring Manager,",
        opening=fill_slots(phrase("openings", _opening_case(resume, role)).text, values),
        body=body,
        closing=fill_slots(phrase("closings", "general").text, values),
        sign_off=phrase("sign_offs", "general").text,
        signature=display_name(resume.basics) or None,
    )


def _opening_case(resume: Resume, role: str) -> str:
    """New graduates (no jobs yet) and career changers (no field job) get their own opening."""
    jobs = [w for w in resume.work if w.name or w.position]
    if not jobs:
        return "new-graduate" if resume.education else role
    field_words = re.compile(
        r"health|medical|records|coding|coder|HIM|clinic|hospital|registr|ROI|patient", re.I
    )
    if not any(field_words.search(f"{w.name or ''} {w.position or ''}") for w in jobs):
        return "career-changer"
    return role


def _skills_paragraph(
    resume: Resume, posting: str | None, values: dict[str, str | None]
) -> str | None:
    """Name the posting's most important terms that the resume covers, in the posting's words."""
    if not posting:
        return None
    from resume_builder.coaching.matching import match_posting  # the dataset index: only here

    covered = match_posting(resume, posting).covered[:MAX_SKILLS_NAMED]
    if not covered:
        return None
    names = [_in_sentence(hit) for hit in covered]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    return fill_slots(phrase("skills", "general").text, {**values, "Skills": listed})


def _in_sentence(hit: TermHit) -> str:
    """A posting term as it reads mid-sentence, in the posting's words where they make a name.

    "Release of Information" -> "release of information"; a lone lower-case word ("file") gives
    the dataset's name ("record filing & retrieval"); products (Epic, Microsoft Excel),
    credentials and acronyms keep their spelling.
    """
    spelling = hit.posting_spellings[0]
    if " " not in spelling and spelling.islower():
        spelling = re.sub(r"\s*\(.*?\)", "", hit.term.name)
    words = spelling.split()
    plain = [w.isalpha() and w[1:].islower() for w in words]
    if hit.term.category not in _PROPER_CATEGORIES and all(plain):
        return spelling.lower()
    if len(words) > 1 and all(w == w.lower() for w in words[1:]) and plain[0]:
        return spelling[0].lower() + spelling[1:]  # "Record filing & retrieval"
    return spelling


def _evidence(resume: Resume, posting: str | None) -> list[str]:
    """One paragraph per job, quoting its strongest bullets for the posting's top terms."""
    chosen = _strongest_bullets(resume, posting)
    by_job: dict[int, list[str]] = {}
    for index, text in chosen:
        by_job.setdefault(index, []).append(text)
    paragraphs = []
    for index in sorted(by_job):
        job = resume.work[index]
        lead = phrase("evidence_leads", "current" if job.end_date is None else "past")
        evidence = " ".join(_first_person(t) for t in by_job[index])
        if job.position and job.name:
            values = {"Position": job.position, "Employer": job.name}
            evidence = fill_slots(lead.text, values).replace("[Evidence]", _lower_first(evidence))
        paragraphs.append(evidence)
    return paragraphs


def _lower_first(text: str) -> str:
    """Lower-case the first word to follow a lead-in ("Lowered" -> "lowered"; "I" stays)."""
    first = text.split(" ", 1)[0]
    return text if first == "I" or first.isupper() else text[:1].lower() + text[1:]


def _strongest_bullets(resume: Resume, posting: str | None) -> list[tuple[int, str]]:
    """(job index, bullet) of the best bullets: most posting-term weight, then with figures."""
    weight: dict[str, float] = {}
    if posting:
        from resume_builder.coaching.matching import match_posting

        for hit in match_posting(resume, posting).covered:
            for path in hit.resume_paths:
                weight[path] = weight.get(path, 0.0) + hit.term.weight
    candidates: list[tuple[float, int, int, str]] = []
    for order, field in enumerate(resume_texts(resume)):
        match = re.fullmatch(r"work\[(\d+)\]\.highlights\[\d+\]", field.path)
        if not match:
            continue
        score = weight.get(field.path, 0.0) + (0.5 if _FIGURE_RE.search(field.text) else 0.0)
        candidates.append((score, order, int(match[1]), field.text.strip()))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    best = [c for c in candidates if c[0] > 0][:MAX_EVIDENCE_BULLETS]
    return [(job, text) for _, _, job, text in sorted(best, key=lambda c: c[1])]


def _first_person(bullet: str) -> str:
    """A bullet as a first-person sentence ("Code 60 a day" -> "I code 60 a day."); figures kept."""
    text = bullet.strip().rstrip(".;") + "."
    first = text.split(" ", 1)[0]
    if first.isupper() or not first[:1].isalpha():
        return text
    return f"I {first.lower()}{text[len(first) :]}"


def _credentials_paragraph(resume: Resume, today: date) -> str | None:
    held = [c.strip() for c in resume.basics.credentials if c.strip()]
    sentences_: list[str] = []
    if held:
        word = "credentials" if len(held) > 1 else "credential"
        listed = ", ".join(held[:-1]) + f" and {held[-1]}" if len(held) > 1 else held[0]
        text = phrase("credentials", "held").text
        sentences_.append(fill_slots(text, {"Credentials": listed, "CredentialWord": word}))
    for exam, when in _exams_in_progress(resume, today):
        if exam in held:
            continue
        case = "in-progress" if when else "in-progress-undated"
        text = phrase("credentials", case).text
        sentences_.append(fill_slots(text, {"Exam": exam, "ExamDate": when}))
    return " ".join(sentences_) or None


def _exams_in_progress(resume: Resume, today: date) -> list[tuple[str, str | None]]:
    """(abbreviation, exam date as written) for certificates still in progress."""
    from resume_builder.output.outline import format_date

    out = []
    for cert in resume.certificates:
        name = cert.name or ""
        future = bool(cert.date and cert.date > today.isoformat()[: len(cert.date)])
        extra: Any = cert.model_extra or {}
        note = " ".join(str(v) for v in extra.values() if isinstance(v, str))
        if not (future or _IN_PROGRESS_RE.search(f"{name} {note}")):
            continue
        match = _ABBREVIATION_RE.search(name)
        exam = (match[1] or match[2]) if match else _IN_PROGRESS_RE.sub("", name).strip(" ()-")
        when = (
            _long_date(cert.date) if cert.date and len(cert.date) == 10 else format_date(cert.date)
        )
        out.append((exam, when or None))
    return out


def _long_date(value: str, language: str = "en") -> str:
    day = date.fromisoformat(value)
    return words(language).long_date(day.year, day.month, day.day)


def letter_date(letter: CoverLetter, language: str = "en") -> str:
    """The letter's date as printed, e.g. "December 1, 2026" (a partial date as resumes show it)."""
    from resume_builder.output.outline import format_date

    if not letter.date:
        return ""
    if len(letter.date) == 10:
        return _long_date(letter.date, language)
    return format_date(letter.date, language)


def letter_for(resume: Resume, posting: str | None = None) -> CoverLetter:
    """The resume's saved letter, else a fresh draft (from ``posting`` or the saved posting)."""
    saved = resume.settings.letter
    if saved is not None and saved.paragraphs():
        return saved
    return draft_letter(resume, posting or resume.settings.posting)


@dataclass(frozen=True)
class LetterView:
    """A letter ready to print: every part as display text, empty parts left out."""

    date: str
    recipient: tuple[str, ...]
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    sign_off: str
    signature: str


def letter_view(resume: Resume, letter: CoverLetter) -> LetterView:
    """What the templates, the text and the Word exports print, in reading order."""
    to = letter.recipient
    address = [line.strip() for line in (to.address or "").splitlines() if line.strip()]
    recipient = [t.strip() for t in (to.name, to.title, to.organization) if t and t.strip()]
    subject = " \u2014 ".join(
        p.strip() for p in (letter.position, _reference(letter.reference)) if p and p.strip()
    )
    said = words(resume.settings.language)
    return LetterView(
        date=letter_date(letter, resume.settings.language),
        recipient=(*recipient, *address),
        subject=f"{said.regarding} {subject}" if subject else "",
        greeting=(letter.greeting or "").strip(),
        paragraphs=tuple(letter.paragraphs()),
        sign_off=(letter.sign_off or "").strip(),
        signature=(letter.signature or display_name(resume.basics)).strip(),
    )


def _reference(value: str | None) -> str | None:
    return f"Ref. {value.strip()}" if value and value.strip() else None
