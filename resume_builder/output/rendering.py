"""Display data -> HTML: the one cached Jinja2 environment and the context templates get.

Templates get plain, ready-to-print data: the resume's display data
(:func:`resume_builder.output.outline.build_outline`, which the text and Word exports and the ATS
check read too), the checked template options, the paper and the photo. They only lay it out.
Everything a user typed is escaped by Jinja's autoescape and never evaluated, so ``<script>`` or
``{{ 7*7 }}`` in a resume prints literally.
"""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import unquote_to_bytes

import jinja2
from markupsafe import Markup, escape

from resume_builder.errors import ExportError, TemplateError
from resume_builder.language import words
from resume_builder.models import Resume
from resume_builder.output.outline import build_outline
from resume_builder.output.papers import DEFAULT_PAPER, PAPERS, Paper, paper_size
from resume_builder.output.themes import DEFAULT_THEME, Theme, discover_themes, get_theme
from resume_builder.paths import templates_dir, user_cache_dir

log = logging.getLogger(__name__)

_IMAGE_DATA_RE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp|svg\+xml)[;,]", re.IGNORECASE)


@dataclass
class RenderedHtml:
    """The HTML of a resume, the theme used, and anything the user should be told."""

    html: str
    theme: Theme
    paper: Paper
    warnings: list[str] = field(default_factory=list)


# --- the filter templates use ----------------------------------------------------------------


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
    env.filters["keep_words"] = keep_words
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
    name = context["resume"].name
    kind = context["words"].cover_letter
    context.update(
        resume=replace(
            context["resume"], sections=(), title=f"{name} \u2014 {kind}" if name else kind
        ),
        letter=letter,
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
    """What a template sees: the display data as ``resume``, and the page's design."""
    return {
        "resume": build_outline(resume),
        "photo": _photo(resume.basics.image, warnings),
        "options": theme.option_values(
            resume.settings.template_options if resume.settings.template == theme.id else {}
        ),
        "theme": theme,
        "paper": paper,
        "page_size": PAPERS[paper].css_size,
        "lang": resume.settings.language,
        "words": words(resume.settings.language),
    }


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


def _text(value: Any) -> TypeGuard[str]:
    """Whether ``value`` is text with something besides spaces (then it is a ``str``)."""
    return isinstance(value, str) and bool(value.strip())
