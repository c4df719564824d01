"""Lines of a resume (from text, PDF or Word) to the model, with how sure each field is.

The reader works the way a person skims: the lines before the first heading are the name and
contact details; each known heading opens a section; inside work and education, lines with dates,
employer or school words start an entry, and list items are its bullets. Everything is a guess
with a confidence, and the review dialog shows the guesses before anything lands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_builder.importing.dates import MONTH_WORDS, RANGE_RE, DateRange, find_range
from resume_builder.importing.headings import section_for
from resume_builder.importing.lines import SPLIT_RE, SourceLine
from resume_builder.importing.result import FoundField, ImportResult
from resume_builder.models import (
    Basics,
    Certificate,
    Education,
    Language,
    Location,
    Profile,
    Resume,
    Skill,
    Work,
)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().-]{7,}\d(?![\w])")
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b(?:linkedin\.com|github\.com)/\S+", re.IGNORECASE)
LOCATION_RE = re.compile(
    r"^(?P<city>[A-Z][\w .'-]+?),\s*(?P<region>[A-Z]{2}|[A-Z][a-z]+)(?:\s+\d{5})?$"
)
_CREDENTIAL_RE = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z]+)?$")
KNOWN_CREDENTIALS = frozenset(
    "RHIT RHIA CCS CCS-P CCA CPC COC CPC-A CRC CPB CPMA CDIP CHDA CHPS CHTS CTR CHC CMA RMA "
    "CPhT CEHRS CMAA CBCS CMRS RN LPN BLS MHA MBA MPH PMP".split()
)
"""Credentials a technician puts after the name, to tell them from a headline on their own line."""
_PAGE_RE = re.compile(r"^(?:page|página|pagina)\s+\d+(?:\s+(?:of|de)\s+\d+)?$", re.IGNORECASE)
_NUMBER_RE = re.compile(
    r"^(?:no\.?|n[ºo°]\.?|#|number|license(?: number| no\.?)?|licencia|credential id|id)\s*:?\s*"
    r"(?P<number>[A-Z0-9][\w-]*\d[\w-]*)$",
    re.IGNORECASE,
)

_TITLE_WORDS = (
    "technician", "technologist", "specialist", "coder", "coding", "clerk", "analyst", "manager",
    "assistant", "coordinator", "director", "supervisor", "registrar", "abstractor", "auditor",
    "representative", "officer", "intern", "lead", "administrator", "associate", "scheduler",
    "receptionist", "secretary", "processor", "reviewer", "consultant", "educator", "trainer",
    "scribe", "archivist", "librarian", "tech", "agent", "biller", "head", "chief", "nurse",
    "técnico", "técnica", "tecnico", "tecnica", "especialista", "codificador", "codificadora",
    "auxiliar", "asistente", "coordinador", "coordinadora", "administrativo", "administrativa",
    "recepcionista", "analista", "jefe", "jefa", "gerente", "encargado", "encargada",
)  # fmt: skip
_ORG_WORDS = (
    "hospital", "medical center", "clinic", "health", "healthcare", "inc", "llc", "ltd", "center",
    "centre", "group", "associates", "partners", "services", "system", "systems", "department",
    "company", "corp", "corporation", "physicians", "practice", "care", "pharmacy", "lab",
    "laboratory", "laboratories", "county", "state", "university", "institute", "foundation",
    "network", "solutions", "agency", "office", "memorial", "regional", "medicine", "surgery",
    "clínica", "clinica", "salud", "sanitario", "centro", "servicio", "servicios", "hospitalario",
)  # fmt: skip
_SCHOOL_WORDS = (
    "university", "college", "school", "institute", "academy", "universidad", "colegio",
    "instituto", "escuela", "academia", "polytechnic", "community college",
)  # fmt: skip
_DEGREE_RE = re.compile(
    r"\b(?:associate|bachelor|master|doctor|diploma|certificate|degree|a\.?a\.?s\.?|b\.?s\.?|"
    r"b\.?a\.?|m\.?s\.?|m\.?b\.?a|ph\.?d|ged|high school|técnico|tecnico|licenciatura|grado|"
    r"máster|master|título|titulo|bachillerato)\b",
    re.IGNORECASE,
)
_ISSUERS = (
    "AHIMA", "AAPC", "NHA", "AMBA", "AMT", "AAMA", "American Heart Association", "Red Cross",
    "American Red Cross", "HFMA", "HIMSS", "NCRA", "ACDIS", "AHDI", "NAHQ", "Epic",
)  # fmt: skip
_FLUENCY_WORDS = (
    "native", "fluent", "bilingual", "professional", "conversational", "basic", "intermediate",
    "advanced", "elementary", "limited", "working", "full", "proficiency", "proficient",
    "nativo", "nativa", "fluido", "fluida", "avanzado", "intermedio", "básico", "basico",
)  # fmt: skip


_WRAPPED_RE = re.compile(
    rf"(?:[,|–—-]|\b(?:to|a|hasta|{'|'.join(sorted(MONTH_WORDS, key=len, reverse=True))}))\s*$",
    re.IGNORECASE,
)
"""A head line that stops mid-way ("Riverbend Clinic, Austin," or "June 2019 to Fall")."""


@dataclass
class _Entry:
    """The lines of one job or school, before they are read."""

    head: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    dates: DateRange | None = None


class _Found:
    """Collects the fields filled, with their confidence."""

    def __init__(self) -> None:
        self.fields: list[FoundField] = []

    def add(self, path: str, value: object, confidence: float) -> None:
        if value not in (None, "", []):
            self.fields.append(FoundField(path, str(value), round(confidence, 2)))


def map_lines(lines: list[SourceLine], kind: str, source_text: str) -> ImportResult:
    """Read ``lines`` into a resume; ``kind`` names the source for the result."""
    lines = _drop_page_furniture(lines)
    header, sections = _split_sections(lines)
    unplaced = 0
    found = _Found()
    resume = Resume(basics=_read_header(header, found))
    notes: list[str] = []
    for section, body in sections:
        if section == "summary":
            text = _join_paragraph(body)
            resume.basics.summary = text
            found.add("basics.summary", text, 0.85)
        elif section == "work":
            resume.work.extend(_read_work(body, found, len(resume.work)))
        elif section == "education":
            resume.education.extend(_read_education(body, found, len(resume.education)))
        elif section == "certificates":
            resume.certificates.extend(_read_certificates(body, found, len(resume.certificates)))
        elif section == "skills":
            resume.skills.extend(_read_skills(body, found, len(resume.skills)))
        elif section == "languages":
            resume.languages.extend(_read_languages(body, found, len(resume.languages)))
        else:
            unplaced += len(body)
    if unplaced:
        notes.append(
            f"{unplaced} line{'s' if unplaced != 1 else ''} under other headings were not "
            "imported; copy them from the source text if you need them."
        )
    if not resume.basics.name and not resume.work and not resume.education:
        notes.append(
            "This does not look like a resume: no name, jobs or schools were found. Check the "
            "source text, or start a new resume instead."
        )
    return ImportResult(resume, kind, source_text, found.fields, notes)


def _drop_page_furniture(lines: list[SourceLine]) -> list[SourceLine]:
    """Page numbers and repeated running headers or footers (kept the first time)."""
    seen: dict[str, int] = {}
    for line in lines:
        seen[line.text] = seen.get(line.text, 0) + 1
    kept: list[SourceLine] = []
    shown: set[str] = set()
    head = {line.text for line in lines[:3]}
    for line in lines:
        text = re.sub(r"\s*(?:[|·•—–-]\s*)?(?:page|página)\s+\d+(?:\s+(?:of|de)\s+\d+)?$", "",
                      line.text, flags=re.IGNORECASE)  # fmt: skip
        if _PAGE_RE.match(line.text) or not text:
            continue
        if text != line.text and kept and text in {k.text for k in kept[:3]}:
            continue  # "Maria Lopez, RHIT   Page 2 of 2": the running header of page 2
        if seen[line.text] > 1 and line.text in shown and line.text in head:
            continue  # a running header repeating the name or contact line
        shown.add(line.text)
        line.text = text
        kept.append(line)
    return kept


def _split_sections(
    lines: list[SourceLine],
) -> tuple[list[SourceLine], list[tuple[str, list[SourceLine]]]]:
    """The lines before the first heading (and under a "Contact" heading), then each section."""
    header: list[SourceLine] = []
    sections: list[tuple[str, list[SourceLine]]] = []
    contact = False
    for line in lines:
        section = None if line.bullet else section_for(line.text)
        if section == "contact":
            contact = True
        elif section is not None:
            sections.append((section, []))
            contact = False
        elif line.heading and sections and len(line.text.split()) <= 5:
            sections.append(("other", []))  # a heading we do not know: keep its lines apart
            contact = False
        elif contact or not sections:
            header.append(line)
        else:
            sections[-1][1].append(line)
    return header, sections


def _parts(text: str) -> list[str]:
    return [p.strip(" ,;") for p in SPLIT_RE.split(text) if p.strip(" ,;")]


def _max_length(field_name: str) -> int:
    """The longest value the model accepts in ``Basics.<field_name>``."""
    limits = [getattr(m, "max_length", None) for m in Basics.model_fields[field_name].metadata]
    return min(limit for limit in limits if limit is not None)


_LONGEST_HEADER_PART = max(_max_length("name"), _max_length("label"))
"""A header part longer than any name or headline the model takes is neither (a crammed page)."""


def _read_header(lines: list[SourceLine], found: _Found) -> Basics:
    basics = Basics()
    rest: list[str] = []
    for line in lines:
        for part in _parts(line.text):
            if _contact(part, basics, found):
                continue
            if len(part) <= _LONGEST_HEADER_PART:
                rest.append(part)
    if len(rest) > 1 and len(rest[0].split()) == 1 and _looks_like_name(f"{rest[0]} {rest[1]}"):
        rest[:2] = [f"{rest[0]} {rest[1]}"]  # a long name wrapped in a narrow column
    name_index = next((i for i, part in enumerate(rest) if _looks_like_name(part)), None)
    if name_index is not None and len(rest[name_index]) > _max_length("name"):
        name_index = None
    if name_index is not None:
        name, credentials = _split_credentials(rest.pop(name_index))
        sure = 0.9 if name_index == 0 else 0.6
        if name.isupper():
            name, sure = name.title(), sure - 0.1
        basics.name, basics.credentials = name, credentials
        found.add("basics.name", name, sure)
        for index, credential in enumerate(credentials):
            found.add(f"basics.credentials[{index}]", credential, 0.85)
    if basics.name and rest and all(w in KNOWN_CREDENTIALS for w in re.split(r"[,\s]+", rest[0])):
        for credential in re.split(r"[,\s]+", rest.pop(0)):
            basics.credentials.append(credential)
            found.add(f"basics.credentials[{len(basics.credentials) - 1}]", credential, 0.75)
    if rest and len(rest[0]) <= _max_length("label"):
        basics.label = rest[0]
        found.add("basics.label", rest[0], 0.6)
    return basics


def _contact(part: str, basics: Basics, found: _Found) -> bool:
    """Take an email, phone, web address or City, ST from ``part``; False if it is none."""
    if (match := EMAIL_RE.search(part)) and not basics.email:
        basics.email = match.group(0)
        found.add("basics.email", basics.email, 0.98)
        return True
    if URL_RE.search(part):
        url = URL_RE.search(part).group(0)  # type: ignore[union-attr]
        if "linkedin" in url.lower():
            basics.profiles.append(Profile(network="LinkedIn", url=url))
            found.add(f"basics.profiles[{len(basics.profiles) - 1}].url", url, 0.95)
        elif not basics.url:
            basics.url = url
            found.add("basics.url", url, 0.9)
        return True
    if (match := PHONE_RE.search(part)) and not basics.phone:
        digits = re.sub(r"\D", "", match.group(0))
        if 9 <= len(digits) <= 15 and not RANGE_RE.fullmatch(match.group(0).strip()):
            basics.phone = match.group(0).strip()
            found.add("basics.phone", basics.phone, 0.95)
            return True
    if (match := LOCATION_RE.match(part)) and basics.location is None:
        basics.location = Location(city=match["city"], region=match["region"])
        found.add("basics.location.city", match["city"], 0.75)
        found.add("basics.location.region", match["region"], 0.75)
        return True
    return False


def _looks_like_name(text: str) -> bool:
    name = text.split(",")[0].strip()
    words = name.split()
    return (
        1 < len(words) <= 6
        and not any(c.isdigit() for c in name)
        and all(
            w[0].isupper() or w.lower() in ("de", "del", "la", "van", "von", "y") for w in words
        )
        and not any(w.lower().strip(".,") in _TITLE_WORDS for w in words)
    )


def _split_credentials(text: str) -> tuple[str, list[str]]:
    """Split off letters after a name: "Maria Lopez, RHIT" -> ("Maria Lopez", ["RHIT"])."""
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    name, creds = parts[0], [p for p in parts[1:] if _CREDENTIAL_RE.match(p)]
    if len(creds) != len(parts) - 1:
        return text.strip(), []
    words = name.split()
    if not name.isupper():
        while len(words) > 2 and _CREDENTIAL_RE.match(words[-1]) and words[-1].isupper():
            creds.insert(0, words.pop())
    return " ".join(words), creds


def _join_paragraph(lines: list[SourceLine]) -> str:
    return " ".join(line.text for line in lines).strip()


def _entries(lines: list[SourceLine], school: bool) -> list[_Entry]:
    """Group a section's lines into entries: a new one after bullets, or at a second date."""
    entries: list[_Entry] = []
    previous_bullet, last_bullet = False, SourceLine("")
    for line in lines:
        if line.bullet:
            if not entries:
                entries.append(_Entry())
            entries[-1].bullets.append(line.text)
            previous_bullet, last_bullet = True, line
            continue
        dates = find_range(line.text)
        if previous_bullet and entries and _continues(line, last_bullet, dates):
            entries[-1].bullets[-1] += " " + line.text
            continue
        current = entries[-1] if entries else None
        if current is not None and current.head and not previous_bullet:
            if _WRAPPED_RE.search(current.head[-1]):
                current.head[-1] += " " + line.text
                current.dates = find_range(current.head[-1]) or current.dates
                continue
        starts = (
            current is None
            or previous_bullet
            or (dates is not None and current.dates is not None)
            or (school and _has(line.text, _SCHOOL_WORDS) and _has_school(current))
            or (school and _DEGREE_RE.search(line.text) and _has_degree(current))
        )
        if starts:
            current = _Entry()
            entries.append(current)
        assert current is not None
        current.head.append(line.text)
        if dates is not None and current.dates is None:
            current.dates = dates
        previous_bullet = False
    return entries


def _continues(line: SourceLine, bullet: SourceLine, dates: DateRange | None) -> bool:
    """Whether ``line`` is the wrapped end of ``bullet`` rather than the next entry's head."""
    if line.text[:1].islower():
        return True
    if dates is not None or "\t" in line.text or (line.bold and not bullet.bold):
        return False
    return line.indent > bullet.indent + 0.5


def _has(text: str, words: tuple[str, ...]) -> bool:
    low = f" {text.lower()} "
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def _has_school(entry: _Entry) -> bool:
    return any(_has(h, _SCHOOL_WORDS) for h in entry.head)


def _has_degree(entry: _Entry) -> bool:
    return any(_DEGREE_RE.search(h) for h in entry.head)


def _strip_dates(text: str, dates: DateRange | None) -> str:
    if dates is not None:
        text = text.replace(dates.text, " \t ")
    return text


def _pieces(entry: _Entry) -> list[str]:
    """The head lines split into parts, dates and date words taken out."""
    pieces: list[str] = []
    for line in entry.head:
        for part in _parts(_strip_dates(line, entry.dates)):
            part = re.sub(r"^(?:dates?|fechas?)\s*:?\s*$", "", part, flags=re.IGNORECASE)
            part = _unwrap(re.sub(r"[\s,(]+$", "", part))
            if part and not re.fullmatch(r"(?:from|since|desde|to|-|–|—)", part, re.IGNORECASE):
                pieces.append(part)
    return pieces


def _split_location(text: str) -> tuple[str, str | None]:
    """Split off a trailing place: "Riverbend Clinic, Springfield, IL" -> both parts."""
    match = re.match(r"^(?P<org>.+?),\s*(?P<loc>[A-Z][\w .'-]+,\s*[A-Z]{2})$", text)
    if match:
        return match["org"].strip(), match["loc"]
    if LOCATION_RE.match(text) or text.lower() in ("remote", "hybrid", "remoto"):
        return "", text
    return text, None


def _set_dates(item: Work | Education, dates: DateRange | None, path: str, found: _Found) -> None:
    if dates is None:
        return
    sure = 0.6 if dates.season else 0.9
    if isinstance(item, Education) and dates.single:
        item.end_date = dates.single
        found.add(f"{path}.endDate", dates.single, sure - 0.1)
        return
    item.start_date = dates.start
    found.add(f"{path}.startDate", dates.start, sure)
    if dates.present:
        found.add(f"{path}.endDate", "Present", sure)
    elif dates.end:
        item.end_date = dates.end
        found.add(f"{path}.endDate", dates.end, sure)


def _read_work(lines: list[SourceLine], found: _Found, offset: int) -> list[Work]:
    jobs: list[Work] = []
    for index, entry in enumerate(_entries(lines, school=False), start=offset):
        path = f"work[{index}]"
        pieces, location, summary = [], None, []
        for piece in _pieces(entry):
            org, loc = _split_location(piece)
            if loc and not location:
                location = loc
            if org and (len(org) > 70 or org.endswith(".")):
                summary.append(org)
            elif org:
                pieces.extend(_split_at(org))
        title, employer, sure = _title_and_employer(pieces)
        job = Work(position=title, name=employer, location=location, highlights=entry.bullets)
        if summary:
            job.summary = " ".join(summary)
            found.add(f"{path}.summary", job.summary, 0.6)
        found.add(f"{path}.position", title, sure)
        found.add(f"{path}.name", employer, sure)
        found.add(f"{path}.location", location, 0.7)
        _set_dates(job, entry.dates, path, found)
        for number, bullet in enumerate(entry.bullets):
            found.add(f"{path}.highlights[{number}]", bullet, 0.85)
        jobs.append(job)
    return jobs


def _split_at(text: str) -> list[str]:
    """Split "Coder at Riverbend Clinic" or "Coder, Riverbend Clinic" in two."""
    for pattern in (r"\s+at\s+", r"\s+@\s+", r"\s+en\s+", r",\s+"):
        parts = re.split(pattern, text, maxsplit=1)
        if len(parts) == 2 and _has(parts[0], _TITLE_WORDS) and not _has(parts[0], _ORG_WORDS):
            if _has(parts[1], _ORG_WORDS) or pattern != r",\s+":
                return parts
    return [text]


def _title_and_employer(pieces: list[str]) -> tuple[str | None, str | None, float]:
    """Tell the job title from the employer by their words; fall back on order."""
    if not pieces:
        return None, None, 0.0
    if len(pieces) == 1:
        only = pieces[0]
        return (only, None, 0.5) if _has(only, _TITLE_WORDS) else (None, only, 0.4)
    first, second = pieces[0], pieces[1]
    title_first = _score(first) - _score(second)
    if title_first > 0:
        return first, second, 0.85
    if title_first < 0:
        return second, first, 0.85
    return first, second, 0.55


def _score(text: str) -> int:
    """Positive for a job title, negative for an organisation."""
    return int(_has(text, _TITLE_WORDS)) - int(_has(text, _ORG_WORDS)) * 2


def _read_education(lines: list[SourceLine], found: _Found, offset: int) -> list[Education]:
    schools: list[Education] = []
    for index, entry in enumerate(_entries(lines, school=True), start=offset):
        path = f"education[{index}]"
        school = Education()
        courses: list[str] = list(entry.bullets)
        for org in (part for piece in _pieces(entry) for part in _school_parts(piece)):
            low = org.lower()
            if low.startswith(("gpa", "nota media", "promedio")):
                school.score = re.sub(r"^[^:]*:\s*", "", org)
                found.add(f"{path}.score", school.score, 0.8)
            elif re.match(r"^(?:relevant )?(?:coursework|courses|asignaturas|cursos)\b", low):
                courses += [
                    c.strip() for c in re.split(r"[;,]", org.split(":", 1)[-1]) if c.strip()
                ]
            elif _has(org, _SCHOOL_WORDS) and not school.institution:
                school.institution = org
                found.add(f"{path}.institution", org, 0.9)
            elif _DEGREE_RE.search(org) and not school.study_type:
                study, area = _degree_parts(org)
                school.study_type, school.area = study, area
                found.add(f"{path}.studyType", study, 0.75)
                found.add(f"{path}.area", area, 0.7)
            elif not school.institution:
                school.institution = org
                found.add(f"{path}.institution", org, 0.5)
        school.courses = courses
        _set_dates(school, entry.dates, path, found)
        schools.append(school)
    return schools


def _school_parts(piece: str) -> list[str]:
    """A piece without its place, split in two when it names both a school and a degree."""
    org, _place = _split_location(piece)
    parts = [p for p in re.split(r",\s+", org) if p]
    school = [i for i, p in enumerate(parts) if _has(p, _SCHOOL_WORDS)]
    if len(parts) > 1 and len(school) == 1 and any(_DEGREE_RE.search(p) for p in parts):
        i = school[0]
        return [parts[i], ", ".join(parts[:i] + parts[i + 1 :])]
    return [org] if org else []


def _degree_parts(text: str) -> tuple[str, str | None]:
    """Split a degree from its field: "Associate of Science, Health Information"."""
    for pattern in (r",\s+", r"\s+in\s+", r"\s+en\s+", r":\s+"):
        parts = re.split(pattern, text, maxsplit=1)
        if len(parts) == 2:
            return parts[0].strip(), parts[1].strip()
    return text, None


def _read_certificates(lines: list[SourceLine], found: _Found, offset: int) -> list[Certificate]:
    certs: list[Certificate] = []
    for line in lines:
        number = _NUMBER_RE.match(line.text.strip())
        if number and certs:
            certs[-1].number = number["number"]
            found.add(f"certificates[{offset + len(certs) - 1}].number", number["number"], 0.8)
            continue
        path = f"certificates[{offset + len(certs)}]"
        cert = Certificate()
        text = line.text
        expiry = re.search(r"(?:expires?|expiring|exp\.?|valid until|vence|caduca)\s*:?\s*(.+)$",
                           text, re.IGNORECASE)  # fmt: skip
        if expiry:
            when = find_range(expiry.group(1))
            if when and when.start:
                cert.expiry_date = when.start
                found.add(f"{path}.expiryDate", when.start, 0.8)
            text = text[: expiry.start()]
        number = re.search(r"(?:no\.|#|number|license)\s*:?\s*([A-Z0-9][\w-]*\d[\w-]*)", text,
                           re.IGNORECASE)  # fmt: skip
        if number:
            cert.number = number.group(1)
            found.add(f"{path}.number", cert.number, 0.8)
            text = text[: number.start()] + text[number.end() :]
        dates = find_range(text)
        if dates and dates.start:
            cert.date = dates.start
            found.add(f"{path}.date", dates.start, 0.8)
            text = text.replace(dates.text, " \t ")
        pieces = [p for p in _parts(text) for p in _split_issuer(p)]
        pieces = [_unwrap(p) for p in pieces if _unwrap(p)]
        if not pieces:
            continue
        issuer = next((p for p in pieces[1:] if _is_issuer(p)), None)
        cert.name = pieces[0]
        cert.issuer = issuer
        found.add(f"{path}.name", cert.name, 0.8 if len(pieces) <= 2 else 0.65)
        found.add(f"{path}.issuer", issuer, 0.75)
        certs.append(cert)
    return certs


def _unwrap(text: str) -> str:
    """Trim separators, and brackets only when they are not matched inside."""
    text = text.strip(" ,;").removesuffix("(").removeprefix(")").strip(" ,;")
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1]
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:]
    return text.strip()


def _split_issuer(text: str) -> list[str]:
    """Split "RHIT, AHIMA" or "RHIT (AHIMA)" in two when the last part is an issuer."""
    parts = [p.strip() for p in re.split(r",\s+", text)]
    if len(parts) > 1 and _is_issuer(parts[-1]):
        return [", ".join(parts[:-1]), parts[-1]]
    bracketed = re.match(r"^(?P<name>.+\S)\s*\((?P<issuer>[^()]+)\)$", text)
    if bracketed and _is_issuer(bracketed["issuer"]):
        return [bracketed["name"], bracketed["issuer"]]
    return [text]


def _is_issuer(text: str) -> bool:
    clean = text.strip(" ()").lower()
    return any(clean == i.lower() or clean.startswith(i.lower() + " ") for i in _ISSUERS) or (
        _has(text, _ORG_WORDS) and not _has(text, ("certified", "registered", "certificado"))
    )


def split_list(text: str) -> list[str]:
    """Split "a, b; c • d" on separators outside parentheses."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char in "([" and 1 or 0
        depth -= char in ")]" and 1 or 0
        if depth <= 0 and char in ",;•|·":
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [i.strip(" .") for i in items if i.strip(" .")]


def _read_skills(lines: list[SourceLine], found: _Found, offset: int) -> list[Skill]:
    skills: list[Skill] = []
    for line in _unwrap_lines(lines):
        category, text = None, line.text
        match = re.match(r"^(?P<cat>[^:,;]{2,40}):\s*(?P<rest>.+)$", text)
        if match:
            category, text = match["cat"].strip(), match["rest"]
        for part in (p for chunk in _parts(text) for p in split_list(chunk)):
            path = f"skills[{offset + len(skills)}]"
            skills.append(Skill(name=part, category=category))
            found.add(f"{path}.name", part, 0.85 if len(part) < 60 else 0.5)
            found.add(f"{path}.category", category, 0.7)
    return skills


def _unwrap_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """Join a long list line with the next when the next has no label of its own (a wrap)."""
    joined: list[SourceLine] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not line.bullet
            and ":" not in line.text
            and len(previous.text) > 60
            and not previous.text.endswith((",", ";"))
        ):
            previous.text += " " + line.text
        else:
            joined.append(SourceLine(line.text, bullet=line.bullet, indent=line.indent))
    return joined


def _read_languages(lines: list[SourceLine], found: _Found, offset: int) -> list[Language]:
    languages: list[Language] = []
    for line in _unwrap_lines(lines):
        for part in split_list(re.sub(r"\t+|\s{3,}", ", ", line.text)):
            match = re.match(r"^(?P<lang>[^:(–—-]+?)\s*(?:[:(–—-]\s*(?P<level>[^)]+)\)?)?$", part)
            if not match:
                continue
            lang, level = match["lang"].strip(), match["level"]
            if lang.lower() in _FLUENCY_WORDS and languages and not languages[-1].fluency:
                languages[-1].fluency = part
                continue
            path = f"languages[{offset + len(languages)}]"
            languages.append(Language(language=lang, fluency=level.strip() if level else None))
            found.add(f"{path}.language", lang, 0.85)
            found.add(f"{path}.fluency", level, 0.7)
    return languages
