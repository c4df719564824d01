"""Command line: every core capability is scriptable, and no arguments opens the desktop app.

Exit codes: 0 on success, 1 on invalid input (a bad file, an unknown template), 2 on usage errors.
Errors are one readable line on stderr, never a traceback: anything unexpected is written with
its traceback to the log file (``logs.py``), which the line names.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from resume_builder import __version__
from resume_builder.errors import ExportError, UserError
from resume_builder.language import LANGUAGES
from resume_builder.logs import log_to_file, record_unexpected
from resume_builder.output.papers import PAPERS

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SUGGESTION_KINDS = ("skills", "responsibilities", "summaries", "certifications")
EXPORT_FORMATS = ("pdf", "docx", "txt", "json")
MAX_PDF_BYTES = 50 * 1024 * 1024
_LANG_HELP = "the resume's language for headings and dates (default: the file's own, else en)"
"""An exported resume is well under a megabyte; ``check`` refuses anything past this."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit with code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _build_parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.run
    log_to_file(logging.WARNING)
    try:
        return command(args)
    except UserError as exc:
        _fail(str(exc))
        return EXIT_INVALID
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INVALID
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the error boundary: a bug is logged, the user gets one line
        name = command.__name__.removeprefix("_run_")
        _fail(record_unexpected(exc, f"run '{name}'"))
        return EXIT_INVALID


def _fail(message: str) -> None:
    sys.stderr.write(f"resume-builder: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resume-builder",
        description="Resume builder for health information professionals.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(run=_run_gui, file=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", type=Path, help="resume file to open")
    gui.set_defaults(run=_run_gui)

    export = sub.add_parser("export", help="export a resume to PDF, Word, plain text or JSON")
    export.add_argument("resume", type=Path, help="JSON Resume file")
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="output format (default: from the file name, else pdf)",
    )
    export.add_argument("--template", help="template id (see 'templates')")
    export.add_argument("--version", dest="version_name", help="export this tailored version")
    export.add_argument("--paper", choices=tuple(PAPERS), help="paper size")
    export.add_argument("--lang", choices=LANGUAGES, help=_LANG_HELP)
    export.add_argument(
        "--fit-one-page",
        action="store_true",
        default=None,
        help="PDF: tighten spacing and text size (not below 8.5 pt) to fit one page",
    )
    export.add_argument("--pdf-a", action="store_true", help="PDF: write PDF/A-3b for archiving")
    export.add_argument(
        "--no-embed-data",
        dest="embed_data",
        action="store_false",
        default=None,
        help="PDF: do not attach the resume's JSON (the PDF then cannot be reopened exactly)",
    )
    export.set_defaults(run=_run_export)

    letter = sub.add_parser(
        "letter",
        help="write a cover letter (the saved one, else a draft) as PDF, Word or plain text",
    )
    letter.add_argument("resume", type=Path, help="JSON Resume file")
    letter.add_argument("-o", "--output", type=Path, required=True, help=".pdf, .docx or .txt")
    letter.add_argument(
        "--posting", type=Path, help="job posting (.txt or JSON job) to draft for, if none is saved"
    )
    letter.add_argument("--version", dest="version_name", help="the letter of this version")
    letter.add_argument("--template", help="template id (default: the resume's)")
    letter.add_argument("--paper", choices=tuple(PAPERS), help="paper size")
    letter.set_defaults(run=_run_letter)

    importer = sub.add_parser(
        "import",
        help="read a resume from PDF, Word, plain text, a LinkedIn export or JSON Resume",
        description="Write what was read as a JSON Resume file and list what the reader is "
        "unsure of. A PDF made by this app is restored exactly.",
    )
    importer.add_argument("file", type=Path, help=".pdf, .docx, .txt, LinkedIn .zip or .json")
    importer.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.set_defaults(run=_run_import)

    validate = sub.add_parser("validate", help="check a resume file")
    validate.add_argument("resume", type=Path)
    validate.set_defaults(run=_run_validate)

    check = sub.add_parser("check", help="check what an applicant tracking system reads in a PDF")
    check.add_argument("pdf", type=Path, help="exported PDF")
    check.add_argument("--against", type=Path, required=True, help="the JSON Resume it came from")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(run=_run_check)

    templates = sub.add_parser("templates", help="list the template styles")
    templates.add_argument("--json", action="store_true", help="print JSON")
    templates.set_defaults(run=_run_templates)

    roles = sub.add_parser("roles", help="list the target roles of the field dataset")
    roles.add_argument("--json", action="store_true", help="print JSON")
    roles.set_defaults(run=_run_roles)

    suggest = sub.add_parser("suggest", help="suggest skills, bullets, summaries, certifications")
    suggest.add_argument(
        "--role", help="target role id (default: the resume's, else the main role)"
    )
    suggest.add_argument("--kind", choices=SUGGESTION_KINDS, default="skills")
    suggest.add_argument("--query", help="fuzzy search text, e.g. 'icd 10'")
    suggest.add_argument("--for", dest="for_resume", type=Path, help="leave out what this has")
    suggest.add_argument("--limit", type=_positive_int, default=20)
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(run=_run_suggest)

    match = sub.add_parser(
        "match",
        help="compare a resume with a job posting: terms found, covered, missing, score",
    )
    match.add_argument("resume", type=Path, help="JSON Resume file")
    match.add_argument("posting", type=Path, help="job posting: .txt, or a JSON Resume job .json")
    match.add_argument("--role", help="target role id for suggested bullets (default: resume's)")
    match.add_argument("--json", action="store_true", help="print JSON")
    match.set_defaults(run=_run_match)

    lint = sub.add_parser(
        "lint",
        help="writing, spelling, patient-information and certification advice",
        description="Print advice one finding per line. Findings are advice, so the exit code "
        "is 0 whenever the resume could be read (1 only for an unreadable or invalid file).",
    )
    lint.add_argument("resume", type=Path, help="JSON Resume file")
    lint.add_argument("--json", action="store_true", help="print JSON")
    lint.set_defaults(run=_run_lint)

    sample = sub.add_parser("sample", help="write a complete sample resume")
    sample.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    sample.add_argument("--lang", choices=LANGUAGES, help=_LANG_HELP)
    sample.set_defaults(run=_run_sample)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _run_gui(args: argparse.Namespace) -> int:
    from resume_builder.ui.app import run  # Qt only when the window is wanted

    return run(str(args.file) if args.file else None)


def _run_export(args: argparse.Namespace) -> int:
    from resume_builder.storage import load_resume

    resume = load_resume(args.resume)
    if args.version_name:
        from resume_builder.versions import resume_for_version

        resume = resume_for_version(resume, args.version_name)
    if args.lang:
        resume.settings.language = args.lang
    suffix = args.output.suffix.lower().lstrip(".")
    out_format = args.format or (suffix if suffix in EXPORT_FORMATS else "pdf")
    if out_format != "pdf":
        from resume_builder.output.other_formats import export_other_format

        export_other_format(resume, args.output, out_format)
        print(f"Wrote {args.output}")
        return EXIT_OK

    from resume_builder.output.exporting import export_pdf

    result = export_pdf(
        resume,
        args.output,
        template=args.template,
        paper=args.paper,
        fit_one_page=args.fit_one_page,
        pdf_a=args.pdf_a,
        embed_data=args.embed_data,
    )
    for warning in result.warnings:
        _fail(f"warning: {warning}")
    pages = "page" if result.page_count == 1 else "pages"
    print(f"Wrote {args.output} ({result.page_count} {pages})")
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
    posting = read_posting(args.posting) if args.posting else None
    letter = letter_for(resume, posting)
    result = export_letter(resume, letter, args.output, template=args.template, paper=args.paper)
    for warning in result.warnings if result else []:
        _fail(f"warning: {warning}")
    drafted = "" if letter is resume.settings.letter else " (a draft: no letter was saved)"
    if posting and not drafted:
        _fail("note: the saved letter was used; --posting only drafts when none is saved")
    print(f"Wrote {args.output}{drafted}")
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
    exact = " (restored exactly from the data this app put in the PDF)" * (
        result.kind == "resume-pdf"
    )
    print(f"Wrote {args.output}: {len(result.fields)} fields{exact}.")
    for note in result.notes:
        print(f"note: {note}")
    if unsure:
        print(f"Check these {len(unsure)} fields, the reader was unsure of them:")
    for found in unsure:
        value = found.value if len(found.value) <= 70 else found.value[:67] + "..."
        print(f"- {found.path} = {value!r} ({found.confidence:.0%} sure)")
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
    print(f"{args.resume.name} is a valid resume.")
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from resume_builder.output.checking import check_pdf
    from resume_builder.storage import load_resume, read_regular_file

    resume = load_resume(args.against)
    pdf = read_regular_file(args.pdf, limit=MAX_PDF_BYTES)
    if not pdf.startswith(b"%PDF"):
        raise ExportError(f"{args.pdf.name}: is not a PDF file")
    try:
        report = check_pdf(pdf, resume)
    except Exception as exc:  # pypdf raises many kinds of error for a damaged file
        logging.getLogger(__name__).warning("could not read %s", args.pdf, exc_info=exc)
        raise ExportError(
            f"{args.pdf.name}: the PDF is damaged or in a form this check cannot read"
        ) from exc
    if args.json:
        _print_json(report.as_dict())
    else:
        print(report.summary())
        for reading in report.fields:
            if not reading.ok:
                print(f"- {reading.field}: reads as '{reading.read}', not '{reading.expected}'")
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

    roles = load_catalogue().roles.values()
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "description": r.description} for r in roles])
    else:
        width = max((len(role.id) for role in roles), default=0)
        for role in roles:
            print(f"{role.id:<{width}}  {role.title}")
    return EXIT_OK


def _run_suggest(args: argparse.Namespace) -> int:
    from resume_builder.dataset import DEFAULT_ROLE, load_catalogue
    from resume_builder.storage import load_resume
    from resume_builder.suggestions import retired_note, suggest

    resume = load_resume(args.for_resume) if args.for_resume else None
    role = args.role or (resume.settings.target_role if resume else None) or DEFAULT_ROLE
    catalogue = load_catalogue()
    catalogue.role(role)  # a clear error for an unknown role before searching
    items = suggest(catalogue, role, args.kind, resume=resume, query=args.query, limit=args.limit)
    if args.json:
        _print_json([_suggestion_json(item) for item in items])
        return EXIT_OK
    note = retired_note(catalogue, args.query)
    if note:
        print(f"Note: {note}")
    if not items:
        print("No suggestions.")
    for item in items:
        share = f"  ({item.share:g}% of resumes)" if item.share is not None else ""
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

    resume = load_resume(args.resume)
    report = match_posting(resume, read_posting(args.posting), role_id=args.role)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    if not report.found:
        print("No health information terms found in the posting.")
        return EXIT_OK
    print(f"Score: {report.score}/100 ({len(report.covered)} of {len(report.found)} terms covered)")
    print(f"Found ({len(report.found)}): " + ", ".join(h.term.name for h in report.found))
    print(f"Covered ({len(report.covered)}): " + ", ".join(h.term.name for h in report.covered))
    print(f"Missing ({len(report.missing)}):")
    for hit in report.missing:
        level = f", {hit.requirement}" if hit.requirement else ""
        print(f"- {hit.term.name} [{hit.term.category_label}{level}]")
        if hit.note:
            print(f"    {hit.note}")
        for entry in hit.suggestions[:2]:
            print(f"    try: {entry.text}")
    for check in report.requirements:
        mark = {True: "met", False: "not met", None: "unknown"}[check.met]
        print(f"Requirement ({check.requirement.kind}, {mark}): {check.requirement.text}")
        if check.detail:
            print(f"    {check.detail}")
    return EXIT_OK


def _run_lint(args: argparse.Namespace) -> int:
    from resume_builder.coaching.review import lint_resume
    from resume_builder.coaching.strength import resume_strength
    from resume_builder.storage import load_resume

    resume = load_resume(args.resume)
    findings = lint_resume(resume)
    strength = resume_strength(resume, findings)
    if args.json:
        _print_json({"findings": [f.to_json() for f in findings], "strength": strength.to_json()})
        return EXIT_OK
    for finding in findings:
        quoted = f' "{finding.excerpt}"' if finding.excerpt else ""
        print(f"{finding.path}: {finding.severity} [{finding.rule}]{quoted} {finding.message}")
    count = len(findings)
    print(f"{count} finding{'s' if count != 1 else ''}. Strength: {strength.score}/100.")
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
        print(f"Wrote {args.output}")
    return EXIT_OK


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
