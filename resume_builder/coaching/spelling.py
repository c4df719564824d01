"""Spelling with the field's vocabulary: "HCPCS", "MEDITECH" or "eClinicalWorks" are words here.

pyspellchecker's English list is loaded once (about a quarter of a second) and never changed; the
field's words are a separate set checked first, built from every name, synonym, bullet and
summary in the dataset plus a curated list. To keep false alarms rare the checker skips what it
cannot judge: words with digits, acronyms in capitals, mixed-case brand names, capitalised words
inside a sentence (names of people, places and employers), URLs and email addresses. British
spellings (colour, organise, paediatric) are accepted.

A Spanish resume (``meta.resumeBuilder.language`` "es") is checked against pyspellchecker's
Spanish list, with accented letters kept inside words. That list holds dictionary forms only
("médico", not "médicos" or "gestioné"), so simplemma's Spanish table, which knows inflected
forms, is asked too. English words are accepted there as well: a resume for a US employer keeps
terms such as "release of information" as they are.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from resume_builder.coaching.personal_words import personal_words

if TYPE_CHECKING:
    from spellchecker import SpellChecker

    from resume_builder.dataset import Catalogue

log = logging.getLogger(__name__)

CURATED_WORDS: frozenset[str] = frozenset(
    """
    abstractor abstractors abstracting adt ahima aapc allscripts ambulatory apc apcs athenahealth
    athenaone barcode barcodes backlog backlogs cac ccs cca cdip cdi cehrs cerner chargemaster
    chda chps cms coder coders codeset codesets comorbidities comorbidity cpt cpc crc ctr cures
    deidentified de-identified deidentification dnfb drg drgs ehr ehrs emr emrs empi encoder
    encoders epiccare fhir foia grouper groupers hcc hccs hcpcs healthcare hie him hipaa hitech hl7
    hospitalist hyland icd inpatient interoperability laserfiche loinc meditech medisoft mpi
    ms-drg mcc mccs cc ccs nextgen onbase oig optum outpatient payer payers phi pcs powerchart
    preauthorization preauthorizations precertification prebill prebilling recredentialing
    redaction redactions rhia rhit roi sharepoint snomed subpoena subpoenas teamwork telehealth
    trucode veradigm vista workqueue workqueues workflow workflows eclinicalworks ecw
    encompass encoderpro chartrelease chartlocater softmed ciox datavant mro jcaho tjc
    e-signature e-signatures esignature onboarding onboarded offboarding timeliness turnaround
    recordkeeping deficiencies delinquencies signoff walk-in walk-ins copay copays co-pays
    unbilled rebill rebilled rebilling timeline timelines
    """.split()
)
"""Field words pyspellchecker does not know, beyond those the dataset supplies."""

_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_SPANISH_WORD_RE = re.compile(r"[^\W_][\w'’\-]*")
"""Spanish words keep their accented letters ("información" is one word, not "informaci")."""
# An address match may only start where a word starts (the look-behind): without it a long run of
# letters with no "@" is rescanned from every position, which is quadratic (bench_spelling_regex).
_SKIP_RE = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END = frozenset(".!?:;•\n")
_ABBREVIATION_RE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|Inc|Co|Corp|Ltd|Dept|No|vs|e\.g|i\.e|approx)\.$", re.IGNORECASE
)
_BRITISH = (
    ("our", "or"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("tre", "ter"),
    ("ae", "e"),
    ("oe", "e"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
)


@dataclass(frozen=True)
class Misspelling:
    """A word the checker does not know, where it is, and its likeliest correction."""

    word: str
    start: int
    end: int
    suggestion: str | None


@cache
def _english() -> SpellChecker:
    """The English word list, loaded on first use only (it takes ~0.25 s)."""
    from spellchecker import SpellChecker  # late: only when spelling is checked

    return SpellChecker(distance=1)


@cache
def _spanish() -> SpellChecker:
    """The Spanish word list, loaded the first time a Spanish resume is checked (~0.15 s)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="es", distance=1)


def _is_spanish(word: str) -> bool:
    """Whether ``word`` (lower case) is Spanish in any form: a dictionary form or an inflection."""
    import simplemma  # late: its Spanish table loads in about 0.8 s, for Spanish resumes only

    return bool(_spanish().known([word])) or simplemma.is_known(word, lang="es")


def warm_up(language: str = "en") -> None:
    """Load the word lists now (e.g. on a background thread) so the first check is fast.

    English is always loaded (a Spanish resume accepts English terms); ``"es"`` adds the Spanish
    list and simplemma's table of inflected forms.
    """
    _english()
    if language == "es":
        _is_spanish("médico")


def is_english(word: str) -> bool:
    """Whether ``word`` (lower case) is in the English word list (e.g. "epic", "access")."""
    return bool(_english().known([word]))


def _split_words(text: str) -> Iterator[str]:
    for part in re.split(r"[^A-Za-z]+", text):
        if part:
            yield part


@cache
def field_vocabulary(catalogue: Catalogue | None) -> frozenset[str]:
    """Lower-case words of the field: the dataset's names, synonyms and texts plus a curated list."""
    words: set[str] = set(CURATED_WORDS)
    if catalogue is None:
        return frozenset(words)
    texts: list[str] = []
    for role in catalogue.roles.values():
        texts += [role.title, role.description, *role.titles]
        for skill in role.skills:
            texts += [skill.name, *skill.synonyms]
        texts += [r.text for r in role.responsibilities]
        texts += [s.text for s in role.summaries]
    for cert in catalogue.certifications.values():
        texts += [cert.abbreviation, cert.name, cert.issuer_name, *cert.aliases]
    for text in texts:
        words.update(w.lower() for w in _split_words(text))
        words.update(w.lower() for w in text.split() if w.isalpha())
    return frozenset(words)


@cache
def known_errors(catalogue: Catalogue | None) -> Mapping[str, str]:
    """Lower-case misspellings the dataset lists for search ("HIPPA") -> the right spelling.

    They are kept out of :func:`field_vocabulary` so a resume that writes them is told, even in
    capitals, where an unknown acronym would otherwise be left alone.
    """
    out: dict[str, str] = {}
    if catalogue is None:
        return out
    for role in catalogue.roles.values():
        for skill in role.skills:
            right = skill.name.split(" (")[0]
            for wrong in skill.misspellings:
                out[wrong.lower()] = right
    return out


def _is_known(word: str, vocabulary: frozenset[str], language: str = "en") -> bool:
    w = word.lower()
    if w in vocabulary or (w.endswith("s") and (w[:-1] in vocabulary or w[:-2] in vocabulary)):
        return True
    if language == "es" and _is_spanish(w):
        return True
    english = _english()
    if english.known([w]):
        return True
    for british, american in _BRITISH:
        if british in w and english.known([w.replace(british, american)]):
            return True
    return False


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'(“‘-–—")
    if not before:
        return True
    if before[-1] == "." and _ABBREVIATION_RE.search(before):
        return False  # "Dr. Okonkwo", "St. Vincent's"
    return before[-1] in _SENTENCE_END


def _skip(token: str, text: str, start: int) -> bool:
    """Words the checker cannot judge fairly, so it leaves them alone."""
    if len(token) < 2 or _DIGIT_RE.search(token):
        return True
    rest = token[1:]
    if rest != rest.lower():  # (string methods: this runs for every word, on every keystroke)
        return True  # an acronym (RHIT, NCCI) or a brand (eClinicalWorks, OnBase)
    return token[0].isupper() and not _at_sentence_start(text, start)  # a name


def misspellings(
    text: str,
    vocabulary: frozenset[str],
    errors: Mapping[str, str] | None = None,
    language: str = "en",
    *,
    suggest: bool = True,
) -> list[Misspelling]:
    """Words in ``text`` that are neither in ``language`` nor field words, with a suggestion.

    ``errors`` maps known misspellings of field words (see :func:`known_errors`) to their
    right spelling; those are flagged even where the checker would skip the word. Words in the
    user's own dictionary (:mod:`resume_builder.coaching.personal_words`) are never flagged.
    Finding a suggestion costs milliseconds a word, so a checker that follows typing passes
    ``suggest=False`` and asks :func:`suggestions` only when the user wants them.
    """
    masked = _SKIP_RE.sub(lambda m: " " * len(m.group()), text)
    found: list[Misspelling] = []
    own = personal_words()
    word_re = _SPANISH_WORD_RE if language == "es" else _WORD_RE
    for match in word_re.finditer(masked):
        token = match.group().rstrip("'’-")
        if token.lower().endswith(("'s", "’s")):
            token = token[:-2]
        if token.lower() in own:
            continue
        right = errors.get(token.lower()) if errors else None
        if right is not None:
            found.append(Misspelling(token, match.start(), match.start() + len(token), right))
            continue
        if _skip(token, text, match.start()):
            continue
        if token.lower() in vocabulary:
            continue
        offset = match.start()
        for part in token.split("-"):
            if (
                len(part) >= 2
                and part.lower() not in own
                and not _is_known(part.strip("'’"), vocabulary, language)
            ):
                start = offset + token.index(part) if part in token else offset
                suggestion = _suggest(part, language) if suggest else None
                found.append(Misspelling(part, start, start + len(part), suggestion))
    return found


def suggestions(
    word: str, language: str = "en", errors: Mapping[str, str] | None = None, limit: int = 5
) -> list[str]:
    """Corrections for ``word``, likeliest first, in its own case ("Mangement" -> "Management").

    A known misspelling of a field word ("HIPPA") offers the field's spelling first.
    """
    out: list[str] = []
    right = errors.get(word.lower()) if errors else None
    if right is not None:
        out.append(right)
    checker = _spanish() if language == "es" else _english()
    candidates = checker.candidates(word.lower()) or set()
    ranked = sorted(candidates - {word.lower()}, key=lambda w: (-checker[w], w))
    for candidate in ranked:
        if word.isupper() and len(word) > 1:
            candidate = candidate.upper()
        elif word[:1].isupper():
            candidate = candidate[:1].upper() + candidate[1:]
        if candidate not in out:
            out.append(candidate)
    return out[:limit]


def _suggest(word: str, language: str = "en") -> str | None:
    checker = _spanish() if language == "es" else _english()
    correction = checker.correction(word.lower())
    if not correction or correction == word.lower():
        return None
    if word[:1].isupper():
        correction = correction[:1].upper() + correction[1:]
    return correction
