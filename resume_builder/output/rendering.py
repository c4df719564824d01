"""Resume -> HTML: the one cached Jinja2 environment and the data the templates see.

Templates get plain, ready-to-print data: sections already ordered, hidden and empty ones left
out, skills already grouped, template options already checked. They only lay it out. Everything a
user typed is escaped by Jinja's autoescape and never evaluated, so ``<script>`` or ``{{ 7*7 }}``
in a resume prints literally.
"""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import unquote_to_bytes, urlsplit

import jinja2
from markupsafe import Markup, escape
from pydantic import BaseModel

from resume_builder.errors import ExportError, TemplateError
from resume_builder.language import Words, words
from resume_builder.models import (
    Resume,
    SectionId,
    Skill,
    display_name,
)
from resume_builder.output import outline
from resume_builder.output.papers import DEFAULT_PAPER, PAPERS, Paper, paper_size
from resume_builder.output.themes import DEFAULT_THEME, Theme, discover_themes, get_theme
from resume_builder.paths import templates_dir, user_cache_dir

log = logging.getLogger(__name__)

_LINK_SCHEMES = {"http", "https", "mailto"}
_IMAGE_DATA_RE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp|svg\+xml)[;,]", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """A section as the template sees it: its id, heading and the entries to print."""

    id: SectionId
    title: str
    items: list[Any]


@dataclass(frozen=True)
class SkillGroup:
    """Skills that share a category; ``label`` is empty when the resume uses no categories."""

    label: str
    skills: list[Skill]


@dataclass(frozen=True)
class Contact:
    """One contact detail under the name; ``href`` only for safe link schemes."""

    kind: str
    text: str
    href: str | None = None


@dataclass
class RenderedHtml:
    """The HTML of a resume, the theme used, and anything the user should be told."""

    html: str
    theme: Theme
    paper: Paper
    warnings: list[str] = field(default_factory=list)


# --- filters -------------------------------------------------------------------------------


def format_date(value: str | None, language: str = "en") -> str:
    """Show a JSON Resume date the way resumes do: "2021" or "Jun 2021" (days are dropped).

    Shared with :mod:`resume_builder.output.outline`, so the PDF says exactly what the plain-text and
    Word exports say and what the ATS check looks for.
    """
    return outline.format_date(value, language)


def date_range(
    start: str | None, end: str | None, open_end: bool = True, language: str = "en"
) -> str:
    """A span such as "Jun 2021 – Present"; ``open_end`` says a missing end means "Present".

    Jobs, volunteering and projects are open-ended; for schooling a lone date is the
    graduation date, so ``open_end=False`` prints just that.
    """
    return outline.format_date_range(start, end, open_ended=open_end, language=language)


@jinja2.pass_context
def _format_date_filter(context: jinja2.runtime.Context, value: str | None) -> str:
    """:func:`format_date` in the language of the resume being rendered."""
    return format_date(value, context["lang"])


@jinja2.pass_context
def _date_range_filter(
    context: jinja2.runtime.Context, start: str | None, end: str | None, open_end: bool = True
) -> str:
    """:func:`date_range` in the language of the resume being rendered."""
    return date_range(start, end, open_end, context["lang"])


def display_url(value: str | None) -> str:
    """A web address as printed: without "https://", "www." or a trailing slash."""
    if not value:
        return ""
    text = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", value.strip())
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def link_href(value: str | None) -> str | None:
    """A link target that is safe to put in the PDF (http, https, mailto), else ``None``.

    Links are only written into the PDF as clickable annotations; nothing is ever fetched.
    """
    if not value:
        return None
    text = value.strip()
    if "://" not in text and not text.lower().startswith("mailto:"):
        text = "https://" + text if "." in text and " " not in text else ""
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in _LINK_SCHEMES else None


_JOINED_WORD_RE = re.compile(r"\w(?:[-/\u2013]\w+)*[-/\u2013]\w")


def keep_words(value: str | None) -> Markup:
    """``value`` escaped, with each hyphenated word ("ICD-10-CM", "280-bed") kept on one line.

    A break after a hyphen loses the word: pdftotext drops a line-end hyphen ("280bed") and
    keyword search no longer finds "ICD-10-CM". Such words go in a ``nowrap`` span that never
    starts or ends at a space (parsers drop the blank text at the edges of each styled run): a
    span that would is stretched over the space to the next letter ("raisin[g E/M d]ocumentation").
    """
    text = value or ""
    spans: list[list[int]] = []
    for match in _JOINED_WORD_RE.finditer(text):
        start, end = match.span()
        if start > 0 and text[start - 1].isspace():
            start = len(text[:start].rstrip()) - 1 if text[:start].strip() else 0
        if end < len(text) and text[end].isspace():
            rest = text[end:].lstrip()
            end = len(text) - len(rest) + 1 if rest else len(text)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    out, last = [], 0
    for start, end in spans:
        out += [escape(text[last:start]), Markup('<span class="nowrap">')]
        out += [escape(text[start:end]), Markup("</span>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def join_nonempty(values: Any, separator: str = ", ") -> str:
    """Join the values that are not blank (e.g. city and region)."""
    return separator.join(str(v).strip() for v in values if v is not None and str(v).strip())


# --- environment ---------------------------------------------------------------------------


@cache
def environment(root: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for a templates folder, built once and reused.

    ``autoescape`` keeps user text literal; ``StrictUndefined`` turns a typo in a template into an
    error instead of a silently empty spot.
    """
    folder = Path(root) if root is not None else templates_dir()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_template_cache(),
    )
    env.filters.update(
        format_date=_format_date_filter,
        date_range=_date_range_filter,
        display_url=display_url,
        link_href=link_href,
        join_nonempty=join_nonempty,
        keep_words=keep_words,
    )
    return env


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs: compiling them took ~0.15 s of every cold export.

    Jinja2 checks each entry against its template's source, so an edited template is compiled
    again. A cache that cannot be written only costs that time again.
    """

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep ``bucket`` if the folder can be written."""
        try:
            super().dump_bytecode(bucket)
        except OSError:
            log.debug("compiled template not kept", exc_info=True)


def _template_cache() -> _TemplateCache | None:
    try:
        folder = user_cache_dir() / "templates"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return _TemplateCache(str(folder))


# --- public API ----------------------------------------------------------------------------


def render_html(
    resume: Resume,
    theme_id: str | None = None,
    *,
    paper: str | None = None,
    directory: Path | None = None,
) -> str:
    """The resume as an HTML page for ``theme_id`` (default: the resume's own template)."""
    return build_html(resume, theme_id, paper=paper, directory=directory).html


def build_html(
    resume: Resume,
    theme_id: str | None = None,
    *,
    paper: str | None = None,
    directory: Path | None = None,
) -> RenderedHtml:
    """Render the HTML and collect warnings for the user (unknown template, omitted photo).

    An explicit ``theme_id`` that does not exist is an error; a resume whose saved template is
    missing (say, written by a newer app) falls back to the default template with a warning.
    """
    warnings: list[str] = []
    theme = _choose_theme(resume, theme_id, directory, warnings)
    paper_id = _choose_paper(resume, paper)
    context = _context(resume, theme, paper_id, warnings)
    try:
        template = environment(directory).get_template(theme.template_name)
        html = template.render(context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            f'The template "{theme.id}" is incomplete: the part "{exc.name}" is missing.'
        ) from exc
    except jinja2.TemplateError as exc:
        log.exception("Template %s failed to render", theme.id)
        raise TemplateError(f'The template "{theme.id}" could not be used: {exc}') from exc
    return RenderedHtml(html=html, theme=theme, paper=paper_id, warnings=warnings)


LETTER_TEMPLATE = "letter.html.j2"
SHARED_LETTER_TEMPLATE = "_shared/letter.html.j2"
"""Every template's letter: its own ``letter.html.j2`` if it has one, else the shared one, which
extends the template's page and puts the letter where the sections go."""


def build_letter_html(
    resume: Resume,
    letter: Any,
    theme_id: str | None = None,
    *,
    paper: str | None = None,
    directory: Path | None = None,
) -> RenderedHtml:
    """A cover letter as HTML in the resume's design: same header, fonts and colours.

    ``letter`` is a :class:`resume_builder.letters.LetterView`, the letter ready to print.
    """
    warnings: list[str] = []
    theme = _choose_theme(resume, theme_id, directory, warnings)
    paper_id = _choose_paper(resume, paper)
    context = _context(resume, theme, paper_id, warnings)
    name = context["name"]
    kind = context["words"].cover_letter
    context.update(
        sections=[],
        letter=letter,
        meta={**context["meta"], "title": f"{name} \u2014 {kind}" if name else kind},
    )
    names = [f"{theme.id}/{LETTER_TEMPLATE}", SHARED_LETTER_TEMPLATE]
    try:
        html = environment(directory).select_template(names).render(context)
    except jinja2.TemplatesNotFound as exc:
        raise TemplateError(
            f'The template "{theme.id}" is incomplete: its cover letter part is missing.'
        ) from exc
    except jinja2.TemplateError as exc:
        log.exception("Letter for template %s failed to render", theme.id)
        raise TemplateError(f'The letter for "{theme.id}" could not be made: {exc}') from exc
    return RenderedHtml(html=html, theme=theme, paper=paper_id, warnings=warnings)


# --- internals -----------------------------------------------------------------------------


def _choose_theme(
    resume: Resume, theme_id: str | None, directory: Path | None, warnings: list[str]
) -> Theme:
    if theme_id:
        return get_theme(theme_id, directory)
    saved = resume.settings.template or DEFAULT_THEME
    themes = discover_themes(directory)
    if saved in themes:
        return themes[saved]
    fallback = DEFAULT_THEME if DEFAULT_THEME in themes else next(iter(themes), None)
    if fallback is None:
        raise TemplateError("No templates are available: the app's templates folder is empty.")
    warnings.append(
        f'The template "{saved}" is not available in this version of the app, '
        f'so "{themes[fallback].name}" was used instead.'
    )
    return themes[fallback]


def _choose_paper(resume: Resume, paper: str | None) -> Paper:
    size = paper_size(paper or resume.settings.paper or DEFAULT_PAPER)
    if size is None:
        known = " or ".join(f'"{p}"' for p in PAPERS)
        raise ExportError(f'Unknown paper size "{paper}". Use {known}.')
    return size.id


def _context(resume: Resume, theme: Theme, paper: Paper, warnings: list[str]) -> dict[str, Any]:
    basics = resume.basics
    name = display_name(basics)
    said = words(resume.settings.language)
    skills = _skill_groups(resume.skills, said.other)
    keywords = _keywords(resume.skills)
    return {
        "resume": resume,
        "basics": basics,
        "name": name,
        "contacts": contacts(resume),
        "photo": _photo(basics.image, warnings),
        "sections": _sections(resume, skills, said),
        "options": theme.option_values(
            resume.settings.template_options if resume.settings.template == theme.id else {}
        ),
        "theme": theme,
        "paper": paper,
        "page_size": PAPERS[paper].css_size,
        "meta": {
            "title": f"{name} \u2014 {said.resume}" if name else said.resume,
            "author": name,
            "description": _subject(resume),
            "keywords": ", ".join(keywords),
        },
        "lang": resume.settings.language,
        "words": said,
    }


def _sections(resume: Resume, skills: list[SkillGroup], said: Words) -> list[Section]:
    found: dict[str, list[Any]] = {
        "summary": [resume.basics.summary] if _text(resume.basics.summary) else [],
        "skills": skills,
    }
    sections = []
    for section_id in resume.settings.ordered_sections():
        items = found.get(section_id)
        if items is None:
            items = [entry for entry in getattr(resume, section_id) if _has_content(entry)]
        if items:
            sections.append(Section(section_id, said.section_titles[section_id], items))
    return sections


def _skill_groups(skills: list[Skill], other: str = "Other") -> list[SkillGroup]:
    """Group skills by category in order of first appearance; uncategorised ones go last."""
    skills = [s for s in skills if _text(s.name) or s.keywords]
    if not any(_text(s.category) for s in skills):
        return [SkillGroup("", skills)] if skills else []
    groups: dict[str, list[Skill]] = {}
    for skill in skills:
        label = _category_label(skill.category) or other
        groups.setdefault(label, []).append(skill)
    if other in groups:
        groups[other] = groups.pop(other)
    return [SkillGroup(label, items) for label, items in groups.items()]


def _category_label(category: str | None) -> str:
    """Show a dataset category id ("coding") by its label; free text is kept as typed."""
    if not _text(category):
        return ""
    text = category.strip()
    try:
        from resume_builder.dataset import CATEGORY_LABELS
    except ImportError:  # pragma: no cover - the dataset module ships with the app
        return text
    return CATEGORY_LABELS.get(text, text)


def _keywords(skills: list[Skill]) -> list[str]:
    words: dict[str, None] = {}
    for skill in skills:
        for word in [skill.name, *skill.keywords]:
            if _text(word):
                words.setdefault(word.strip().replace(",", " "), None)
    return list(words)


def contacts(resume: Resume) -> list[Contact]:
    """The contact details under the name, in order (the ATS check looks each one up)."""
    basics = resume.basics
    contacts: list[Contact] = []
    if _text(basics.email):
        contacts.append(Contact("email", basics.email.strip(), f"mailto:{basics.email.strip()}"))
    if _text(basics.phone):
        contacts.append(Contact("phone", basics.phone.strip()))
    if basics.location is not None:
        place = join_nonempty([basics.location.city, basics.location.region])
        if place:
            contacts.append(Contact("location", place))
    if _text(basics.url):
        contacts.append(Contact("url", basics.url.strip(), link_href(basics.url)))
    for profile in basics.profiles:
        if _text(profile.url):
            contacts.append(Contact("profile", profile.url.strip(), link_href(profile.url)))
        elif _text(profile.username):
            label = join_nonempty([profile.network, profile.username], ": ")
            contacts.append(Contact("profile", label))
    return contacts


def _photo(image: str | None, warnings: list[str]) -> str | None:
    """Use a photo only when it is embedded in the resume (a data: URI); warn about the rest.

    A photo at a web address or elsewhere on disk is never fetched: the app works offline and
    must not read files the user did not put in the resume.
    """
    if not _text(image):
        return None
    image = image.strip()
    if _IMAGE_DATA_RE.match(image):
        if _is_picture(image):
            return image
        warnings.append(
            "The photo was not included: it is not a PNG, JPEG, GIF, WebP or SVG picture that "
            "can be read (it may be damaged). Choose the picture again."
        )
        return None
    shown = image if len(image) <= 60 else image[:57] + "\u2026"
    warnings.append(
        f"The photo at {shown} was not included: only pictures stored inside the resume can be "
        "used, never ones from the internet or from other files."
    )
    return None


_PICTURE_STARTS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def _is_picture(data_uri: str) -> bool:
    """Whether a data: URI holds what its type says, so a damaged photo is named, not dropped."""
    header, _, payload = data_uri.partition(",")
    try:
        if header.lower().endswith(";base64"):
            raw = base64.b64decode(payload, validate=True)
        else:
            raw = unquote_to_bytes(payload)
    except ValueError:
        return False
    if "svg" in header.lower():
        return b"<svg" in raw[:4096]
    return raw.startswith(_PICTURE_STARTS) or (raw[:4] == b"RIFF" and raw[8:12] == b"WEBP")


def _subject(resume: Resume) -> str:
    """The PDF subject: the headline, else the target role ("medical-records-technician")."""
    if _text(resume.basics.label):
        return resume.basics.label.strip()
    role = resume.settings.target_role or ""
    return role.replace("-", " ").replace("_", " ").strip().capitalize()


def _text(value: Any) -> TypeGuard[str]:
    """Whether ``value`` is text with something besides spaces (then it is a ``str``)."""
    return isinstance(value, str) and bool(value.strip())


def _has_content(value: Any) -> bool:
    """Whether an entry has anything to print (an empty new entry is left out)."""
    if isinstance(value, BaseModel):
        return any(_has_content(v) for v in value.model_dump(exclude_none=True).values())
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_content(v) for v in value)
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None
