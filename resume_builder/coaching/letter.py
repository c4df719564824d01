"""Coaching for cover letters: the resume's checks, plus what only a letter can get wrong.

Each sentence goes through the resume's own checks (patient information, weak openings,
spelling, ``[N]`` placeholders); first-person and length rules for resume text do not apply to a
letter. Letter rules (id -> severity):

- ``letter-slot`` (error): a ``[Employer]``-style slot from a draft is still in the letter.
- ``letter-length`` (warning): the letter is under 250 or over 400 words.
- ``letter-employer`` (error): the employer's name is spelled differently from the posting.
- ``letter-cliche`` (warning): "To whom it may concern", "hard worker" and the like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher

from resume_builder.coaching.findings import Finding, finding_id, sort_findings
from resume_builder.coaching.phi import phi_in_text
from resume_builder.coaching.posting import sentences
from resume_builder.coaching.writing import lint_text
from resume_builder.letters import SLOT_RE, posting_details
from resume_builder.messages import Messages
from resume_builder.models import CoverLetter, Resume

MIN_WORDS, MAX_WORDS = 250, 400
"""A cover letter that a hiring manager reads whole: about three to five short paragraphs."""
LETTER_PATH = "meta.resumeBuilder.letter"
_PROSE = frozenset({"greeting", "opening", "body", "closing"})
"""Parts checked for writing and spelling (names and addresses are not prose)."""
_SENTENCE_RULES = frozenset({"weak-opening", "spelling", "placeholder"})
_CLICHES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), advice)
    for pattern, advice in (
        (r"\bto whom it may concern\b", "cliche-greeting"),
        (r"\bhard[- ]working\b|\bhard worker\b", "cliche-hard-worker"),
        (r"\bteam player\b", "cliche-team-player"),
        (r"\bthink outside the box\b|\bgo-getter\b|\bself-starter\b", "cliche-example"),
        (r"\bI (?:think|feel|believe) (?:that )?I (?:would|could|can)\b", "cliche-plainly"),
    )
)
"""(pattern, key of the advice in :data:`MESSAGES`)."""

MESSAGES = Messages(
    {
        "letter-cliche": {
            "en": '"{phrase}" is a stock phrase. {advice}',
            "es": "«{phrase}» es una frase hecha. {advice}",
        },
        "cliche-greeting": {
            "en": 'Write "Dear Hiring Manager," or the contact\'s name.',
            "es": "Escriba «Dear Hiring Manager,» o el nombre de la persona de contacto.",
        },
        "cliche-hard-worker": {
            "en": "Show it with a figure from your bullets.",
            "es": "Demuéstrelo con una cifra de sus logros.",
        },
        "cliche-team-player": {
            "en": "Name a team you worked in and what you did for it.",
            "es": "Nombre un equipo en el que trabajó y lo que hizo por él.",
        },
        "cliche-example": {"en": "Give an example.", "es": "Dé un ejemplo."},
        "cliche-plainly": {"en": "Say it plainly.", "es": "Dígalo directamente."},
        "letter-slot": {
            "en": "Replace {slot} with the real {what} before sending.",
            "es": "Cambie {slot} por el dato real ({what}) antes de enviarla.",
        },
        "letter-length-short": {
            "en": "The letter has {count} words; aim for {low}-{high} (add a paragraph with "
            "another example from your resume).",
            "es": "La carta tiene {count} palabras; apunte a {low}-{high} (agregue un párrafo con "
            "otro ejemplo de su currículum).",
        },
        "letter-length-long": {
            "en": "The letter has {count} words; aim for {low}-{high} (cut the weakest example).",
            "es": "La carta tiene {count} palabras; apunte a {low}-{high} (quite el ejemplo más "
            "débil).",
        },
        "letter-employer": {
            "en": 'The posting spells the employer "{employer}".',
            "es": "El anuncio escribe el nombre del empleador así: «{employer}».",
        },
    }
)


def letter_fields(letter: CoverLetter) -> Iterator[tuple[str, str]]:
    """(JSON path, text) of every part of the letter a reader sees, in reading order."""
    to = letter.recipient
    parts = [
        ("recipient.name", to.name),
        ("recipient.title", to.title),
        ("recipient.organization", to.organization),
        ("recipient.address", to.address),
        ("position", letter.position),
        ("greeting", letter.greeting),
        ("opening", letter.opening),
        *((f"body[{i}]", text) for i, text in enumerate(letter.body)),
        ("closing", letter.closing),
        ("signOff", letter.sign_off),
        ("signature", letter.signature),
    ]
    for path, text in parts:
        if text and text.strip():
            yield f"{LETTER_PATH}.{path}", text


def word_count(letter: CoverLetter) -> int:
    """Words in the greeting, paragraphs and sign-off (the part that is read as prose)."""
    return len(" ".join([letter.greeting or "", *letter.paragraphs()]).split())


def lint_letter(
    letter: CoverLetter,
    *,
    posting: str | None = None,
    resume: Resume | None = None,
    lang: str = "en",
) -> list[Finding]:
    """Every finding for ``letter``, most serious first.

    The letter is checked in the resume's language (English without a resume); the messages
    are in ``lang``, the reader's.
    """
    own_name = resume.basics.name if resume is not None else None
    language = resume.settings.language if resume is not None else "en"
    findings: list[Finding] = []
    employer = posting_details(posting).employer if posting else None
    for path, text in letter_fields(letter):
        findings += phi_in_text(text, path, own_name=own_name, lang=lang)
        if path.rsplit(".", 1)[-1].split("[")[0] in _PROSE:
            findings += _sentence_findings(text, path, language, lang)
        findings += _slots(text, path, lang)
        findings += _cliches(text, path, lang)
        if employer:
            findings += _misspelled_employer(text, path, employer, lang)
    words = word_count(letter)
    if letter.paragraphs() and not MIN_WORDS <= words <= MAX_WORDS:
        key = "letter-length-short" if words < MIN_WORDS else "letter-length-long"
        findings.append(
            Finding(
                id=finding_id("letter-length", str(words < MIN_WORDS)),
                rule="letter-length",
                kind="writing",
                severity="warning",
                path=LETTER_PATH,
                message=MESSAGES.text(key, lang, count=words, low=MIN_WORDS, high=MAX_WORDS),
            )
        )
    return sort_findings(findings)


def _sentence_findings(text: str, path: str, language: str, lang: str) -> list[Finding]:
    """The resume's writing checks, one sentence at a time, with offsets in the whole field."""
    out = []
    for sentence in sentences(text):
        offset = text.find(sentence.text, sentence.start)
        for finding in lint_text(sentence.text, path, role="bullet", language=language, lang=lang):
            if finding.rule not in _SENTENCE_RULES:
                continue
            if finding.start >= 0 and offset >= 0:
                finding = replace(finding, start=finding.start + offset, end=finding.end + offset)
            if finding.rule != "spelling":  # a rewrite of one sentence, not of the field
                finding = replace(finding, replacement=None)
            out.append(finding)
    return out


def _slots(text: str, path: str, lang: str) -> list[Finding]:
    return [
        Finding(
            id=finding_id("letter-slot", f"{path} {m.group()}"),
            rule="letter-slot",
            kind="writing",
            severity="error",
            path=path,
            message=MESSAGES.text(
                "letter-slot", lang, slot=m.group(), what=m.group()[1:-1].lower()
            ),
            excerpt=m.group(),
            start=m.start(),
            end=m.end(),
        )
        for m in SLOT_RE.finditer(text)
        if m.group() != "[N]"  # the resume's placeholder rule reports [N] already
    ]


def _cliches(text: str, path: str, lang: str) -> list[Finding]:
    return [
        Finding(
            id=finding_id("letter-cliche", m.group()),
            rule="letter-cliche",
            kind="writing",
            severity="warning",
            path=path,
            message=MESSAGES.text(
                "letter-cliche", lang, phrase=m.group(), advice=MESSAGES.text(advice, lang)
            ),
            excerpt=m.group(),
            start=m.start(),
            end=m.end(),
        )
        for pattern, advice in _CLICHES
        for m in pattern.finditer(text)
    ]


def _misspelled_employer(text: str, path: str, employer: str, lang: str) -> list[Finding]:
    """Near misses of the posting's spelling ("Riverbend Regional Medical Centre")."""
    size = len(employer.split())
    words = list(re.finditer(r"\S+", text))
    out = []
    for i in range(len(words) - size + 1):
        start, end = words[i].start(), words[i + size - 1].end()
        candidate = re.sub(r"(?:['’]s)?[.,;:)]*$", "", text[start:end])
        if candidate == employer:
            continue
        if SequenceMatcher(None, candidate.lower(), employer.lower()).ratio() >= 0.85:
            out.append(
                Finding(
                    id=finding_id("letter-employer", candidate),
                    rule="letter-employer",
                    kind="writing",
                    severity="error",
                    path=path,
                    message=MESSAGES.text("letter-employer", lang, employer=employer),
                    excerpt=candidate,
                    start=start,
                    end=start + len(candidate),
                    replacement=employer,
                )
            )
    return out
