"""Tailor a resume to a job posting: the field's terms it uses, and which the resume covers.

For each term the resume misses, the dataset's bullets tagged with it are offered.

Terms are the dataset's skills (name + synonyms, across every role) and certifications
(abbreviation, name, aliases). Matching works on tokens, not raw regular expressions, so it is
whole-word and tolerant of punctuation and spacing: "ICD10", "ICD-10" and "icd 10" are the same
the tokens ``icd`` ``10``. A term's spelling list is compiled once per catalogue into a
dictionary keyed by first token, which keeps a long posting under a few milliseconds.

Precision rules:

- Acronyms (a single all-capitals word such as ROI, CPT, HIM, PHI) match only in capitals, so
  "roi" or "him" in plain English never count; a plural "s" is allowed ("EHRs").
- A product name that is also an English word (Epic, Word, Access, Outlook, Dragon: a
  one-word software or office skill) matches only capitalised (or in all capitals), and not
  when it continues a capitalised phrase ("Patient Access", "Rising Sunrise") or is followed
  by "to" ("Access to records").
- Everything else matches in any case, with "-", "/", spaces or nothing between its parts, and
  in any word form: each word is reduced to its dictionary form by simplemma (offline), so a
  posting's "scan, index", "file and retrieve" or "retention schedule" meets the dataset's
  "scanning", "indexing", "filing" and "retention schedules". Where two spellings overlap, the
  longer one wins ("ICD-10-PCS" is PCS coding, not also ICD-10-CM).
- A few synonyms that are everyday words in any posting ("reports", "patient", "accuracy")
  are not used to find terms, and everyday phrases that contain a field word ("Social Security
  Disability", "word of mouth", "return on investment (ROI)", "Patient Financial Services",
  "dress code") are masked first.
- Only what the posting asks of the applicant counts: benefits, the equal-opportunity statement,
  pay and the company blurb are skipped (see :mod:`resume_builder.coaching.posting`), and each
  term carries the posting's "required" or "preferred" for it.
- In short list fields of the resume (skills, keywords, credentials, certificate names) case is
  ignored: "epic" in a skills list is the EHR. Naming Excel, Word or Outlook covers "Microsoft
  Office"; an apprentice credential ("CPC-A") does not cover one the posting says it will not
  accept as an apprentice ("CPC required, CPC-A not accepted").

Education and years of experience are read from the posting and compared with the resume's
education and job dates (:attr:`MatchReport.requirements`).

Score: covered / found, weighted. Field skills (coding, software, compliance, clinical) and
certifications weigh 2, office and soft skills 1, because screeners and applicant tracking
systems filter on the field's hard terms first. No terms found gives no score (``None``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from resume_builder.coaching.posting import (
    EDUCATION_LEVELS,
    Level,
    Requirement,
    apprentice_excluded,
    education_level,
    iter_spans_outside,
    requirements,
    sentences,
)
from resume_builder.coaching.texts import resume_texts
from resume_builder.errors import UserError
from resume_builder.messages import Messages

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue, ResponsibilityEntry
    from resume_builder.models import Resume

log = logging.getLogger(__name__)

CATEGORY_WEIGHTS: dict[str, float] = {
    "coding": 2.0,
    "software": 2.0,
    "compliance": 2.0,
    "clinical": 2.0,
    "certification": 2.0,
    "office": 1.0,
    "soft": 1.0,
}
MESSAGES = Messages(
    {
        "score-explanation": {
            "en": "Share of the posting's field terms your resume mentions. Coding, software, "
            "compliance and clinical terms and certifications count double; office and soft "
            "skills count once.",
            "es": "Parte de los términos del campo que usa el anuncio y que su currículum "
            "menciona. Los términos de codificación, software, cumplimiento normativo y "
            "clínicos, y las certificaciones, cuentan doble; las habilidades de oficina y "
            "personales cuentan una vez.",
        },
        "apprentice": {
            "en": "The posting does not accept the apprentice credential; your resume lists "
            "{abbreviation}-A.",
            "es": "El anuncio no acepta la credencial de aprendiz; su currículum indica "
            "{abbreviation}-A.",
        },
        "add-dates": {
            "en": "Add start and end dates to your jobs.",
            "es": "Agregue fechas de inicio y fin a sus empleos.",
        },
        "years": {
            "en": "Your jobs add up to about {years} years; the posting asks for {wanted}.",
            "es": "Sus empleos suman unos {years} años; el anuncio pide {wanted}.",
        },
        "add-education": {
            "en": "The posting asks for: {wanted}. Add your education.",
            "es": "El anuncio pide: {wanted}. Agregue su formación.",
        },
        "education": {
            "en": "You list: {best}; the posting asks for: {wanted}.",
            "es": "Usted indica: {best}; el anuncio pide: {wanted}.",
        },
        "accredited": {
            "en": " It asks for a CAHIIM-accredited program: name the accreditation if yours was.",
            "es": " Pide un programa acreditado por CAHIIM: mencione la acreditación si el suyo "
            "lo estaba.",
        },
        "high school diploma": {"en": "high school diploma", "es": "diploma de escuela secundaria"},
        "postsecondary certificate": {
            "en": "postsecondary certificate",
            "es": "certificado postsecundario",
        },
        "associate degree": {"en": "associate degree", "es": "título de asociado (associate)"},
        "bachelor's degree": {"en": "bachelor's degree", "es": "licenciatura (bachelor's)"},
        "master's degree": {"en": "master's degree", "es": "maestría (master's)"},
        "not-text": {
            "en": "{file}: is not a text file (expected UTF-8 text)",
            "es": "{file}: no es un archivo de texto (se esperaba texto UTF-8)",
        },
        "not-json": {
            "en": "{file} (line {line}, column {column}): not valid JSON: {error}",
            "es": "{file} (línea {line}, columna {column}): JSON no válido: {error}",
        },
        "too-deep": {
            "en": "{file}: is nested too deeply to be a job posting",
            "es": "{file}: tiene demasiados niveles anidados para ser un anuncio de empleo",
        },
        "not-object": {
            "en": "{file}: a JSON Resume job file must be an object",
            "es": "{file}: un archivo de empleo de JSON Resume debe ser un objeto",
        },
        "no-job-text": {
            "en": "the job file has no description, responsibilities, qualifications or skills",
            "es": "el archivo del empleo no tiene descripción, responsabilidades, requisitos ni "
            "habilidades",
        },
        "empty": {"en": "{file}: the posting is empty", "es": "{file}: el anuncio está vacío"},
    }
)
SCORE_EXPLANATION = MESSAGES.text("score-explanation")
GENERIC_SYNONYMS: frozenset[str] = frozenset(
    {"reports", "organization", "email", "patient", "patients", "accuracy", "precision"}
)
"""Synonyms too common in any posting to show that the posting asks for the skill."""

MAX_SUGGESTIONS = 5

_FALSE_FRIENDS_RE = re.compile(
    r"\bPatient (?:Financial|Business|Account|Accounts) Services?\b|"
    r"\bSocial Security(?: Disability| Administration| numbers?)?\b|"
    r"\bword[- ]of[- ]mouth\b|"
    r"\breturn on investment(?:\s*\(\s*ROI\s*\))?|\b(?:positive|strong|measurable|financial)\s+ROI\b|"
    r"\b(?:dress|zip|postal) codes?\b|\bcodes? of (?:conduct|ethics)\b|"
    r"\bLevel (?:I|II|III|IV|1|2|3|4) [Tt]rauma [Cc]enter\b",
    re.IGNORECASE,
)
"""Everyday phrases that contain a field word but do not mean it ("Social Security
Disability" is not records security, "return on investment (ROI)" is not release of
information); masked before matching."""
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+|&")
_GAP_RE = re.compile(r"[ \t]*\n?[ \t]*|[ \t]*[\-–—/][ \t]*|\.")
_LIST_ROLES = frozenset({"list", "title"})
_PRODUCT_CATEGORIES = frozenset({"software", "office"})
"""Categories whose one-word names are products (Epic, Word, Access), not ordinary words."""

TermKind = Literal["skill", "certification"]
CaseMode = Literal["fold", "acronym", "word"]


@dataclass(frozen=True)
class Term:
    """A term of the field: a skill or a certification from the dataset.

    Attributes:
        id: ``skill:<dataset id>`` or ``certification:<dataset id>``.
        kind: ``"skill"`` or ``"certification"``.
        key: The dataset id (for ``role.skill(key)`` or ``catalogue.certifications[key]``).
        name: Display name, e.g. "ICD-10-CM" or "Registered Health Information Technician (RHIT)".
        category: Skill category id, or ``"certification"``.
        category_label: Human label of the category.
        weight: Weight in the coverage score.
    """

    id: str
    kind: TermKind
    key: str
    name: str
    category: str
    category_label: str
    weight: float


@dataclass(frozen=True)
class TermHit:
    """A term the posting uses, and what the resume does about it.

    Attributes:
        term: The term.
        count: How many times the posting uses it.
        posting_spellings: The distinct ways the posting writes it, e.g. ("ICD10", "ICD-10-CM").
        posting_spans: (start, end) offsets of every use in the posting text, for highlighting.
        resume_paths: Where the resume mentions it (JSON paths); empty when it is missing.
        suggestions: Dataset bullets tagged with this skill, for one-click adding (missing
            skills only; best first).
        requirement: How firmly the posting asks for it.
        note: Why the resume's mention does not count, when it does not.
    """

    term: Term
    count: int
    posting_spellings: tuple[str, ...]
    posting_spans: tuple[tuple[int, int], ...] = ()
    resume_paths: tuple[str, ...] = ()
    suggestions: tuple[ResponsibilityEntry, ...] = ()
    requirement: Level | None = None
    """"required" or "preferred" as the posting says (the firmest of its uses), else None."""
    note: str = ""
    """Why a mention in the resume does not count, e.g. an apprentice credential."""

    @property
    def covered(self) -> bool:
        """True when the resume mentions the term somewhere."""
        return bool(self.resume_paths)


@dataclass(frozen=True)
class MatchReport:
    """How well a resume covers a posting's field terms.

    ``found`` is ordered by weight, then by where the posting first uses the term.
    """

    role_id: str
    found: tuple[TermHit, ...]
    score: int | None
    explanation: str = SCORE_EXPLANATION
    requirements: tuple[RequirementCheck, ...] = ()
    """Education and years of experience the posting asks for, compared with the resume."""

    @property
    def covered(self) -> tuple[TermHit, ...]:
        """Terms the posting uses and the resume mentions."""
        return tuple(h for h in self.found if h.covered)

    @property
    def missing(self) -> tuple[TermHit, ...]:
        """Terms the posting uses and the resume does not mention, most important first."""
        return tuple(h for h in self.found if not h.covered)

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``--json`` output."""

        def hit(h: TermHit) -> dict[str, Any]:
            data: dict[str, Any] = {
                "id": h.term.id,
                "name": h.term.name,
                "kind": h.term.kind,
                "category": h.term.category,
                "count": h.count,
                "postingSpellings": list(h.posting_spellings),
                "requirement": h.requirement,
            }
            if h.note:
                data["note"] = h.note
            if h.covered:
                data["resumePaths"] = list(h.resume_paths)
            else:
                data["suggestions"] = [{"id": s.id, "text": s.text} for s in h.suggestions]
            return data

        return {
            "role": self.role_id,
            "score": self.score,
            "scoreExplanation": self.explanation,
            "requirements": [
                {
                    "kind": r.requirement.kind,
                    "text": r.requirement.text,
                    "level": r.requirement.level,
                    "met": r.met,
                    "detail": r.detail,
                }
                for r in self.requirements
            ],
            "found": [h.term.name for h in self.found],
            "covered": [hit(h) for h in self.covered],
            "missing": [hit(h) for h in self.missing],
        }


@dataclass(frozen=True)
class RequirementCheck:
    """An education or experience requirement and whether the resume shows it.

    ``met`` is ``None`` when the resume gives nothing to compare (no dates, no degree).
    """

    requirement: Requirement
    met: bool | None
    detail: str


@dataclass(frozen=True)
class _Variant:
    tokens: tuple[str, ...]
    """Lower-case tokens."""
    original: tuple[str, ...]
    mode: CaseMode
    term_ids: tuple[str, ...]
    keys: tuple[str | None, ...] = ()
    """Word-form keys of the tokens (fold mode only), see :func:`_word_key`."""

    def __post_init__(self) -> None:
        if not self.keys:
            keys = tuple(_word_key(t) if self.mode == "fold" else None for t in self.tokens)
            object.__setattr__(self, "keys", keys)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int
    key: str


@lru_cache(maxsize=65_536)
def _word_key(word: str) -> str:
    """One key for the forms of a word: scan/scans/scanned/scanning -> "scan".

    simplemma gives the dictionary form ("records" -> "record", "queried" -> "query"); it
    keeps nouns in -ing ("filing", "indexing"), so those lose the ending here as well, which
    lets "file and retrieve" in a posting meet "filing" in the dataset.
    """
    import simplemma  # late: its English table takes about a second to load

    lemma = simplemma.lemmatize(word, lang="en")
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        if simplemma.is_known(stem + "e", lang="en"):
            return stem + "e"
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem
    return lemma


@dataclass
class _Matcher:
    terms: dict[str, Term]
    index: dict[str, list[_Variant]] = field(default_factory=dict)
    key_index: dict[str, list[_Variant]] = field(default_factory=dict)

    def add(self, spelling: str, term_id: str, is_english: Callable[[str], bool]) -> None:
        """Index one spelling of a term, deciding how strictly its case must match."""
        original = tuple("and" if t == "&" else t for t in _TOKEN_RE.findall(spelling))
        if not original:
            return
        tokens = tuple(t.lower() for t in original)
        mode: CaseMode = "fold"
        if len(original) == 1 and original[0].isalpha():
            word = original[0]
            if word.isupper() and len(word) >= 2:
                mode = "acronym"
            elif (
                word[0].isupper()
                and word[1:].islower()
                and is_english(word.lower())
                and self.terms[term_id].category in _PRODUCT_CATEGORIES
            ):
                mode = "word"
        bucket = self.index.setdefault(tokens[0], [])
        for k, variant in enumerate(bucket):
            if variant.tokens == tokens and variant.mode == mode and variant.original == original:
                if term_id not in variant.term_ids:
                    merged = _Variant(tokens, original, mode, (*variant.term_ids, term_id))
                    bucket[k] = merged
                    self._index_word_form(variant, merged)
                return
        new = _Variant(tokens, original, mode, (term_id,))
        bucket.append(new)
        self._index_word_form(None, new)

    def _index_word_form(self, old: _Variant | None, new: _Variant) -> None:
        key = new.keys[0]
        if key is None:
            return
        bucket = self.key_index.setdefault(key, [])
        if old is not None and old in bucket:
            bucket[bucket.index(old)] = new
        else:
            bucket.append(new)

    def find(
        self, text: str, *, loose_case: bool = False
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """Spans of ``text`` that name a term: (start, end, term ids), longest spelling first."""
        text = _FALSE_FRIENDS_RE.sub(lambda m: " " * len(m.group()), text)
        tokens = [
            _Token(m.group(), low, m.start(), m.end(), _word_key(low))
            for m in _TOKEN_RE.finditer(text)
            for low in ("and" if m.group() == "&" else m.group().lower(),)
        ]
        candidates: list[tuple[int, int, int, tuple[str, ...]]] = []
        index, key_index = self.index, self.key_index
        for i, tok in enumerate(tokens):
            low = tok.lower
            variants = list(index.get(low, ()))
            if low[-1] == "s" and len(low) > 2:
                variants += index.get(low[:-1], ())
                if low.endswith("es"):
                    variants += index.get(low[:-2], ())
            variants += [v for v in key_index.get(tok.key, ()) if v.tokens[0] != low]
            for variant in variants:
                last = self._match_at(text, tokens, i, variant, loose_case)
                if last is not None:
                    candidates.append((i, last, tokens[last].end - tok.start, variant.term_ids))
        # Longest spelling first; a token belongs to one span (identical spans share it).
        candidates.sort(key=lambda c: (-c[2], c[0]))
        owner = [-1] * len(tokens)
        spans: dict[tuple[int, int], tuple[str, ...]] = {}
        for first, last, _length, ids in candidates:
            if (first, last) in spans:
                spans[(first, last)] = tuple(dict.fromkeys((*spans[(first, last)], *ids)))
                continue
            if any(owner[k] != -1 for k in range(first, last + 1)):
                continue
            for k in range(first, last + 1):
                owner[k] = first
            spans[(first, last)] = ids
        return sorted((tokens[f].start, tokens[e].end, ids) for (f, e), ids in spans.items())

    @staticmethod
    def _match_at(
        text: str, tokens: list[_Token], i: int, variant: _Variant, loose_case: bool
    ) -> int | None:
        n = len(variant.tokens)
        if i + n > len(tokens):
            return None
        for k in range(n):
            tok = tokens[i + k]
            want = variant.tokens[k]
            last = k == n - 1
            if tok.lower != want and not (
                last and variant.mode != "word" and tok.lower in (want + "s", want + "es")
            ):
                if tok.key != variant.keys[k]:
                    return None
            if k and not _GAP_RE.fullmatch(text[tokens[i + k - 1].end : tok.start]):
                return None
        if loose_case or variant.mode == "fold":
            return i + n - 1
        tok = tokens[i]
        word = variant.original[0]
        if variant.mode == "acronym":
            return (
                i
                if tok.text.startswith(word) and tok.text[len(word) :] in ("", "s", "es")
                else None
            )
        if tok.text != word and tok.text != word.upper():
            return None
        if i > 0:
            prev = tokens[i - 1]
            gap = text[prev.end : tok.start]
            if (
                gap.strip(" ") == ""
                and gap
                and prev.text[0].isupper()
                and prev.lower
                not in (
                    "ms",
                    "microsoft",
                )
            ):
                return None  # inside a capitalised phrase: "Patient Access"
        if i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            return None  # "Access to records"
        return i


@cache
def _matcher(catalogue: Catalogue) -> _Matcher:
    from resume_builder.coaching.spelling import is_english
    from resume_builder.dataset import CATEGORY_LABELS

    terms: dict[str, Term] = {}
    spellings: dict[str, set[str]] = {}
    for role in catalogue.roles.values():
        for skill in role.skills:
            term_id = f"skill:{skill.id}"
            terms.setdefault(
                term_id,
                Term(
                    term_id,
                    "skill",
                    skill.id,
                    skill.name,
                    skill.category,
                    CATEGORY_LABELS.get(skill.category, skill.category),
                    CATEGORY_WEIGHTS.get(skill.category, 1.0),
                ),
            )
            bag = spellings.setdefault(term_id, set())
            bag.add(skill.name)
            if "(" in skill.name:  # "Release of information (ROI)" -> both halves
                outer, _, inner = skill.name.partition("(")
                bag.add(outer.strip())
                if "," not in inner:  # "(cancer, trauma)" lists examples, not names
                    bag.add(inner.rstrip(")").strip())
            bag.update(skill.synonyms)
    for cert in catalogue.certifications.values():
        term_id = f"certification:{cert.id}"
        terms[term_id] = Term(
            term_id,
            "certification",
            cert.id,
            cert.display,
            "certification",
            "Certifications",
            CATEGORY_WEIGHTS["certification"],
        )
        spellings[term_id] = {cert.abbreviation, cert.name, *cert.aliases}
    matcher = _Matcher(terms)
    for term_id, bag in spellings.items():
        for spelling in bag:
            if spelling and spelling.lower() not in GENERIC_SYNONYMS:
                matcher.add(spelling, term_id, is_english)
    log.debug("compiled %d terms for posting matches", len(terms))
    return matcher


def find_terms(text: str, catalogue: Catalogue | None = None) -> dict[str, list[str]]:
    """The field terms a posting asks for: term id -> the spellings found, in order.

    Boilerplate (benefits, the equal-opportunity statement, the company blurb) is left out.
    """
    matcher = _matcher(catalogue or _default_catalogue())
    out: dict[str, list[str]] = {}
    for start, end, ids, _sentence in iter_spans_outside(sentences(text), matcher.find(text)):
        for term_id in ids:
            out.setdefault(term_id, []).append(" ".join(text[start:end].split()))
    return out


def terms_of_catalogue(catalogue: Catalogue | None = None) -> Mapping[str, Term]:
    """Every term the matcher knows, by id."""
    return _matcher(catalogue or _default_catalogue()).terms


def _default_catalogue() -> Catalogue:
    from resume_builder.dataset import load_catalogue

    return load_catalogue()


def match_posting(
    resume: Resume | None,
    posting: str,
    *,
    catalogue: Catalogue | None = None,
    role_id: str | None = None,
    lang: str = "en",
) -> MatchReport:
    """Compare ``resume`` with a job posting's text.

    Args:
        resume: The resume; ``None`` lists the posting's terms, all missing.
        posting: The posting as plain text (see :func:`posting_text` for a JSON job).
        catalogue: The dataset; ``None`` loads the bundled one.
        role_id: Role whose bullets are suggested first; default: the resume's target role,
            else the dataset's default role.
        lang: The language of the notes and explanations (the reader's).

    Raises:
        DatasetError: the role is unknown or the dataset cannot be loaded.
    """
    catalogue = catalogue or _default_catalogue()
    role_id = role_id or (resume.settings.target_role if resume else None) or catalogue.default_role
    catalogue.role(role_id)  # a clear error for an unknown role
    matcher = _matcher(catalogue)

    parts = sentences(posting)
    spellings: dict[str, list[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    levels: dict[str, Level | None] = {}
    for start, end, ids, sentence in iter_spans_outside(parts, matcher.find(posting)):
        level = sentence.level if sentence is not None else None
        for term_id in ids:
            spellings.setdefault(term_id, []).append(" ".join(posting[start:end].split()))
            spans.setdefault(term_id, []).append((start, end))
            levels[term_id] = _firmer(levels.get(term_id), level)

    no_apprentice = apprentice_excluded(posting)
    where: dict[str, list[str]] = {}
    apprentice_only: set[str] = set()
    if resume is not None:
        for text_field in resume_texts(resume):
            loose = text_field.role in _LIST_ROLES
            for start, end, ids in matcher.find(text_field.text, loose_case=loose):
                for term_id in ids:
                    if term_id not in spellings and term_id not in _COVERING:
                        continue
                    term = matcher.terms[term_id]
                    if _is_apprentice(catalogue, term, text_field.text[start:end], no_apprentice):
                        apprentice_only.add(term_id)
                        continue
                    paths = where.setdefault(term_id, [])
                    if text_field.path not in paths:
                        paths.append(text_field.path)
        for term_id, parts_of in COVERED_BY.items():
            if term_id in spellings and term_id not in where:
                paths = [p for part in parts_of for p in where.get(part, ())]
                if paths:
                    where[term_id] = list(dict.fromkeys(paths))

    present = _resume_bullets(resume)
    hits: list[TermHit] = []
    for term_id, seen in spellings.items():
        term = matcher.terms[term_id]
        found_in = tuple(where.get(term_id, ()))
        suggestions = () if found_in else _suggestions(catalogue, role_id, term, present)
        note = ""
        if not found_in and term_id in apprentice_only:
            abbreviation = catalogue.certifications[term.key].abbreviation
            note = MESSAGES.text("apprentice", lang, abbreviation=abbreviation)
        hits.append(
            TermHit(
                term=term,
                count=len(seen),
                posting_spellings=tuple(dict.fromkeys(seen)),
                posting_spans=tuple(spans[term_id]),
                resume_paths=found_in,
                suggestions=suggestions,
                requirement=levels.get(term_id),
                note=note,
            )
        )
    hits.sort(key=lambda h: (-h.term.weight, _LEVEL_ORDER[h.requirement], h.posting_spans[0]))
    total = sum(h.term.weight for h in hits)
    covered = sum(h.term.weight for h in hits if h.covered)
    score = round(100 * covered / total) if total else None
    return MatchReport(
        role_id=role_id,
        found=tuple(hits),
        score=score,
        explanation=MESSAGES.text("score-explanation", lang),
        requirements=tuple(_check(r, resume, lang) for r in requirements(parts)),
    )


COVERED_BY: dict[str, tuple[str, ...]] = {
    "skill:ms-office": (
        "skill:ms-excel",
        "skill:ms-word",
        "skill:ms-outlook",
        "skill:ms-powerpoint",
        "skill:ms-access",
    ),
}
"""A term the resume covers by naming its parts: Excel, Word and Outlook are Microsoft Office."""

_COVERING = frozenset(part for parts in COVERED_BY.values() for part in parts)

_LEVEL_ORDER: dict[str | None, int] = {"required": 0, "preferred": 1, None: 2}


def _firmer(a: Level | None, b: Level | None) -> Level | None:
    return a if _LEVEL_ORDER[a] <= _LEVEL_ORDER[b] else b


def _is_apprentice(
    catalogue: Catalogue, term: Term, spelling: str, excluded: frozenset[str]
) -> bool:
    """Whether the resume names only the apprentice form ("CPC-A") that the posting refuses."""
    if term.kind != "certification" or not excluded:
        return False
    abbreviation = catalogue.certifications[term.key].abbreviation
    if "*" not in excluded and abbreviation not in excluded:
        return False
    compact = re.sub(r"[^A-Za-z]", "", spelling).upper()
    return compact == abbreviation.replace("-", "") + "A"


def _check(requirement: Requirement, resume: Resume | None, lang: str) -> RequirementCheck:
    """Compare one education or experience requirement with the resume."""
    if resume is None:
        return RequirementCheck(requirement, None, "")
    if requirement.kind == "experience":
        years = experience_years(resume)
        wanted = requirement.years or 0
        if years is None:
            return RequirementCheck(requirement, None, MESSAGES.text("add-dates", lang))
        met = years >= wanted
        detail = MESSAGES.text("years", lang, years=f"{years:g}", wanted=wanted)
        return RequirementCheck(requirement, met, detail)
    wanted_level = requirement.education or ""
    best: str | None = None
    for entry in resume.education:
        level = education_level(" ".join(filter(None, (entry.study_type, entry.area))))
        if level and (best is None or EDUCATION_LEVELS[level] > EDUCATION_LEVELS[best]):
            best = level
    named = MESSAGES.text(wanted_level, lang) if wanted_level in MESSAGES.table else wanted_level
    if best is None:
        return RequirementCheck(
            requirement, None, MESSAGES.text("add-education", lang, wanted=named)
        )
    met = EDUCATION_LEVELS[best] >= EDUCATION_LEVELS.get(wanted_level, 0)
    detail = MESSAGES.text("education", lang, best=MESSAGES.text(best, lang), wanted=named)
    if requirement.accredited:
        detail += MESSAGES.text("accredited", lang)
    return RequirementCheck(requirement, met, detail)


def experience_years(resume: Resume, today: date | None = None) -> float | None:
    """Years the resume's jobs cover (overlaps counted once), to one decimal; ``None`` if undated."""
    today = today or date.today()
    spans: list[tuple[int, int]] = []
    for job in resume.work:
        if not job.start_date:
            continue
        start = _month(job.start_date, first=True)
        end = _month(job.end_date, first=False) if job.end_date else today.year * 12 + today.month
        if start is not None and end is not None and end >= start:
            spans.append((start, end))
    if not spans:
        return None
    months = 0
    current_start, current_end = sorted(spans)[0]
    for start, end in sorted(spans)[1:]:
        if start <= current_end:
            current_end = max(current_end, end)
        else:
            months += current_end - current_start + 1
            current_start, current_end = start, end
    months += current_end - current_start + 1
    return round(months / 12, 1)


def _month(value: str, *, first: bool) -> int | None:
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (1 if first else 12)
    except ValueError:
        return None
    return year * 12 + month


def _resume_bullets(resume: Resume | None) -> frozenset[str]:
    if resume is None:
        return frozenset()
    return frozenset(
        " ".join(t.text.lower().split()) for t in resume_texts(resume) if t.role == "bullet"
    )


@cache
def _bullets_by_skill(
    catalogue: Catalogue,
) -> dict[tuple[str, str], list[tuple[ResponsibilityEntry, str]]]:
    """(role id, skill id) -> the role's bullets tagged with the skill, in rank order."""
    out: dict[tuple[str, str], list[tuple[ResponsibilityEntry, str]]] = {}
    for role in catalogue.roles.values():
        for entry in role.responsibilities:
            folded = " ".join(entry.text.lower().split())
            for skill in entry.skills:
                out.setdefault((role.id, skill), []).append((entry, folded))
    return out


def _suggestions(
    catalogue: Catalogue, role_id: str, term: Term, present: frozenset[str]
) -> tuple[ResponsibilityEntry, ...]:
    """Dataset bullets tagged with the skill: the chosen role's first, then other roles'."""
    if term.kind != "skill":
        return ()
    tagged = _bullets_by_skill(catalogue)
    order = [role_id, *(r for r in catalogue.roles if r != role_id)]
    out: list[ResponsibilityEntry] = []
    texts: set[str] = set()
    for role in order:
        for entry, folded in tagged.get((role, term.key), ()):
            if folded not in texts and folded not in present:
                out.append(entry)
                texts.add(folded)
                if len(out) >= MAX_SUGGESTIONS:
                    return tuple(out)
    return tuple(out)


JOB_TEXT_FIELDS: tuple[str, ...] = ("title", "description", "experience")
JOB_LIST_FIELDS: tuple[str, ...] = ("responsibilities", "qualifications")


def posting_text(job: Mapping[str, Any], *, lang: str = "en") -> str:
    """The text of a JSON Resume job, one item per line.

    Title, description, experience, responsibilities, qualifications and skills (names and
    keywords) are used; company, location and salary are not.

    Raises:
        UserError: ``job`` has none of those fields.
    """
    lines: list[str] = []
    for key in JOB_TEXT_FIELDS:
        value = job.get(key)
        if isinstance(value, str) and value.strip():
            lines.append(value.strip())
    for key in JOB_LIST_FIELDS:
        values = job.get(key)
        if isinstance(values, list):
            lines += [v.strip() for v in values if isinstance(v, str) and v.strip()]
    skills = job.get("skills")
    if isinstance(skills, list):
        for skill in skills:
            if isinstance(skill, Mapping):
                parts = [skill.get("name"), *(skill.get("keywords") or [])]
                lines.append(
                    ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
                )
    lines = [line for line in lines if line]
    if not lines:
        raise UserError(MESSAGES.text("no-job-text", lang))
    return "\n".join(lines)


POSTING_MAX_BYTES = 1024 * 1024
"""A job posting is a few pages of text; a larger file is refused rather than read."""


def read_posting(path: Path | str, *, lang: str = "en") -> str:
    """A posting's text from a ``.txt`` file or a JSON Resume job ``.json`` file.

    ``lang`` is the language of the error messages.

    Raises:
        UserError: the file cannot be read, or is JSON but not a job.
    """
    from resume_builder.storage import read_regular_file

    path = Path(path)
    try:
        raw = read_regular_file(path, limit=POSTING_MAX_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(MESSAGES.text("not-text", lang, file=path.name)) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserError(
                MESSAGES.text(
                    "not-json",
                    lang,
                    file=path.name,
                    line=exc.lineno,
                    column=exc.colno,
                    error=exc.msg,
                )
            ) from None
        except RecursionError:
            raise UserError(MESSAGES.text("too-deep", lang, file=path.name)) from None
        if not isinstance(data, dict):
            raise UserError(MESSAGES.text("not-object", lang, file=path.name))
        try:
            return posting_text(data, lang=lang)
        except UserError as exc:
            raise UserError(f"{path.name}: {exc}") from None
    if not raw.strip():
        raise UserError(MESSAGES.text("empty", lang, file=path.name))
    return raw
