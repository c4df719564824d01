<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AtsPanel</name>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="47"/>
        <source>Fields as a tracking system reads them</source>
        <translation>Campos tal como los lee un sistema de seguimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="49"/>
        <source>Each resume field and what a parser found for it</source>
        <translation>Cada campo del currículum y lo que encontró un lector automático</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="52"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="52"/>
        <source>Your resume</source>
        <translation>Su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="52"/>
        <source>What an ATS reads</source>
        <translation>Lo que lee un ATS</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="64"/>
        <source>What tracking systems would miss</source>
        <translation>Lo que los sistemas de seguimiento pasarían por alto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="66"/>
        <source>Problems found when reading the PDF as parsers do</source>
        <translation>Problemas al leer el PDF como lo hacen los lectores automáticos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="72"/>
        <source>&lt;b&gt;What applicant tracking systems read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que leen los sistemas de seguimiento (ATS)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="86"/>
        <source>Reading the preview as an applicant tracking system would…</source>
        <translation>Leyendo la vista previa como lo haría un sistema de seguimiento de candidatos…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/ats_panel.py" line="124"/>
        <source>{mark} The check could not read the preview: {error}</source>
        <translation>{mark} La revisión no pudo leer la vista previa: {error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="171"/>
        <source>Autosave is off: {error}</source>
        <translation>El guardado automático está desactivado: {error}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="177"/>
        <source>Autosave is off: its folder cannot be written.</source>
        <translation>El guardado automático está desactivado: no se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="214"/>
        <source>Autosave failed: {problem}. Save your resume to keep it safe.</source>
        <translation>Falló el guardado automático: {problem}. Guarde su currículum para no perderlo.</translation>
    </message>
</context>
<context>
    <name>BulletEditor</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="441"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="443"/>
        <source>Press F2 or double-click to edit a bullet; drag one to move it</source>
        <translation>Pulse F2 o haga doble clic para editar una viñeta; arrástrela para moverla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="458"/>
        <location filename="../resume_builder/ui/pages/entries.py" line="484"/>
        <source>Add bullet</source>
        <translation>Agregar viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="458"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="458"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="458"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="513"/>
        <source>Remove bullet</source>
        <translation>Quitar viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="527"/>
        <source>Move bullet</source>
        <translation>Mover viñeta</translation>
    </message>
</context>
<context>
    <name>BulletListModel</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="261"/>
        <source>Move bullet</source>
        <translation>Mover viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="278"/>
        <source>Double-click and replace {slot} with your own number.</source>
        <translation>Haga doble clic y reemplace {slot} con su propio número.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="280"/>
        <source>Double-click to edit.</source>
        <translation>Haga doble clic para editar.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="298"/>
        <source>Edit bullet</source>
        <translation>Editar viñeta</translation>
    </message>
</context>
<context>
    <name>BulletTextEdit</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="320"/>
        <source>Bullet</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="321"/>
        <source>Enter saves the bullet, Escape cancels</source>
        <translation>Intro guarda la viñeta; Esc cancela</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="165"/>
        <source>Credentials employers look for. Click a suggestion to add it with its issuer filled in, then add the date you earned it.</source>
        <translation>Las credenciales que buscan los empleadores. Haga clic en una sugerencia para agregarla con su entidad emisora y luego añada la fecha en que la obtuvo.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="180"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="181"/>
        <source>e.g. Registered Health ...</source>
        <translation>p. ej., Registered Health ...</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="183"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="183"/>
        <source>e.g. AHIMA</source>
        <translation>p. ej., AHIMA</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="184"/>
        <source>Date earned</source>
        <translation>Fecha de obtención</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="185"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="186"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="186"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="187"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="187"/>
        <source>Verification link</source>
        <translation>Enlace de verificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="189"/>
        <source>certification</source>
        <translation>certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="190"/>
        <source>New certification</source>
        <translation>Nueva certificación</translation>
    </message>
</context>
<context>
    <name>CoachingPanel</name>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="47"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="48"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="49"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="52"/>
        <source>writing</source>
        <translation>redacción</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="53"/>
        <source>spelling</source>
        <translation>ortografía</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="54"/>
        <source>privacy</source>
        <translation>privacidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="55"/>
        <source>certificate</source>
        <translation>certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="170"/>
        <source>Strength checklist</source>
        <translation>Lista para fortalecer el currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="172"/>
        <source>What would raise the score; activate one to go there</source>
        <translation>Lo que subiría la puntuación; active uno para ir allí</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="175"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sugerencias&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="177"/>
        <source>Coach findings</source>
        <translation>Observaciones del asesor</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="179"/>
        <source>Advice on your writing; activate one to go to the field</source>
        <translation>Consejos sobre su redacción; active uno para ir al campo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="183"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="185"/>
        <source>Keep this as it is; the advice will not show again</source>
        <translation>Dejarlo como está; el consejo no volverá a aparecer</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="193"/>
        <source>Resume strength</source>
        <translation>Solidez del currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="243"/>
        <source>Ignore suggestion</source>
        <translation>Ignorar sugerencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="263"/>
        <source>&lt;b&gt;Suggestions ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sugerencias ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="271"/>
        <source>{severity} ({kind}): {where}</source>
        <translation>{severity} ({kind}): {where}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="279"/>
        <source>
Try: {replacement}</source>
        <translation>
Pruebe: {replacement}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="283"/>
        <source>No suggestions: nice work.</source>
        <translation>Sin sugerencias: ¡buen trabajo!</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="107"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="115"/>
        <source>How employers reach you. Put credentials such as RHIT or CCS in their own box: they are shown after your name.</source>
        <translation>Cómo lo contactan los empleadores. Escriba sus credenciales, como RHIT o CCS, en su propia casilla: aparecen después de su nombre.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="128"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="128"/>
        <source>e.g. Maria Lopez</source>
        <translation>p. ej., María López</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="131"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="132"/>
        <source>e.g. RHIT, CCS (comma-separated)</source>
        <translation>p. ej., RHIT, CCS (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="135"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="135"/>
        <source>e.g. maria.lopez@example.com</source>
        <translation>p. ej., maria.lopez@example.com</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="136"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="136"/>
        <source>e.g. (555) 123-4567</source>
        <translation>p. ej., (555) 123-4567</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="137"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="137"/>
        <source>e.g. Springfield</source>
        <translation>p. ej., Springfield</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="138"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="138"/>
        <source>e.g. IL</source>
        <translation>p. ej., IL</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="139"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="139"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="143"/>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="152"/>
        <source>Online profiles (optional)</source>
        <translation>Perfiles en línea (opcional)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="158"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="158"/>
        <source>e.g. LinkedIn</source>
        <translation>p. ej., LinkedIn</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="159"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="160"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="162"/>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="209"/>
        <source>Not kept: this {problem}.</source>
        <translation>No se guardó: este campo {problem}.</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <location filename="../resume_builder/output/papers.py" line="43"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/papers.py" line="44"/>
        <source>8.5 × 11 in, usual in the US and Canada</source>
        <translation>8.5 × 11 pulg., habitual en EE. UU. y Canadá</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/papers.py" line="52"/>
        <source>210 × 297 mm, usual everywhere else</source>
        <translation>210 × 297 mm, habitual en el resto del mundo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="79"/>
        <source>Navy</source>
        <translation>Azul marino</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="80"/>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="81"/>
        <source>Forest</source>
        <translation>Verde bosque</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="82"/>
        <source>Burgundy</source>
        <translation>Borgoña</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="83"/>
        <source>Plum</source>
        <translation>Ciruela</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="84"/>
        <source>Charcoal</source>
        <translation>Carbón</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="239"/>
        <source>Choose how your resume looks. Every template shows your own resume, and the preview follows each change. Recruiters and applicant tracking systems read all of them.</source>
        <translation>Elija el aspecto de su currículum. Cada plantilla muestra su propio currículum y la vista previa sigue cada cambio. Los reclutadores y los sistemas de seguimiento de candidatos leen todas.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="262"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="277"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="282"/>
        <source>No templates were found.</source>
        <translation>No se encontraron plantillas.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="284"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="295"/>
        <source>Resume language</source>
        <translation>Idioma del currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="297"/>
        <source>Headings, dates and page numbers on the resume and cover letter.</source>
        <translation>Títulos, fechas y números de página del currículum y la carta de presentación.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="310"/>
        <location filename="../resume_builder/ui/design_page.py" line="440"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="372"/>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="413"/>
        <source>The template “{name}” is not installed; choose another.</source>
        <translation>La plantilla “{name}” no está instalada; elija otra.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="438"/>
        <source>{template} options</source>
        <translation>Opciones de {template}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="443"/>
        <source>This template has no options.</source>
        <translation>Esta plantilla no tiene opciones.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="453"/>
        <source>Reset to template defaults</source>
        <translation>Volver a los valores de la plantilla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="520"/>
        <source>Template default</source>
        <translation>Valor de la plantilla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="537"/>
        <source>Custom…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="539"/>
        <source>Pick any colour</source>
        <translation>Elegir cualquier color</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="574"/>
        <source>Use the {template} template</source>
        <translation>Usar la plantilla {template}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="587"/>
        <source>Write the resume in {language}</source>
        <translation>Escribir el currículum en {language}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="597"/>
        <source>Use {paper} paper</source>
        <translation>Usar papel {paper}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="612"/>
        <source>Change {option}</source>
        <translation>Cambiar {option}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="645"/>
        <source>Reset template options</source>
        <translation>Restablecer las opciones de la plantilla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="695"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/design_page.py" line="697"/>
        <source>This template could not show your resume: {error}</source>
        <translation>Esta plantilla no pudo mostrar su currículum: {error}</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="96"/>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="98"/>
        <source>Colour of the name, headings and rules.</source>
        <translation>Color del nombre, los títulos y las líneas.</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="102"/>
        <source>Base font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="108"/>
        <source>Size of the body text; headings scale with it.</source>
        <translation>Tamaño del texto principal; los títulos se ajustan a él.</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="112"/>
        <source>Fit to one page</source>
        <translation>Ajustar a una página</translation>
    </message>
    <message>
        <location filename="../resume_builder/output/themes.py" line="114"/>
        <source>Tighten spacing and text size (never below 8.5 pt) so the resume fits one page.</source>
        <translation>Reduce el espaciado y el tamaño del texto (nunca por debajo de 8.5 pt) para que el currículum quepa en una página.</translation>
    </message>
</context>
<context>
    <name>DesignStepPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="33"/>
        <source>Choose a template, the paper size and colours. The preview shows your own resume.</source>
        <translation>Elija una plantilla, el tamaño del papel y los colores. La vista previa muestra su propio currículum.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="112"/>
        <source>Degrees and programs, e.g. an associate degree in Health Information Technology.</source>
        <translation>Títulos y programas, p. ej., un título asociado en Tecnología de Información de Salud.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="126"/>
        <source>School</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="127"/>
        <source>e.g. Lakeland Community College</source>
        <translation>p. ej., Lakeland Community College</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="131"/>
        <source>Degree</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="132"/>
        <source>e.g. Associate of Applied Science</source>
        <translation>p. ej., Associate of Applied Science</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="136"/>
        <source>Field of study</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="137"/>
        <source>e.g. Health Information Tech.</source>
        <translation>p. ej., Tecnología de Información de Salud</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="139"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="140"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="141"/>
        <source>GPA or honors</source>
        <translation>Promedio o distinciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="141"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="143"/>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="143"/>
        <source>separate with ;</source>
        <translation>separe con ;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="146"/>
        <source>school</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="148"/>
        <source>New school</source>
        <translation>Nueva institución</translation>
    </message>
</context>
<context>
    <name>EndDateField</name>
    <message>
        <location filename="../resume_builder/ui/pages/fields.py" line="149"/>
        <location filename="../resume_builder/ui/pages/fields.py" line="165"/>
        <source>Present</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="570"/>
        <source>{noun} list</source>
        <translation>Lista: {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="572"/>
        <source>Select a {noun} to edit it in the form below; drag one to move it</source>
        <translation>Seleccione un elemento ({noun}) para editarlo en el formulario de abajo; arrástrelo para moverlo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="586"/>
        <location filename="../resume_builder/ui/pages/entries.py" line="641"/>
        <source>Add {noun}</source>
        <translation>Agregar {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="587"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="588"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="589"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="593"/>
        <source>No {noun} yet. Click “Add {noun}” to start.</source>
        <translation>Todavía no hay datos de {noun}. Haga clic en “Agregar {noun}” para empezar.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="598"/>
        <source>{noun} details</source>
        <translation>Datos de {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="657"/>
        <source>Remove {noun}</source>
        <translation>Quitar {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="696"/>
        <source>Move {noun}</source>
        <translation>Mover {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="848"/>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="870"/>
        <source>Mark as current</source>
        <translation>Marcar como actual</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="870"/>
        <source>Not current</source>
        <translation>Desmarcar como actual</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="43"/>
        <source>present</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="44"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="52"/>
        <source>Your jobs, newest first. Give each one 3 to 6 bullets that start with a verb and, where you can, a number. Click a suggestion on the right to add it to the selected job.</source>
        <translation>Sus empleos, del más reciente al más antiguo. Dé a cada uno de 3 a 6 viñetas que empiecen con un verbo y, cuando pueda, con una cifra. Haga clic en una sugerencia de la derecha para agregarla al empleo seleccionado.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="67"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="68"/>
        <source>e.g. Medical Records Technician</source>
        <translation>p. ej., Técnico de expedientes médicos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="72"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="73"/>
        <source>e.g. Riverside Community Hospital</source>
        <translation>p. ej., Riverside Community Hospital</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="76"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="76"/>
        <source>e.g. Springfield, IL</source>
        <translation>p. ej., Springfield, IL</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="78"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="79"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="80"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="82"/>
        <source>job</source>
        <translation>empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="84"/>
        <source>New job</source>
        <translation>Nuevo empleo</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="203"/>
        <source>Creating your PDF…</source>
        <translation>Creando su PDF…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="213"/>
        <location filename="../resume_builder/ui/exporting_ui.py" line="222"/>
        <source>The PDF could not be saved as “{name}”.</source>
        <translation>No se pudo guardar el PDF como “{name}”.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="217"/>
        <location filename="../resume_builder/ui/exporting_ui.py" line="236"/>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="229"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/exporting_ui.py" line="229"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="232"/>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="233"/>
        <source>Your resume was saved as “{name}” ({pages}).</source>
        <translation>Su currículum se guardó como “{name}” ({pages}).</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="238"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="169"/>
        <source>Reading {what}…</source>
        <translation>Leyendo {what}…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="170"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="171"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="205"/>
        <source>Could not import the resume</source>
        <translation>No se pudo importar el currículum</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="44"/>
        <source>Name and contact</source>
        <translation>Nombre y contacto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="45"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="46"/>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="47"/>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="48"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="49"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="52"/>
        <source>Job {number}</source>
        <translation>Empleo {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="53"/>
        <source>School {number}</source>
        <translation>Centro de estudios {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="54"/>
        <source>Certification {number}</source>
        <translation>Certificación {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="55"/>
        <source>Skill {number}</source>
        <translation>Habilidad {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="56"/>
        <source>Language {number}</source>
        <translation>Idioma {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="59"/>
        <source>a PDF made by this app (restored exactly)</source>
        <translation>un PDF creado con esta aplicación (se restaura tal cual)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="62"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="63"/>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="64"/>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="65"/>
        <source>a LinkedIn data export</source>
        <translation>una exportación de datos de LinkedIn</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="66"/>
        <source>a JSON Resume file</source>
        <translation>un archivo JSON Resume</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="70"/>
        <source>Label</source>
        <translation>Título profesional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="71"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="72"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="73"/>
        <source>Url</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="74"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="75"/>
        <source>Location city</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="76"/>
        <source>Location region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="77"/>
        <source>Location country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="78"/>
        <source>Location postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="79"/>
        <source>Location address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="80"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="81"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="82"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="83"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="84"/>
        <source>Area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="85"/>
        <source>Study type</source>
        <translation>Tipo de estudios</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="86"/>
        <source>Score</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="87"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="88"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="89"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="90"/>
        <source>Fluency</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="91"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="92"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="93"/>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="94"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="120"/>
        <source>Check what was read</source>
        <translation>Revise lo que se leyó</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/import_review.py" line="130"/>
        <source>Read from {source}: %n fields, {unsure} to check (highlighted).</source>
        <translation>
            <numerusform>Leído de {source}: %n campo, {unsure} por revisar (resaltados).</numerusform>
            <numerusform>Leído de {source}: %n campos, {unsure} por revisar (resaltados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/import_review.py" line="132"/>
        <source>Read from {source}: %n fields.</source>
        <translation>
            <numerusform>Leído de {source}: %n campo.</numerusform>
            <numerusform>Leído de {source}: %n campos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="136"/>
        <source> Untick anything wrong, double-click a value to fix it.</source>
        <translation> Desmarque lo que esté mal y haga doble clic en un valor para corregirlo.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="149"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="149"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="149"/>
        <source>Sure</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="156"/>
        <source>&lt;b&gt;What the file says&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que dice el archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="158"/>
        <source>&lt;b&gt;What will be imported&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que se importará&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="160"/>
        <source>Merge into the one above</source>
        <translation>Unir con el de arriba</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="163"/>
        <source>When the reader split one job (or school) in two: join the chosen one into the one above it, keeping the values above and adding the missing ones and the bullets.</source>
        <translation>Cuando el lector dividió un empleo (o centro de estudios) en dos: une el elegido con el de arriba, conserva los valores de arriba y añade los que faltan y las viñetas.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="177"/>
        <source>Start a new resume from it</source>
        <translation>Empezar un currículum nuevo con esto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="179"/>
        <source>Add it to the open resume as a new version named</source>
        <translation>Añadirlo al currículum abierto como una versión nueva llamada</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="201"/>
        <source>Start editing</source>
        <translation>Empezar a editar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="287"/>
        <source>Item {number}</source>
        <translation>Elemento {number}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="346"/>
        <source>The reader is unsure of this one: check it against the source.</source>
        <translation>El lector no está seguro de este dato: compárelo con el original.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="356"/>
        <source>Fix this first: {error}</source>
        <translation>Corrija esto primero: {error}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="360"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/import_review.py" line="409"/>
        <source>Bullet {number}</source>
        <translation>Viñeta {number}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="48"/>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="49"/>
        <source>Their title</source>
        <translation>Su cargo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="50"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="51"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="52"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="53"/>
        <source>Reference no.</source>
        <translation>N.º de referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="54"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="57"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="58"/>
        <source>Opening</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="59"/>
        <source>Body (blank line between paragraphs)</source>
        <translation>Cuerpo (línea en blanco entre párrafos)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="60"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="63"/>
        <source>Sign-off</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="64"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="69"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="70"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="71"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="75"/>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="76"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="145"/>
        <source>Draft cover letter</source>
        <translation>Redactar carta de presentación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="158"/>
        <source>The letter could not be saved</source>
        <translation>No se pudo guardar la carta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="166"/>
        <source>Paste the job posting to draft a letter for it</source>
        <translation>Pegue la oferta de empleo para redactar una carta para ella</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="168"/>
        <source>Draft from posting</source>
        <translation>Redactar borrador</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="170"/>
        <source>Write a new letter from your resume and this posting</source>
        <translation>Escribir una carta nueva a partir de su currículum y esta oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="172"/>
        <source>Export letter…</source>
        <translation>Exportar carta…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="181"/>
        <source>Use a suggested opening…</source>
        <translation>Usar una introducción sugerida…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="184"/>
        <source>Opening: {case}</source>
        <translation>Introducción: {case}</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/letter_panel.py" line="277"/>
        <source>%n words (aim for 250-400)</source>
        <translation>
            <numerusform>%n palabra (lo ideal: 250-400)</numerusform>
            <numerusform>%n palabras (lo ideal: 250-400)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/letter_panel.py" line="321"/>
        <source>Edit cover letter</source>
        <translation>Editar carta de presentación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="152"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="153"/>
        <location filename="../resume_builder/ui/main_window.py" line="766"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="200"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="202"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="203"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="204"/>
        <source>&amp;Import a Resume (PDF, Word, Text, LinkedIn)…</source>
        <translation>&amp;Importar un currículum (PDF, Word, texto, LinkedIn)…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="206"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="207"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="209"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="212"/>
        <source>Export as &amp;Word, Text or JSON…</source>
        <translation>Exportar como &amp;Word, texto o JSON…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="215"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="221"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="231"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="233"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="235"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="239"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="240"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="241"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="242"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="249"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="424"/>
        <source>Could not open the resume</source>
        <translation>No se pudo abrir el currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="460"/>
        <source>Save resume</source>
        <translation>Guardar currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="468"/>
        <source>Untitled resume</source>
        <translation>Currículum sin título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="574"/>
        <location filename="../resume_builder/ui/main_window.py" line="593"/>
        <source>Could not save the resume</source>
        <translation>No se pudo guardar el currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="575"/>
        <source>{name} is open in another Resume Builder window.</source>
        <translation>{name} está abierto en otra ventana de Resume Builder.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="577"/>
        <source>Save under another name, or close it there first. Your work is still here.</source>
        <translation>Guárdelo con otro nombre o ciérrelo primero allí. Su trabajo sigue aquí.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="595"/>
        <source>Your work is still here, unsaved.</source>
        <translation>Su trabajo sigue aquí, sin guardar.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="602"/>
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="649"/>
        <source>Step {step} of {steps}
{done} of {counted} done</source>
        <translation>Paso {step} de {steps}
{done} de {counted} listos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="680"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="684"/>
        <source> — version “{version}”</source>
        <translation> — versión “{version}”</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="685"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="764"/>
        <source>Next: {step} →</source>
        <translation>Siguiente: {step} →</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="782"/>
        <source>Now editing the version “{name}”</source>
        <translation>Ahora edita la versión “{name}”</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="799"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="801"/>
        <location filename="../resume_builder/ui/main_window.py" line="880"/>
        <source>Exported {name}</source>
        <translation>Se exportó {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="837"/>
        <source>Added: {text}</source>
        <translation>Añadido: {text}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="862"/>
        <source>Open resume</source>
        <translation>Abrir currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="879"/>
        <source>Last PDF: {path}</source>
        <translation>Último PDF: {path}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/main_window.py" line="899"/>
        <source>Changes kept safe (autosaved)</source>
        <translation>Cambios a salvo (guardado automático)</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="30"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="31"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="32"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="33"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="34"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="35"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="36"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="37"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="38"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="39"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="40"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="41"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="56"/>
        <location filename="../resume_builder/ui/month_picker.py" line="57"/>
        <source>Pick a month and year</source>
        <translation>Elegir mes y año</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/month_picker.py" line="66"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>MoreSectionsPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="264"/>
        <source>Volunteer</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="265"/>
        <source>volunteer role</source>
        <translation>voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="267"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="268"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="269"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="293"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="270"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="294"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="271"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="308"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="324"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="272"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="295"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="276"/>
        <source>New volunteer role</source>
        <translation>Nuevo voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="282"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="283"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="287"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="288"/>
        <source>e.g. EHR migration</source>
        <translation>p. ej., migración de la historia clínica electrónica</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="291"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="298"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="302"/>
        <source>Awards</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="303"/>
        <source>award</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="305"/>
        <source>Award</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="306"/>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="307"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="322"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="312"/>
        <source>New award</source>
        <translation>Nuevo reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="317"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="318"/>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="320"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="321"/>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="323"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="328"/>
        <source>New publication</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="333"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="334"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="338"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="339"/>
        <source>e.g. Spanish</source>
        <translation>p. ej., español</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="343"/>
        <source>Fluency</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="344"/>
        <source>e.g. Professional working</source>
        <translation>p. ej., nivel profesional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="349"/>
        <source>New language</source>
        <translation>Nuevo idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="355"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="356"/>
        <source>interest</source>
        <translation>interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="358"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="359"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="362"/>
        <source>New interest</source>
        <translation>Nuevo interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="366"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="367"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="371"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="372"/>
        <source>or “Available on request”</source>
        <translation>o “Disponibles a solicitud”</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="376"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="379"/>
        <source>New reference</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="388"/>
        <source>Optional. Anything you add here appears on the resume; empty sections are left off.</source>
        <translation>Opcional. Todo lo que agregue aquí aparece en el currículum; las secciones vacías se omiten.</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="59"/>
        <source>Paste your resume</source>
        <translation>Pegue su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="62"/>
        <source>Paste the text of your resume (from a web page, an email or another app).</source>
        <translation>Pegue el texto de su currículum (de una página web, un correo electrónico u otra aplicación).</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="67"/>
        <source>Read it</source>
        <translation>Leerlo</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="114"/>
        <source>The preview appears here as soon as the resume is rendered.</source>
        <translation>La vista previa aparece aquí en cuanto se genera el currículum.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="220"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="223"/>
        <source>Zoom so the page fills the width of the pane</source>
        <translation>Ampliar para que la página ocupe todo el ancho del panel</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="226"/>
        <source>Zoom out (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+menos o Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="227"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="230"/>
        <source>Zoom in (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+más o Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="231"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="323"/>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="325"/>
        <source>Rendering your resume…</source>
        <translation>Generando su currículum…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="351"/>
        <source>The rendered PDF could not be read ({error}).</source>
        <translation>No se pudo leer el PDF generado ({error}).</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="385"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/preview.py" line="385"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="387"/>
        <source>Updated in {ms} ms</source>
        <translation>Actualizado en {ms} ms</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="404"/>
        <source>The preview could not be updated. {message}</source>
        <translation>No se pudo actualizar la vista previa. {message}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="407"/>
        <source>Preview not updated</source>
        <translation>Vista previa sin actualizar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="409"/>
        <source>No preview yet.</source>
        <translation>Aún no hay vista previa.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="463"/>
        <source>Zoom (fits the width)</source>
        <translation>Zoom (ajustado al ancho)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/preview.py" line="463"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="258"/>
        <source>Preparing your resume for printing…</source>
        <translation>Preparando su currículum para imprimir…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="267"/>
        <source>The resume could not be printed.</source>
        <translation>No se pudo imprimir el currículum.</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="46"/>
        <source>The PDF renderer stopped unexpectedly. It will restart with your next change.</source>
        <translation>El generador de PDF se detuvo inesperadamente. Se reiniciará con su próximo cambio.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="49"/>
        <source>The PDF renderer took too long and was restarted.</source>
        <translation>El generador de PDF tardó demasiado y se reinició.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="246"/>
        <source>The renderer has been closed.</source>
        <translation>El generador se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/render_worker.py" line="352"/>
        <source>The PDF renderer could not be started ({error}).</source>
        <translation>No se pudo iniciar el generador de PDF ({error}).</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="54"/>
        <source>Check what is still missing, then save your resume as a PDF or print it.</source>
        <translation>Revise lo que aún falta y luego guarde su currículum como PDF o imprímalo.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="72"/>
        <source>Still to do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="74"/>
        <source>Open problems; activate one to go to its field</source>
        <translation>Problemas pendientes; active uno para ir a su campo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="76"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="79"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="145"/>
        <source>Click to go to {step}</source>
        <translation>Haga clic para ir a {step}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="146"/>
        <source>Your resume</source>
        <translation>Su currículum</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/pages/finish.py" line="150"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has %n thing(s) still to do (click one to go there):</source>
        <translation>
            <numerusform>A &lt;b&gt;{name}&lt;/b&gt; le falta %n cosa por hacer (haga clic para ir allí):</numerusform>
            <numerusform>A &lt;b&gt;{name}&lt;/b&gt; le faltan %n cosas por hacer (haga clic en una para ir allí):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="154"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is complete. Export it as a PDF or print it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; está completo. Expórtelo como PDF o imprímalo.</translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="207"/>
        <source>New resume</source>
        <translation>Currículum nuevo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="209"/>
        <source>Which job is this resume for? Suggestions follow this choice.</source>
        <translation>¿Para qué empleo es este currículum? Las sugerencias se basan en esta elección.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="181"/>
        <source>Move entry</source>
        <translation>Mover entrada</translation>
    </message>
</context>
<context>
    <name>SectionOrderBox</name>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="96"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="100"/>
        <source>Drag a section, or select it and press Alt+Up / Alt+Down, to change where it appears. Untick a section to leave it out of the resume.</source>
        <translation>Arrastre una sección, o selecciónela y pulse Alt+Arriba / Alt+Abajo, para cambiar dónde aparece. Desmarque una sección para dejarla fuera del currículum.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="107"/>
        <source>Sections in resume order</source>
        <translation>Secciones en el orden del currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="110"/>
        <source>Ticked sections appear on the resume. Alt+Up and Alt+Down move the selected section.</source>
        <translation>Las secciones marcadas aparecen en el currículum. Alt+Arriba y Alt+Abajo mueven la sección seleccionada.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="114"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="115"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="173"/>
        <source>On the resume</source>
        <translation>En el currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="173"/>
        <source>Left out of the resume</source>
        <translation>Fuera del currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="193"/>
        <source>Move {section}</source>
        <translation>Mover {section}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="209"/>
        <source>Show {section}</source>
        <translation>Mostrar {section}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/section_order.py" line="209"/>
        <source>Hide {section}</source>
        <translation>Ocultar {section}</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="32"/>
        <source>Job match</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="33"/>
        <source>Paste a job posting to see which of its terms your resume covers</source>
        <translation>Pegue una oferta de empleo para ver qué términos de ella cubre su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="38"/>
        <source>Coach</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="39"/>
        <source>Advice on each bullet, patient-privacy checks, resume strength</source>
        <translation>Consejos para cada viñeta, revisión de la privacidad de pacientes y solidez del currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="44"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="45"/>
        <source>Keep a tailored version of your resume for each job</source>
        <translation>Guarde una versión adaptada de su currículum para cada empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="48"/>
        <source>Cover letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="49"/>
        <source>A cover letter for this version, drafted from the job posting</source>
        <translation>Una carta de presentación para esta versión, redactada a partir de la oferta de empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/side_panel.py" line="94"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="208"/>
        <source>The skills you would be hired for. Click suggestions on the right to add the ones you have; they are grouped by category on the resume.</source>
        <translation>Las habilidades por las que lo contratarían. Haga clic en las sugerencias de la derecha para agregar las que tenga; en el currículum se agrupan por categoría.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="221"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="221"/>
        <source>e.g. ICD-10-CM coding</source>
        <translation>p. ej., codificación ICD-10-CM</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="224"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="226"/>
        <source>e.g. Coding &amp; classification</source>
        <translation>p. ej., Codificación y clasificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="230"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="230"/>
        <source>optional, e.g. Advanced</source>
        <translation>opcional, p. ej., Avanzado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="234"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="236"/>
        <source>optional, comma-separated</source>
        <translation>opcional, separadas por comas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="239"/>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="241"/>
        <source>New skill</source>
        <translation>Nueva habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="255"/>
        <source>Add skill {skill}</source>
        <translation>Agregar habilidad {skill}</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <location filename="../resume_builder/ui/spell_check.py" line="159"/>
        <source>The word could not be saved</source>
        <translation>No se pudo guardar la palabra</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../resume_builder/ui/spell_check.py" line="436"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/spell_check.py" line="444"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Agregar «{word}» al diccionario</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/spell_check.py" line="446"/>
        <source>Ignore “{word}”</source>
        <translation>Ignorar «{word}»</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="83"/>
        <source>Build your resume</source>
        <translation>Cree su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="90"/>
        <source>A step-by-step resume for health information jobs. Everything stays on this computer, and your work is saved automatically as you go.</source>
        <translation>Un currículum paso a paso para empleos en información de salud. Todo se queda en esta computadora y su trabajo se guarda automáticamente mientras avanza.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="96"/>
        <source>Start a new resume</source>
        <translation>Empezar un currículum nuevo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="98"/>
        <source>Which job is it for?</source>
        <translation>¿Para qué empleo es?</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="100"/>
        <source>Job you want</source>
        <translation>Empleo que busca</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="102"/>
        <source>The role your resume is for; suggestions follow it</source>
        <translation>El puesto al que apunta su currículum; las sugerencias se basan en él</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="108"/>
        <source>Start new resume</source>
        <translation>Empezar currículum nuevo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="113"/>
        <source>Or</source>
        <translation>O bien</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="115"/>
        <source>Open a resume file…</source>
        <translation>Abrir un archivo de currículum…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="117"/>
        <source>Import a resume (PDF, Word, text, LinkedIn)…</source>
        <translation>Importar un currículum (PDF, Word, texto, LinkedIn)…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="119"/>
        <source>Try the sample resume</source>
        <translation>Probar el currículum de ejemplo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="131"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="134"/>
        <source>Recent resumes</source>
        <translation>Currículums recientes</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="135"/>
        <source>Activate one to open it</source>
        <translation>Active uno para abrirlo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/start_screen.py" line="137"/>
        <source>Files you open or save appear here.</source>
        <translation>Aquí aparecen los archivos que abra o guarde.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="29"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="31"/>
        <source>The steps of your resume; each says what it still needs</source>
        <translation>Los pasos de su currículum; cada uno indica lo que le falta</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/pages/step_list.py" line="48"/>
        <source>%n thing(s) still to do</source>
        <translation>
            <numerusform>Falta %n cosa</numerusform>
            <numerusform>Faltan %n cosas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="55"/>
        <source>Ready to export</source>
        <translation>Listo para exportar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="58"/>
        <source>Done</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="60"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="62"/>
        <source>Optional: add it if it helps</source>
        <translation>Opcional: agréguelo si le ayuda</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/step_list.py" line="65"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="50"/>
        <source>Suggested skills for {role}</source>
        <translation>Habilidades sugeridas para {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="51"/>
        <source>Suggested bullets for {role}</source>
        <translation>Viñetas sugeridas para {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="52"/>
        <source>Summary starters for {role}</source>
        <translation>Inicios de resumen para {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="53"/>
        <source>Certifications for {role}</source>
        <translation>Certificaciones para {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="56"/>
        <source>Search skills…</source>
        <translation>Buscar habilidades…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="57"/>
        <source>Search bullets…</source>
        <translation>Buscar viñetas…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="58"/>
        <source>Search starters…</source>
        <translation>Buscar inicios…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="59"/>
        <source>Search certifications…</source>
        <translation>Buscar certificaciones…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="62"/>
        <source>Click a skill to add it to your resume.</source>
        <translation>Haga clic en una habilidad para añadirla a su currículum.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="63"/>
        <source>Click a bullet to add it to the selected job, then replace {slot} with your own number.</source>
        <translation>Haga clic en una viñeta para añadirla al empleo seleccionado y luego reemplace {slot} por su propia cifra.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="67"/>
        <source>Click a starter to add it to your summary, then replace {slot}.</source>
        <translation>Haga clic en un inicio para añadirlo a su resumen y luego reemplace {slot}.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="70"/>
        <source>Click a certification you hold to add it with its issuer.</source>
        <translation>Haga clic en una certificación que tenga para añadirla con su emisor.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="74"/>
        <source>The role&apos;s main duties come first, one each; then items ranked by evidence (the O*NET database, a career page, BLS), not by invented popularity figures; a share is shown only where a source gives one.</source>
        <translation>Primero aparecen las funciones principales del puesto, una de cada una; después, elementos ordenados según la evidencia (la base de datos O*NET, una página de carreras, la BLS), no según cifras de popularidad inventadas; solo se muestra un porcentaje cuando una fuente lo da.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="86"/>
        <source>  — on {share}% of resumes</source>
        <translation>  — en el {share} % de los currículums</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="115"/>
        <source>Search suggestions</source>
        <translation>Buscar en las sugerencias</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="116"/>
        <source>Type words to filter the suggestions below</source>
        <translation>Escriba palabras para filtrar las sugerencias de abajo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="118"/>
        <source>Show items already on my resume</source>
        <translation>Mostrar lo que ya está en mi currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="122"/>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="209"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="124"/>
        <source>Activate a suggestion to add it to your resume</source>
        <translation>Active una sugerencia para añadirla a su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="245"/>
        <source>Nothing matches. Try another word.</source>
        <translation>No hay coincidencias. Pruebe con otra palabra.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/suggestions_panel.py" line="263"/>
        <source>✓ {suggestion}  (on your resume)</source>
        <translation>✓ {suggestion}  (en su currículum)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="232"/>
        <source>Two to four sentences at the top of your resume: your role, your years of experience and what you are best at. Start from a suggestion on the right and make it yours.</source>
        <translation>De dos a cuatro oraciones al inicio de su currículum: su puesto, sus años de experiencia y lo que mejor hace. Empiece con una sugerencia de la derecha y adáptela a usted.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="242"/>
        <source>e.g. Registered Health Information Technician with 5 years ...</source>
        <translation>p. ej., Registered Health Information Technician con 5 años ...</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="266"/>
        <source>Add summary starter</source>
        <translation>Agregar inicio de resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="287"/>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="295"/>
        <source>aim for 40 to 80</source>
        <translation>lo ideal son de 40 a 80</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="295"/>
        <source>a good length</source>
        <translation>buena extensión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="296"/>
        <source> — replace {slot} with your number</source>
        <translation> — reemplace {slot} con su cifra</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/pages/profile.py" line="297"/>
        <source>%n word(s) ({hint}){slot}</source>
        <translation>
            <numerusform>%n palabra ({hint}){slot}</numerusform>
            <numerusform>%n palabras ({hint}){slot}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TailorPanel</name>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="94"/>
        <source>Job posting</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="96"/>
        <source>Paste the job posting to compare it with your resume</source>
        <translation>Pegue la oferta de empleo para compararla con su currículum</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="98"/>
        <source>Paste the job posting here…</source>
        <translation>Pegue aquí la oferta de empleo…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="99"/>
        <source>Open posting…</source>
        <translation>Abrir oferta…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="101"/>
        <source>Read a posting from a .txt file or a JSON Resume job file</source>
        <translation>Leer una oferta de un archivo .txt o de un archivo de empleo JSON Resume</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="113"/>
        <location filename="../resume_builder/ui/tailor_panel.py" line="310"/>
        <source>Paste a posting to see how well the resume covers it.</source>
        <translation>Pegue una oferta para ver en qué medida la cubre el currículum.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="117"/>
        <source>Add bullets to</source>
        <translation>Añadir viñetas a</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="119"/>
        <source>The job that Add to job puts bullets under</source>
        <translation>El empleo en el que Añadir al empleo coloca las viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="122"/>
        <source>The job that “Add to job” puts bullets under</source>
        <translation>El empleo en el que “Añadir al empleo” coloca las viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="129"/>
        <source>Posting terms</source>
        <translation>Términos de la oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="131"/>
        <source>Terms of the job posting, missing and covered, with buttons to add them</source>
        <translation>Términos de la oferta de empleo, los que faltan y los cubiertos, con botones para añadirlos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="148"/>
        <source>&lt;b&gt;Job posting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oferta de empleo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="160"/>
        <source>Coverage of the posting&apos;s field terms</source>
        <translation>Cobertura de los términos del área en la oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="168"/>
        <source>Add bullets to:</source>
        <translation>Añadir viñetas a:</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="210"/>
        <source>Could not read the posting</source>
        <translation>No se pudo leer la oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="240"/>
        <source>Add certification {name}</source>
        <translation>Añadir la certificación {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="246"/>
        <source>Add skill {name}</source>
        <translation>Añadir la habilidad {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="253"/>
        <source>No job to add to</source>
        <translation>No hay ningún empleo al que añadirla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="253"/>
        <source>Add a job under Experience first.</source>
        <translation>Primero añada un empleo en Experiencia.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="260"/>
        <source>Add bullet from posting</source>
        <translation>Añadir viñeta de la oferta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="312"/>
        <source>No field terms found in this posting.</source>
        <translation>No se encontraron términos del área en esta oferta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/tailor_panel.py" line="319"/>
        <source>The posting uses %n field terms: {covered} covered, {missing} missing.</source>
        <translation>
            <numerusform>La oferta usa %n término del área: {covered} cubierto, {missing} faltan.</numerusform>
            <numerusform>La oferta usa %n términos del área: {covered} cubiertos, {missing} faltan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="324"/>
        <source>Missing ({count})</source>
        <translation>Faltan ({count})</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="325"/>
        <source>Covered ({count})</source>
        <translation>Cubiertos ({count})</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="336"/>
        <source>Education and experience ({count})</source>
        <translation>Formación y experiencia ({count})</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="370"/>
        <source>{term}
The posting writes: {spelled} ({count}×)</source>
        <translation>{term}
La oferta escribe: {spelled} ({count}×)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="374"/>
        <source>
On your resume at: {paths}</source>
        <translation>
En su currículum en: {paths}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="383"/>
        <source>Add cert</source>
        <translation>Añadir cert.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="385"/>
        <source>Add skill</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="397"/>
        <source>Add to job</source>
        <translation>Añadir al empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="401"/>
        <source>Add under the job chosen above; then replace [N] with your number</source>
        <translation>Añadir en el empleo elegido arriba; luego reemplace [N] por su cifra</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="414"/>
        <source>(untitled job)</source>
        <translation>(empleo sin título)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="430"/>
        <source>Edit job posting</source>
        <translation>Editar oferta de empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="437"/>
        <source>Open job posting</source>
        <translation>Abrir oferta de empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/tailor_panel.py" line="439"/>
        <source>Job postings (*.txt *.json);;All files (*)</source>
        <translation>Ofertas de empleo (*.txt *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TargetRolePage</name>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="33"/>
        <source>Which job are you applying for? The skills, bullets and summaries suggested in the next steps are chosen for this role. You can change it at any time.</source>
        <translation>¿A qué puesto se postula? Las habilidades, viñetas y resúmenes que se sugieren en los siguientes pasos se eligen para este puesto. Puede cambiarlo cuando quiera.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="50"/>
        <source>e.g. Medical Records Technician</source>
        <translation>p. ej., Técnico de expedientes médicos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="58"/>
        <source>Job you want</source>
        <translation>Puesto que busca</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="60"/>
        <source>Headline under your name</source>
        <translation>Titular bajo su nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="80"/>
        <source>Target {role}</source>
        <translation>Elegir puesto: {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="91"/>
        <source>Edit headline</source>
        <translation>Editar titular</translation>
    </message>
</context>
<context>
    <name>VersionNameDialog</name>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="68"/>
        <source>e.g. the employer or the job title</source>
        <translation>p. ej., el empleador o el puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="77"/>
        <source>Optional: paste the job posting it targets</source>
        <translation>Opcional: pegue la oferta de empleo a la que apunta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="79"/>
        <source>&amp;Posting:</source>
        <translation>&amp;Oferta:</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="125"/>
        <source>Double-click a version to edit it</source>
        <translation>Haga doble clic en una versión para editarla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="126"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="127"/>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="128"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="129"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="130"/>
        <source>Edit this version</source>
        <translation>Editar esta versión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="136"/>
        <source>Keep one version per job posting. Contact details are shared by all versions.</source>
        <translation>Guarde una versión por oferta de empleo. Todas las versiones comparten los datos de contacto.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="143"/>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versiones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="188"/>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="192"/>
        <source>New version {name}</source>
        <translation>Nueva versión {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="200"/>
        <source>Duplicate version</source>
        <translation>Duplicar versión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="200"/>
        <source>{name} copy</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="204"/>
        <source>Duplicate version {name}</source>
        <translation>Duplicar la versión {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="211"/>
        <source>Rename version</source>
        <translation>Renombrar versión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="214"/>
        <source>Rename version {name}</source>
        <translation>Renombrar la versión {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="222"/>
        <source>Delete version {name}</source>
        <translation>Eliminar la versión {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="229"/>
        <source>Switch to version {name}</source>
        <translation>Cambiar a la versión {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="241"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/versions_panel.py" line="256"/>
        <source>{name}  (editing)</source>
        <translation>{name}  (en edición)</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="73"/>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="74"/>
        <source>Side &amp;panel</source>
        <translation>Panel &amp;lateral</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="75"/>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="82"/>
        <source>Preview &amp;only</source>
        <translation>S&amp;olo vista previa</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="87"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="88"/>
        <source>Zoom o&amp;ut</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="89"/>
        <source>&amp;Fit page width</source>
        <translation>Ajustar al an&amp;cho de página</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="92"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="95"/>
        <source>Pre&amp;vious step</source>
        <translation>Paso an&amp;terior</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="98"/>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="108"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="21"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="22"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/theme.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>_RenderJob</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="125"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="163"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="181"/>
        <source>The PDF could not be created.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../resume_builder/ui/app.py" line="101"/>
        <source>Change not kept</source>
        <translation>No se conservó el cambio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/app.py" line="106"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/app.py" line="108"/>
        <source>Your work is autosaved; save it to be safe.</source>
        <translation>Su trabajo se guarda automáticamente; guárdelo para mayor seguridad.</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="53"/>
        <source>An untitled resume</source>
        <translation>Un currículum sin título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/autosave.py" line="57"/>
        <source>{name}, last changed {when}.</source>
        <translation>{name}, último cambio: {when}.</translation>
    </message>
</context>
<context>
    <name>coaching_panel</name>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="81"/>
        <source>
…and {count} more</source>
        <translation>
…y {count} más</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="89"/>
        <source>Possible patient information</source>
        <translation>Posible información de pacientes</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/coaching_panel.py" line="90"/>
        <source>The resume may contain protected health information:

{findings}

Export anyway?</source>
        <translation>Es posible que el currículum contenga información médica protegida (PHI):

{findings}

¿Exportar de todos modos?</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../resume_builder/dates.py" line="33"/>
        <source>e.g. 03/2022, March 2022 or 2022</source>
        <translation>p. ej., 03/2022, marzo 2022 o 2022</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="75"/>
        <source>Type a date, {examples}</source>
        <translation>Escriba una fecha, {examples}</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="85"/>
        <source>“{word}” is not a month ({examples})</source>
        <translation>“{word}” no es un mes ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="88"/>
        <source>“{typed}” is not a date this app can read ({examples})</source>
        <translation>“{typed}” no es una fecha que la aplicación pueda leer ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="93"/>
        <source>{month} is not a month: months go from 1 to 12 ({examples})</source>
        <translation>{month} no es un mes: los meses van del 1 al 12 ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="104"/>
        <source>“{typed}”: {problem} ({examples})</source>
        <translation>“{typed}”: {problem} ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="118"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../resume_builder/models.py" line="49"/>
        <source>use a date like 2021, 2021-06 or 2021-06-15</source>
        <translation>use una fecha como 2021, 2021-06 o 2021-06-15</translation>
    </message>
    <message>
        <location filename="../resume_builder/models.py" line="53"/>
        <source>{month} is not a month (use 01 to 12)</source>
        <translation>{month} no es un mes (use del 01 al 12)</translation>
    </message>
    <message>
        <location filename="../resume_builder/models.py" line="58"/>
        <source>{year}-{month} has no day {day}</source>
        <translation>{year}-{month} no tiene día {day}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="30"/>
        <source>Resume files (*.json);;All files (*)</source>
        <translation>Archivos de currículum (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="31"/>
        <source>Resume files (*.json *.pdf);;All files (*)</source>
        <translation>Archivos de currículum (*.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="55"/>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="56"/>
        <source>{name} is open in another Resume Builder window. Only one window can change it at a time, so that neither loses the other&apos;s edits.</source>
        <translation>{name} está abierto en otra ventana de Resume Builder. Solo una ventana puede modificarlo a la vez, para que ninguna pierda los cambios de la otra.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="65"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="67"/>
        <source>Open a copy</source>
        <translation>Abrir una copia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="81"/>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="82"/>
        <source>{name} was changed by another program since you opened it. Replace it with your version? (Choose No to keep it and save yours under another name.)</source>
        <translation>Otro programa modificó {name} después de que usted lo abriera. ¿Reemplazarlo con su versión? (Elija No para conservarlo y guardar la suya con otro nombre).</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="103"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;An offline resume builder for health information professionals. Your resume never leaves this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Field data:&lt;/b&gt; O*NET (CC BY 4.0), career pages, BLS.&lt;/p&gt;&lt;p&gt;{credits}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Un creador de currículums sin conexión para profesionales de la información de salud. Su currículum nunca sale de esta computadora.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos del área:&lt;/b&gt; O*NET (CC BY 4.0), páginas de carreras, BLS.&lt;/p&gt;&lt;p&gt;{credits}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="113"/>
        <source>About {title}</source>
        <translation>Acerca de {title}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="121"/>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="122"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>¿Desea guardar los cambios en “{name}”?</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="131"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios hechos desde la última vez que guardó.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="134"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="135"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="153"/>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="154"/>
        <source>The app closed before your last changes were saved.

{description}

Do you want to restore them?</source>
        <translation>La aplicación se cerró antes de guardar sus últimos cambios.

{description}

¿Desea restaurarlos?</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/dialogs.py" line="190"/>
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
</context>
<context>
    <name>exporting_ui</name>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="288"/>
        <source>The rendered PDF could not be read.</source>
        <translation>No se pudo leer el PDF generado.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="295"/>
        <source>The printer could not be opened. Check that it is connected.</source>
        <translation>No se pudo abrir la impresora. Compruebe que esté conectada.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="345"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="347"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/exporting_ui.py" line="377"/>
        <source>Print resume</source>
        <translation>Imprimir currículum</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../resume_builder/ui/i18n.py" line="38"/>
        <source>&amp;System Language</source>
        <translation>Idioma del siste&amp;ma</translation>
    </message>
</context>
<context>
    <name>importing_ui</name>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="46"/>
        <source>Resumes (*.pdf *.docx *.txt *.zip *.json);;PDF (*.pdf);;Word (*.docx);;Text (*.txt);;LinkedIn data export (*.zip);;JSON Resume (*.json)</source>
        <translation>Currículums (*.pdf *.docx *.txt *.zip *.json);;PDF (*.pdf);;Word (*.docx);;Texto (*.txt);;Exportación de datos de LinkedIn (*.zip);;JSON Resume (*.json)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="92"/>
        <source>Import from Pasted &amp;Text…</source>
        <translation>Importar desde &amp;texto pegado…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="98"/>
        <source>Let Exported PDFs Reopen for E&amp;diting</source>
        <translation>Permitir reabrir los PDF exportados para e&amp;ditarlos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="101"/>
        <source>Exported PDFs carry this resume&apos;s data as an attached file, so opening the PDF in this app brings the resume back exactly. Turn off to leave it out.</source>
        <translation>Los PDF exportados llevan los datos de este currículum como archivo adjunto, así que al abrir el PDF en esta aplicación el currículum se recupera tal cual. Desactívelo para no incluirlos.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="118"/>
        <source>Include resume data in PDFs</source>
        <translation>Incluir los datos del currículum en los PDF</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="120"/>
        <source>Leave resume data out of PDFs</source>
        <translation>No incluir los datos del currículum en los PDF</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="141"/>
        <source>Import a resume (PDF, Word, text, LinkedIn)</source>
        <translation>Importar un currículum (PDF, Word, texto, LinkedIn)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="240"/>
        <location filename="../resume_builder/ui/importing_ui.py" line="272"/>
        <source>From {name}</source>
        <translation>De {name}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="259"/>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="261"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="294"/>
        <source>Could not add the version</source>
        <translation>No se pudo añadir la versión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/importing_ui.py" line="296"/>
        <source>Import as version “{name}”</source>
        <translation>Importar como versión “{name}”</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../resume_builder/steps.py" line="106"/>
        <source>Choose the job you are applying for</source>
        <translation>Elija el puesto al que se postula</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="116"/>
        <source>Add your name</source>
        <translation>Agregue su nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="119"/>
        <source>Add an email address</source>
        <translation>Agregue un correo electrónico</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="122"/>
        <source>Check the email address: {problem}</source>
        <translation>Revise el correo electrónico: {problem}</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="128"/>
        <source>Add a phone number</source>
        <translation>Agregue un número de teléfono</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="131"/>
        <source>Check the phone number: {problem}</source>
        <translation>Revise el número de teléfono: {problem}</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="135"/>
        <source>Add your city</source>
        <translation>Agregue su ciudad</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="147"/>
        <source>Write a short summary (two or three sentences)</source>
        <translation>Escriba un resumen breve (dos o tres oraciones)</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="157"/>
        <source>Give your summary a little more ({words} words; aim for {minimum}+)</source>
        <translation>Amplíe un poco su resumen (palabras: {words}; la meta es {minimum} o más)</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="167"/>
        <source>Replace {slot} in your summary</source>
        <translation>Reemplace {slot} en su resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="176"/>
        <source>Add at least one job</source>
        <translation>Agregue al menos un empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="184"/>
        <source>Give the job a title and an employer</source>
        <translation>Indique el puesto y el empleador</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="193"/>
        <source>Add bullets to the job</source>
        <translation>Agregue viñetas al empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="201"/>
        <source>Give your main job at least {minimum} bullets (it has {count})</source>
        <translation>Dé a su empleo principal al menos {minimum} viñetas (tiene {count})</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="212"/>
        <source>Replace {slot} with your own number</source>
        <translation>Reemplace {slot} con su propia cifra</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="227"/>
        <source>Add your school or training program</source>
        <translation>Agregue su institución o programa de formación</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="237"/>
        <source>Add at least {minimum} skills ({count} so far)</source>
        <translation>Agregue al menos {minimum} habilidades (lleva {count})</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="254"/>
        <source>Target role</source>
        <translation>Puesto deseado</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="265"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="278"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="289"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="300"/>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="311"/>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="322"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="333"/>
        <source>More sections</source>
        <translation>Más secciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="344"/>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="355"/>
        <source>Review &amp; export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="369"/>
        <source>Job</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="370"/>
        <source>School</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="371"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="372"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="373"/>
        <source>Volunteer role</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="374"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="375"/>
        <source>Award</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="376"/>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="377"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="378"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="379"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="380"/>
        <source>bullet</source>
        <translation>viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="381"/>
        <source>keyword</source>
        <translation>palabra clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="382"/>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="383"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="386"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="387"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="388"/>
        <source>title</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="389"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="390"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="391"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="392"/>
        <source>expiry date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="393"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="394"/>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="395"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="396"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="397"/>
        <source>issuer</source>
        <translation>entidad emisora</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="398"/>
        <source>headline</source>
        <translation>titular</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../resume_builder/validation.py" line="44"/>
        <source>An email address needs an @, e.g. maria.lopez@example.com.</source>
        <translation>Un correo electrónico necesita una @, p. ej., maria.lopez@example.com.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="47"/>
        <source>This does not look like an email address, e.g. maria.lopez@example.com.</source>
        <translation>Esto no parece un correo electrónico, p. ej., maria.lopez@example.com.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="58"/>
        <source>Use only digits, spaces, +, -, ( and ), e.g. (555) 123-4567.</source>
        <translation>Use solo dígitos, espacios, +, -, ( y ), p. ej., (555) 123-4567.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="63"/>
        <source>A phone number has at least 7 digits; this has {digits}.</source>
        <translation>Un número de teléfono tiene al menos 7 dígitos; este tiene {digits}.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="68"/>
        <source>A phone number has at most 15 digits; this has {digits}.</source>
        <translation>Un número de teléfono tiene como máximo 15 dígitos; este tiene {digits}.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="80"/>
        <source>This does not look like a web address, e.g. https://www.linkedin.com/in/maria.</source>
        <translation>Esto no parece una dirección web, p. ej., https://www.linkedin.com/in/maria.</translation>
    </message>
    <message>
        <location filename="../resume_builder/validation.py" line="105"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>La fecha de fin ({end}) es anterior a la fecha de inicio ({start}).</translation>
    </message>
</context>
</TS>
