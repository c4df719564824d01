"""Ranked, searchable suggestions for a role, leaving out what a resume already has.

The catalogue's lists are already in rank order (a role's main duties first, then evidence; see
skills_data/README.md), so without a query the rank is the list position. A query is matched fuzzily (rapidfuzz) against names, synonyms and bullet text that
were normalised once per role, so a keystroke costs well under a millisecond or two.

"Already in the resume" is decided loosely on purpose: people write "ICD10", "icd-10-cm" or
"Cerner", fill in the ``[N]`` of a bullet and tweak its wording, and the app should still
recognise the item rather than suggest it again.

A Spanish resume is offered the dataset's Spanish skill names, category labels and summary
starters where it has them (``skills_data/es.json``), and the English otherwise; a search
matches either language.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from resume_builder.dataset import CATEGORY_LABELS, Catalogue, RetiredTerm, RoleProfile
from resume_builder.models import Resume
from resume_builder.slots import NUMBER_SLOT

SuggestionKind = Literal["skills", "responsibilities", "summaries", "certifications"]
KINDS: tuple[str, ...] = get_args(SuggestionKind)

SUMMARY_LABEL = "Summary starters"

_MIN_QUERY_SCORE = 80.0
"""Fuzzy score (0-100) a search string must reach for its item to match a query."""
_BULLET_MATCH = 85.0
"""Similarity (0-100) at which a resume highlight counts as the same bullet."""
_SUMMARY_MATCH = 90.0
_RANK_WEIGHT = 0.05
"""How much list rank can add to a query score: enough to break ties, never to overturn them."""
_SHORT_QUERY = 4
"""Queries this short (acronyms: CPC, RHIT) match inside a longer name only at a word start."""
_RELATED_WEIGHT = 0.9
"""Bullets also match on their tagged skills' names, a little below a match on their own text."""

_NUMBER_RE = re.compile(r"\[n\]|\$?\d[\d,.]*%?", re.IGNORECASE)
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
_ABBREV_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_SPLIT_RE = re.compile(r"[/,;()|]+")
_PAREN_RE = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested skill, bullet, summary or certification, ready to show or insert.

    Attributes:
        kind: "skills", "responsibilities", "summaries" or "certifications".
        id: The dataset id of the entry.
        text: What to insert: the skill name, the bullet (may hold ``[N]``), the summary
            starter, or the certification as "Name (ABBR)".
        category: Skill category id (bullets: their first skill's); ``None`` for summaries
            and certifications.
        category_label: Heading to group under: the category label, the issuer for
            certifications, "Summary starters" for summaries.
        share: Percent of resumes listing it, only where a source gives one.
        score: 0-1, higher is better; rank-based without a query.
        source: seed, onet, bls, issuer or curated.
        in_resume: Whether the resume already has it (only returned with include_present).
        detail: A line of context: the evidence, the O*NET task, the issuer's full name.
    """

    kind: str
    id: str
    text: str
    category: str | None
    category_label: str
    share: float | None
    score: float
    source: str
    in_resume: bool
    detail: str


@dataclass(frozen=True, slots=True)
class _Item:
    """A suggestion with its precomputed matching strings."""

    suggestion: Suggestion
    base: float
    keys: frozenset[str]
    """Compact forms (letters and digits only) that identify it exactly: name, synonyms."""
    norm: str
    """Normalised text with numbers and ``[N]`` reduced to "n", for bullet/summary matching."""


@dataclass(frozen=True, slots=True)
class _KindIndex:
    items: tuple[_Item, ...]
    choices: tuple[str, ...]
    owners: tuple[tuple[tuple[int, float], ...], ...]
    """Per choice: the items it names and the weight for each (a skill synonym names every
    bullet tagged with the skill, so each distinct string is scored once)."""
    lengths: tuple[int, ...]
    compact_choices: tuple[str, ...]
    """The one-word choices, for matching a query with its spaces taken out."""
    compact_positions: tuple[int, ...]


_INDEXES: weakref.WeakKeyDictionary[Catalogue, dict[tuple[str, str], dict[str, _KindIndex]]] = (
    weakref.WeakKeyDictionary()
)
"""Per catalogue, per (role, language): the normalised search index. Dropped with its catalogue."""


def suggest(
    catalogue: Catalogue,
    role_id: str,
    kind: SuggestionKind | str,
    resume: Resume | None = None,
    query: str | None = None,
    limit: int | None = None,
    include_present: bool = False,
    language: str | None = None,
) -> list[Suggestion]:
    """Suggestions of one kind for a role, best first.

    Args:
        catalogue: The loaded dataset.
        role_id: Target role; an unknown id raises ``DatasetError``.
        kind: "skills", "responsibilities", "summaries" or "certifications".
        resume: Leave out what this resume already has (or flag it, see include_present).
        query: Fuzzy search text; blank means the whole ranked list.
        limit: At most this many results.
        include_present: Also return items the resume has, with ``in_resume=True``.
        language: The resume's language, for the texts offered; ``None`` means the resume's
            own (English without a resume).

    Raises:
        ValueError: ``kind`` is not one of the four kinds.
        DatasetError: ``role_id`` is not in the catalogue.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown suggestion kind {kind!r}; use one of {', '.join(KINDS)}")
    if language is None:
        language = resume.settings.language if resume is not None else "en"
    index = _role_index(catalogue, role_id, language)[kind]
    if limit is not None and limit <= 0:
        return []
    present = _present(index, kind, resume) if resume is not None else set()

    text = _normalise(query or "")
    if text:
        scores = _search(index, text)
        retired = _retired(catalogue, query)
        if retired is not None:  # "icd 9": its replacements, in the order the note gives them
            for i, item in enumerate(index.items):
                if item.suggestion.id in retired.see:
                    scores[i] = 1.0 - 0.01 * retired.see.index(item.suggestion.id)
        order = sorted(scores, key=lambda i: (-scores[i], i))
    else:
        scores = {i: item.base for i, item in enumerate(index.items)}
        order = list(range(len(index.items)))

    results: list[Suggestion] = []
    for i in order:
        in_resume = i in present
        if in_resume and not include_present:
            continue
        base = index.items[i].suggestion
        results.append(_with(base, score=round(scores[i], 4), in_resume=in_resume))
        if limit is not None and len(results) >= limit:
            break
    return results


def retired_note(catalogue: Catalogue, query: str | None) -> str | None:
    """What to tell someone who searches for a retired name ("icd 9"): its note, else ``None``."""
    retired = _retired(catalogue, query)
    return retired.note if retired is not None else None


def _retired(catalogue: Catalogue, query: str | None) -> RetiredTerm | None:
    key = _compact(query or "")
    if not key:
        return None
    for retired in catalogue.retired_terms:
        if key in {_compact(t) for t in retired.terms}:
            return retired
    return None


def group_by_category(suggestions: Iterable[Suggestion]) -> dict[str, list[Suggestion]]:
    """Group suggestions under their ``category_label``, keeping rank order inside each group.

    Skill categories come in the fixed order of ``CATEGORY_LABELS`` (in whatever language
    their labels are) so headings do not jump around while the user types; other groups
    (issuers, summaries) follow in order of their best item.
    """
    order = {category: i for i, category in enumerate(CATEGORY_LABELS)}
    groups: dict[str, list[Suggestion]] = {}
    place: dict[str, tuple[int, int]] = {}
    for position, item in enumerate(suggestions):
        groups.setdefault(item.category_label, []).append(item)
        fixed = order.get(item.category or "")
        place.setdefault(item.category_label, (0, fixed) if fixed is not None else (1, position))
    return {label: groups[label] for label in sorted(groups, key=place.__getitem__)}


def fill_number(text: str, value: str | int | float) -> str:
    """Put a number into the first ``[N]`` slot of a bullet or summary."""
    return text.replace(NUMBER_SLOT, str(value), 1)


# --- matching -----------------------------------------------------------------------------


def _search(index: _KindIndex, query: str) -> dict[int, float]:
    """Best fuzzy score per item for a normalised query, blended with the item's rank."""
    from rapidfuzz import fuzz, process  # loads with the first suggestions, not with the app

    best: dict[int, float] = {}
    qlen = len(query)
    passes: list[tuple[str, tuple[str, ...], tuple[int, ...] | None]] = [
        (query, index.choices, None)
    ]
    compact = query.replace(" ", "")
    if compact != query:
        # "icd 10" -> "icd10" only needs comparing with the one-word forms ("icd10cm").
        passes.append((compact, index.compact_choices, index.compact_positions))
    for q, choices, positions in passes:
        for scorer, weight, needs_longer in (
            (fuzz.ratio, 1.0, False),
            (fuzz.partial_ratio, 0.95, True),
            (fuzz.token_set_ratio, 0.9, False),
        ):
            cutoff = _MIN_QUERY_SCORE / weight
            if cutoff > 100:
                continue
            for choice, score, k in process.extract(
                q, choices, scorer=scorer, limit=None, score_cutoff=cutoff
            ):
                j = positions[k] if positions is not None else k
                # A short synonym ("ROI") inside a long query is not a match for it.
                if needs_longer and index.lengths[j] < qlen:
                    continue
                # A short query matches inside a name only at a word's start: "cpc" is
                # not "hcpcs" and "rhit" is not "hitech", but "sca" is "scanning".
                if needs_longer and len(q) <= _SHORT_QUERY and not _starts_a_word(q, choice):
                    continue
                for owner, owner_weight in index.owners[j]:
                    value = score * weight * owner_weight
                    if value >= _MIN_QUERY_SCORE and value > best.get(owner, 0.0):
                        best[owner] = value
    return {
        i: (1.0 - _RANK_WEIGHT) * (score / 100.0) + _RANK_WEIGHT * index.items[i].base
        for i, score in best.items()
    }


def _starts_a_word(query: str, choice: str) -> bool:
    return choice.startswith(query) or f" {query}" in choice


def _present(index: _KindIndex, kind: str, resume: Resume) -> set[int]:
    """Indexes of the items the resume already has."""
    from rapidfuzz import fuzz, process

    if kind == "skills":
        keys = _resume_skill_keys(resume)
        return {i for i, item in enumerate(index.items) if item.keys & keys}
    if kind == "responsibilities":
        bullets = [_normalise_numbers(h) for h in _resume_highlights(resume)]
        bullets = [b for b in bullets if b]
        if not bullets:
            return set()
        return {
            i
            for i, item in enumerate(index.items)
            if process.extractOne(item.norm, bullets, scorer=fuzz.ratio, score_cutoff=_BULLET_MATCH)
        }
    if kind == "summaries":
        summary = _normalise_numbers(resume.basics.summary or "")
        if not summary:
            return set()
        return {
            i
            for i, item in enumerate(index.items)
            if len(summary) >= len(item.norm) * 0.8
            and fuzz.partial_ratio(item.norm, summary) >= _SUMMARY_MATCH
        }
    keys, names = _resume_certificate_keys(resume)
    return {i for i, item in enumerate(index.items) if item.keys & keys or item.norm in names}


def _resume_skill_keys(resume: Resume) -> set[str]:
    """Compact forms of every skill name and keyword, and of their parts ("A / B (C)")."""
    keys: set[str] = set()
    for skill in resume.skills:
        for text in [skill.name or "", *skill.keywords]:
            for part in [text, *_SPLIT_RE.split(text)]:
                key = _compact(part)
                if key:
                    keys.add(key)
    return keys


def _resume_highlights(resume: Resume) -> list[str]:
    out: list[str] = []
    for job in resume.work:
        out.extend(job.highlights)
        if job.summary:
            out.append(job.summary)
    for entry in resume.volunteer:
        out.extend(entry.highlights)
    for project in resume.projects:
        out.extend(project.highlights)
    return out


def _resume_certificate_keys(resume: Resume) -> tuple[set[str], set[str]]:
    """Abbreviations (compact) and normalised full names of the resume's certifications.

    In a certificate's name only upper-case tokens count as abbreviations ("CCS-P", not
    "Certified"). Letters after the name (``basics.credentials``) do not count: a credential
    typed there is not yet in the Certifications section, where its issuer and date go.
    """
    abbrevs: set[str] = set()
    names: set[str] = set()
    for text in (c.name or "" for c in resume.certificates):
        for token in _ABBREV_RE.findall(text):
            if token.upper() == token and any(ch.isalpha() for ch in token):
                abbrevs.add(_compact(token))
        names.add(_normalise(_PAREN_RE.sub(" ", text)))
        names.add(_normalise(text))
    abbrevs.discard("")
    return abbrevs, names


# --- the per-role index ---------------------------------------------------------------------


def _role_index(catalogue: Catalogue, role_id: str, language: str) -> dict[str, _KindIndex]:
    """The role's normalised search strings, built once per catalogue, role and language."""
    per_role = _INDEXES.setdefault(catalogue, {})
    cached = per_role.get((role_id, language))
    if cached is not None:
        return cached
    role = catalogue.role(role_id)
    texts = _Texts(catalogue, language)
    built = {
        "skills": _skills_index(role, texts),
        "responsibilities": _responsibilities_index(role, texts),
        "summaries": _summaries_index(role, texts),
        "certifications": _certifications_index(catalogue, role),
    }
    per_role[(role_id, language)] = built
    return built


@dataclass(frozen=True, slots=True)
class _Texts:
    """The dataset's texts in the resume's language (English where there is no translation)."""

    catalogue: Catalogue
    language: str

    def skill(self, name: str) -> str:
        return self.catalogue.translated("skills", name, self.language)

    def category(self, label: str) -> str:
        return self.catalogue.translated("categories", label, self.language)

    def summary(self, text: str) -> str:
        return self.catalogue.translated("summaries", text, self.language)


def _skills_index(role: RoleProfile, texts: _Texts) -> _KindIndex:
    items = []
    strings: list[list[tuple[str, float]]] = []
    total = len(role.skills)
    for pos, skill in enumerate(role.skills):
        name = texts.skill(skill.name)
        names = list(dict.fromkeys([name, skill.name, *skill.synonyms, *skill.misspellings]))
        detail = skill.evidence
        items.append(
            _Item(
                suggestion=Suggestion(
                    kind="skills",
                    id=skill.id,
                    text=name,
                    category=skill.category,
                    category_label=texts.category(skill.category_label),
                    share=skill.share,
                    score=0.0,
                    source=skill.source,
                    in_resume=False,
                    detail=detail,
                ),
                base=_base(pos, total),
                keys=frozenset(k for k in map(_compact, _name_variants(names)) if k),
                norm=_normalise(name),
            )
        )
        strings.append([(s, 1.0) for s in _search_strings(names)])
    return _kind_index(items, strings)


def _responsibilities_index(role: RoleProfile, texts: _Texts) -> _KindIndex:
    skills = {s.id: s for s in role.skills}
    items = []
    strings: list[list[tuple[str, float]]] = []
    total = len(role.responsibilities)
    for pos, bullet in enumerate(role.responsibilities):
        first = skills[bullet.skills[0]]
        tag_names = ", ".join(skills[t].name for t in bullet.skills)
        detail = f"Shows: {tag_names}."
        if bullet.onet_task:
            detail += f" Covers O*NET task {bullet.onet_task}."
        items.append(
            _Item(
                suggestion=Suggestion(
                    kind="responsibilities",
                    id=bullet.id,
                    text=bullet.text,
                    category=first.category,
                    category_label=texts.category(first.category_label),
                    share=None,
                    score=0.0,
                    source=bullet.source,
                    in_resume=False,
                    detail=detail,
                ),
                base=_base(pos, total),
                keys=frozenset(),
                norm=_normalise_numbers(bullet.text),
            )
        )
        own = [(s, 1.0) for s in _search_strings([bullet.text])]
        related = [
            (s, _RELATED_WEIGHT)
            for tag in bullet.skills
            for s in _search_strings([skills[tag].name, *skills[tag].synonyms])
        ]
        strings.append(own + related)
    return _kind_index(items, strings)


def _summaries_index(role: RoleProfile, texts: _Texts) -> _KindIndex:
    items = []
    strings: list[list[tuple[str, float]]] = []
    total = len(role.summaries)
    for pos, summary in enumerate(role.summaries):
        text = texts.summary(summary.text)
        items.append(
            _Item(
                suggestion=Suggestion(
                    kind="summaries",
                    id=summary.id,
                    text=text,
                    category=None,
                    category_label=SUMMARY_LABEL,
                    share=None,
                    score=0.0,
                    source=summary.source,
                    in_resume=False,
                    detail="",
                ),
                base=_base(pos, total),
                keys=frozenset(),
                norm=_normalise_numbers(text),
            )
        )
        strings.append([(s, 1.0) for s in _search_strings(dict.fromkeys([text, summary.text]))])
    return _kind_index(items, strings)


def _certifications_index(catalogue: Catalogue, role: RoleProfile) -> _KindIndex:
    items = []
    strings: list[list[tuple[str, float]]] = []
    total = len(role.certifications)
    for pos, cert_id in enumerate(role.certifications):
        cert = catalogue.certifications[cert_id]
        detail = f"{cert.issuer_name}. {cert.description}"
        if cert.eligibility:
            detail += f" Eligibility: {cert.eligibility}"
        items.append(
            _Item(
                suggestion=Suggestion(
                    kind="certifications",
                    id=cert.id,
                    text=cert.display,
                    category=None,
                    category_label=cert.issuer,
                    share=None,
                    score=0.0,
                    source=cert.source,
                    in_resume=False,
                    detail=detail,
                ),
                base=_base(pos, total),
                keys=frozenset(_compact(a) for a in (cert.abbreviation, *cert.aliases)),
                norm=_normalise(cert.name),
            )
        )
        names = [cert.abbreviation, cert.name, *cert.aliases]
        strings.append(
            [(s, 1.0) for s in _search_strings(names)]
            + [(s, _RELATED_WEIGHT) for s in _search_strings([cert.issuer, cert.issuer_name])]
        )
    return _kind_index(items, strings)


def _kind_index(items: Sequence[_Item], strings: Sequence[list[tuple[str, float]]]) -> _KindIndex:
    owners: dict[str, dict[int, float]] = {}
    for owner, pairs in enumerate(strings):
        for text, weight in pairs:
            named = owners.setdefault(text, {})
            named[owner] = max(named.get(owner, 0.0), weight)
    choices = list(owners)
    return _KindIndex(
        items=tuple(items),
        choices=tuple(choices),
        owners=tuple(tuple(owners[c].items()) for c in choices),
        lengths=tuple(len(c) for c in choices),
        compact_choices=tuple(c for c in choices if " " not in c),
        compact_positions=tuple(j for j, c in enumerate(choices) if " " not in c),
    )


def _base(position: int, total: int) -> float:
    """Rank score in (0, 1]: 1 for the first item, falling evenly down the list."""
    return 1.0 - position / max(total, 1)


def _search_strings(texts: Iterable[str]) -> list[str]:
    """Normalised forms of each text, plus a compact form for codes like "ICD-10-CM"."""
    out: list[str] = []
    for text in texts:
        norm = _normalise(text.replace(NUMBER_SLOT, " "))
        if not norm:
            continue
        out.append(norm)
        compact = norm.replace(" ", "")
        if compact != norm and len(compact) <= 24:
            out.append(compact)
    return out


def _name_variants(names: Iterable[str]) -> list[str]:
    """Names plus their bracket-free form and a single bracketed alias.

    "Oracle Health (Cerner)" also gives "Oracle Health" and "Cerner"; a bracketed list such as
    "(cancer, trauma)" is not an alias, so it adds nothing.
    """
    out: list[str] = []
    for name in names:
        out.append(name)
        inner = _PAREN_RE.findall(name)
        if inner:
            out.append(_PAREN_RE.sub(" ", name))
            out.extend(part for part in inner if "," not in part)
    return out


def _normalise(text: str) -> str:
    """Lower case, accents dropped, punctuation to single spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM_RE.sub(" ", text.lower()).strip()


def _normalise_numbers(text: str) -> str:
    """Normalise with every number (and the ``[N]`` slot) reduced to "n"."""
    return _normalise(_NUMBER_RE.sub(" n ", text))


def _compact(text: str) -> str:
    """Letters and digits only: "ICD-10-CM" and "icd 10 cm" both become "icd10cm"."""
    return _normalise(text).replace(" ", "")


def _with(suggestion: Suggestion, *, score: float, in_resume: bool) -> Suggestion:
    return Suggestion(
        kind=suggestion.kind,
        id=suggestion.id,
        text=suggestion.text,
        category=suggestion.category,
        category_label=suggestion.category_label,
        share=suggestion.share,
        score=score,
        source=suggestion.source,
        in_resume=in_resume,
        detail=suggestion.detail,
    )
