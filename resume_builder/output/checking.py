"""What an applicant tracking system will read: each field a parser extracts, and what goes wrong.

The PDF is read twice, the ways real parsers read it: as pdf.js text items grouped into lines,
sections and entries (:mod:`resume_builder.output.ats_reading`, the approach of browser-based parsers)
and as plain text (PDFium's own extraction, as text-based parsers read it). Each field of the resume (name,
email, phone, location, web addresses, each job's title, employer, dates and bullets, each school,
each skill, the other sections' entries) is then looked up where a parser would look for it, as a
whole phrase: "IL·https://" or "StatisticsCERTIFICATIONS" does not count as "IL" or a heading.
A field passes only when both readings find it. Layout defects a parser trips on (spaced-out
letters, separators glued to words, a wrapped name, a keyword broken over two lines, entries that
split or merge, a heading run into the previous page) are reported as findings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from resume_builder.messages import Messages
from resume_builder.models import Resume, SectionId
from resume_builder.output.ats_reading import BULLETS, Line, Reading, read_pdf, split_entries
from resume_builder.output.outline import Outline, Section, build_outline

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_LINE_END_BREAK_RE = re.compile(r"(?<=\w[-/])[ \t]*\n\s*(?=\w)")
_BEFORE = r"(?:^|(?<=[\s(\[\"'“]))"
_AFTER = r"(?=$|[\s,;:.)\]\"'”])"
_SPACED_RE = re.compile(r"(?:\b[A-Za-z] ){3,}[A-Za-z]\b")
_GLUED_RE = re.compile(rf"\w[·|{BULLETS}]|[·|]\w")
_EMAIL_RE = re.compile(r"\S+@\S+\.\S+")
_WORD_BREAK_END_RE = re.compile(r"\w[-/\u2013]$")
_ENTRY_SECTIONS: set[SectionId] = {"work", "volunteer", "education", "projects"}


@dataclass(frozen=True)
class AtsFinding:
    """One problem a parser would have, with what to do about it."""

    rule: str
    message: str
    fix: str


@dataclass(frozen=True)
class FieldReading:
    """One field: what the resume says, what a parser read there, and whether they agree."""

    field: str
    expected: str
    read: str
    ok: bool


@dataclass(frozen=True)
class AtsReport:
    """The outcome of a check: passed when every field reads back and nothing is misread."""

    findings: tuple[AtsFinding, ...] = field(default=())
    fields: tuple[FieldReading, ...] = field(default=())
    lang: str = "en"
    """The language of the texts (summary, field names, findings): the reader's, not the resume's."""

    @property
    def checked(self) -> int:
        """How many fields were looked up."""
        return len(self.fields)

    @property
    def right(self) -> int:
        """How many fields a parser reads right."""
        return sum(f.ok for f in self.fields)

    @property
    def passed(self) -> bool:
        """True when a parser reads every field and trips on nothing."""
        return not self.findings and self.right == self.checked

    def summary(self) -> str:
        """One sentence for the Review step and the CLI."""
        if self.passed:
            return _SAID.text("all-right", self.lang, checked=self.checked)
        return _SAID.plural(
            "some-wrong", len(self.findings), self.lang, right=self.right, checked=self.checked
        )

    def as_dict(self) -> dict:
        """The report as plain data, for ``check --json``."""
        return {
            "passed": self.passed,
            "right": self.right,
            "checked": self.checked,
            "fields": [asdict(f) for f in self.fields],
            "findings": [asdict(f) for f in self.findings],
        }


def normalise(text: str) -> str:
    """Fold what differs only in form: ligatures, dash variants, spacing, Unicode composition."""
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return " ".join(text.split())


def extract_text(pdf: bytes) -> str:
    """The PDF's plain text as PDFium extracts it (its own spacing and line rules), page by page.

    A second, independent reading: a field passes only if this text has it too. (The benchmark
    in ``bench/bench_ats.py`` also compares with pdftotext and pdfminer.six.)
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
    finally:
        document.close()
    return "\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")


def has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` reads in ``text`` as a whole: not glued to a word or symbol either side."""
    return _has(normalise(text), phrase)


def _has(normalised: str, phrase: str) -> bool:
    """:func:`has_phrase` on text already normalised (the whole PDF's text is, once)."""
    phrase = normalise(phrase)
    if not phrase:
        return True
    pattern = _BEFORE + re.escape(phrase) + _AFTER
    return re.search(pattern, normalised, re.IGNORECASE) is not None


def check_pdf(pdf: bytes, resume: Resume, lang: str = "en") -> AtsReport:
    """Read ``pdf`` as parsers do and compare every field with ``resume``; texts in ``lang``."""
    reading = read_pdf(pdf)
    plain_raw = extract_text(pdf)
    plain = normalise(_LINE_END_BREAK_RE.sub("", plain_raw))
    outline = build_outline(resume)
    checker = _Checker(reading, plain, outline, resume, lang)
    checker.run()
    if "\ufffd" in plain_raw or "(cid:" in plain_raw:
        checker.finding("missing-glyphs")
    return AtsReport(tuple(dict.fromkeys(checker.findings)), tuple(checker.fields), lang)


_SAID = Messages(
    {
        "all-right": {
            "en": "An applicant tracking system reads all {checked} fields right.",
            "es": "Un sistema de seguimiento de candidatos lee bien los {checked} campos.",
        },
        "some-wrong/one": {
            "en": "An applicant tracking system reads {right} of {checked} fields right; "
            "{count} problem to fix.",
            "es": "Un sistema de seguimiento de candidatos lee bien {right} de {checked} campos; "
            "hay {count} problema que corregir.",
        },
        "some-wrong/other": {
            "en": "An applicant tracking system reads {right} of {checked} fields right; "
            "{count} problems to fix.",
            "es": "Un sistema de seguimiento de candidatos lee bien {right} de {checked} campos; "
            "hay {count} problemas que corregir.",
        },
        "field/name": {"en": "name", "es": "nombre"},
        "field/credentials": {"en": "credentials", "es": "credenciales"},
        "field/email": {"en": "email", "es": "correo electrónico"},
        "field/phone": {"en": "phone", "es": "teléfono"},
        "field/location": {"en": "location", "es": "ubicación"},
        "field/url": {"en": "url", "es": "sitio web"},
        "field/profile": {"en": "profile", "es": "perfil"},
        "field/skill": {"en": "skill", "es": "habilidad"},
        "field/section": {"en": "section: {title}", "es": "sección: {title}"},
        "field/entry-title": {"en": "{title} {number} title", "es": "{title} {number}: puesto o título"},
        "field/entry-organisation": {
            "en": "{title} {number} organisation",
            "es": "{title} {number}: organización",
        },
        "field/entry-dates": {"en": "{title} {number} dates", "es": "{title} {number}: fechas"},
        "field/entry-summary": {"en": "{title} {number} summary", "es": "{title} {number}: resumen"},
        "field/entry-bullet": {
            "en": "{title} {number} bullet {bullet}",
            "es": "{title} {number}: viñeta {bullet}",
        },
        "missing-section": {
            "en": "The heading '{title}' is not found, so its contents are lost.",
            "es": "No se encuentra el título «{title}», así que su contenido se pierde.",
        },
        "missing-section/fix": {
            "en": "Keep headings on their own line, in plain capitals without letter spacing.",
            "es": "Deje cada título en su propia línea, en mayúsculas simples y sin espaciado "
            "entre letras.",
        },
        "missing-section/fix-header": {
            "en": "Add your contact details: parsers take the first lines for name and contact, "
            "never a heading.",
            "es": "Agregue sus datos de contacto: los lectores toman las primeras líneas como "
            "nombre y contacto, nunca como un título.",
        },
        "spaced-letters": {
            "en": "'{text}' reads as separate letters.",
            "es": "«{text}» se lee como letras sueltas.",
        },
        "spaced-letters/fix": {
            "en": "Remove letter spacing from headings and names.",
            "es": "Quite el espaciado entre letras de los títulos y el nombre.",
        },
        "glued-separator": {
            "en": "Separators run into the words around them: '{text}'.",
            "es": "Los separadores quedan pegados a las palabras de al lado: «{text}».",
        },
        "glued-separator/fix": {
            "en": 'Separate contact details with " | " (a symbol parsers keep spaces around).',
            "es": 'Separe los datos de contacto con " | " (los lectores conservan sus espacios).',
        },
        "word-break": {
            "en": "A word breaks at its hyphen: '{end}' / '{start}'; pdftotext reads it without "
            "the hyphen.",
            "es": "Una palabra se corta en su guion: «{end}» / «{start}»; pdftotext la lee sin "
            "el guion.",
        },
        "word-break/fix": {
            "en": "Keep hyphenated words on one line (the templates do; check custom ones).",
            "es": "Mantenga las palabras con guion en una línea (las plantillas lo hacen; revise "
            "las propias).",
        },
        "page-join": {
            "en": "Page {page} starts with '{text}', which parsers run into the last line of the "
            "page before.",
            "es": "La página {page} empieza con «{text}», que los lectores unen a la última "
            "línea de la página anterior.",
        },
        "page-join/fix": {
            "en": "Let pages break between bullet points, not before a heading or an entry.",
            "es": "Deje que las páginas se corten entre viñetas, no antes de un título o una "
            "entrada.",
        },
        "wrapped-name": {
            "en": "The name breaks over two lines, so a parser reads only '{text}'.",
            "es": "El nombre ocupa dos líneas, así que un lector solo lee «{text}».",
        },
        "wrapped-name/fix": {
            "en": "Keep the name on one line: a shorter name size or a wider column.",
            "es": "Mantenga el nombre en una línea: un tamaño menor o una columna más ancha.",
        },
        "name": {
            "en": "A parser reads the name as '{text}', not '{name}'.",
            "es": "Un lector lee el nombre como «{text}», no «{name}».",
        },
        "name/fix": {
            "en": "Put the name alone at the top, letters after it set apart without a comma.",
            "es": "Ponga el nombre solo arriba, con las siglas aparte y sin coma.",
        },
        "contact": {
            "en": "The {what} reads as '{text}', not '{value}'.",
            "es": "El dato «{what}» se lee como «{text}», no «{value}».",
        },
        "contact/fix": {
            "en": 'Keep contact details in the header, separated by " | ".',
            "es": 'Deje los datos de contacto en el encabezado, separados por " | ".',
        },
        "entries": {
            "en": "'{title}' reads as {read} entries instead of {expected}.",
            "es": "«{title}» se lee como {read} entradas en lugar de {expected}.",
        },
        "entries/fix": {
            "en": "Leave more space between entries than between lines, and no bold marks in "
            "bullets.",
            "es": "Deje más espacio entre entradas que entre líneas, y nada en negrita dentro de "
            "las viñetas.",
        },
        "split-keyword": {
            "en": "The skill '{skill}' breaks over two lines and reads as two words.",
            "es": "La habilidad «{skill}» ocupa dos líneas y se lee como dos palabras.",
        },
        "split-keyword/fix": {
            "en": "Keep each skill on one line.",
            "es": "Mantenga cada habilidad en una línea.",
        },
        "missing-glyphs": {
            "en": "Some characters come out as unreadable symbols.",
            "es": "Algunos caracteres salen como símbolos ilegibles.",
        },
        "missing-glyphs/fix": {
            "en": "Use a template with bundled fonts, or replace unusual symbols in your text.",
            "es": "Use una plantilla con fuentes incluidas o reemplace los símbolos poco comunes "
            "de su texto.",
        },
    }
)
"""What the check says, in the reader's language (see :mod:`resume_builder.messages`)."""


class _Checker:
    """Looks each field up in both readings, collecting field results and findings."""

    def __init__(
        self, reading: Reading, plain: str, outline: Outline, resume: Resume, lang: str
    ) -> None:
        self.reading = reading
        self.lang = lang
        self.plain = plain
        self.outline = outline
        self.resume = resume
        self.fields: list[FieldReading] = []
        self.findings: list[AtsFinding] = []

    def finding(self, rule: str, fix: str | None = None, **values: object) -> None:
        """Record a problem (each once): its message is ``rule``'s, its fix ``fix``'s or its own."""
        message = _SAID.text(rule, self.lang, **values)
        advice = _SAID.text(fix or f"{rule}/fix", self.lang)
        self.findings.append(AtsFinding(rule, message, advice))

    def field(self, name: str, expected: str, read: str, ok: bool, **values: object) -> bool:
        """Record a field; it passes only if the plain-text reading has it too.

        ``name`` is a key of the field names (``field/...``) or, for a section's own pieces, the
        section's title as printed.
        """
        ok = ok and _has(self.plain, expected)
        label = self._field_name(name, **values)
        self.fields.append(FieldReading(label, " ".join(expected.split()), read, ok))
        return ok

    def _field_name(self, key: str, **values: object) -> str:
        """A field's name in the reader's language; a key with no entry is a printed title."""
        known = f"field/{key}" in _SAID.table
        return _SAID.text(f"field/{key}", self.lang, **values) if known else key

    def run(self) -> None:
        """Every check, in the order a parser reads the page."""
        self._layout()
        self._header()
        found = {normalise(s.title).upper(): s for s in self.reading.sections[1:]}
        for section in self.outline.sections:
            read = found.get(normalise(section.title).upper())
            title = section.title.upper()
            found_title = read.title if read else ""
            if not self.field("section", title, found_title, read is not None, title=section.title):
                early = [line.text.upper() for line in self.reading.lines[:2]]
                fix = "missing-section/fix-header" if title in early else None
                self.finding("missing-section", fix, title=section.title)
            lines = read.lines if read else []
            if section.id in _ENTRY_SECTIONS:
                self._entries(section, lines)
            elif section.id == "skills":
                self._skills(lines)
            else:
                text = _text(lines)
                for entry in section.entries:
                    for piece in (entry.title, entry.subtitle, entry.dates, *entry.lines):
                        if piece:
                            self.field(
                                section.title, piece, _around(text, piece), has_phrase(text, piece)
                            )

    def _layout(self) -> None:
        """Defects that garble text whatever the field: spacing, separators, page joins."""
        for line in self.reading.lines:
            text = line.text
            if _SPACED_RE.search(text):
                self.finding("spaced-letters", text=_short(text))
            glued = [i.text for i in line.items if _GLUED_RE.search(i.text.lstrip(BULLETS + " "))]
            if glued:
                self.finding("glued-separator", text=_short(glued[0]))
        for line, below in zip(self.reading.lines, self.reading.lines[1:], strict=False):
            if _WORD_BREAK_END_RE.search(line.text) and below.text[:1].isalnum():
                self.finding(
                    "word-break",
                    end=_short(line.text.split()[-1]),
                    start=_short(below.text.split()[0]),
                )
        for page, first in self.reading.page_starts:
            if first not in self.reading.running_headers and not first.startswith(tuple(BULLETS)):
                self.finding("page-join", page=page, text=_short(first))

    def _header(self) -> None:
        """Name first, then contact details, before the first heading."""
        lines = self.reading.sections[0].lines if self.reading.sections else []
        first = lines[0].items[0].text if lines else ""
        name = self.outline.person or self.outline.name
        if name:
            ok = self.field("name", name, first, normalise(first).rstrip() == normalise(name))
            if not ok and first and normalise(name).startswith(normalise(first).rstrip(",")):
                self.finding("wrapped-name", text=first)
            elif not ok:
                self.finding("name", text=_short(first), name=name)
        creds = self.outline.credentials
        header = _text(lines)
        if creds and name:
            self.field("credentials", creds, _around(header, creds), has_phrase(header, creds))
        for contact in self.outline.contacts:
            kind, value = contact.kind, contact.text
            if kind == "email":
                email = _EMAIL_RE.search(header)
                read = email.group(0) if email else ""
                self.field("email", value, read, normalise(read) == normalise(value))
                continue
            read = _around(header, value)
            if not self.field(kind, value, read, normalise(read).rstrip(",;") == normalise(value)):
                what = self._field_name(kind)
                self.finding("contact", what=what, text=_short(read) or "\u2013", value=value)

    def _entries(self, section: Section, lines: list[Line]) -> None:
        """Jobs, schools, projects: one parser entry for each, with its parts."""
        entries = split_entries(lines)
        expected = section.entries
        if lines and len(entries) != len(expected):
            self.finding(
                "entries", title=section.title, read=len(entries), expected=len(expected)
            )
        for index, entry in enumerate(expected):
            read = entries[index] if index < len(entries) and len(entries) == len(expected) else []
            info, bullets = _info_and_bullets(read, self.reading.running_headers)
            where = {"title": section.title, "number": index + 1}
            for part, value in (
                ("title", entry.title),
                ("organisation", entry.subtitle),
                ("dates", entry.dates),
            ):
                if value:
                    found = _around(info, value)
                    self.field(f"entry-{part}", value, found, has_phrase(info, value), **where)
            if section.id == "education":
                continue
            body = _text(read)
            for text in entry.lines:
                found = _around(body, text)
                self.field("entry-summary", text, found, has_phrase(body, text), **where)
            for number, bullet in enumerate(entry.bullets, 1):
                got = next((b for b in bullets if normalise(b) == normalise(bullet)), "")
                if not got:
                    got = next((b for b in bullets if has_phrase(b, bullet.split()[0])), "")
                same = normalise(got) == normalise(bullet)
                self.field("entry-bullet", bullet, got, same, bullet=number, **where)

    def _skills(self, lines: list[Line]) -> None:
        """Each skill and keyword whole; a keyword broken at a hyphen is a split keyword."""
        text = " ".join(line.text for line in lines)
        for skill in self.resume.skills:
            for word in (skill.name, *skill.keywords):
                if not word or not word.strip():
                    continue
                if not self.field("skill", word, _around(text, word), has_phrase(text, word)):
                    if has_phrase(text.replace("- ", "-"), word):
                        self.finding("split-keyword", skill=word)


def _info_and_bullets(lines: list[Line], headers: list[str]) -> tuple[str, list[str]]:
    """An entry's lines before its first bullet, and its bullets (lines joined, split at "•").

    A running header read at the end of a bullet (see :class:`Reading`) is page furniture every
    parser meets on a multi-page resume; it is left out so the bullet itself can be compared.
    """
    start = next(
        (n for n, line in enumerate(lines) if line.text.lstrip().startswith(tuple(BULLETS))),
        len(lines),
    )
    info = _text(lines[:start])
    body = _text(lines[start:])
    for header in headers:
        body = body.replace(" " + header, "")
    bullets = [b.strip() for b in re.split(f"[{BULLETS}]", body) if b.strip()]
    return info, bullets


def _text(lines: list[Line]) -> str:
    """Lines joined as parsers join them; a line ending in a hyphen or slash joins the next."""
    text = "\n".join(line.text for line in lines)
    return _LINE_END_BREAK_RE.sub("", text).replace("\n", " ")


def _around(text: str, phrase: str) -> str:
    """What a parser reads where ``phrase`` should be: the whitespace-bounded run containing it."""
    text, phrase = normalise(text), normalise(phrase)
    index = text.lower().find(phrase.lower())
    if index < 0:
        squashed = text.replace(" ", "").lower().find(phrase.replace(" ", "").lower())
        return "" if squashed < 0 else "(run together)"
    start = text.rfind(" ", 0, index) + 1 if index and text[index - 1] != " " else index
    end_space = text.find(" ", index + len(phrase))
    end = index + len(phrase)
    if end < len(text) and text[end] not in " ,;:.)":
        end = end_space if end_space >= 0 else len(text)
    return text[start:end]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
