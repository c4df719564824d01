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
  one-word software or office skill) matches only capitalised (or in all capitals), and not when it continues a capitalised
  phrase ("Patient Access", "Rising Sunrise") or is followed by "to" ("Access to records").
- Everything else matches in any case, with "-", "/", spaces or nothing between its parts, and
  an optional plural on the last word. A word in -ing also matches its -ed form, so "scanning"
  finds "Scanned" in a bullet (the bare verb "scan" does not: "code", "file" and "type" are
  too often nouns). Where two spellings overlap, the longer one wins
  ("ICD-10-PCS" is PCS coding, not also ICD-10-CM).
- A few synonyms that are everyday words in any posting ("reports", "organization", "email")
  are not used to find terms.
- In short list fields of the resume (skills, keywords, credentials, certificate names) case is
  ignored: "epic" in a skills list is the EHR.

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
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from resume_builder.coaching.texts import resume_texts
from resume_builder.errors import UserError

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
SCORE_EXPLANATION = (
    "Share of the posting's field terms your resume mentions. Coding, software, compliance and "
    "clinical terms and certifications count double; office and soft skills count once."
)
GENERIC_SYNONYMS: frozenset[str] = frozenset({"reports", "organization", "email"})
"""Synonyms too common in any posting to show that the posting asks for the skill."""

MAX_SUGGESTIONS = 5

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
    """

    term: Term
    count: int
    posting_spellings: tuple[str, ...]
    posting_spans: tuple[tuple[int, int], ...] = ()
    resume_paths: tuple[str, ...] = ()
    suggestions: tuple[ResponsibilityEntry, ...] = ()

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
            }
            if h.covered:
                data["resumePaths"] = list(h.resume_paths)
            else:
                data["suggestions"] = [{"id": s.id, "text": s.text} for s in h.suggestions]
            return data

        return {
            "role": self.role_id,
            "score": self.score,
            "scoreExplanation": self.explanation,
            "found": [h.term.name for h in self.found],
            "covered": [hit(h) for h in self.covered],
            "missing": [hit(h) for h in self.missing],
        }


@dataclass(frozen=True)
class _Variant:
    tokens: tuple[str, ...]
    """Lower-case tokens."""
    original: tuple[str, ...]
    mode: CaseMode
    term_ids: tuple[str, ...]
    verbs: tuple[str | None, ...] = ()
    """-ing/-ed keys of the tokens (fold mode only), see :func:`_verb_key`."""

    def __post_init__(self) -> None:
        if not self.verbs:
            keys = tuple(_verb_key(t) if self.mode == "fold" else None for t in self.tokens)
            object.__setattr__(self, "verbs", keys)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int
    verb: str | None


def _verb_key(word: str) -> str | None:
    """A shared key for the -ing and -ed forms of a verb: scanning/scanned -> "scann"."""
    if len(word) > 5 and word.endswith("ying"):
        return word[:-4] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return None


@dataclass
class _Matcher:
    terms: dict[str, Term]
    index: dict[str, list[_Variant]] = field(default_factory=dict)
    verb_index: dict[str, list[_Variant]] = field(default_factory=dict)

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
                    self._index_verb_form(variant, merged)
                return
        new = _Variant(tokens, original, mode, (term_id,))
        bucket.append(new)
        self._index_verb_form(None, new)

    def _index_verb_form(self, old: _Variant | None, new: _Variant) -> None:
        key = _verb_key(new.tokens[0]) if new.mode == "fold" else None
        if key is None:
            return
        bucket = self.verb_index.setdefault(key, [])
        if old is not None and old in bucket:
            bucket[bucket.index(old)] = new
        else:
            bucket.append(new)

    def find(
        self, text: str, *, loose_case: bool = False
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """Spans of ``text`` that name a term: (start, end, term ids), longest spelling first."""
        tokens = [
            _Token(m.group(), low, m.start(), m.end(), _verb_key(low))
            for m in _TOKEN_RE.finditer(text)
            for low in ("and" if m.group() == "&" else m.group().lower(),)
        ]
        candidates: list[tuple[int, int, int, tuple[str, ...]]] = []
        index, verb_index = self.index, self.verb_index
        for i, tok in enumerate(tokens):
            low = tok.lower
            variants = list(index.get(low, ()))
            if low[-1] == "s" and len(low) > 2:
                variants += index.get(low[:-1], ())
                if low.endswith("es"):
                    variants += index.get(low[:-2], ())
            if tok.verb is not None:
                variants += [v for v in verb_index.get(tok.verb, ()) if v.tokens[0] != low]
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
                if tok.verb is None or tok.verb != variant.verbs[k]:
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
                bag.update(p.strip() for p in inner.rstrip(")").split(","))
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
    """The field terms in ``text``: term id -> the spellings found, in order."""
    matcher = _matcher(catalogue or _default_catalogue())
    out: dict[str, list[str]] = {}
    for start, end, ids in matcher.find(text):
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
) -> MatchReport:
    """Compare ``resume`` with a job posting's text.

    Args:
        resume: The resume; ``None`` lists the posting's terms, all missing.
        posting: The posting as plain text (see :func:`posting_text` for a JSON job).
        catalogue: The dataset; ``None`` loads the bundled one.
        role_id: Role whose bullets are suggested first; default: the resume's target role,
            else the dataset's default role.

    Raises:
        DatasetError: the role is unknown or the dataset cannot be loaded.
    """
    catalogue = catalogue or _default_catalogue()
    role_id = role_id or (resume.settings.target_role if resume else None) or catalogue.default_role
    catalogue.role(role_id)  # a clear error for an unknown role
    matcher = _matcher(catalogue)

    spellings: dict[str, list[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, ids in matcher.find(posting):
        for term_id in ids:
            spellings.setdefault(term_id, []).append(" ".join(posting[start:end].split()))
            spans.setdefault(term_id, []).append((start, end))

    where: dict[str, list[str]] = {}
    if resume is not None:
        for text_field in resume_texts(resume):
            loose = text_field.role in _LIST_ROLES
            for _start, _end, ids in matcher.find(text_field.text, loose_case=loose):
                for term_id in ids:
                    if term_id in spellings:
                        paths = where.setdefault(term_id, [])
                        if text_field.path not in paths:
                            paths.append(text_field.path)

    present = _resume_bullets(resume)
    hits: list[TermHit] = []
    for term_id, seen in spellings.items():
        term = matcher.terms[term_id]
        paths = tuple(where.get(term_id, ()))
        suggestions = () if paths else _suggestions(catalogue, role_id, term, present)
        hits.append(
            TermHit(
                term=term,
                count=len(seen),
                posting_spellings=tuple(dict.fromkeys(seen)),
                posting_spans=tuple(spans[term_id]),
                resume_paths=paths,
                suggestions=suggestions,
            )
        )
    hits.sort(key=lambda h: (-h.term.weight, h.posting_spans[0]))
    total = sum(h.term.weight for h in hits)
    covered = sum(h.term.weight for h in hits if h.covered)
    score = round(100 * covered / total) if total else None
    return MatchReport(role_id=role_id, found=tuple(hits), score=score)


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


def posting_text(job: Mapping[str, Any]) -> str:
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
        raise UserError(
            "the job file has no description, responsibilities, qualifications or skills"
        )
    return "\n".join(lines)


POSTING_MAX_BYTES = 1024 * 1024
"""A job posting is a few pages of text; a larger file is refused rather than read."""


def read_posting(path: Path | str) -> str:
    """A posting's text from a ``.txt`` file or a JSON Resume job ``.json`` file.

    Raises:
        UserError: the file cannot be read, or is JSON but not a job.
    """
    from resume_builder.storage import read_regular_file

    path = Path(path)
    try:
        raw = read_regular_file(path, limit=POSTING_MAX_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name}: is not a text file (expected UTF-8 text)") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserError(
                f"{path.name} (line {exc.lineno}, column {exc.colno}): not valid JSON: {exc.msg}"
            ) from None
        except RecursionError:
            raise UserError(f"{path.name}: is nested too deeply to be a job posting") from None
        if not isinstance(data, dict):
            raise UserError(f"{path.name}: a JSON Resume job file must be an object")
        try:
            return posting_text(data)
        except UserError as exc:
            raise UserError(f"{path.name}: {exc}") from None
    if not raw.strip():
        raise UserError(f"{path.name}: the posting is empty")
    return raw
