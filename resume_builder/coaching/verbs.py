"""A small lexicon of resume action verbs: is a word a verb, in which tense, and its past form.

English tagging is hard in general, but a bullet's first word is nearly always one of a few
hundred verbs. A curated list (plus the opening verb of every dataset bullet, added at run time)
lets the writing rules stay quiet unless they are sure.
"""

from __future__ import annotations

from typing import Literal

VerbForm = Literal["past", "present", "gerund"]

ACTION_VERBS: frozenset[str] = frozenset(
    """
    abstract accelerate achieve acquire adapt add address adjust administer advise advocate align
    allocate analyse analyze answer apply appraise approve arrange assemble assess assign assist
    attain audit automate balance begin bill boost box build calculate capture catalog catalogue
    chair change chart check clarify classify clean clear close coach code collaborate collect
    communicate compile complete comply compose compute conduct configure confirm consolidate
    consult contact contribute control convert coordinate copy correct counsel cover create cross-train
    cut deliver demonstrate deploy design destroy detect determine develop devise digitize digitise
    direct discharge disclose distribute document draft drive edit educate eliminate enforce enhance
    ensure enter establish estimate evaluate examine exceed execute expand expedite explain extract
    facilitate fax file finalize finalise flag follow forecast form formulate foster fulfil fulfill
    gain gather generate greet grow guide handle help identify implement improve increase index
    initiate input inspect install instruct integrate interpret interview introduce investigate
    issue keep launch lead liaise locate log maintain manage map match mediate meet mentor merge
    migrate minimize minimise model modernize monitor motivate move negotiate obtain onboard operate
    optimize optimise orchestrate order organize organise orient outline oversee perform pilot plan
    post prepare present preserve prevent prioritize prioritise process procure produce program
    promote protect provide publish pull purge query raise reach reassign rebuild receive reconcile
    record recover recruit redact redesign reduce refine register release reorganize reorganise
    repair replace report represent request research resolve respond restore restructure retain
    retrieve return review revise route safeguard save scan schedule screen secure select send serve
    set share shorten sign simplify solve sort spearhead standardize standardise start steer
    streamline strengthen submit summarize summarise supervise supply support survey sustain
    teach test track train transcribe transfer transform translate transition triage troubleshoot
    tutor uncover update upgrade uphold upload use utilize utilise validate verify volunteer welcome
    win work write
    """.split()
)
"""Base forms of verbs that open resume bullets."""

IRREGULAR_PAST: dict[str, str] = {
    "began": "begin",
    "built": "build",
    "chose": "choose",
    "cut": "cut",
    "drew": "draw",
    "drove": "drive",
    "forecast": "forecast",
    "gave": "give",
    "grew": "grow",
    "held": "hold",
    "kept": "keep",
    "led": "lead",
    "made": "make",
    "met": "meet",
    "oversaw": "oversee",
    "put": "put",
    "ran": "run",
    "read": "read",
    "rebuilt": "rebuild",
    "sent": "send",
    "set": "set",
    "sought": "seek",
    "spoke": "speak",
    "taught": "teach",
    "took": "take",
    "undertook": "undertake",
    "won": "win",
    "wrote": "write",
}
"""Irregular past forms -> base form."""

_DOUBLE_FINAL = frozenset(
    {"scan", "plan", "log", "tag", "flag", "map", "ship", "stop", "prep", "drop"}
)
"""Verbs that double their last consonant before -ed / -ing (scanned, logged)."""

_IRREGULAR_PAST_OF: dict[str, str] = {v: k for k, v in IRREGULAR_PAST.items() if k != v}


def lemma(word: str, extra: frozenset[str] = frozenset()) -> str | None:
    """The base form of ``word`` if it is a known action verb in any form, else ``None``."""
    w = word.lower().strip(".,;:")
    known = ACTION_VERBS | extra if extra else ACTION_VERBS
    if w in known:
        return w
    if w in IRREGULAR_PAST:
        return IRREGULAR_PAST[w]
    for candidate in _stems(w):
        if candidate in known:
            return candidate
    return None


def _stems(w: str) -> list[str]:
    out: list[str] = []
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-2], w[:-1]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"]
        if len(w) > 5 and w[-4] == w[-5]:
            out.append(w[:-4])
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return out


def verb_form(word: str, extra: frozenset[str] = frozenset()) -> VerbForm | None:
    """Whether ``word`` is a known verb in the past, present (base or -s) or -ing form."""
    base = lemma(word, extra)
    if base is None:
        return None
    w = word.lower().strip(".,;:")
    if w in IRREGULAR_PAST or w.endswith("ed"):
        return "past"  # "set", "cut", "read": the same in both tenses, so never called present
    if w.endswith("ing") and w != base:
        return "gerund"
    return "present"


def past_tense(base: str) -> str:
    """The simple past of a base form: code -> coded, scan -> scanned, verify -> verified."""
    if base in _IRREGULAR_PAST_OF:
        return _IRREGULAR_PAST_OF[base]
    if base in IRREGULAR_PAST.values() and base in IRREGULAR_PAST:
        return base
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    if base in _DOUBLE_FINAL:
        return base + base[-1] + "ed"
    return base + "ed"


def match_case(word: str, like: str) -> str:
    """``word`` written with the capitalisation of ``like`` (Title, UPPER or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
