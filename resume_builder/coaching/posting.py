"""Read a job posting the way a recruiter does: which parts ask for something, and how firmly.

A posting is more than its requirements. Benefits ("tuition reimbursement", "dental and vision"),
the equal-opportunity statement ("Social Security Disability", "veteran status") and the company
blurb ("Founded in 1902, Mercy is ...") name things that are not asked of the applicant, so the
matcher must not count the field terms in them. This module splits a posting into sentences,
marks the boilerplate ones, and gives every other sentence its requirement level: "required"
("must", "required"), "preferred" ("a plus", "preferred") or ``None``, either from the sentence
itself or from the heading it sits under ("Preferred qualifications").

It also extracts the two requirements that are not field terms, education and years of
experience, and the credentials for which an apprentice ("CPC-A") is not accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

Level = Literal["required", "preferred"]

EDUCATION_LEVELS: dict[str, int] = {
    "high school diploma": 1,
    "postsecondary certificate": 2,
    "associate degree": 3,
    "bachelor's degree": 4,
    "master's degree": 5,
}
"""Education levels in order; a higher level meets a lower requirement."""

_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_HEADING_RE = re.compile(r"^\s*(?:#+\s*)?([A-Z][^.!?]{1,60}?)\s*:?\s*$")
_BOILERPLATE_HEADING_RE = re.compile(
    r"\b(?:benefits?|perks|we offer|what we offer|compensation|pay|salary|total rewards|"
    r"schedule|hours|shift|location|how to apply|"
    r"equal (?:employment )?opportunity|eeo|diversity|accommodations?|who we are|our mission|"
    r"our values|why (?:join|work)|life at|culture|about (?!the (?:role|position|job|team\b)"
    r"|this (?:role|position|job))\w+)\b",
    re.IGNORECASE,
)
_PREFERRED_HEADING_RE = re.compile(
    r"\b(?:preferred|nice to have|bonus|desired|a plus|pluses)\b", re.IGNORECASE
)
_REQUIRED_HEADING_RE = re.compile(
    r"\b(?:required|requirements|minimum|must[- ]haves?|qualifications|"
    r"what you (?:need|bring|must have)|you(?: will|'ll)? (?:have|need|bring))\b",
    re.IGNORECASE,
)
_BOILERPLATE_SENTENCE_RE = re.compile(
    r"equal (?:employment )?opportunity|without regard to|race,? colou?r|veteran status|"
    r"national origin|sexual orientation|gender identity|reasonable accommodation|"
    r"\b401\s*\(?k\)?|tuition (?:reimbursement|assistance)|paid time off|\bPTO\b|"
    r"dental|vision (?:insurance|coverage|plans?)|life insurance|disability insurance|"
    r"employee assistance|health savings|flexible spending|retirement (?:plan|savings)|"
    r"pension|sign-on bonus|referral bonus|e-verify|drug-free|"
    r"\bwe(?: will|'ll) train\b|\btraining (?:is )?provided\b|\bpaid training\b|"
    r"^\s*(?:we are|we're|founded in|for over \d+|our (?:mission|vision|values|people))\b|"
    r"(?-i:^\s*(?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]* (?:is|has been) (?:a|an|the|one of|proud)\b)|"
    r"\bpay range\b|\$\s?\d[\d,.]*(?:\s*(?:-|to)\s*\$?\d[\d,.]*)?\s*(?:per|an|a|/)\s*(?:hour|hr|year|yr)\b",
    re.IGNORECASE,
)
_REQUIRED_RE = re.compile(r"\b(?:required|requires?|must|mandatory|minimum)\b", re.IGNORECASE)
_PREFERRED_RE = re.compile(
    r"\b(?:preferred|prefer|a plus|plus\b|desired|desirable|nice to have|bonus|ideally|"
    r"advantageous|helpful|welcome)\b",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"(?:[^.;!?]|[.;!?](?=\S))+(?:[.;!?]+|$)")
_LIST_MARK_RE = re.compile(r"\s*(?:[-•*·]|\d{1,2}[.)])\s+")
_OPEN_END_RE = re.compile(
    r"\b(?:and|or|of|the|with|in|to|for|a|an|on|by|at|as|from|including|such as)$", re.IGNORECASE
)
_APPRENTICE_RE = re.compile(
    r"\b([A-Z]{2,5})-?A\b[^.;\n]{0,40}?\b(?:not (?:be )?(?:accepted|considered|eligible)|"
    r"does not qualify|will not qualify|excluded|ineligible)",
)
_NO_APPRENTICE_RE = re.compile(
    r"\b(?:no apprentices?|apprentice (?:credentials?|status|coders?) (?:are |is )?not "
    r"(?:accepted|considered))\b",
    re.IGNORECASE,
)
_EDUCATION_RE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), level)
    for pattern, level in (
        (
            r"\bhigh school (?:diploma|education)\b|\bGED\b|\bH\.?S\.? diploma\b",
            "high school diploma",
        ),
        (
            r"\b(?:post-?secondary |coding |HIM )?certificate (?:program|in)\b|\bdiploma program\b",
            "postsecondary certificate",
        ),
        (
            r"\bassociate(?:'s|’s|s)? (?:degree|of)\b|\bA\.?A\.?S\.?\b|\bassociate-level\b",
            "associate degree",
        ),
        (
            r"\bbachelor(?:'s|’s|s)?\b|\bB\.?S\.? (?:degree|in)\b|\bfour-year degree\b",
            "bachelor's degree",
        ),
        (r"\bmaster(?:'s|’s|s)? (?:degree|of|in)\b|\bMBA\b|\bMHA\b", "master's degree"),
    )
)
_YEARS_RE = re.compile(
    r"\b(?:(?:at least|minimum(?: of)?|min\.?)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s*(?:\+|or more)?\s*(?:(?:-|to)\s*\d{1,2}\s*)?(?:\(\d{1,2}\)\s*)?"
    r"years?(?:'|’)?\s+(?:of\s+)?(?:[\w/&,-]+\s+){0,6}?(?:experience|exp\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or list item) of the posting, with what kind of text it is."""

    start: int
    end: int
    text: str
    boilerplate: bool
    level: Level | None


@dataclass(frozen=True, slots=True)
class Requirement:
    """An education or experience requirement the posting states.

    Attributes:
        kind: ``"education"`` or ``"experience"``.
        text: The sentence that states it, as the posting writes it.
        level: ``"required"``, ``"preferred"`` or ``None`` when the posting does not say.
        education: The education level asked for (a key of :data:`EDUCATION_LEVELS`).
        years: The years of experience asked for.
        accredited: The posting asks for a CAHIIM-accredited program.
    """

    kind: Literal["education", "experience"]
    text: str
    level: Level | None
    education: str | None = None
    years: int | None = None
    accredited: bool = False


def sentences(posting: str) -> list[Sentence]:
    """The posting's sentences, each marked boilerplate or given its requirement level."""
    out: list[Sentence] = []
    section_boilerplate = False
    section_level: Level | None = None
    for start, end in _logical_lines(posting):
        line = posting[start:end]
        stripped = line.strip()
        heading = None if _LIST_MARK_RE.match(line) else _HEADING_RE.match(stripped)
        if heading and len(stripped.split()) <= 8 and not _ends_like_a_sentence(stripped):
            title = heading.group(1)
            section_boilerplate = bool(_BOILERPLATE_HEADING_RE.search(title))
            if _PREFERRED_HEADING_RE.search(title):
                section_level = "preferred"
            elif _REQUIRED_HEADING_RE.search(title):
                section_level = "required"
            else:
                section_level = None
        lead = _LIST_MARK_RE.match(line)
        body_start = lead.end() if lead else 0
        for match in _SENTENCE_RE.finditer(line, body_start):
            text = " ".join(match.group().split())
            if not text.strip("-•*· "):
                continue
            boilerplate = section_boilerplate or bool(
                _BOILERPLATE_SENTENCE_RE.search(text.lstrip("-•*· "))
            )
            out.append(
                Sentence(
                    start=start + match.start(),
                    end=start + match.end(),
                    text=text,
                    boilerplate=boilerplate,
                    level=_level(text) or section_level,
                )
            )
    return out


def _logical_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, with hard-wrapped continuation lines joined to theirs.

    A line continues the one before when it starts in lower case or the one before ends
    mid-phrase (a comma, "and", "with", ...), unless it starts a new list item.
    """
    current: tuple[int, int] | None = None
    offset = 0
    for raw in text.splitlines(keepends=True):
        start, end = offset, offset + len(raw.rstrip("\r\n"))
        offset += len(raw)
        body = raw.strip()
        if not body:
            if current is not None:
                yield current
                current = None
            continue
        if current is not None and not _LIST_MARK_RE.match(body):
            before = text[current[0] : current[1]].rstrip()
            if body[0].islower() or before.endswith(",") or _OPEN_END_RE.search(before):
                current = (current[0], end)
                continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _ends_like_a_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?", ";", ","))


def _level(text: str) -> Level | None:
    """The level a sentence states itself; "required" wins over "preferred" in one sentence."""
    if _REQUIRED_RE.search(text) and not re.search(r"\bnot required\b", text, re.IGNORECASE):
        return "required"
    if _PREFERRED_RE.search(text):
        return "preferred"
    return None


def apprentice_excluded(posting: str) -> frozenset[str]:
    """Credential abbreviations whose apprentice form the posting does not accept.

    "CPC required, CPC-A not accepted" gives ``{"CPC"}``; "no apprentices" gives ``{"*"}``.
    """
    found = {m.group(1) for m in _APPRENTICE_RE.finditer(posting)}
    if _NO_APPRENTICE_RE.search(posting):
        found.add("*")
    return frozenset(found)


def requirements(parts: list[Sentence]) -> list[Requirement]:
    """Education and years-of-experience requirements in the posting's non-boilerplate text."""
    out: list[Requirement] = []
    for sentence in parts:
        if sentence.boilerplate:
            continue
        levels = [level for pattern, level in _EDUCATION_RE if pattern.search(sentence.text)]
        if levels and re.search(
            r"\b(?:degree|diploma|GED|program|certificate|graduat|education)",
            sentence.text,
            re.IGNORECASE,
        ):
            lowest = min(levels, key=EDUCATION_LEVELS.__getitem__)
            out.append(
                Requirement(
                    kind="education",
                    text=sentence.text,
                    level=sentence.level,
                    education=lowest,
                    accredited="CAHIIM" in sentence.text,
                )
            )
        years = _years(sentence.text)
        if years is not None:
            out.append(
                Requirement(
                    kind="experience", text=sentence.text, level=sentence.level, years=years
                )
            )
    return out


def _years(text: str) -> int | None:
    match = _YEARS_RE.search(text)
    if match is None:
        return None
    word = match.group(1).lower()
    return _NUMBERS.get(word) or int(word)


def education_level(text: str) -> str | None:
    """The highest education level a resume's degree line names ("AAS in HIT" -> associate)."""
    levels = [level for pattern, level in _EDUCATION_RE if pattern.search(text)]
    for word, level in (
        ("associate", "associate degree"),
        ("bachelor", "bachelor's degree"),
        ("master", "master's degree"),
        ("certificate", "postsecondary certificate"),
        ("diploma", "high school diploma"),
    ):
        if word in text.lower():
            levels.append(level)
    if re.search(r"\b(?:AAS|AS|AA)\b", text):
        levels.append("associate degree")
    if re.search(r"\b(?:BS|BA|BSc)\b", text):
        levels.append("bachelor's degree")
    if re.search(r"\b(?:MS|MA|MBA|MHA|MHI)\b", text):
        levels.append("master's degree")
    return max(levels, key=EDUCATION_LEVELS.__getitem__) if levels else None


def iter_spans_outside(
    parts: list[Sentence], spans: list[tuple[int, int, tuple[str, ...]]]
) -> Iterator[tuple[int, int, tuple[str, ...], Sentence | None]]:
    """The term spans not in boilerplate, each with the sentence it sits in."""
    k = 0
    for start, end, ids in spans:
        while k < len(parts) and parts[k].end <= start:
            k += 1
        sentence = parts[k] if k < len(parts) and parts[k].start <= start else None
        if sentence is not None and sentence.boilerplate:
            continue
        yield start, end, ids, sentence
