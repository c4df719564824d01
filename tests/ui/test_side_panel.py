"""The side column in the real window: coaching leads to the field, privacy guards export,
versions switch, and the Review step reports what an applicant tracking system reads."""

from __future__ import annotations

import pytest
from pdf_reading import page_count

from resume_builder.sample import sample_resume
from resume_builder.ui import coaching_panel
from resume_builder.ui.side_panel import step_for_path

TIMEOUT_MS = 30_000


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("basics.summary", "summary"),
        ("basics.email", "contact"),
        ("work[1].highlights[0]", "experience"),
        ("certificates[0].expiryDate", "certifications"),
        ("skills", "skills"),
        ("projects[0].highlights[1]", "more"),
        ("workshop", "more"),
    ],
)
def test_step_for_path(path: str, step: str) -> None:
    assert step_for_path(path) == step


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("contact")
    return window


def test_a_coaching_finding_leads_to_its_step(qtbot, window):
    window.document.apply(
        "Weak bullet", lambda r: r.work[0].highlights.append("Responsible for filing charts")
    )
    coach = window.side_panel.coaching
    coach.refresh()
    finding = next(f for f in coach.findings if "Responsible for" in f.excerpt)
    coach.finding_activated.emit(finding.path)
    assert window.current_step() == "experience"


def test_export_warns_while_patient_information_remains(qtbot, window, tmp_path, monkeypatch):
    window.document.apply(
        "PHI", lambda r: r.work[0].highlights.append("Corrected chart for MRN 12345678")
    )
    asked = []

    def refuse(parent, findings):
        asked.append([f.rule for f in findings])
        return False, True

    monkeypatch.setattr(coaching_panel, "confirm_export_with_phi", refuse)
    assert window.export_pdf(tmp_path / "out.pdf") is None
    assert asked and any("mrn" in rule for rule in asked[0])
    assert not (tmp_path / "out.pdf").exists()

    monkeypatch.setattr(coaching_panel, "confirm_export_with_phi", lambda p, f: (True, True))
    job = window.export_pdf(tmp_path / "out.pdf")
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        pass
    assert page_count(tmp_path / "out.pdf") >= 1


def test_switching_versions_from_the_side_panel(qtbot, window, monkeypatch):
    from resume_builder.ui.versions_panel import VersionNameDialog

    monkeypatch.setattr(
        VersionNameDialog,
        "get_name",
        classmethod(lambda cls, *a, **k: (("Coder job", "Inpatient coder"), True)),
    )
    window.side_panel.versions.new_version()
    assert window.document.resume.settings.active_version == "Coder job"
    window.document.apply("Summary", lambda r: setattr(r.basics, "summary", "Coder summary."))
    window.side_panel.versions.switch_version("Main")
    assert window.document.resume.basics.summary == sample_resume().basics.summary
    window.undo_action.trigger()  # undo the switch
    assert window.document.resume.basics.summary == "Coder summary."


def test_review_step_shows_the_ats_check(qtbot, window):
    window.go_to_step("review")
    with qtbot.waitSignal(window.preview.rendered, timeout=TIMEOUT_MS):
        window.preview.render_now(window.document.resume)
    qtbot.waitUntil(lambda: "reads all" in window.review_page.ats_status.text(), timeout=TIMEOUT_MS)
    assert window.review_page.ats_findings.isHidden()


@pytest.mark.parametrize("suffix", ["docx", "txt", "json"])
def test_export_other_formats_from_the_window(qtbot, window, tmp_path, monkeypatch, suffix):
    from resume_builder.ui import dialogs

    target = tmp_path / f"maria.{suffix}"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: (target, True))
    window.export_other_action.trigger()
    assert target.is_file()
    if suffix == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    else:
        text = target.read_text(encoding="utf-8")
    assert "Maria Lopez" in text


def test_export_other_format_refused_is_a_message(
    qtbot, window, tmp_path, monkeypatch, dialog_answers
):
    from resume_builder.ui import dialogs

    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: (tmp_path / "no" / "x.txt", True))
    window.export_other_action.trigger()
    assert any("folder does not exist" in e for e in dialog_answers.errors())
