"""Write the import test corpus: invented resumes as JSON truth, PDF and DOCX made differently.

Run from the checkout: ``.venv/bin/python scripts/make_import_corpus.py``. Everyone in it is
invented (phones in 555-01xx, addresses at example.com). Each resume is rendered to PDF by one of
our templates (without the embedded data, so the text is what gets read) and written to .docx in
one of four styles: the app's own Word export, a table layout with the contact details in the
page header and Spanish or other headings, a hand-typed style with dash bullets and numbers, and
a two-column layout table. Each .docx is also turned into NN.lo.pdf by LibreOffice (headless),
when it is installed. The files are committed so tests and CI need no LibreOffice.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

from resume_builder.models import Resume
from resume_builder.output.exporting import render_pdf

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "import_corpus"
TEMPLATES = ["classic", "compact", "executive", "minimal", "modern", "sidebar"]
FIRST = ["Maria", "James", "Aisha", "Wei", "Guadalupe", "Olumide", "Kateryna", "Daniel", "Priya",
         "Roberto", "Siobhan", "Thanh", "Fatima", "Jonathan", "Esperanza", "Marcus", "Hannah",
         "Luis", "Adaeze", "Christopher"]  # fmt: skip
LAST = ["Lopez", "Carter", "Rahman", "Zhang", "Hernandez-Villalobos", "Adeyemi", "Kovalenko",
        "O'Brien", "Venkataraman", "de la Cruz", "Murphy", "Nguyen", "Al-Sayed",
        "Whitfield-Montgomery", "Castillo Ramirez", "Johnson", "Schmidt", "Fernandez", "Okafor",
        "Bartholomew-Richardson"]  # fmt: skip
CREDENTIALS = [["RHIT"], ["RHIT", "CCS"], [], ["CCA"], ["RHIA"], ["CPC"], ["RHIT", "CDIP"], [],
               ["CCS-P"], ["RHIA", "CHDA"]]  # fmt: skip
TITLES = ["Medical Records Technician", "Health Information Technician", "Medical Coder",
          "Release of Information Specialist", "Medical Records Clerk", "Coding Specialist",
          "HIM Analyst", "Cancer Registrar", "Clinical Documentation Specialist",
          "Health Information Coordinator", "Medical Records Supervisor", "Coding Auditor"]  # fmt: skip
EMPLOYERS = ["Riverbend Regional Medical Center", "Lakeside Family Health Partners",
             "Prairie View Community Hospital", "Northgate Orthopedic Clinic",
             "St. Agnes Memorial Hospital", "Blue Hills Health System", "Cedar Valley Medical Group",
             "Harborview Surgical Center", "Mesa Verde Healthcare", "Pinecrest Rehabilitation Hospital",
             "Summit Cardiology Associates", "Greenfield Pediatric Clinic"]  # fmt: skip
PLACES = ["Springfield, IL", "Austin, TX", "Tucson, AZ", "Columbus, OH", "Raleigh, NC",
          "Denver, CO", "Spokane, WA", "Albany, NY"]  # fmt: skip
BULLETS = [
    "Coded 60+ inpatient and outpatient encounters a day in ICD-10-CM and CPT at 96% accuracy",
    "Processed 300+ release of information requests a month under HIPAA",
    "Reduced delinquent records from 8% to 3% through daily deficiency analysis",
    "Scanned and indexed 4,000+ documents a month with a 0.5% misfile rate",
    "Trained 5 new technicians on Epic HIM work queues",
    "Merged 250+ duplicate medical record numbers in the master patient index",
    "Answered provider queries within one business day",
    "Abstracted cancer cases for the state registry within 6 months of diagnosis",
    "Audited 30 charts per provider each month for E/M documentation",
    "Kept the DNFB under $1M by triaging work queues with billing",
]
SCHOOLS = [("Lincoln Land Valley Community College", "Associate of Applied Science",
            "Health Information Technology"),
           ("University of Central Prairie", "Bachelor of Science", "Health Information Management"),
           ("Desert Sun Technical Institute", "Certificate", "Medical Coding"),
           ("Riverside Community College", "Associate of Science", "Health Information Technology")]  # fmt: skip
CERTS = [("Registered Health Information Technician (RHIT)", "AHIMA"),
         ("Certified Coding Specialist (CCS)", "AHIMA"), ("Certified Professional Coder (CPC)", "AAPC"),
         ("Basic Life Support (BLS)", "American Heart Association"),
         ("Certified Coding Associate (CCA)", "AHIMA")]  # fmt: skip
SKILLS = ["ICD-10-CM", "ICD-10-PCS", "CPT", "HCPCS Level II", "Epic", "MEDITECH", "Cerner",
          "3M encoder", "Release of information", "HIPAA", "Chart deficiency analysis",
          "Medical terminology", "Microsoft Excel", "Data abstraction"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
SPANISH = {"work": "Experiencia Laboral", "education": "Formación Académica",
           "certificates": "Certificaciones", "skills": "Habilidades", "languages": "Idiomas",
           "summary": "Perfil Profesional"}  # fmt: skip
OTHER = {"work": "Work History", "education": "Education & Training",
         "certificates": "Licenses & Certifications", "skills": "Technical Skills",
         "languages": "Languages", "summary": "Professional Summary"}  # fmt: skip


def make_resume(index: int, rng: random.Random) -> dict:
    """One invented resume; date style chosen by index (season dates use the first month)."""
    style = index % 5
    year = 2025
    jobs = []
    for n in range(rng.choice([2, 3, 3, 4])):
        end, start = year, year - rng.randint(1, 4)
        sm, em = rng.randint(1, 12), rng.randint(1, 12)
        if style == 2:  # years only
            start_date, end_date = str(start), str(end)
        elif style == 4 and n == 0:  # a season
            start_date, end_date = f"{start}-06", f"{end}-09"
        else:
            start_date, end_date = f"{start}-{sm:02d}", f"{end}-{em:02d}"
        job = {
            "name": EMPLOYERS[(index + n * 5) % len(EMPLOYERS)],
            "position": TITLES[(index * 3 + n) % len(TITLES)],
            "location": PLACES[(index + n) % len(PLACES)],
            "startDate": start_date,
            "highlights": rng.sample(BULLETS, rng.randint(2, 4)),
        }
        if n or index % 3:
            job["endDate"] = end_date
        jobs.append(job)
        year = start
    school, degree, area = SCHOOLS[index % len(SCHOOLS)]
    first, last = FIRST[index], LAST[index]
    return {
        "basics": {
            "name": f"{first} {last}",
            "credentials": CREDENTIALS[index % len(CREDENTIALS)],
            "label": TITLES[index % len(TITLES)],
            "email": f"{first.lower()}.{last.lower().replace(' ', '').replace(chr(39), '')}@example.com",
            "phone": f"(555) 01{index % 10}-{1000 + index * 37}",
            "summary": "Health information professional with experience in coding, release "
            "of information and chart analysis.",
            "location": {"city": PLACES[index % 8].split(",")[0], "region": PLACES[index % 8][-2:]},
        },
        "work": jobs,
        "education": [
            {"institution": school, "studyType": degree, "area": area, "endDate": str(year - 1)}
        ],  # fmt: skip
        "certificates": [
            {"name": name, "issuer": issuer, "date": f"{year + 1}-0{rng.randint(1, 9)}"}
            for name, issuer in rng.sample(CERTS, rng.randint(1, 3))
        ],
        "skills": [{"name": s} for s in rng.sample(SKILLS, rng.randint(5, 9))],
        "languages": [{"language": "English", "fluency": "Native"}]
        + ([{"language": "Spanish", "fluency": "Fluent"}] if index % 2 else []),
    }


def written_date(value: str | None, index: int) -> str:
    """A date as people write it, in the resume's style."""
    if value is None:
        return "Present" if index % 4 else "Current"
    if "-" not in value:
        return value
    year, month = value.split("-")
    style = index % 5
    if style == 4 and month in ("06", "09"):
        return f"{'Summer' if month == '06' else 'Fall'} {year}"
    if style == 1:
        return f"{month}/{year}"
    if style == 3:
        return f"{MONTHS[int(month) - 1]} {year}"
    return f"{MONTHS[int(month) - 1][:3]} {year}"


def docx_table_style(data: dict, index: int) -> Document:
    """Contact details in the page header, a table per job, bold capitals as headings."""
    headings = SPANISH if index % 2 else OTHER
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    basics = data["basics"]
    header = document.sections[0].header
    name = ", ".join([basics["name"], *basics["credentials"]])
    header.paragraphs[0].text = name
    header.add_paragraph(f"{basics['email']} • {basics['phone']}")
    document.sections[0].footer.paragraphs[0].text = "Page 1"

    def heading(key: str) -> None:
        document.add_paragraph().add_run(headings[key].upper()).bold = True

    heading("summary")
    document.add_paragraph(basics["summary"])
    heading("work")
    for job in data["work"]:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).paragraphs[0].add_run(job["position"]).bold = True
        table.cell(
            0, 1
        ).text = (
            f"{written_date(job['startDate'], index)} - {written_date(job.get('endDate'), index)}"
        )
        table.cell(1, 0).text = f"{job['name']}, {job['location']}"
        for bullet in job["highlights"]:
            document.add_paragraph(bullet, style="List Bullet")
    heading("education")
    for school in data["education"]:
        document.add_paragraph(f"{school['studyType']} in {school['area']}, {school['endDate']}")
        document.add_paragraph(school["institution"])
    heading("certificates")
    for cert in data["certificates"]:
        document.add_paragraph(f"{cert['name']}, {cert['issuer']}", style="List Bullet")
    heading("skills")
    document.add_paragraph(", ".join(s["name"] for s in data["skills"]))
    heading("languages")
    document.add_paragraph(
        ", ".join(f"{x['language']} ({x['fluency']})" for x in data["languages"])
    )
    return document


def docx_typed_style(data: dict, index: int) -> Document:
    """Typed by hand: name on its own, one line per job, "-" and numbered bullets as text."""
    document = Document()
    document.styles["Normal"].font.name = "Georgia"
    basics = data["basics"]
    title = document.add_paragraph()
    run = title.add_run(" ".join([basics["name"], *basics["credentials"]]))
    run.bold, run.font.size = True, Pt(18)
    document.add_paragraph(f"{basics['phone']} | {basics['email']}")
    document.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 2")
    for job in data["work"]:
        dates = (
            f"{written_date(job['startDate'], index)} to {written_date(job.get('endDate'), index)}"
        )
        document.add_paragraph(f"{job['position']} at {job['name']}\t{dates}")
        for number, bullet in enumerate(job["highlights"], 1):
            marker = f"{number}." if index % 2 else "-"
            document.add_paragraph(f"{marker} {bullet}")
    document.add_paragraph("EDUCATION", style="Heading 2")
    for school in data["education"]:
        document.add_paragraph(f"{school['institution']} — {school['studyType']}, {school['area']}")
        document.add_paragraph(f"Graduated {school['endDate']}")
    document.add_paragraph("CREDENTIALS", style="Heading 2")
    for cert in data["certificates"]:
        document.add_paragraph(f"* {cert['name']} — {cert['issuer']}")
    document.add_paragraph("SKILLS", style="Heading 2")
    for skill in data["skills"]:
        document.add_paragraph(f"• {skill['name']}")
    return document


def docx_two_column_style(data: dict, index: int) -> Document:
    """A layout table: contact, skills and languages on the left, the rest on the right."""
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    basics = data["basics"]
    document.add_heading(basics["name"], level=0)
    document.add_paragraph(", ".join(basics["credentials"]) or basics["label"])
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = "Contact"
    for text in (basics["email"], basics["phone"], "Skills"):
        left.add_paragraph(text)
    for skill in data["skills"]:
        left.add_paragraph(skill["name"], style="List Bullet")
    left.add_paragraph("Languages")
    for language in data["languages"]:
        left.add_paragraph(f"{language['language']} - {language['fluency']}")
    right.paragraphs[0].text = "Experience"
    for job in data["work"]:
        right.add_paragraph().add_run(job["position"]).bold = True
        dates = (
            f"{written_date(job['startDate'], index)} – {written_date(job.get('endDate'), index)}"
        )
        right.add_paragraph(f"{job['name']} | {job['location']} | {dates}")
        for bullet in job["highlights"]:
            right.add_paragraph(bullet, style="List Bullet 2")
    right.add_paragraph("Education")
    for school in data["education"]:
        right.add_paragraph(f"{school['institution']}, {school['endDate']}")
        right.add_paragraph(f"{school['studyType']}, {school['area']}")
    right.add_paragraph("Certifications")
    for cert in data["certificates"]:
        right.add_paragraph(f"{cert['name']} ({cert['issuer']})")
    return document


def convert_with_libreoffice(docx_files: list[Path]) -> None:
    """NN.docx -> NN.lo.pdf with LibreOffice headless, when it is installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) not found: no .lo.pdf files written")  # noqa: T201
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, *map(str, docx_files)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        for docx in docx_files:
            shutil.move(Path(tmp) / f"{docx.stem}.pdf", docx.with_suffix(".lo.pdf"))


def main() -> None:
    """Write NN.json, NN.pdf and NN.docx for 20 resumes."""
    from resume_builder.output.docx_export import render_docx

    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(14)
    for index in range(20):
        data = make_resume(index, rng)
        resume = Resume.from_json_dict(data)
        stem = OUT / f"{index + 1:02d}"
        stem.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        template = TEMPLATES[index % len(TEMPLATES)]
        pdf = render_pdf(resume, template, embed_data=False, tagged=False).pdf
        stem.with_suffix(".pdf").write_bytes(pdf)
        kind = index % 4
        if kind == 0:
            stem.with_suffix(".docx").write_bytes(render_docx(resume))
        else:
            makers = (docx_table_style, docx_typed_style, docx_two_column_style)
            makers[kind - 1](data, index).save(stem.with_suffix(".docx"))
        print(f"{stem.name}: {template} PDF, docx style {kind}")  # noqa: T201 - a script
    convert_with_libreoffice(sorted(OUT.glob("*.docx")))


if __name__ == "__main__":
    main()
