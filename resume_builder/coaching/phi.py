"""Spot text that looks like protected health information (PHI) before a resume leaves the desk.

People in health information handle PHI all day, and an example from work can slip into a bullet
("Corrected MRN 10442871 for patient John Smith"). This check flags what looks like a patient
identifier or a diagnosis tied to a person, explains why, and leaves the decision to the user:
each finding has a stable id (rule + the flagged words) for an ignore list.

Precision choices, so that look-alikes stay quiet:

- Identifiers (MRN, account, claim, policy numbers; dates of birth) fire only with their label
  *and* a value: "verified MRNs" or "checked patient DOB" are duties, not PHI.
- A Social Security number needs the 3-2-4 shape and a valid area, group and serial (area not
  000, 666 or 900-999); a bare nine-digit run fires only after "SSN" / "Social Security".
  Phone numbers (3-3-4), ZIP codes, years, percentages and "1,200" never have that shape.
- Numbers next to credential words ("RHIT #", "credential ID", "certification", "license",
  "member ID") are left alone, and ``certificates[].number`` is never read.
- Names need a patient word right before them ("patient John Smith"), or an honorific and a
  clinical word just after ("Mr. Jones's diabetes"; "Mrs. Carter's coding team" is a
  colleague); capitalised department words ("Patient Access", "Patient Financial
  Services") are not names.
- A diagnosis counts only when tied to one person ("a patient with HIV", "Jane D. diagnosed
  with...", "John Smith, a patient with stage III colon cancer", "Kevin Park, who has
  bipolar disorder"); "patients with diabetes" describes a caseload and is fine.
- Two capitalised names owning health records ("Robert Brown's psychiatric records") are a
  patient; not when they are an employer or vendor ("Baptist Health's records department"),
  a team ("Mary Johnson's records team"), a physician ("Dr. Karen Lee's clinic charts") or
  the resume owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from resume_builder.coaching.findings import Finding, finding_id
from resume_builder.coaching.texts import resume_texts
from resume_builder.messages import Messages
from resume_builder.models import Resume

_TAIL_EN = (
    " Resumes must not contain patient information, even as an example (HIPAA): describe the "
    "work, not the patient, and remove it. If it is not patient information, choose Ignore."
)
_TAIL_ES = (
    " Un currículum no debe contener información de pacientes, ni siquiera como ejemplo "
    "(HIPAA): describa el trabajo, no al paciente, y quítela. Si no es información de un "
    "paciente, elija Ignorar."
)

MESSAGES = Messages(
    {
        "phi-mrn": {
            "en": "This looks like a medical record number." + _TAIL_EN,
            "es": "Esto parece un número de expediente médico." + _TAIL_ES,
        },
        "phi-ssn": {
            "en": "This looks like a Social Security number. Never put one on a resume, not a "
            "patient's and not your own: remove it. If it is not a Social Security number, "
            "choose Ignore.",
            "es": "Esto parece un número de Seguro Social. Nunca ponga uno en un currículum, ni "
            "el de un paciente ni el suyo: quítelo. Si no es un número de Seguro Social, elija "
            "Ignorar.",
        },
        "phi-dob": {
            "en": "This looks like a date of birth." + _TAIL_EN,
            "es": "Esto parece una fecha de nacimiento." + _TAIL_ES,
        },
        "phi-account": {
            "en": "This looks like an account, claim or policy number." + _TAIL_EN,
            "es": "Esto parece un número de cuenta, de reclamación o de póliza." + _TAIL_ES,
        },
        "phi-name": {
            "en": "This looks like a patient's name." + _TAIL_EN,
            "es": "Esto parece el nombre de un paciente." + _TAIL_ES,
        },
        "phi-record": {
            "en": "This names a person next to their health records." + _TAIL_EN,
            "es": "Esto nombra a una persona junto a sus registros médicos." + _TAIL_ES,
        },
        "phi-diagnosis": {
            "en": "This ties a diagnosis to one person, which can identify a patient. Describe "
            'the kind of work instead (e.g. "Coded oncology records").' + _TAIL_EN,
            "es": "Esto vincula un diagnóstico a una persona, lo que puede identificar a un "
            "paciente. Describa mejor el tipo de trabajo (p. ej. «Coded oncology records»)."
            + _TAIL_ES,
        },
    }
)

_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_INITIAL = r"[A-Z]\."
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b)"
)
_DIAGNOSES = (
    r"(?:HIV(?:/AIDS)?|AIDS|(?:[a-z]+\s+)?cancer|diabetes|hepatitis(?:\s+[ABC])?|tuberculosis|TB|"
    r"COVID(?:-19)?|dementia|Alzheimer(?:'s|’s)?(?:\s+disease)?|schizophrenia|bipolar(?:\s+disorder)?|"
    r"(?:major\s+)?depression|PTSD|autism|epilepsy|COPD|CHF|heart\s+failure|stroke|leukemia|"
    r"lymphoma|melanoma|(?:a\s+)?tumou?r|pregnancy|substance\s+use\s+disorder|opioid\s+use\s+"
    r"disorder|(?:drug|alcohol|opioid)\s+(?:addiction|abuse|dependence)|addiction|alcoholism|"
    r"(?:an?\s+)?overdose|(?:an?\s+)?(?:STD|STI)|syphilis|gonorrh(?:o)?ea|chlamydia|herpes|"
    r"mental\s+illness|(?:an?\s+)?eating\s+disorder|anorexia|sickle\s+cell(?:\s+disease)?|"
    r"cystic\s+fibrosis|multiple\s+sclerosis|Parkinson(?:'s|’s)?(?:\s+disease)?|"
    r"(?:kidney|renal|liver)\s+failure|ESRD|cirrhosis|sepsis|pneumonia|(?:a\s+)?miscarriage|"
    r"(?:an?\s+)?abortion|infertility|psychosis|suicidal\s+ideation|(?:a\s+)?suicide\s+attempt)"
)
_STAGE = r"(?:stage\s+(?:[0IV]{1,3}|[0-4])[A-Ca-c]?\s+)?"
_RECORD_WORDS = (
    r"(?:records?|charts?|files?|results?|history|histories|summary|list|notes|admission|"
    r"treatment|biopsy|screening|diagnosis|labs?|scans?|prescriptions?|medications?)"
)
_PERSON = (
    r"(?:patient|pt\.?|client|resident|man|woman|boy|girl|child|person|gentleman|lady|infant|"
    r"teen(?:ager)?|veteran|inmate|employee)"
)

_CREDENTIAL_CONTEXT = re.compile(
    r"(?:credential|certification|certificate|cert\.?|license|licence|registration|member|"
    r"NPI|ID|RHIT|RHIA|CCS|CCS-P|CCA|CPC|COC|CRC|CPB|CDIP|CHDA|CHPS|CTR|CEHRS|CMAA|AHIMA|AAPC|"
    r"NHA|phone|tel\.?|fax|cell|ZIP)\s*(?:#|no\.?|number|num\.?|ID)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    """
    Access Accounts Accounting Admissions Advocate Advocacy Affairs Billing Business Care Center
    Centre Centered Chart Charts Check Communication Communications Complaints Coordinator Data
    Demographics Department Documents Education Engagement Experience Family Files Financial
    Flow Forms Health Identification Identity Index Information Intake Liaison Logistics
    Management Matching Medical Navigator Navigation Office Portal Privacy Program Records Record
    Registration Relations Representative Request Requests Rights Safety Satisfaction Scheduling
    Service Services Specialist Statements Support Survey Technician Transport Transportation
    Unit Volume Volumes Care Assistant Master Index Charge Charges Encounter Encounters Portal
    Outcomes Quality Room Rooms Accounts Tracking Transfer Transfers Intake Flowsheet
    Hospital Hospitals Clinic Clinics General Regional Memorial University College Institute
    Foundation Society Association County State Baptist Methodist Mercy Saint Children Cancer
    Systems Epic Oracle Cerner Meditech Partners Group Network Law Firm Cross Shield
    """.split()
)
_PHYSICIAN_BEFORE = re.compile(r"\b(?:Dr|Doctor|Prof)\.?\s+$", re.IGNORECASE)
_CLINICAL_NEARBY = re.compile(
    r"\b(?:diagnos\w*|disease|condition|illness|admitted|discharged|surgery|treatment|therapy|"
    r"medications?|prescriptions?|biopsy|test\s+results?|symptoms?)\b|" + _DIAGNOSES,
    re.IGNORECASE,
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "phi-mrn",
        re.compile(
            r"\b(?:MRN|MR\s?#|MR\s?(?:No\.?|no\.?|Num(?:ber)?|num(?:ber)?)|"
            r"(?i:medical\s+record\s+(?:number|no\.?|#)))"
            r"\s*(?:is\s+|of\s+|:|#|-)?\s*(?P<value>[A-Z]{0,3}\d[\d\-]{3,}\d)\b"
        ),
    ),
    (
        "phi-ssn",
        re.compile(
            r"(?i:\bSSN\b|\bsocial\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#\-]?\s*"
            r"(?P<value>\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)"
            r"|(?<![\w\-#/.])(?P<bare>\d{3}(?P<sep>[- ])\d{2}(?P=sep)\d{4})(?![\w\-/]|\.\d)"
        ),
    ),
    (
        "phi-dob",
        re.compile(
            r"(?:\bDOB\b|\bD\.O\.B\.?|(?i:\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bborn(?:\s+on)?\b))"
            r"\s*(?:was\s+|is\s+|:|-)?\s*(?P<value>" + _DATE + ")"
        ),
    ),
    (
        "phi-account",
        re.compile(
            r"(?i:\b(?:account|acct\.?|claim|encounter|visit|invoice|policy|subscriber|"
            r"guarantor|FIN|CSN|HAR)\s*(?:#|no\.|no\b|number|num\.?|id\b)\s*(?:is\s+)?[:#]?)"
            r"\s*(?P<value>[A-Z]{0,3}\d[\d\-]{3,}\d)\b"
        ),
    ),
    (
        "phi-name",
        re.compile(
            r"\b(?P<kw>(?i:patient|pt\.|client|resident))(?:'s|’s)?\s+(?i:named\s+|name\s*:?\s*)?"
            r"(?P<value>" + _NAME + r"(?:\s+(?:" + _INITIAL + r"|" + _NAME + r"))?)"
            r"|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<hon>" + _NAME + r"(?:\s+" + _NAME + r")?)"
        ),
    ),
    (
        "phi-diagnosis",
        re.compile(
            r"\b(?i:" + _PERSON + r")\s+(?i:who\s+(?:has|had|was\s+diagnosed\s+with)|with|"
            r"diagnosed\s+with|suffering\s+from|positive\s+for|admitted\s+(?:for|with)|"
            r"treated\s+for)\s+(?i:" + _STAGE + r")(?P<value>" + _DIAGNOSES + r")\b"
            r"|(?P<person>" + _NAME + r"\s+(?:" + _INITIAL + r"|" + _NAME + r"))\s*,?\s+"
            r"(?:(?:was|is|had\s+been)\s+)?(?:diagnosed\s+with|tested\s+positive\s+for|"
            r"admitted\s+(?:for|with)|treated\s+for|suffers\s+from|"
            r"who\s+(?:has|had)\s+(?:an?\s+)?" + _DIAGNOSES + r"|"
            r"(?i:an?\s+(?:\d{1,3}-year-old\s+)?"
            + _PERSON
            + r"\s+(?:with|who))\s+(?i:"
            + _STAGE
            + r")"
            + _DIAGNOSES
            + r")\b"
        ),
    ),
    (
        "phi-record",
        re.compile(
            r"(?P<owner>" + _NAME + r"\s+" + _NAME + r")(?:['’]s|(?<=s)['’])\s+"
            r"(?P<value>(?:[A-Za-z/-]+\s+){0,4}?" + _RECORD_WORDS + r")\b"
            r"(?!\s+(?:team|department|office|unit|staff|committee|project|program|policy|"
            r"system|module|software|tracking|audit|workflow|room|vendor|process)\b)"
        ),
    ),
)


@dataclass(frozen=True)
class PhiMatch:
    """One stretch of text that looks like patient information."""

    rule: str
    start: int
    end: int
    excerpt: str


def _valid_ssn(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _is_name(value: str) -> bool:
    words = [w for w in re.split(r"\s+", value) if w]
    return bool(words) and not any(w.rstrip(".") in _NOT_NAMES for w in words)


def _credential_before(text: str, start: int) -> bool:
    return bool(_CREDENTIAL_CONTEXT.search(text[max(0, start - 40) : start]))


def phi_matches(text: str, *, own_name: str | None = None) -> list[PhiMatch]:
    """Every stretch of ``text`` that looks like PHI, in order of position.

    ``own_name`` is the resume owner's name, which is never a patient's.
    """
    found: list[PhiMatch] = []
    own = " ".join((own_name or "").lower().split())
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            hit = _judge(rule, m, text, own)
            if hit is not None:
                found.append(hit)
    found.sort(key=lambda h: (h.start, -h.end))
    kept: list[PhiMatch] = []
    for hit in found:  # one finding per stretch of text: the first, longest wins
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _judge(rule: str, m: re.Match[str], text: str, own: str) -> PhiMatch | None:  # noqa: C901
    """Apply the look-alike checks a regular expression cannot express."""
    start, end = m.start(), m.end()
    person = m.groupdict().get("person") or m.groupdict().get("owner")
    if person and own and own in " ".join(person.lower().split()):
        return None  # the user's own name
    if rule == "phi-ssn":
        value = m.group("value") or m.group("bare")
        if not _valid_ssn(value):
            return None
        if m.group("bare") and _credential_before(text, start):
            return None
    elif rule in ("phi-mrn", "phi-account"):
        pass
    elif rule == "phi-name":
        if m.group("hon"):
            name = m.group("hon")
            if not _is_name(name) or not _CLINICAL_NEARBY.search(text[end : end + 60]):
                return None  # "Mrs. Carter's coding team" is a colleague
        else:
            name = m.group("value")
            if not _is_name(name):
                return None
            single = " " not in name.strip()
            if single and not m.group("kw").islower():
                return None  # "Patient Safety"-style headings: only "patient Jones" counts
            start = m.start()
    elif person:  # "Jane Doe, diagnosed with ...", "Robert Brown's psychiatric records"
        from resume_builder.coaching.verbs import lemma  # local: avoids a cycle at import

        if not _is_name(person) or lemma(person.split()[0]) is not None:
            return None
        if _PHYSICIAN_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            return None  # "Dr. Karen Lee's clinic notes": a colleague
    return PhiMatch(rule, start, end, text[start:end])


def find_phi(resume: Resume, *, lang: str = "en") -> list[Finding]:
    """Findings for every piece of resume text that looks like patient information.

    ``lang`` is the language of the messages (the reader's), not the resume's.
    """
    texts = ((t.path, t.text) for t in resume_texts(resume))
    return list(_findings(texts, resume.basics.name, lang))


def phi_in_text(
    text: str, path: str = "", *, own_name: str | None = None, lang: str = "en"
) -> list[Finding]:
    """Findings for one field as the user types (same rules as :func:`find_phi`)."""
    return list(_findings([(path, text)], own_name, lang))


def _findings(
    fields: Iterable[tuple[str, str]], own_name: str | None, lang: str
) -> Iterable[Finding]:
    for path, text in fields:
        for hit in phi_matches(text, own_name=own_name):
            yield Finding(
                id=finding_id(hit.rule, hit.excerpt),
                rule=hit.rule,
                kind="privacy",
                severity="error",
                path=path,
                message=MESSAGES.text(hit.rule, lang),
                excerpt=hit.excerpt,
                start=hit.start,
                end=hit.end,
            )
