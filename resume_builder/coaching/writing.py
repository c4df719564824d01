"""Writing advice for bullets and summaries: the habits recruiters notice in the first seconds.

Each rule is deliberately conservative: it fires only on patterns that are nearly always worth
changing, and each message says what to write instead. Rules (id -> severity):

- ``placeholder`` (error): a ``[N]`` slot from a suggested bullet was not filled in.
- ``weak-opening`` (warning): "Responsible for", "Duties included", "Helped with", "Worked on"...
- ``no-action-verb`` (warning): a bullet that starts with something other than a verb.
- ``present-tense`` (warning): a bullet of a job that has ended starts with "Code"/"Codes".
- ``first-person`` (warning): I, me, my (resumes leave the subject out).
- ``too-long`` (warning): a bullet over 30 words, a summary over 80.
- ``spelling`` (warning): see :mod:`resume_builder.coaching.spelling`.
- ``no-number`` (tip): a bullet about volume, time or accuracy with no figure in it.
- ``repeated-verb`` (tip): the same opening verb on more than two bullets (3rd use onwards).

The rules about verbs, tense, "I" and figures read English; a Spanish resume gets the
placeholder, length and spelling rules (with the Spanish dictionary), plus Spanish weak openings
("Responsable de", "Mis funciones incluían") and "yo". Messages come in the reader's language
(``lang``), whatever the resume's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from resume_builder.coaching.findings import Finding, Kind, Severity, finding_id
from resume_builder.coaching.spelling import field_vocabulary, known_errors, misspellings
from resume_builder.coaching.texts import TextField, coached_texts
from resume_builder.coaching.verbs import (
    lemma,
    match_case,
    past_tense,
    verb_form,
)
from resume_builder.messages import Messages

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.models import Resume

BULLET_MAX_WORDS = 30
SUMMARY_MAX_WORDS = 80
REPEAT_LIMIT = 2
"""An opening verb may be used this many times; later uses get a tip."""

_WEAK_OPENINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (r"^\s*(?:i\s+was\s+|was\s+)?responsible\s+for\b", "Responsible for"),
        (r"^\s*(?:my\s+)?duties\s+(?:included|include|were|involved)\b", "Duties included"),
        (r"^\s*(?:i\s+)?helped\s+(?:with|to|out)\b", "Helped with"),
        (r"^\s*(?:i\s+)?worked\s+on\b", "Worked on"),
        (r"^\s*(?:i\s+)?assisted\s+(?:with|in)\b", "Assisted with"),
        (r"^\s*(?:i\s+was\s+)?tasked\s+with\b", "Tasked with"),
        (r"^\s*(?:i\s+was\s+)?in\s+charge\s+of\b", "In charge of"),
        (r"^\s*(?:i\s+was\s+)?involved\s+in\b", "Involved in"),
        (
            r"^\s*(?:i\s+)?(?:handled|performed|did|completed|assisted\s+with)\s+"
            r"(?:various|other|misc\w*|general|different|many)\s+(?:tasks|duties|things|jobs)\b",
            "Handled various tasks",
        ),
    )
)

_SPANISH_WEAK_OPENINGS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^\s*(?:yo\s+)?(?:era\s+|fui\s+)?(?:responsable|encargad[oa])\s+de\b",
        r"^\s*(?:estuve\s+|estaba\s+)?a\s+cargo\s+de\b",
        r"^\s*(?:entre\s+)?(?:mis\s+)?(?:funciones|tareas|responsabilidades)"
        r"(?:\s+(?:incluían|incluyen|eran|fueron|consistían\s+en)\b|\s*:)",
        r"^\s*(?:yo\s+)?(?:ayudé|ayudaba)\s+(?:con|a|en)\b",
        r"^\s*(?:yo\s+)?(?:trabajé|trabajaba)\s+en\b",
        r"^\s*(?:yo\s+)?(?:participé|participaba)\s+en\b",
    )
)
_SPANISH_FIRST_PERSON_RE = re.compile(r"\b(?:yo|Yo|YO)\b")
_FIRST_PERSON_RE = re.compile(
    r"\b(?:I'm|I’m|I've|I’ve|I'd|I’d|I|me|Me|my|My|myself|Myself|mine)(?![\w'’])"
)
_ROMAN_I_BEFORE = re.compile(
    r"(?:level|phase|tier|class|grade|stage|type|part|title|section|schedule|step|coder|"
    r"specialist|technician|clerk|analyst|coordinator|hcpcs)\s*$",
    re.IGNORECASE,
)
_PLACEHOLDER_RE = re.compile(r"\[\s*(?:N|X|#|n|x|number|num)\s*\]")
_FIRST_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_FIGURE_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"dozens?|hundreds?|thousands?|half|double|doubled|tripled|twice)\b",
    re.IGNORECASE,
)
_QUANTITY_RE = re.compile(
    r"\b(?:accuracy|accurate|backlogs?|turnaround|volumes?|productivity|throughput|"
    r"reduc(?:ed|ing)|increas(?:ed|ing)|improv(?:ed|ing)|decreas(?:ed|ing)|shorten(?:ed|ing)|"
    r"lower(?:ed|ing)|rais(?:ed|ing)|cut\s+(?:the\s+)?\w+|faster|high[- ]volume|large\s+volume|"
    r"error\s+rates?|denials?|quotas?|targets?|per\s+(?:day|week|month|hour|shift)|daily|weekly|"
    r"monthly)\b",
    re.IGNORECASE,
)
_NON_VERB_STARTS = frozenset(
    "a an the this that these those our their his her its we you they he she it "
    "various daily weekly monthly many several all each every some excellent strong good great "
    "proven skilled knowledge experience experienced proficient proficiency familiar familiarity "
    "ability able member part team primary main key point".split()
)
"""First words that are certainly not verbs: a bullet starting with one gets advice."""

_VERB_ALTERNATIVES: dict[str, str] = {
    "manage": "Oversaw, Led, Coordinated, Directed",
    "process": "Handled, Completed, Fulfilled, Cleared",
    "maintain": "Kept, Updated, Upheld, Preserved",
    "ensure": "Verified, Confirmed, Safeguarded, Checked",
    "review": "Audited, Examined, Analyzed, Checked",
    "assist": "Supported, Aided, Partnered with",
    "perform": "Carried out, Completed, Conducted",
    "coordinate": "Organized, Arranged, Scheduled",
    "verify": "Confirmed, Validated, Checked",
    "create": "Built, Developed, Designed",
    "train": "Coached, Taught, Mentored",
    "improve": "Raised, Strengthened, Streamlined",
    "code": "Assigned, Abstracted, Classified",
    "assign": "Coded, Applied, Selected",
    "handle": "Processed, Resolved, Managed",
    "work": "Partnered, Collaborated, Served",
    "prepare": "Assembled, Compiled, Drafted",
    "answer": "Resolved, Responded to, Handled",
}
_GENERIC_ALTERNATIVES = "Coded, Audited, Abstracted, Reconciled, Processed, Verified, Resolved"
MESSAGES = Messages(
    {
        "placeholder": {
            "en": "Replace {slot} with your own figure (for example 45), or reword the sentence "
            "without it.",
            "es": "Cambie {slot} por su propia cifra (por ejemplo, 45) o redacte la frase sin "
            "ella.",
        },
        "no-number": {
            "en": 'This bullet mentions "{words}" but gives no figure: add one if you can, such '
            "as how many per day, a percentage or a number of days.",
            "es": "Esta viñeta menciona «{words}» pero no da ninguna cifra: agregue una si puede, "
            "como cuántos por día, un porcentaje o un número de días.",
        },
        "too-long-bullet": {
            "en": "This bullet has {count} words; keep it under {limit} so it is read in one "
            "glance. Split it in two or cut what the reader can assume.",
            "es": "Esta viñeta tiene {count} palabras; no pase de {limit} para que se lea de un "
            "vistazo. Divídala en dos o quite lo que el lector puede suponer.",
        },
        "too-long-summary": {
            "en": "This summary has {count} words; keep it under {limit} so it is read in one "
            "glance. Split it in two or cut what the reader can assume.",
            "es": "Este resumen tiene {count} palabras; no pase de {limit} para que se lea de "
            "un vistazo. Divídalo en dos o quite lo que el lector puede suponer.",
        },
        "first-person": {
            "en": 'Leave out "{word}": resumes are written without I, me or my (write "Coded 40 '
            'charts a day", not "I coded 40 charts a day").',
            "es": "Quite «{word}»: en un currículum en inglés no se escribe I, me ni my (escriba "
            "«Coded 40 charts a day», no «I coded 40 charts a day»).",
        },
        "spelling": {
            "en": '"{word}" may be misspelled. If it is right, choose Ignore.',
            "es": "«{word}» puede tener un error de ortografía. Si está bien, elija Ignorar.",
        },
        "spelling-suggestion": {
            "en": '"{word}" may be misspelled. Did you mean "{suggestion}"? If it is right, '
            "choose Ignore.",
            "es": "«{word}» puede tener un error de ortografía. ¿Quiso decir «{suggestion}»? Si "
            "está bien, elija Ignorar.",
        },
        "weak-opening": {
            "en": '"{words}" describes the job, not what you did. Start with an action verb and '
            'a result, e.g. "Processed 60 release-of-information requests a week" instead of '
            '"Responsible for release of information".',
            "es": "«{words}» describe el puesto, no lo que usted hizo. Empiece con un verbo de "
            "acción y un resultado, p. ej. «Processed 60 release-of-information requests a "
            "week» en lugar de «Responsible for release of information».",
        },
        "weak-opening-es": {
            "en": '"{words}" describes the job, not what you did. Start with an action verb and '
            'a result, e.g. "Tramité 60 solicitudes de divulgación de información por semana" '
            'instead of "Responsable de la divulgación de información".',
            "es": "«{words}» describe el puesto, no lo que usted hizo. Empiece con un verbo de "
            "acción y un resultado, p. ej. «Tramité 60 solicitudes de divulgación de "
            "información por semana» en lugar de «Responsable de la divulgación de "
            "información».",
        },
        "first-person-es": {
            "en": 'Leave out "{word}": a resume leaves the subject out (write "Codifiqué 40 '
            'expedientes al día", not "Yo codifiqué 40 expedientes al día").',
            "es": "Quite «{word}»: un currículum omite el sujeto (escriba «Codifiqué 40 "
            "expedientes al día», no «Yo codifiqué 40 expedientes al día»).",
        },
        "no-action-verb": {
            "en": 'Start with an action verb instead of "{word}", such as {alternatives}.',
            "es": "Empiece con un verbo de acción en lugar de «{word}», como {alternatives}.",
        },
        "present-tense": {
            "en": 'This job has ended, so write it in the past tense: "{past}" instead of '
            '"{word}".',
            "es": "Este empleo ya terminó, así que escríbalo en pasado: «{past}» en lugar de "
            "«{word}».",
        },
        "repeated-verb": {
            "en": '"{word}" opens {count} bullets. Vary it here, for example with {alternatives}.',
            "es": "«{word}» abre {count} viñetas. Varíelo aquí, por ejemplo con {alternatives}.",
        },
    }
)


@dataclass(frozen=True)
class _Opening:
    word: str
    start: int
    end: int
    base: str | None


def _words(text: str) -> int:
    return len(text.split())


def _opening(text: str, extra_verbs: frozenset[str]) -> _Opening | None:
    match = _FIRST_WORD_RE.search(text)
    if not match or text[: match.start()].strip(" \t•-–—*·"):
        return None
    word = match.group()
    return _Opening(word, match.start(), match.end(), lemma(word, extra_verbs))


def _finding(
    field: TextField,
    rule: str,
    severity: Severity,
    message: str,
    *,
    excerpt: str = "",
    start: int = -1,
    end: int = -1,
    replacement: str | None = None,
) -> Finding:
    kind: Kind = "spelling" if rule == "spelling" else "writing"
    key = excerpt.lower() if rule == "spelling" else f"{field.text}\x1f{excerpt}"
    return Finding(
        id=finding_id(rule, key),
        rule=rule,
        kind=kind,
        severity=severity,
        path=field.path,
        message=message,
        excerpt=excerpt,
        start=start,
        end=end,
        replacement=replacement,
    )


def dataset_verbs(catalogue: Catalogue | None) -> frozenset[str]:
    """Base forms of the verbs that open the dataset's own bullets (so they never get advice)."""
    if catalogue is None:
        return frozenset()
    return _dataset_verbs(catalogue)


def _dataset_verbs(catalogue: Catalogue) -> frozenset[str]:
    verbs: set[str] = set()
    for role in catalogue.roles.values():
        for entry in role.responsibilities:
            match = _FIRST_WORD_RE.search(entry.text)
            if match:
                word = match.group().lower()
                verbs.add(lemma(word) or _strip_past(word))
    return frozenset(verbs)


def _strip_past(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed"):
        return word[:-1] if word[:-1].endswith("e") and not word.endswith("eed") else word[:-2]
    return word


def lint_text(
    text: str,
    path: str = "",
    *,
    role: Literal["bullet", "summary"] = "bullet",
    ended: bool = False,
    catalogue: Catalogue | None = None,
    spelling: bool = True,
    language: str = "en",
    lang: str = "en",
) -> list[Finding]:
    """Advice on one bullet or summary as the user types (no cross-bullet rules).

    Args:
        text: The bullet or summary.
        path: Its JSON Resume path, copied into each finding.
        role: ``"bullet"`` or ``"summary"``; bullet-only rules skip summaries.
        ended: The bullet belongs to a job with an end date, so past tense is expected.
        catalogue: The dataset, for field words and verbs; ``None`` uses the curated lists only.
        spelling: Check spelling too (the first check loads the word list).
        language: The resume's language ("en" or "es"): which rules apply and which word list
            spelling uses.
        lang: The language of the messages (the app's).
    """
    field = TextField(path, text, "summary" if role == "summary" else "bullet", ended)
    return _lint_field(field, catalogue, spelling, language, lang)


def _lint_field(
    field: TextField,
    catalogue: Catalogue | None,
    spelling: bool,
    language: str = "en",
    lang: str = "en",
) -> list[Finding]:
    text = field.text
    out: list[Finding] = []
    extra = dataset_verbs(catalogue)
    english = language == "en"

    for match in _PLACEHOLDER_RE.finditer(text):
        out.append(
            _finding(
                field,
                "placeholder",
                "error",
                MESSAGES.text("placeholder", lang, slot=match.group()),
                excerpt=match.group(),
                start=match.start(),
                end=match.end(),
            )
        )

    if field.role == "bullet" and language == "es":
        out += _spanish_opening(field, lang)
    if field.role == "bullet" and english:
        out += _opening_rules(field, extra, lang)
        if not _FIGURE_RE.search(text) and not _PLACEHOLDER_RE.search(text):
            quantity = _QUANTITY_RE.search(text)
            if quantity:
                out.append(
                    _finding(
                        field,
                        "no-number",
                        "tip",
                        MESSAGES.text("no-number", lang, words=quantity.group()),
                        excerpt=quantity.group(),
                        start=quantity.start(),
                        end=quantity.end(),
                    )
                )

    limit = BULLET_MAX_WORDS if field.role == "bullet" else SUMMARY_MAX_WORDS
    count = _words(text)
    if count > limit:
        key = "too-long-bullet" if field.role == "bullet" else "too-long-summary"
        out.append(
            _finding(
                field,
                "too-long",
                "warning",
                MESSAGES.text(key, lang, count=count, limit=limit),
            )
        )

    for match in _FIRST_PERSON_RE.finditer(text) if english else ():
        word = match.group()
        if word == "I" and _ROMAN_I_BEFORE.search(text[: match.start()]):
            continue  # "Level I trauma centre", "HCPCS Level I"
        out.append(
            _finding(
                field,
                "first-person",
                "warning",
                MESSAGES.text("first-person", lang, word=word),
                excerpt=word,
                start=match.start(),
                end=match.end(),
            )
        )

    for match in _SPANISH_FIRST_PERSON_RE.finditer(text) if language == "es" else ():
        out.append(
            _finding(
                field,
                "first-person",
                "warning",
                MESSAGES.text("first-person-es", lang, word=match.group()),
                excerpt=match.group(),
                start=match.start(),
                end=match.end(),
            )
        )

    if spelling:
        vocabulary, errors = field_vocabulary(catalogue), known_errors(catalogue)
        for miss in misspellings(text, vocabulary, errors, language):
            message = (
                MESSAGES.text(
                    "spelling-suggestion", lang, word=miss.word, suggestion=miss.suggestion
                )
                if miss.suggestion
                else MESSAGES.text("spelling", lang, word=miss.word)
            )
            out.append(
                _finding(
                    field,
                    "spelling",
                    "warning",
                    message,
                    excerpt=miss.word,
                    start=miss.start,
                    end=miss.end,
                    replacement=miss.suggestion,
                )
            )
    return out


def _opening_rules(field: TextField, extra: frozenset[str], lang: str) -> list[Finding]:
    text = field.text
    for pattern, _label in _WEAK_OPENINGS:
        match = pattern.match(text)
        if match:
            used = " ".join(match.group().split())
            return [
                _finding(
                    field,
                    "weak-opening",
                    "warning",
                    MESSAGES.text("weak-opening", lang, words=used),
                    excerpt=match.group().strip(),
                    start=match.start(),
                    end=match.end(),
                    replacement=_rewrite_weak(text, match.end(), extra),
                )
            ]
    opening = _opening(text, extra)
    if opening is None:
        return []
    if opening.base is None:
        if opening.word.lower() in _NON_VERB_STARTS:
            return [
                _finding(
                    field,
                    "no-action-verb",
                    "warning",
                    MESSAGES.text(
                        "no-action-verb",
                        lang,
                        word=opening.word,
                        alternatives=_GENERIC_ALTERNATIVES,
                    ),
                    excerpt=opening.word,
                    start=opening.start,
                    end=opening.end,
                )
            ]
        return []
    form = verb_form(opening.word, extra)
    rest = text[opening.end :].lstrip()
    next_word = _FIRST_WORD_RE.match(rest)
    noun_use = (
        not rest
        or rest.lower().startswith(("of ", "for ", "and "))
        or (next_word is not None and next_word.group().lower().endswith("ed"))
    )  # "Audit of charts", "Audits completed on time": a noun, not a verb
    if field.ended and form == "present" and not noun_use:
        past = match_case(past_tense(opening.base), opening.word)
        return [
            _finding(
                field,
                "present-tense",
                "warning",
                MESSAGES.text("present-tense", lang, past=past, word=opening.word),
                excerpt=opening.word,
                start=opening.start,
                end=opening.end,
                replacement=text[: opening.start] + past + text[opening.end :],
            )
        ]
    return []


def _spanish_opening(field: TextField, lang: str) -> list[Finding]:
    """A Spanish bullet that opens by describing the job ("Responsable de...")."""
    for pattern in _SPANISH_WEAK_OPENINGS:
        match = pattern.match(field.text)
        if match:
            used = " ".join(match.group().split()).rstrip(":")
            return [
                _finding(
                    field,
                    "weak-opening",
                    "warning",
                    MESSAGES.text("weak-opening-es", lang, words=used),
                    excerpt=match.group().strip(),
                    start=match.start(),
                    end=match.end(),
                )
            ]
    return []


def _rewrite_weak(text: str, end: int, extra: frozenset[str]) -> str | None:
    """Turn "Responsible for scanning records" into "Scanned records" when that is safe."""
    rest = text[end:].lstrip()
    match = _FIRST_WORD_RE.match(rest)
    if not match:
        return None
    word = match.group()
    if verb_form(word, extra) != "gerund":
        return None
    base = lemma(word, extra)
    if base is None:
        return None
    past = past_tense(base)
    tail = _GERUND_LIST_RE.sub(lambda m: _past_of_listed(m, extra), rest[match.end() :])
    return past[:1].upper() + past[1:] + tail


_GERUND_LIST_RE = re.compile(r"(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([a-z]+ing)\b")


def _past_of_listed(match: re.Match[str], extra: frozenset[str]) -> str:
    """Put a listed gerund in the past ("..., and indexing" -> "..., and indexed")."""
    word = match.group(2)
    base = lemma(word, extra) if verb_form(word, extra) == "gerund" else None
    return match.group(1) + (past_tense(base) if base else word)


def lint_writing(
    resume: Resume,
    catalogue: Catalogue | None = None,
    *,
    spelling: bool = True,
    lang: str = "en",
) -> list[Finding]:
    """Writing advice for every bullet and summary of ``resume``, in file order.

    The rules follow the resume's language; the messages are in ``lang`` (the reader's).
    """
    fields = coached_texts(resume)
    extra = dataset_verbs(catalogue)
    language = resume.settings.language
    out: list[Finding] = []
    for field in fields:
        out += _lint_field(field, catalogue, spelling, language, lang)
    if language == "en":
        out += _repeated_openings(fields, extra, lang)
    order = {f.path: i for i, f in enumerate(fields)}
    return sorted(out, key=lambda f: order.get(f.path, len(order)))


def _repeated_openings(fields: list[TextField], extra: frozenset[str], lang: str) -> list[Finding]:
    uses: dict[str, list[tuple[TextField, _Opening]]] = defaultdict(list)
    for field in fields:
        if field.role != "bullet":
            continue
        opening = _opening(field.text, extra)
        if opening and opening.base:
            uses[opening.base].append((field, opening))
    out: list[Finding] = []
    for base, items in uses.items():
        if len(items) <= REPEAT_LIMIT:
            continue
        alternatives = _VERB_ALTERNATIVES.get(base, _GENERIC_ALTERNATIVES)
        for field, opening in items[REPEAT_LIMIT:]:
            out.append(
                _finding(
                    field,
                    "repeated-verb",
                    "tip",
                    MESSAGES.text(
                        "repeated-verb",
                        lang,
                        word=opening.word,
                        count=len(items),
                        alternatives=alternatives,
                    ),
                    excerpt=opening.word,
                    start=opening.start,
                    end=opening.end,
                )
            )
    return out
