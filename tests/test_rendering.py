"""Resume -> HTML: themes, the Jinja2 environment, section order and escaping (no WeasyPrint)."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest

from resume_builder.errors import ExportError, TemplateError
from resume_builder.models import SECTION_IDS, SECTION_TITLES, Basics, Resume, Skill
from resume_builder.output.outline import (
    build_outline,
    format_date,
    format_date_range,
    link_href,
)
from resume_builder.output.papers import PAPERS
from resume_builder.output.rendering import build_html, environment, render_html
from resume_builder.output.themes import (
    BASE_OPTIONS,
    DEFAULT_THEME,
    OptionSpec,
    discover_themes,
    get_theme,
)
from resume_builder.paths import templates_dir
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
REFERENCE_DIR = Path(__file__).parent / "reference"
UPDATE_REFERENCE = os.environ.get("UPDATE_REFERENCE") == "1"
HOSTILE = "<script>alert('x')</script> {{ 7*7 }} {% raw %} </div> & \"quoted\""


class _TextParser(HTMLParser):
    """Collects visible text and the tags seen, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, str]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "title"}:
            self._skip += 1
        self.events.append(("tag", tag))

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "title"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.events.append(("text", data))


def _parse(html: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(html)
    return parser


def _body_text(html: str) -> str:
    text = " ".join(t for kind, t in _parse(html).events if kind == "text")
    return re.sub(r"\s+", " ", text)


def _headings(html: str) -> list[str]:
    return re.findall(r'<h2 class="section-title">(.*?)</h2>', html)


# --- dates and links (the display data's helpers) -------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-06", "Jun 2021"), ("2021", "2021"), ("2019-12-31", "Dec 2019"), (None, ""), ("", "")],
)
def test_format_date(value: str | None, expected: str) -> None:
    assert format_date(value) == expected


def test_date_range() -> None:
    assert format_date_range("2021-06", None) == "Jun 2021 \u2013 Present"
    assert format_date_range("2018-08", "2021-05") == "Aug 2018 \u2013 May 2021"
    assert format_date_range(None, "2016-05") == "May 2016"
    assert format_date_range("2014-08", None, open_ended=False) == "Aug 2014"
    assert format_date_range(None, None) == ""


def test_link_href() -> None:
    assert link_href("https://example.org/x") == "https://example.org/x"
    assert link_href("example.org/x") == "https://example.org/x"
    assert link_href("mailto:a@example.com") == "mailto:a@example.com"
    assert link_href("javascript:alert(1)") is None
    assert link_href("file:///etc/passwd") is None
    assert link_href("not a link") is None


def test_environment_is_cached_and_strict() -> None:
    env = environment()
    assert env is environment()
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined
    assert env.trim_blocks and env.lstrip_blocks
    assert set(env.filters) >= {"keep_words"}
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


# --- themes --------------------------------------------------------------------------------


def test_classic_is_discovered_first() -> None:
    themes = discover_themes()
    assert THEMES[0] == DEFAULT_THEME
    classic = themes["classic"]
    assert classic.name == "Classic"
    assert classic.description
    assert classic.directory == templates_dir() / "classic"
    assert classic.options["accent_color"].type == "color"
    size = classic.options["font_size"]
    assert (size.minimum, size.maximum, size.default) == (9, 12, 10)


@pytest.mark.parametrize("theme_id", THEMES)
def test_every_theme_offers_the_base_options(theme_id: str) -> None:
    """README promises accent colour, base font size and fit to one page in every style (classic
    once lacked fit to one page): each comes from BASE_OPTIONS, a manifest only changes values."""
    options = discover_themes()[theme_id].options
    assert list(options)[: len(BASE_OPTIONS)] == list(BASE_OPTIONS)
    for key, base in BASE_OPTIONS.items():
        assert (options[key].type, options[key].label) == (base["type"], base["label"]), key
    assert options["fit_one_page"].default is False


def test_every_template_uses_the_one_shared_header() -> None:
    """Name, credentials, headline and contacts are laid out once, in _shared/header.html.j2."""
    resume = sample_resume()
    headers = {
        theme_id: re.search(r"<header .*?</header>", render_html(resume, theme_id), re.S)
        for theme_id in THEMES
    }
    assert all(headers.values()), [t for t, found in headers.items() if not found]
    assert len({found.group(0) for found in headers.values() if found}) == 1
    owners = [
        path.relative_to(templates_dir()).as_posix()
        for path in sorted(templates_dir().rglob("*.j2"))
        if "<header" in path.read_text(encoding="utf-8")
    ]
    assert owners == ["_shared/header.html.j2"]


def test_a_manifest_overrides_only_the_fields_it_names() -> None:
    executive = discover_themes()["executive"].options["font_size"]
    assert (executive.minimum, executive.maximum, executive.default) == (9.5, 12.5, 10.5)
    assert (executive.unit, executive.step, executive.label) == ("pt", 0.5, "Base font size")
    assert discover_themes()["modern"].options["accent_color"].default == "#0f5c6e"


def test_an_override_that_breaks_a_base_option_is_rejected(
    tmp_templates: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = _copy_theme(tmp_templates, "tiny")
    manifest = {"name": "Tiny", "options": {"font_size": {"default": 20}}}  # above the base max
    (broken / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="resume_builder.output.themes"):
        assert "tiny" not in discover_themes(tmp_templates)
    assert any("tiny" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("paper", list(PAPERS))
def test_page_size_comes_from_the_one_paper_table(paper: str) -> None:
    html = build_html(sample_resume(), "classic", paper=paper).html
    assert f"size: {PAPERS[paper].css_size};" in html


def test_an_unknown_paper_names_the_known_ones() -> None:
    with pytest.raises(ExportError, match='Use "letter" or "a4"'):
        build_html(sample_resume(), "classic", paper="legal")


def test_shared_folders_are_not_themes() -> None:
    assert not any(theme_id.startswith("_") for theme_id in discover_themes())


def test_get_theme_unknown_names_known_ones() -> None:
    with pytest.raises(TemplateError) as caught:
        get_theme("no-such-style")
    message = str(caught.value)
    assert '"no-such-style"' in message
    assert "classic" in message


def _copy_theme(root: Path, theme_id: str, source: str = "classic") -> Path:
    folder = root / theme_id
    shutil.copytree(templates_dir() / source, folder)
    return folder


@pytest.fixture
def tmp_templates(tmp_path: Path) -> Path:
    """A templates folder with the app's shared parts and fonts, for themes built by a test."""
    root = tmp_path / "templates"
    root.mkdir()
    for shared in ("_shared", "_fonts"):
        shutil.copytree(templates_dir() / shared, root / shared)
    return root


@pytest.mark.parametrize(
    ("name", "manifest"),
    [
        ("bad-json", "{ not json"),
        ("no-name", json.dumps({"description": "no name"})),
        ("bad-option", json.dumps({"name": "X", "options": {"c": {"type": "colour"}}})),
        (
            "bad-default",
            json.dumps(
                {"name": "X", "options": {"c": {"type": "color", "label": "C", "default": "red"}}}
            ),
        ),
        ("extra-key", json.dumps({"name": "X", "surprise": True})),
    ],
)
def test_broken_manifest_is_skipped_with_a_log_line(
    tmp_templates: Path, name: str, manifest: str, caplog: pytest.LogCaptureFixture
) -> None:
    _copy_theme(tmp_templates, "good")
    broken = _copy_theme(tmp_templates, name)
    (broken / "manifest.json").write_text(manifest, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="resume_builder.output.themes"):
        themes = discover_themes(tmp_templates)
    assert list(themes) == ["good"]
    assert any(name in record.getMessage() for record in caplog.records)
    with pytest.raises(TemplateError, match="Known templates: good"):
        get_theme(name, tmp_templates)


def test_theme_without_template_file_is_skipped(tmp_templates: Path) -> None:
    folder = _copy_theme(tmp_templates, "half")
    (folder / "resume.html.j2").unlink()
    assert discover_themes(tmp_templates) == {}


def test_missing_templates_folder_gives_no_themes(tmp_path: Path) -> None:
    assert discover_themes(tmp_path / "nowhere") == {}


def test_option_values_are_checked() -> None:
    classic = get_theme("classic")
    values = classic.option_values(
        {"accent_color": "red; } body { display: none", "font_size": 40, "unknown": 1}
    )
    assert values == {"accent_color": "#1f3a5f", "font_size": 12.0, "fit_one_page": False}
    assert classic.option_values(
        {"accent_color": "#AA0000", "font_size": 9.5, "fit_one_page": True}
    ) == {"accent_color": "#aa0000", "font_size": 9.5, "fit_one_page": True}
    spec = OptionSpec(type="integer", label="N", default=2, min=1, max=3)
    assert spec.coerce(True) == 2
    assert spec.coerce(2.6) == 3


def test_template_options_reach_the_page() -> None:
    resume = sample_resume()
    resume.settings.template_options = {"accent_color": "#7a1f2b", "font_size": 11}
    html = render_html(resume, "classic")
    assert "--accent-color: #7a1f2b;" in html
    assert "--font-size: 11.0pt;" in html


# --- page content --------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
def test_sample_renders_every_section_in_order(theme_id: str) -> None:
    html = render_html(sample_resume(), theme_id)
    assert _headings(html) == [SECTION_TITLES[s] for s in SECTION_IDS]
    assert "<title>Maria Lopez, RHIT, CCA \u2014 Resume</title>" in html
    assert '<meta name="author" content="Maria Lopez, RHIT, CCA">' in html
    assert '<meta name="keywords" content="ICD-10-CM, ICD-10-PCS, CPT,' in html


@pytest.mark.parametrize("theme_id", THEMES)
def test_contacts_come_right_after_the_name(theme_id: str) -> None:
    html = render_html(sample_resume(), theme_id)
    text = _body_text(html)
    name = text.index("Maria Lopez RHIT, CCA")
    first_heading = text.index("Summary")
    for detail in (
        "maria.lopez@example.com",
        "(555) 010-4827",
        "Springfield, IL",
        "linkedin.com/in/maria-lopez-rhit-example",
    ):
        assert name < text.index(detail) < first_heading, detail


@pytest.mark.parametrize("theme_id", THEMES)
def test_bullets_are_real_list_items(theme_id: str) -> None:
    resume = sample_resume()
    html = render_html(resume, theme_id)
    items = re.findall(r"<li>(.*?)</li>", html, flags=re.S)
    items = [re.sub(r'<span class="nowrap">(.*?)</span>', r"\1", i) for i in items]
    expected = [h for job in resume.work for h in job.highlights]
    assert [i.replace("&#39;", "'") for i in items[: len(expected)]] == expected
    assert html.count('<ul class="bullets">') >= len(resume.work)


def test_section_order_and_hidden_sections_are_respected() -> None:
    resume = sample_resume()
    resume.settings.section_order = ["skills", "education", "work"]
    resume.settings.hidden_sections = ["summary", "references", "interests"]
    headings = _headings(render_html(resume))
    assert headings[:3] == ["Skills", "Education", "Experience"]
    assert "Summary" not in headings
    assert "References" not in headings
    assert "Interests" not in headings
    assert "Certifications" in headings


def test_empty_sections_and_entries_are_left_out() -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "Sam Doe"},
            "work": [{}, {"name": "  ", "highlights": [""]}],
            "skills": [{"name": ""}],
            "awards": [{"title": "Top coder"}],
        }
    )
    html = render_html(resume)
    assert _headings(html) == ["Awards"]
    assert "<ul" not in html


def test_contact_block_is_omitted_when_empty() -> None:
    html = render_html(Resume.from_json_dict({"basics": {"name": "Sam Doe"}}))
    assert 'class="contacts"' not in html
    assert '<h1 class="name"><span class="name-text">Sam Doe</span></h1>' in html


def test_skills_grouped_by_category_labels() -> None:
    html = render_html(sample_resume())
    text = _body_text(html)
    text = text[text.index("Skills") :]
    coding = text.index("Coding & classification:")
    software = text.index("Health records software:")
    assert coding < text.index("ICD-10-PCS") < software < text.index("MEDITECH Expanse")


def _skill_groups(skills: list[Skill]) -> list[tuple[str, list[tuple[str, ...]]]]:
    (section,) = build_outline(Resume(skills=skills)).sections
    return [(group.title, list(group.skills)) for group in section.entries]


def test_skills_without_categories_are_one_plain_group() -> None:
    def skills_text(*skills: Skill) -> str:
        text = _body_text(render_html(Resume(basics=Basics(name="Sam Doe"), skills=list(skills))))
        return text[text.index("Skills") :]

    assert skills_text(Skill(name="CPT"), Skill(name="Epic")) == "Skills CPT , Epic"
    mixed = skills_text(Skill(name="CPT"), Skill(name="Epic", category="Software I use"))
    assert mixed == "Skills Software I use: Epic Other: CPT"


def test_certificate_details() -> None:
    text = _body_text(render_html(sample_resume()))
    assert "Registered Health Information Technician (RHIT)" in text
    assert re.search(r"Registered Health Information Technician \(RHIT\) ?, AHIMA", text)
    assert "Jul 2016, expires Dec 2028 No. RHI" in text
    assert '<p class="entry-detail">No. RHI<span class="nowrap">T-0000-4</span>821</p>' in (
        render_html(sample_resume())
    ), "the number is kept on one line, like all user text"


def test_work_dates_show_present() -> None:
    text = _body_text(render_html(sample_resume()))
    assert "Jun 2021 \u2013 Present" in text
    assert "Aug 2018 \u2013 May 2021" in text


@pytest.mark.parametrize("theme_id", THEMES)
def test_user_text_is_escaped_not_evaluated(theme_id: str) -> None:
    resume = sample_resume()
    resume.basics.name = HOSTILE
    resume.basics.label = "{{ 7*7 }}"
    resume.work[0].highlights = [HOSTILE]
    resume.skills = [Skill(name="{{ 7*7 }}", category="<b>cat</b>")]
    html = render_html(resume, theme_id)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;/div&gt;" in html
    assert "&lt;b&gt;cat&lt;/b&gt;" in html
    assert "{{ 7*7 }}" in html
    assert "49" not in _body_text(html)


def test_unknown_explicit_template_is_an_error() -> None:
    with pytest.raises(TemplateError, match="Known templates: classic"):
        render_html(sample_resume(), "fancy")


def test_unknown_saved_template_falls_back_with_a_warning() -> None:
    resume = sample_resume()
    resume.settings.template = "from-the-future"
    result = build_html(resume)
    assert result.theme.id == DEFAULT_THEME
    assert any("from-the-future" in w for w in result.warnings)


@pytest.mark.parametrize(
    "image",
    ["https://example.com/me.jpg", "http://10.0.0.1/p.png", "file:///etc/passwd", "/home/me.png"],
)
def test_photo_outside_the_resume_is_left_out_with_a_warning(image: str) -> None:
    resume = sample_resume()
    resume.basics.image = image
    result = build_html(resume)
    assert "<img" not in result.html
    assert len(result.warnings) == 1
    assert image[:40] in result.warnings[0]
    assert "was not included" in result.warnings[0]


def test_embedded_photo_is_used() -> None:
    resume = sample_resume()
    resume.basics.image = "data:image/png;base64,iVBORw0KGgo="
    result = build_html(resume)
    assert '<img class="photo" src="data:image/png;base64,iVBORw0KGgo="' in result.html
    assert result.warnings == []


def test_unsafe_links_are_text_only() -> None:
    resume = sample_resume()
    resume.basics.profiles[0].url = "javascript:alert(1)"
    html = render_html(resume)
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()


def test_template_missing_a_part_is_a_template_error(tmp_templates: Path) -> None:
    folder = _copy_theme(tmp_templates, "broken")
    (folder / "resume.html.j2").write_text('{% include "broken/nowhere.html.j2" %}')
    with pytest.raises(TemplateError, match="nowhere"):
        render_html(sample_resume(), "broken", directory=tmp_templates)


def test_theme_can_override_one_section(tmp_templates: Path) -> None:
    folder = _copy_theme(tmp_templates, "custom")
    (folder / "sections").mkdir()
    (folder / "sections" / "languages.html.j2").write_text(
        "<p class='custom'>{{ section.entries | length }} languages</p>\n"
    )
    html = render_html(sample_resume(), "custom", directory=tmp_templates)
    assert "<p class='custom'>2 languages</p>" in html


@pytest.mark.parametrize("theme_id", THEMES)
def test_golden_html_reference(theme_id: str) -> None:
    """Each template's sample page, byte for byte; UPDATE_REFERENCE=1 rewrites the references."""
    reference = REFERENCE_DIR / f"{theme_id}-sample.html"
    html = render_html(sample_resume(), theme_id)
    if UPDATE_REFERENCE:
        reference.parent.mkdir(exist_ok=True)
        reference.write_text(html, encoding="utf-8")
    assert reference.exists(), "no reference yet: run with UPDATE_REFERENCE=1 and review it"
    assert html == reference.read_text(encoding="utf-8"), (
        "HTML changed; if intended, run with UPDATE_REFERENCE=1 and review the diff"
    )


def test_subject_falls_back_to_the_target_role() -> None:
    resume = sample_resume()
    resume.basics.label = None
    html = render_html(resume)
    assert '<meta name="description" content="Medical records technician">' in html


def test_every_bundled_template_describes_itself_in_spanish_too() -> None:
    for theme in discover_themes().values():
        spanish = theme.description_in("es")
        assert spanish and spanish != theme.description, theme.id
        assert theme.description_in("en") == theme.description
        assert theme.description_in("fr") == theme.description  # no translation: English
