<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AtsPanel</name>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="43"/>
        <source>Fields as a tracking system reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="45"/>
        <source>Each resume field and what a parser found for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="48"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="48"/>
        <source>Your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="48"/>
        <source>What an ATS reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="61"/>
        <source>What tracking systems would miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="63"/>
        <source>Problems found when reading the PDF as parsers do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="69"/>
        <source>&lt;b&gt;What applicant tracking systems read&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="81"/>
        <source>Reading the preview as an applicant tracking system would…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="117"/>
        <source>{mark} The check could not read the preview: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="171"/>
        <source>Autosave is off: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="177"/>
        <source>Autosave is off: its folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="214"/>
        <source>Autosave failed: {problem}. Save your resume to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPanel</name>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="42"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="43"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="44"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="47"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="48"/>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="49"/>
        <source>privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="50"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="135"/>
        <source>Strength checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="137"/>
        <source>What would raise the score; activate one to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="140"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="142"/>
        <source>Coach findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="144"/>
        <source>Advice on your writing; activate one to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="148"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="150"/>
        <source>Keep this as it is; the advice will not show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="158"/>
        <source>Resume strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="208"/>
        <source>Ignore suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="228"/>
        <source>&lt;b&gt;Suggestions ({count})&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="236"/>
        <source>{severity} ({kind}): {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="244"/>
        <source>
Try: {replacement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="248"/>
        <source>No suggestions: nice work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="72"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="73"/>
        <source>8.5 × 11 in, usual in the US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="75"/>
        <source>210 × 297 mm, usual everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="80"/>
        <source>Navy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="81"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="82"/>
        <source>Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="83"/>
        <source>Burgundy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="84"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="85"/>
        <source>Charcoal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="224"/>
        <source>Choose how your resume looks. Every template shows your own resume, and the preview follows each change. Recruiters and applicant tracking systems read all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="244"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="259"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="264"/>
        <source>No templates were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="266"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="277"/>
        <location filename="../resume_builder/ui/design_page.py" line="394"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="327"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="368"/>
        <source>The template “{name}” is not installed; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="392"/>
        <source>{template} options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="397"/>
        <source>This template has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="407"/>
        <source>Reset to template defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="474"/>
        <source>Template default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="491"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="493"/>
        <source>Pick any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="528"/>
        <source>Use the {template} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="541"/>
        <source>Use {paper} paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="556"/>
        <source>Change {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="584"/>
        <source>Reset template options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="631"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="633"/>
        <source>This template could not show your resume: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="203"/>
        <source>Creating your PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="213"/>
        <location filename="../resume_builder/ui/exporting_ui.py" line="222"/>
        <source>The PDF could not be saved as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="217"/>
        <location filename="../resume_builder/ui/exporting_ui.py" line="236"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="229"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/exporting_ui.py" line="229"/>
        <source>%n pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="232"/>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="233"/>
        <source>Your resume was saved as “{name}” ({pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="238"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="41"/>
        <source>Name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="42"/>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="43"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="44"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="45"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="46"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="49"/>
        <source>Job {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="50"/>
        <source>School {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="51"/>
        <source>Certification {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="52"/>
        <source>Skill {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="53"/>
        <source>Language {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="57"/>
        <source>a PDF made by this app (restored exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="60"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="61"/>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="62"/>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="63"/>
        <source>a LinkedIn data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="64"/>
        <source>a JSON Resume file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="68"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="69"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="70"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="71"/>
        <source>Url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="72"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="73"/>
        <source>Location city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="74"/>
        <source>Location region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="75"/>
        <source>Location country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="76"/>
        <source>Location postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="77"/>
        <source>Location address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="78"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="79"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="80"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="81"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="82"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="83"/>
        <source>Study type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="84"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="85"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="86"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="88"/>
        <source>Fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="89"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="90"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="91"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="92"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="118"/>
        <source>Check what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/import_review.py" line="128"/>
        <source>Read from {source}: %n fields, {unsure} to check (highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/import_review.py" line="130"/>
        <source>Read from {source}: %n fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="134"/>
        <source> Untick anything wrong, double-click a value to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="147"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="147"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="147"/>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="154"/>
        <source>&lt;b&gt;What the file says&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="156"/>
        <source>&lt;b&gt;What will be imported&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="158"/>
        <source>Merge into the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="161"/>
        <source>When the reader split one job (or school) in two: join the chosen one into the one above it, keeping the values above and adding the missing ones and the bullets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="175"/>
        <source>Start a new resume from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="177"/>
        <source>Add it to the open resume as a new version named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="199"/>
        <source>Start editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="281"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="339"/>
        <source>The reader is unsure of this one: check it against the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="358"/>
        <source>Fix this first: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="362"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="407"/>
        <source>Bullet {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="45"/>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="46"/>
        <source>Their title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="47"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="48"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="49"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="50"/>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="51"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="55"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="56"/>
        <source>Body (blank line between paragraphs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="57"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="60"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="61"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="64"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="65"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="66"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="70"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="71"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="154"/>
        <source>Draft cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="167"/>
        <source>The letter could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="175"/>
        <source>Paste the job posting to draft a letter for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="177"/>
        <source>Draft from posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="179"/>
        <source>Write a new letter from your resume and this posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="181"/>
        <source>Export letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="188"/>
        <source>Use a suggested opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="191"/>
        <source>Opening: {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/letter_panel.py" line="282"/>
        <source>%n words (aim for 250-400)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="316"/>
        <source>Edit cover letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="144"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="145"/>
        <location filename="../resume_builder/ui/main_window.py" line="683"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="192"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="194"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="195"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="196"/>
        <source>&amp;Import a Resume (PDF, Word, Text, LinkedIn)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="198"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="199"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="201"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="204"/>
        <source>Export as &amp;Word, Text or JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="207"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="209"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="222"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="224"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="226"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="230"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="231"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="232"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="233"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="240"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="240"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="372"/>
        <source>Could not open the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="408"/>
        <source>Save resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="416"/>
        <source>Untitled resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="495"/>
        <location filename="../resume_builder/ui/main_window.py" line="514"/>
        <source>Could not save the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="496"/>
        <source>{name} is open in another Resume Builder window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="498"/>
        <source>Save under another name, or close it there first. Your work is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="516"/>
        <source>Your work is still here, unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="523"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="571"/>
        <source>Step {step} of {steps}
{done} of {counted} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="599"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="603"/>
        <source> — version “{version}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="604"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="681"/>
        <source>Next: {step} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="699"/>
        <source>Now editing the version “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="715"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="717"/>
        <location filename="../resume_builder/ui/main_window.py" line="796"/>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="753"/>
        <source>Added: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="778"/>
        <source>Open resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="795"/>
        <source>Last PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="813"/>
        <source>Changes kept safe (autosaved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="38"/>
        <location filename="../resume_builder/ui/month_picker.py" line="39"/>
        <source>Pick a month and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="48"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="51"/>
        <source>Paste your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="54"/>
        <source>Paste the text of your resume (from a web page, an email or another app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="59"/>
        <source>Read it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="109"/>
        <source>The preview appears here as soon as the resume is rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="212"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="215"/>
        <source>Zoom so the page fills the width of the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="218"/>
        <source>Zoom out (Ctrl+minus, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="222"/>
        <source>Zoom in (Ctrl+plus, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="223"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="317"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="319"/>
        <source>Rendering your resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="345"/>
        <source>The rendered PDF could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="379"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/preview.py" line="379"/>
        <source>%n pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="381"/>
        <source>Updated in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="398"/>
        <source>The preview could not be updated. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="401"/>
        <source>Preview not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="403"/>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="453"/>
        <source>Zoom (fits the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="453"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="258"/>
        <source>Preparing your resume for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="267"/>
        <source>The resume could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="44"/>
        <source>The PDF renderer stopped unexpectedly. It will restart with your next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="47"/>
        <source>The PDF renderer took too long and was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="230"/>
        <source>The renderer has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="331"/>
        <source>The PDF renderer could not be started ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="204"/>
        <source>New resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="206"/>
        <source>Which job is this resume for? Suggestions follow this choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOrderBox</name>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="95"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="99"/>
        <source>Drag a section, or select it and press Alt+Up / Alt+Down, to change where it appears. Untick a section to leave it out of the resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="106"/>
        <source>Sections in resume order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="109"/>
        <source>Ticked sections appear on the resume. Alt+Up and Alt+Down move the selected section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="113"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="114"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="170"/>
        <source>On the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="170"/>
        <source>Left out of the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="190"/>
        <source>Move {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="206"/>
        <source>Show {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="206"/>
        <source>Hide {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="31"/>
        <source>Job match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="32"/>
        <source>Paste a job posting to see which of its terms your resume covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="37"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="38"/>
        <source>Advice on each bullet, patient-privacy checks, resume strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="43"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="44"/>
        <source>Keep a tailored version of your resume for each job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="47"/>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="48"/>
        <source>A cover letter for this version, drafted from the job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="89"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="82"/>
        <source>Build your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="89"/>
        <source>A step-by-step resume for health information jobs. Everything stays on this computer, and your work is saved automatically as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="95"/>
        <source>Start a new resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="97"/>
        <source>Which job is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="99"/>
        <source>Job you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="101"/>
        <source>The role your resume is for; suggestions follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="107"/>
        <source>Start new resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="112"/>
        <source>Or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="114"/>
        <source>Open a resume file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="116"/>
        <source>Import a resume (PDF, Word, text, LinkedIn)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="118"/>
        <source>Try the sample resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="123"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="126"/>
        <source>Recent resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="127"/>
        <source>Activate one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="129"/>
        <source>Files you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="50"/>
        <source>Suggested skills for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="51"/>
        <source>Suggested bullets for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="52"/>
        <source>Summary starters for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="53"/>
        <source>Certifications for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="56"/>
        <source>Search skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="57"/>
        <source>Search bullets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="58"/>
        <source>Search starters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="59"/>
        <source>Search certifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="62"/>
        <source>Click a skill to add it to your resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="63"/>
        <source>Click a bullet to add it to the selected job, then replace {slot} with your own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="67"/>
        <source>Click a starter to add it to your summary, then replace {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="70"/>
        <source>Click a certification you hold to add it with its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="74"/>
        <source>The role&apos;s main duties come first, one each; then items ranked by evidence (the O*NET database, a career page, BLS), not by invented popularity figures; a share is shown only where a source gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="86"/>
        <source>  — on {share}% of resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="115"/>
        <source>Search suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="116"/>
        <source>Type words to filter the suggestions below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="118"/>
        <source>Show items already on my resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="122"/>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="209"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="124"/>
        <source>Activate a suggestion to add it to your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="245"/>
        <source>Nothing matches. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="263"/>
        <source>✓ {suggestion}  (on your resume)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TailorPanel</name>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="90"/>
        <source>Job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="92"/>
        <source>Paste the job posting to compare it with your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="94"/>
        <source>Paste the job posting here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="95"/>
        <source>Open posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="97"/>
        <source>Read a posting from a .txt file or a JSON Resume job file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="109"/>
        <location filename="../resume_builder/ui/tailor_panel.py" line="312"/>
        <source>Paste a posting to see how well the resume covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="113"/>
        <source>Add bullets to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="115"/>
        <source>The job that Add to job puts bullets under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="118"/>
        <source>The job that “Add to job” puts bullets under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="125"/>
        <source>Posting terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="127"/>
        <source>Terms of the job posting, missing and covered, with buttons to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="144"/>
        <source>&lt;b&gt;Job posting&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="156"/>
        <source>Coverage of the posting&apos;s field terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="164"/>
        <source>Add bullets to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="204"/>
        <source>Could not read the posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="232"/>
        <source>Add certification {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="238"/>
        <source>Add skill {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="245"/>
        <source>No job to add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="245"/>
        <source>Add a job under Experience first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="252"/>
        <source>Add bullet from posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="314"/>
        <source>No field terms found in this posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/tailor_panel.py" line="321"/>
        <source>The posting uses %n field terms: {covered} covered, {missing} missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="326"/>
        <source>Missing ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="327"/>
        <source>Covered ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="338"/>
        <source>Education and experience ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="372"/>
        <source>{term}
The posting writes: {spelled} ({count}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="376"/>
        <source>
On your resume at: {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="385"/>
        <source>Add cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="387"/>
        <source>Add skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="399"/>
        <source>Add to job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="403"/>
        <source>Add under the job chosen above; then replace [N] with your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="416"/>
        <source>(untitled job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="432"/>
        <source>Edit job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="439"/>
        <source>Open job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="441"/>
        <source>Job postings (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionNameDialog</name>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="67"/>
        <source>e.g. the employer or the job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="72"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="76"/>
        <source>Optional: paste the job posting it targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="78"/>
        <source>&amp;Posting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="124"/>
        <source>Double-click a version to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="125"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="126"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="127"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="128"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="129"/>
        <source>Edit this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="132"/>
        <source>Keep one version per job posting. Contact details are shared by all versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="139"/>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="184"/>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="188"/>
        <source>New version {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="196"/>
        <source>Duplicate version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="196"/>
        <source>{name} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="200"/>
        <source>Duplicate version {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="207"/>
        <source>Rename version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="210"/>
        <source>Rename version {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="218"/>
        <source>Delete version {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="225"/>
        <source>Switch to version {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="237"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="252"/>
        <source>{name}  (editing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="71"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="73"/>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="74"/>
        <source>Side &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="75"/>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="82"/>
        <source>Preview &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="87"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="88"/>
        <source>Zoom o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="89"/>
        <source>&amp;Fit page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="92"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="95"/>
        <source>Pre&amp;vious step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="98"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="108"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="17"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="18"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="19"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RenderJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="125"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="163"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="181"/>
        <source>The PDF could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../resume_builder/ui/app.py" line="75"/>
        <source>Change not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/app.py" line="80"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/app.py" line="82"/>
        <source>Your work is autosaved; save it to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="53"/>
        <source>An untitled resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="57"/>
        <source>{name}, last changed {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coaching_panel</name>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="76"/>
        <source>
…and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="84"/>
        <source>Possible patient information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="85"/>
        <source>The resume may contain protected health information:

{findings}

Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="27"/>
        <source>Resume files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="28"/>
        <source>Resume files (*.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="52"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="53"/>
        <source>{name} is open in another Resume Builder window. Only one window can change it at a time, so that neither loses the other&apos;s edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="62"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="64"/>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="78"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="79"/>
        <source>{name} was changed by another program since you opened it. Replace it with your version? (Choose No to keep it and save yours under another name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="100"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;An offline resume builder for health information professionals. Your resume never leaves this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Field data:&lt;/b&gt; O*NET (CC BY 4.0), career pages, BLS.&lt;/p&gt;&lt;p&gt;{credits}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="110"/>
        <source>About {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="118"/>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="119"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="128"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="131"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="132"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="150"/>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="151"/>
        <source>The app closed before your last changes were saved.

{description}

Do you want to restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="187"/>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting_ui</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="288"/>
        <source>The rendered PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="295"/>
        <source>The printer could not be opened. Check that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="345"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="347"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="377"/>
        <source>Print resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../resume_builder/ui/i18n.py" line="38"/>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing_ui</name>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="38"/>
        <source>Resumes (*.pdf *.docx *.txt *.zip *.json);;PDF (*.pdf);;Word (*.docx);;Text (*.txt);;LinkedIn data export (*.zip);;JSON Resume (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="83"/>
        <source>Import from Pasted &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="89"/>
        <source>Let Exported PDFs Reopen for E&amp;diting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="92"/>
        <source>Exported PDFs carry this resume&apos;s data as an attached file, so opening the PDF in this app brings the resume back exactly. Turn off to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="109"/>
        <source>Include resume data in PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="111"/>
        <source>Leave resume data out of PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="132"/>
        <source>Import a resume (PDF, Word, text, LinkedIn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="147"/>
        <location filename="../resume_builder/ui/importing_ui.py" line="169"/>
        <source>From {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="159"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="180"/>
        <source>Could not import the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="199"/>
        <source>Could not add the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="201"/>
        <source>Import as version “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
