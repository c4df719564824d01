"""Command line: every core capability is scriptable, and no arguments opens the desktop app.

Exit codes: 0 on success, 1 on invalid input (a bad file, an unknown template), 2 on usage errors.
Errors are one readable line on stderr, never a traceback: anything unexpected is written with
its traceback to the log file (``logs.py``), which the line names.

Messages, help and advice are in English, or in Spanish when ``--ui-lang es`` (before the
command) or the locale asks for it (see :func:`message_language`). That is the reader's
language; ``--lang`` of ``export`` and ``sample`` is the resume's, for its headings and dates.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from resume_builder import __version__
from resume_builder.errors import ExportError, UserError
from resume_builder.language import LANGUAGES
from resume_builder.logs import log_to_file, record_unexpected
from resume_builder.messages import Messages
from resume_builder.output.papers import PAPERS

if TYPE_CHECKING:
    from resume_builder.models import Resume

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SUGGESTION_KINDS = ("skills", "responsibilities", "summaries", "certifications")
EXPORT_FORMATS = ("pdf", "docx", "txt", "json")
MAX_PDF_BYTES = 50 * 1024 * 1024
"""An exported resume is well under a megabyte; ``check`` refuses anything past this."""
UI_LANG_FLAG = "--ui-lang"

MESSAGES = Messages(
    {
        "description": {
            "en": "Resume builder for health information professionals.",
            "es": "Creador de currículums para profesionales de información de salud.",
        },
        "h-ui-lang": {
            "en": "language of these messages and help (default: from LANGUAGE, LC_ALL, "
            "LC_MESSAGES or LANG, else en); give it before the command. The resume's own "
            "language is the --lang of export, sample and suggest",
            "es": "idioma de estos mensajes y de la ayuda (predeterminado: según LANGUAGE, "
            "LC_ALL, LC_MESSAGES o LANG; si no, en); indíquelo antes de la orden. El idioma del "
            "currículum es --lang de export, sample y suggest",
        },
        "commands": {"en": "commands", "es": "órdenes"},
        "see-help": {"en": "(see --help)", "es": "(vea --help)"},
        "interrupted": {"en": "interrupted", "es": "interrumpido"},
        "h-gui": {
            "en": "open the desktop app (the default)",
            "es": "abre la aplicación de escritorio (la opción predeterminada)",
        },
        "h-gui-file": {"en": "resume file to open", "es": "archivo de currículum que abrir"},
        "h-export": {
            "en": "export a resume to PDF, Word, plain text or JSON",
            "es": "exporta un currículum a PDF, Word, texto simple o JSON",
        },
        "h-resume": {"en": "JSON Resume file", "es": "archivo JSON Resume"},
        "h-output": {"en": "file to write", "es": "archivo que escribir"},
        "h-format": {
            "en": "output format (default: from the file name, else pdf)",
            "es": "formato de salida (predeterminado: según el nombre del archivo; si no, pdf)",
        },
        "h-template": {
            "en": "template id (see 'templates')",
            "es": "id de la plantilla (vea 'templates')",
        },
        "h-export-version": {
            "en": "export this tailored version",
            "es": "exporta esta versión adaptada",
        },
        "h-paper": {"en": "paper size", "es": "tamaño del papel"},
        "h-lang": {
            "en": "the resume's language for headings and dates (default: the file's own, else en)",
            "es": "idioma del currículum para encabezados y fechas (predeterminado: el del "
            "archivo; si no, en)",
        },
        "h-fit-one-page": {
            "en": "PDF: tighten spacing and text size (not below 8.5 pt) to fit one page",
            "es": "PDF: reduce el espaciado y el tamaño del texto (no menos de 8.5 pt) para que "
            "quepa en una página",
        },
        "h-pdf-a": {
            "en": "PDF: write PDF/A-3b for archiving",
            "es": "PDF: escribe PDF/A-3b para archivarlo",
        },
        "h-no-embed-data": {
            "en": "PDF: do not attach the resume's JSON (the PDF then cannot be reopened exactly)",
            "es": "PDF: no adjunta el JSON del currículum (así el PDF no se puede volver a "
            "abrir exactamente)",
        },
        "h-letter": {
            "en": "write a cover letter (the saved one, else a draft) as PDF, Word or plain text",
            "es": "escribe una carta de presentación (la guardada; si no, un borrador) en PDF, "
            "Word o texto simple",
        },
        "h-letter-output": {"en": ".pdf, .docx or .txt", "es": ".pdf, .docx o .txt"},
        "h-letter-posting": {
            "en": "job posting (.txt or JSON job) to draft for, if none is saved",
            "es": "anuncio de empleo (.txt o empleo JSON) para redactar un borrador, si no hay "
            "una carta guardada",
        },
        "h-letter-version": {"en": "the letter of this version", "es": "la carta de esta versión"},
        "h-letter-template": {
            "en": "template id (default: the resume's)",
            "es": "id de la plantilla (predeterminado: la del currículum)",
        },
        "h-import": {
            "en": "read a resume from PDF, Word, plain text, a LinkedIn export or JSON Resume",
            "es": "lee un currículum de PDF, Word, texto simple, una exportación de LinkedIn o "
            "JSON Resume",
        },
        "h-import-description": {
            "en": "Write what was read as a JSON Resume file and list what the reader is unsure "
            "of. A PDF made by this app is restored exactly.",
            "es": "Escribe lo leído como archivo JSON Resume y enumera lo que el lector no tiene "
            "claro. Un PDF creado por esta aplicación se restaura exactamente.",
        },
        "h-import-file": {
            "en": ".pdf, .docx, .txt, LinkedIn .zip or .json",
            "es": ".pdf, .docx, .txt, .zip de LinkedIn o .json",
        },
        "h-import-output": {"en": "JSON file to write", "es": "archivo JSON que escribir"},
        "h-import-json": {
            "en": "print the report as JSON",
            "es": "imprime el informe como JSON",
        },
        "h-json": {"en": "print JSON", "es": "imprime JSON"},
        "h-validate": {"en": "check a resume file", "es": "revisa un archivo de currículum"},
        "h-check": {
            "en": "check what an applicant tracking system reads in a PDF",
            "es": "revisa lo que un sistema de seguimiento de candidatos (ATS) lee en un PDF",
        },
        "h-check-pdf": {"en": "exported PDF", "es": "PDF exportado"},
        "h-check-against": {
            "en": "the JSON Resume it came from",
            "es": "el JSON Resume del que proviene",
        },
        "h-templates": {"en": "list the template styles", "es": "enumera los estilos de plantilla"},
        "h-roles": {
            "en": "list the target roles of the field dataset",
            "es": "enumera los puestos objetivo de los datos del campo",
        },
        "h-suggest": {
            "en": "suggest skills, bullets, summaries, certifications",
            "es": "sugiere habilidades, logros, resúmenes y certificaciones",
        },
        "h-suggest-role": {
            "en": "target role id (default: the resume's, else the main role)",
            "es": "id del puesto objetivo (predeterminado: el del currículum; si no, el principal)",
        },
        "h-kind": {"en": "what to suggest", "es": "qué sugerir"},
        "h-query": {
            "en": "fuzzy search text, e.g. 'icd 10'",
            "es": "texto de búsqueda aproximada, p. ej. 'icd 10'",
        },
        "h-for": {"en": "leave out what this has", "es": "omite lo que ya tiene este currículum"},
        "h-suggest-lang": {
            "en": "the resume's language, for the suggested texts (default: the --for resume's, "
            "else en)",
            "es": "idioma del currículum, para los textos sugeridos (predeterminado: el del "
            "currículum de --for; si no, en)",
        },
        "h-limit": {
            "en": "at most this many (default: 20)",
            "es": "como máximo esta cantidad (predeterminado: 20)",
        },
        "h-match": {
            "en": "compare a resume with a job posting: terms found, covered, missing, score",
            "es": "compara un currículum con un anuncio de empleo: términos encontrados, "
            "cubiertos, faltantes y puntuación",
        },
        "h-posting": {
            "en": "job posting: .txt, or a JSON Resume job .json",
            "es": "anuncio de empleo: .txt o un empleo JSON Resume .json",
        },
        "h-match-role": {
            "en": "target role id for suggested bullets (default: resume's)",
            "es": "id del puesto objetivo para los logros sugeridos (predeterminado: el del "
            "currículum)",
        },
        "h-lint": {
            "en": "writing, spelling, patient-information and certification advice",
            "es": "consejos de redacción, ortografía, información de pacientes y certificaciones",
        },
        "h-lint-description": {
            "en": "Print advice one finding per line. Findings are advice, so the exit code is 0 "
            "whenever the resume could be read (1 only for an unreadable or invalid file).",
            "es": "Imprime los consejos, uno por línea. Son consejos, así que el código de salida "
            "es 0 siempre que se pudo leer el currículum (1 solo si el archivo es ilegible o no "
            "es válido).",
        },
        "h-sample": {
            "en": "write a complete sample resume",
            "es": "escribe un currículum de ejemplo completo",
        },
        "h-sample-output": {
            "en": "file to write (default: stdout)",
            "es": "archivo que escribir (predeterminado: la salida estándar)",
        },
        "positive": {
            "en": "must be a whole number, 1 or more",
            "es": "debe ser un número entero, 1 o más",
        },
        "wrote": {"en": "Wrote {path}", "es": "Se escribió {path}"},
        "wrote-pages/one": {
            "en": "Wrote {path} ({count} page)",
            "es": "Se escribió {path} ({count} página)",
        },
        "wrote-pages/other": {
            "en": "Wrote {path} ({count} pages)",
            "es": "Se escribió {path} ({count} páginas)",
        },
        "warning": {"en": "warning: {warning}", "es": "aviso: {warning}"},
        "wrote-draft": {
            "en": "Wrote {path} (a draft: no letter was saved)",
            "es": "Se escribió {path} (un borrador: no había ninguna carta guardada)",
        },
        "saved-letter-used": {
            "en": "note: the saved letter was used; --posting only drafts when none is saved",
            "es": "nota: se usó la carta guardada; --posting solo redacta un borrador cuando no "
            "hay ninguna guardada",
        },
        "imported": {
            "en": "Wrote {path}: {count} fields.",
            "es": "Se escribió {path}: {count} campos.",
        },
        "imported-exact": {
            "en": "Wrote {path}: {count} fields (restored exactly from the data this app put in "
            "the PDF).",
            "es": "Se escribió {path}: {count} campos (restaurados exactamente de los datos que "
            "esta aplicación puso en el PDF).",
        },
        "note": {"en": "note: {note}", "es": "nota: {note}"},
        "unsure": {
            "en": "Check these {count} fields, the reader was unsure of them:",
            "es": "Revise estos {count} campos; el lector no estaba seguro de ellos:",
        },
        "unsure-field": {
            "en": "- {path} = {value} ({sure} sure)",
            "es": "- {path} = {value} (seguro al {sure})",
        },
        "valid": {"en": "{file} is a valid resume.", "es": "{file} es un currículum válido."},
        "not-pdf": {"en": "{file}: is not a PDF file", "es": "{file}: no es un archivo PDF"},
        "damaged-pdf": {
            "en": "{file}: the PDF is damaged or in a form this check cannot read",
            "es": "{file}: el PDF está dañado o en una forma que esta revisión no puede leer",
        },
        "reads-as": {
            "en": "- {field}: reads as '{read}', not '{expected}'",
            "es": "- {field}: se lee «{read}», no «{expected}»",
        },
        "suggest-note": {"en": "Note: {note}", "es": "Nota: {note}"},
        "no-suggestions": {"en": "No suggestions.", "es": "No hay sugerencias."},
        "share": {"en": "  ({share}% of resumes)", "es": "  ({share}% de los currículums)"},
        "no-terms": {
            "en": "No health information terms found in the posting.",
            "es": "No se encontraron términos de información de salud en el anuncio.",
        },
        "score": {
            "en": "Score: {score}/100 ({covered} of {found} terms covered)",
            "es": "Puntuación: {score}/100 ({covered} de {found} términos cubiertos)",
        },
        "found": {"en": "Found ({count}): {names}", "es": "Encontrados ({count}): {names}"},
        "covered": {"en": "Covered ({count}): {names}", "es": "Cubiertos ({count}): {names}"},
        "missing": {"en": "Missing ({count}):", "es": "Faltan ({count}):"},
        "required": {"en": "required", "es": "obligatorio"},
        "preferred": {"en": "preferred", "es": "preferido"},
        "try": {"en": "    try: {text}", "es": "    pruebe: {text}"},
        "requirement": {
            "en": "Requirement ({kind}, {mark}): {text}",
            "es": "Requisito ({kind}, {mark}): {text}",
        },
        "education": {"en": "education", "es": "formación"},
        "experience": {"en": "experience", "es": "experiencia"},
        "met": {"en": "met", "es": "cumplido"},
        "not-met": {"en": "not met", "es": "no cumplido"},
        "unknown": {"en": "unknown", "es": "desconocido"},
        "severity-error": {"en": "error", "es": "error"},
        "severity-warning": {"en": "warning", "es": "aviso"},
        "severity-tip": {"en": "tip", "es": "consejo"},
        "findings/one": {
            "en": "{count} finding. Strength: {score}/100.",
            "es": "{count} observación. Solidez: {score}/100.",
        },
        "findings/other": {
            "en": "{count} findings. Strength: {score}/100.",
            "es": "{count} observaciones. Solidez: {score}/100.",
        },
    }
)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit with code 2."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {MESSAGES.text('see-help', self.lang)}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = message_language(argv, os.environ)
    args = _build_parser(lang).parse_args(argv)
    args.ui_lang = lang
    command: Callable[[argparse.Namespace], int] = args.run
    log_to_file(logging.WARNING)
    try:
        return command(args)
    except UserError as exc:
        _fail(exc.in_language(lang))
        return EXIT_INVALID
    except KeyboardInterrupt:
        _fail(MESSAGES.text("interrupted", lang))
        return EXIT_INVALID
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the error boundary: a bug is logged, the user gets one line
        name = command.__name__.removeprefix("_run_")
        _fail(record_unexpected(exc, f"run '{name}'"))
        return EXIT_INVALID


def message_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language of the CLI's own messages: ``--ui-lang``, else the locale, else English.

    The locale is read the way gettext reads it: the first of LANGUAGE, LC_ALL, LC_MESSAGES and
    LANG that is set (LANGUAGE may list several, "es:en"); Spanish when it starts with "es".
    The flag is read before parsing because the help text itself is translated.
    """
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == UI_LANG_FLAG and i + 1 < len(argv) else None
        if arg.startswith(UI_LANG_FLAG + "="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0].strip()
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def _fail(message: str) -> None:
    sys.stderr.write(f"resume-builder: {message}\n")


def _build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser, its help in ``lang``."""

    def say(key: str) -> str:
        return MESSAGES.text(key, lang)

    parser_class = functools.partial(_Parser, lang=lang)
    parser = _Parser(prog="resume-builder", description=say("description"), lang=lang)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(UI_LANG_FLAG, choices=LANGUAGES, metavar="{en,es}", help=say("h-ui-lang"))
    parser.set_defaults(run=_run_gui, file=None)
    sub = parser.add_subparsers(  # type: ignore[call-overload]  # a partial, not a class
        title=say("commands"), metavar="COMMAND", parser_class=parser_class
    )

    gui = sub.add_parser("gui", help=say("h-gui"))
    gui.add_argument("file", nargs="?", type=Path, help=say("h-gui-file"))
    gui.set_defaults(run=_run_gui)

    export = sub.add_parser("export", help=say("h-export"))
    export.add_argument("resume", type=Path, help=say("h-resume"))
    export.add_argument("-o", "--output", type=Path, required=True, help=say("h-output"))
    export.add_argument("--format", choices=EXPORT_FORMATS, help=say("h-format"))
    export.add_argument("--template", help=say("h-template"))
    export.add_argument("--version", dest="version_name", help=say("h-export-version"))
    export.add_argument("--paper", choices=tuple(PAPERS), help=say("h-paper"))
    export.add_argument("--lang", choices=LANGUAGES, help=say("h-lang"))
    export.add_argument(
        "--fit-one-page", action="store_true", default=None, help=say("h-fit-one-page")
    )
    export.add_argument("--pdf-a", action="store_true", help=say("h-pdf-a"))
    export.add_argument(
        "--no-embed-data",
        dest="embed_data",
        action="store_false",
        default=None,
        help=say("h-no-embed-data"),
    )
    export.set_defaults(run=_run_export)

    letter = sub.add_parser("letter", help=say("h-letter"))
    letter.add_argument("resume", type=Path, help=say("h-resume"))
    letter.add_argument("-o", "--output", type=Path, required=True, help=say("h-letter-output"))
    letter.add_argument("--posting", type=Path, help=say("h-letter-posting"))
    letter.add_argument("--version", dest="version_name", help=say("h-letter-version"))
    letter.add_argument("--template", help=say("h-letter-template"))
    letter.add_argument("--paper", choices=tuple(PAPERS), help=say("h-paper"))
    letter.set_defaults(run=_run_letter)

    importer = sub.add_parser(
        "import", help=say("h-import"), description=say("h-import-description")
    )
    importer.add_argument("file", type=Path, help=say("h-import-file"))
    importer.add_argument("-o", "--output", type=Path, required=True, help=say("h-import-output"))
    importer.add_argument("--json", action="store_true", help=say("h-import-json"))
    importer.set_defaults(run=_run_import)

    validate = sub.add_parser("validate", help=say("h-validate"))
    validate.add_argument("resume", type=Path, help=say("h-resume"))
    validate.set_defaults(run=_run_validate)

    check = sub.add_parser("check", help=say("h-check"))
    check.add_argument("pdf", type=Path, help=say("h-check-pdf"))
    check.add_argument("--against", type=Path, required=True, help=say("h-check-against"))
    check.add_argument("--json", action="store_true", help=say("h-json"))
    check.set_defaults(run=_run_check)

    templates = sub.add_parser("templates", help=say("h-templates"))
    templates.add_argument("--json", action="store_true", help=say("h-json"))
    templates.set_defaults(run=_run_templates)

    roles = sub.add_parser("roles", help=say("h-roles"))
    roles.add_argument("--json", action="store_true", help=say("h-json"))
    roles.set_defaults(run=_run_roles)

    suggest = sub.add_parser("suggest", help=say("h-suggest"))
    suggest.add_argument("--role", help=say("h-suggest-role"))
    suggest.add_argument("--kind", choices=SUGGESTION_KINDS, default="skills", help=say("h-kind"))
    suggest.add_argument("--query", help=say("h-query"))
    suggest.add_argument("--for", dest="for_resume", type=Path, help=say("h-for"))
    suggest.add_argument("--lang", choices=LANGUAGES, help=say("h-suggest-lang"))
    suggest.add_argument(
        "--limit", type=functools.partial(_positive_int, lang=lang), default=20, help=say("h-limit")
    )
    suggest.add_argument("--json", action="store_true", help=say("h-json"))
    suggest.set_defaults(run=_run_suggest)

    match = sub.add_parser("match", help=say("h-match"))
    match.add_argument("resume", type=Path, help=say("h-resume"))
    match.add_argument("posting", type=Path, help=say("h-posting"))
    match.add_argument("--role", help=say("h-match-role"))
    match.add_argument("--json", action="store_true", help=say("h-json"))
    match.set_defaults(run=_run_match)

    lint = sub.add_parser("lint", help=say("h-lint"), description=say("h-lint-description"))
    lint.add_argument("resume", type=Path, help=say("h-resume"))
    lint.add_argument("--json", action="store_true", help=say("h-json"))
    lint.set_defaults(run=_run_lint)

    sample = sub.add_parser("sample", help=say("h-sample"))
    sample.add_argument("-o", "--output", type=Path, help=say("h-sample-output"))
    sample.add_argument("--lang", choices=LANGUAGES, help=say("h-lang"))
    sample.set_defaults(run=_run_sample)
    return parser


def _positive_int(text: str, lang: str = "en") -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(MESSAGES.text("positive", lang))
    return value


def _run_gui(args: argparse.Namespace) -> int:
    from resume_builder.ui.app import run  # Qt only when the window is wanted

    return run(str(args.file) if args.file else None)


def _resume_to_export(args: argparse.Namespace) -> Resume:
    """The resume ``export`` was given, as the version and language asked for."""
    from resume_builder.storage import load_resume

    resume = load_resume(args.resume)
    if args.version_name:
        from resume_builder.versions import resume_for_version

        resume = resume_for_version(resume, args.version_name)
    if args.lang:
        resume.settings.language = args.lang
    return resume


def _run_export(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower().lstrip(".")
    out_format = args.format or (suffix if suffix in EXPORT_FORMATS else "pdf")
    if out_format != "pdf":
        from resume_builder.output.other_formats import export_other_format

        export_other_format(_resume_to_export(args), args.output, out_format)
        print(MESSAGES.text("wrote", args.ui_lang, path=args.output))
        return EXIT_OK

    from resume_builder.output.pdf_process import pdf_maker

    # One resume, then the process ends: its cyclic garbage is small, and collecting it cost a
    # sixth of a cold export (measured interleaved, 1014 -> 851 ms).
    gc.disable()
    with pdf_maker() as maker:  # WeasyPrint loads in a child while the resume is read
        from resume_builder.output.exporting import export_pdf

        result = export_pdf(
            _resume_to_export(args),
            args.output,
            template=args.template,
            paper=args.paper,
            fit_one_page=args.fit_one_page,
            pdf_a=args.pdf_a,
            embed_data=args.embed_data,
            maker=maker,
        )
    for warning in result.warnings:
        _fail(MESSAGES.text("warning", args.ui_lang, warning=warning))
    print(MESSAGES.plural("wrote-pages", result.page_count, args.ui_lang, path=args.output))
    return EXIT_OK


def _run_letter(args: argparse.Namespace) -> int:
    from resume_builder.coaching.matching import read_posting
    from resume_builder.letters import letter_for
    from resume_builder.output.letter_export import export_letter
    from resume_builder.storage import load_resume

    resume = load_resume(args.resume)
    if args.version_name:
        from resume_builder.versions import resume_for_version

        resume = resume_for_version(resume, args.version_name)
    lang = args.ui_lang
    posting = read_posting(args.posting, lang=lang) if args.posting else None
    letter = letter_for(resume, posting)
    result = export_letter(resume, letter, args.output, template=args.template, paper=args.paper)
    for warning in result.warnings if result else []:
        _fail(MESSAGES.text("warning", lang, warning=warning))
    saved = letter is resume.settings.letter
    if posting and saved:
        _fail(MESSAGES.text("saved-letter-used", lang))
    print(MESSAGES.text("wrote" if saved else "wrote-draft", lang, path=args.output))
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from resume_builder.importing import import_file
    from resume_builder.storage import atomic_write_bytes

    result = import_file(args.file)
    text = json.dumps(result.resume.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(args.output, text.encode("utf-8"))
    unsure = result.unsure()
    if args.json:
        _print_json(
            {
                "output": str(args.output),
                "kind": result.kind,
                "fields": len(result.fields),
                "unsure": [
                    {"path": f.path, "value": f.value, "confidence": f.confidence} for f in unsure
                ],
                "notes": result.notes,
            }
        )
        return EXIT_OK
    lang = args.ui_lang
    key = "imported-exact" if result.kind == "resume-pdf" else "imported"
    print(MESSAGES.text(key, lang, path=args.output, count=len(result.fields)))
    for note in result.notes:
        print(MESSAGES.text("note", lang, note=note))
    if unsure:
        print(MESSAGES.text("unsure", lang, count=len(unsure)))
    for found in unsure:
        value = found.value if len(found.value) <= 70 else found.value[:67] + "..."
        sure = f"{found.confidence:.0%}"
        print(MESSAGES.text("unsure-field", lang, path=found.path, value=repr(value), sure=sure))
    return EXIT_OK


def _run_validate(args: argparse.Namespace) -> int:
    from resume_builder.storage import load_resume
    from resume_builder.validation import find_problems

    resume = load_resume(args.resume)
    problems = find_problems(resume)
    for problem in problems:
        _fail(f"{args.resume.name} ({problem.path}): {problem.message}")
    if problems:
        return EXIT_INVALID
    print(MESSAGES.text("valid", args.ui_lang, file=args.resume.name))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from resume_builder.output.checking import check_pdf
    from resume_builder.storage import load_resume, read_regular_file

    resume = load_resume(args.against)
    pdf = read_regular_file(args.pdf, limit=MAX_PDF_BYTES)
    lang = args.ui_lang
    if not pdf.startswith(b"%PDF"):
        raise ExportError(MESSAGES.text("not-pdf", lang, file=args.pdf.name))
    try:
        report = check_pdf(pdf, resume, lang)
    except Exception as exc:  # pypdf raises many kinds of error for a damaged file
        logging.getLogger(__name__).warning("could not read %s", args.pdf, exc_info=exc)
        raise ExportError(MESSAGES.text("damaged-pdf", lang, file=args.pdf.name)) from exc
    if args.json:
        _print_json(report.as_dict())
    else:
        print(report.summary())
        for reading in report.fields:
            if not reading.ok:
                print(
                    MESSAGES.text(
                        "reads-as",
                        lang,
                        field=reading.field,
                        read=reading.read,
                        expected=reading.expected,
                    )
                )
        for finding in report.findings:
            print(f"- {finding.message} {finding.fix}")
    return EXIT_OK if report.passed else EXIT_INVALID


def _run_templates(args: argparse.Namespace) -> int:
    from resume_builder.output.themes import discover_themes

    themes = discover_themes().values()
    if args.json:
        rows = [{"id": t.id, "name": t.name, "description": t.description} for t in themes]
        _print_json(rows)
    else:
        for theme in themes:
            print(f"{theme.id:<12} {theme.name}: {theme.description}")
    return EXIT_OK


def _run_roles(args: argparse.Namespace) -> int:
    from resume_builder.dataset import load_catalogue

    catalogue = load_catalogue()
    if args.json:  # the dataset's own texts, the same in every language
        roles = catalogue.roles.values()
        _print_json([{"id": r.id, "title": r.title, "description": r.description} for r in roles])
    else:
        titles = catalogue.role_titles(args.ui_lang)
        width = max((len(role_id) for role_id in titles), default=0)
        for role_id, title in titles.items():
            print(f"{role_id:<{width}}  {title}")
    return EXIT_OK


def _run_suggest(args: argparse.Namespace) -> int:
    from resume_builder.dataset import DEFAULT_ROLE, load_catalogue
    from resume_builder.storage import load_resume
    from resume_builder.suggestions import retired_note, suggest

    resume = load_resume(args.for_resume) if args.for_resume else None
    role = args.role or (resume.settings.target_role if resume else None) or DEFAULT_ROLE
    catalogue = load_catalogue()
    catalogue.role(role)  # a clear error for an unknown role before searching
    items = suggest(
        catalogue,
        role,
        args.kind,
        resume=resume,
        query=args.query,
        limit=args.limit,
        language=args.lang,
    )
    if args.json:
        _print_json([_suggestion_json(item) for item in items])
        return EXIT_OK
    lang = args.ui_lang
    note = retired_note(catalogue, args.query)
    if note:
        print(MESSAGES.text("suggest-note", lang, note=note))
    if not items:
        print(MESSAGES.text("no-suggestions", lang))
    for item in items:
        share = (
            MESSAGES.text("share", lang, share=f"{item.share:g}") if item.share is not None else ""
        )
        print(f"[{item.category_label}] {item.text}{share}" if item.category_label else item.text)
    return EXIT_OK


def _suggestion_json(item: Any) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "id": item.id,
        "text": item.text,
        "category": item.category,
        "share": item.share,
        "score": round(item.score, 3),
        "source": item.source,
    }


def _run_match(args: argparse.Namespace) -> int:
    from resume_builder.coaching.matching import match_posting, read_posting
    from resume_builder.storage import load_resume

    lang = args.ui_lang
    resume = load_resume(args.resume)
    posting = read_posting(args.posting, lang=lang)
    report = match_posting(resume, posting, role_id=args.role, lang=lang)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    if not report.found:
        print(MESSAGES.text("no-terms", lang))
        return EXIT_OK
    found, covered, missing = report.found, report.covered, report.missing
    print(MESSAGES.text("score", lang, score=report.score, covered=len(covered), found=len(found)))
    print(MESSAGES.text("found", lang, count=len(found), names=_names(found)))
    print(MESSAGES.text("covered", lang, count=len(covered), names=_names(covered)))
    print(MESSAGES.text("missing", lang, count=len(missing)))
    for hit in missing:
        level = f", {MESSAGES.text(hit.requirement, lang)}" if hit.requirement else ""
        print(f"- {hit.term.name} [{hit.term.category_label}{level}]")
        if hit.note:
            print(f"    {hit.note}")
        for entry in hit.suggestions[:2]:
            print(MESSAGES.text("try", lang, text=entry.text))
    for check in report.requirements:
        mark = MESSAGES.text({True: "met", False: "not-met", None: "unknown"}[check.met], lang)
        kind = MESSAGES.text(check.requirement.kind, lang)
        print(MESSAGES.text("requirement", lang, kind=kind, mark=mark, text=check.requirement.text))
        if check.detail:
            print(f"    {check.detail}")
    return EXIT_OK


def _names(hits: Sequence[Any]) -> str:
    return ", ".join(h.term.name for h in hits)


def _run_lint(args: argparse.Namespace) -> int:
    from resume_builder.coaching.review import lint_resume
    from resume_builder.coaching.strength import resume_strength
    from resume_builder.storage import load_resume

    lang = args.ui_lang
    resume = load_resume(args.resume)
    findings = lint_resume(resume, lang=lang)
    strength = resume_strength(resume, findings, lang=lang)
    if args.json:
        _print_json({"findings": [f.to_json() for f in findings], "strength": strength.to_json()})
        return EXIT_OK
    for finding in findings:
        quoted = f' "{finding.excerpt}"' if finding.excerpt else ""
        severity = MESSAGES.text(f"severity-{finding.severity}", lang)
        print(f"{finding.path}: {severity} [{finding.rule}]{quoted} {finding.message}")
    print(MESSAGES.plural("findings", len(findings), lang, score=strength.score))
    for item in strength.to_do:
        print(f"- {item.text} (+{item.weight})")
    return EXIT_OK


def _run_sample(args: argparse.Namespace) -> int:
    from resume_builder.sample import sample_resume
    from resume_builder.storage import atomic_write_bytes

    resume = sample_resume()
    if args.lang:
        resume.settings.language = args.lang
    text = json.dumps(resume.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        atomic_write_bytes(args.output, text.encode("utf-8"))
        print(MESSAGES.text("wrote", args.ui_lang, path=args.output))
    return EXIT_OK


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
