"""LinkedIn data exports and Word files read into the model."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from resume_builder.errors import ResumeFileError
from resume_builder.importing import import_file

PROFILE = """First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Guadalupe,Hernandez-Villalobos,,,,"Medical Records Technician, RHIT","Six years in hospital HIM.",Hospitals,,"Austin, Texas, United States",,,
"""
POSITIONS = """Company Name,Title,Description,Location,Started On,Finished On
Riverbend Regional Medical Center,Medical Records Technician II,"• Coded 60 charts a day
• Ran ROI for three clinics","Austin, Texas",Jun 2021,
Lakeside Family Health Partners,Medical Records Clerk,,,Aug 2018,May 2021
"""
EDUCATION = """School Name,Start Date,End Date,Notes,Degree Name,Activities
Austin Community College,2016,2018,,Associate of Applied Science,
"""
SKILLS = "Name\nICD-10-CM\nRelease of Information\n"
CERTS = """Name,Url,Authority,Started On,Finished On,License Number
Registered Health Information Technician (RHIT),,AHIMA,Jul 2018,Dec 2026,RHIT-123
"""
LANGUAGES = 'Name,Proficiency\nSpanish,"Native or bilingual proficiency"\n'
EMAILS = """Email Address,Confirmed,Primary,Updated On
old@example.com,Yes,No,1/1/20
lupe@example.com,Yes,Yes,1/1/24
"""
CONNECTIONS = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
A,B,,,,,
"""


def linkedin_zip(tmp_path: Path, **extra: str) -> Path:
    path = tmp_path / "Basic_LinkedInDataExport_12-01-2026.zip"
    files = {
        "Profile.csv": PROFILE,
        "Positions.csv": POSITIONS,
        "Education.csv": EDUCATION,
        "Skills.csv": SKILLS,
        "Certifications.csv": CERTS,
        "Languages.csv": LANGUAGES,
        "Email Addresses.csv": EMAILS,
        "PhoneNumbers.csv": "Extension,Number,Type\n,(555) 010-7788,Mobile\n",
        "Connections.csv": CONNECTIONS,
        **extra,
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def test_a_linkedin_export_fills_every_part(tmp_path: Path) -> None:
    result = import_file(linkedin_zip(tmp_path))
    resume = result.resume
    assert result.kind == "linkedin"
    assert resume.basics.name == "Guadalupe Hernandez-Villalobos"
    assert resume.basics.label == "Medical Records Technician, RHIT"
    assert resume.basics.email == "lupe@example.com"
    assert resume.basics.phone == "(555) 010-7788"
    first, second = resume.work
    assert (first.name, first.position, first.start_date, first.end_date) == (
        "Riverbend Regional Medical Center",
        "Medical Records Technician II",
        "2021-06",
        None,
    )
    assert first.highlights == ["Coded 60 charts a day", "Ran ROI for three clinics"]
    assert (second.start_date, second.end_date) == ("2018-08", "2021-05")
    assert resume.education[0].institution == "Austin Community College"
    assert resume.education[0].end_date == "2018"
    cert = resume.certificates[0]
    assert (cert.issuer, cert.number, cert.date, cert.expiry_date) == (
        "AHIMA",
        "RHIT-123",
        "2018-07",
        "2026-12",
    )
    assert [s.name for s in resume.skills] == ["ICD-10-CM", "Release of Information"]
    assert resume.languages[0].fluency == "Native or bilingual proficiency"
    assert result.unsure() == []


def test_a_zip_that_is_not_a_linkedin_export(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8")
    with pytest.raises(ResumeFileError, match="not a LinkedIn data export"):
        import_file(path)


def test_word_styles_lists_tables_headers_and_text_boxes(tmp_path: Path) -> None:
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Priya Venkataraman, CCS\tpriya@example.com\t(555) 010-3344"
    document.sections[0].footer.paragraphs[0].text = "Page 1 of 1"
    document.add_heading("Employment History", level=1)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("Coding Specialist").bold = True
    table.cell(0, 1).text = "04/2019 – Present"
    document.add_paragraph("Summit Cardiology Associates")
    document.add_paragraph("Coded cardiology visits in CPT", style="List Bullet")
    document.add_paragraph("Audited modifiers monthly", style="List Number")
    run = document.add_paragraph().add_run("Skills")
    run.bold, run.font.size = True, Pt(14)
    document.add_paragraph("CPT, ICD-10-CM, Epic")
    path = tmp_path / "styled.docx"
    document.save(path)

    resume = import_file(path).resume

    assert resume.basics.name == "Priya Venkataraman"
    assert resume.basics.credentials == ["CCS"]
    assert resume.basics.email == "priya@example.com"
    job = resume.work[0]
    assert (job.position, job.name, job.start_date) == (
        "Coding Specialist",
        "Summit Cardiology Associates",
        "2019-04",
    )
    assert job.highlights == ["Coded cardiology visits in CPT", "Audited modifiers monthly"]
    assert [s.name for s in resume.skills] == ["CPT", "ICD-10-CM", "Epic"]


def test_a_two_column_layout_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Wei Zhang, RHIA")
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = "wei.zhang@example.com"
    for text in ("(555) 010-9911", "Skills", "Cerner", "HIPAA", "Languages", "Mandarin (Native)"):
        left.add_paragraph(text)
    right.paragraphs[0].text = "Experience"
    right.add_paragraph("HIM Analyst, Blue Hills Health System\t2020 – 2024")
    right.add_paragraph("Built the deficiency dashboard", style="List Bullet")
    right.add_paragraph("Education")
    right.add_paragraph("University of Central Prairie, Bachelor of Science, 2019")
    path = tmp_path / "columns.docx"
    document.save(path)

    resume = import_file(path).resume

    assert (resume.basics.name, resume.basics.phone) == ("Wei Zhang", "(555) 010-9911")
    assert [s.name for s in resume.skills] == ["Cerner", "HIPAA"]
    assert resume.languages[0].language == "Mandarin"
    assert (resume.work[0].position, resume.work[0].name) == (
        "HIM Analyst",
        "Blue Hills Health System",
    )
    assert resume.education[0].institution == "University of Central Prairie"


def test_lines_under_an_unknown_heading_stay_out_of_the_section_above(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Hannah Schmidt")
    document.add_heading("Skills", level=1)
    document.add_paragraph("CPT, HIPAA")
    document.add_heading("Hobbies and Pets", level=1)
    document.add_paragraph("Two cats, trail running")
    path = tmp_path / "unknown.docx"
    document.save(path)
    result = import_file(path)
    assert [s.name for s in result.resume.skills] == ["CPT", "HIPAA"]
    assert any("1 line under other headings" in note for note in result.notes)


def test_text_boxes_are_read_where_they_are_anchored(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = Document()
    anchor = document.add_paragraph()
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        "<w:txbxContent>"
        "<w:p><w:r><w:t>Marcus Johnson, CCS</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>marcus.johnson@example.com</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        # Word keeps an old-style copy of every text box; it must not be read twice.
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Marcus Johnson, CCS</w:t></w:r>"
        "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(box)
    document.add_heading("Experience", level=1)
    document.add_paragraph("Coding Specialist, Summit Cardiology Associates, 2020 - 2024")
    path = tmp_path / "textbox.docx"
    document.save(path)

    result = import_file(path)
    resume = result.resume

    assert result.source_text.count("Marcus Johnson") == 1
    assert (resume.basics.name, resume.basics.email) == (
        "Marcus Johnson",
        "marcus.johnson@example.com",
    )
    assert resume.work[0].name == "Summit Cardiology Associates"
