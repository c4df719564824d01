<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulletEditor</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="420"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="422"/>
        <source>Press F2 or double-click to edit a bullet; drag one to move it</source>
        <translation>Pulse F2 o haga doble clic para editar una viñeta; arrástrela para moverla</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="437"/>
        <location filename="../resume_builder/ui/pages/entries.py" line="463"/>
        <source>Add bullet</source>
        <translation>Agregar viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="437"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="437"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="437"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="492"/>
        <source>Remove bullet</source>
        <translation>Quitar viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="506"/>
        <source>Move bullet</source>
        <translation>Mover viñeta</translation>
    </message>
</context>
<context>
    <name>BulletListModel</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="252"/>
        <source>Move bullet</source>
        <translation>Mover viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="269"/>
        <source>Double-click and replace {slot} with your own number.</source>
        <translation>Haga doble clic y reemplace {slot} con su propio número.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="271"/>
        <source>Double-click to edit.</source>
        <translation>Haga doble clic para editar.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="289"/>
        <source>Edit bullet</source>
        <translation>Editar viñeta</translation>
    </message>
</context>
<context>
    <name>BulletTextEdit</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="311"/>
        <source>Bullet</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="312"/>
        <source>Enter saves the bullet, Escape cancels</source>
        <translation>Intro guarda la viñeta; Esc cancela</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="163"/>
        <source>Credentials employers look for. Click a suggestion to add it with its issuer filled in, then add the date you earned it.</source>
        <translation>Las credenciales que buscan los empleadores. Haga clic en una sugerencia para agregarla con su entidad emisora y luego añada la fecha en que la obtuvo.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="178"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="179"/>
        <source>e.g. Registered Health ...</source>
        <translation>p. ej., Registered Health ...</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="181"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="181"/>
        <source>e.g. AHIMA</source>
        <translation>p. ej., AHIMA</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="182"/>
        <source>Date earned</source>
        <translation>Fecha de obtención</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="183"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="184"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="184"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="185"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="185"/>
        <source>Verification link</source>
        <translation>Enlace de verificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="187"/>
        <source>certification</source>
        <translation>certificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="188"/>
        <source>New certification</source>
        <translation>Nueva certificación</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="105"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="113"/>
        <source>How employers reach you. Put credentials such as RHIT or CCS in their own box: they are shown after your name.</source>
        <translation>Cómo lo contactan los empleadores. Escriba sus credenciales, como RHIT o CCS, en su propia casilla: aparecen después de su nombre.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="126"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="126"/>
        <source>e.g. Maria Lopez</source>
        <translation>p. ej., María López</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="129"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="130"/>
        <source>e.g. RHIT, CCS (comma-separated)</source>
        <translation>p. ej., RHIT, CCS (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="133"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="133"/>
        <source>e.g. maria.lopez@example.com</source>
        <translation>p. ej., maria.lopez@example.com</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="134"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="134"/>
        <source>e.g. (555) 123-4567</source>
        <translation>p. ej., (555) 123-4567</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="135"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="135"/>
        <source>e.g. Springfield</source>
        <translation>p. ej., Springfield</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="136"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="136"/>
        <source>e.g. IL</source>
        <translation>p. ej., IL</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="137"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="137"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="141"/>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="150"/>
        <source>Online profiles (optional)</source>
        <translation>Perfiles en línea (opcional)</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="156"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="156"/>
        <source>e.g. LinkedIn</source>
        <translation>p. ej., LinkedIn</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="157"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="158"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="160"/>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="207"/>
        <source>Not kept: this {problem}.</source>
        <translation>No se guardó: este campo {problem}.</translation>
    </message>
</context>
<context>
    <name>DesignStepPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="32"/>
        <source>Choose a template, the paper size and colours. The preview shows your own resume.</source>
        <translation>Elija una plantilla, el tamaño del papel y los colores. La vista previa muestra su propio currículum.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="110"/>
        <source>Degrees and programs, e.g. an associate degree in Health Information Technology.</source>
        <translation>Títulos y programas, p. ej., un título asociado en Tecnología de Información de Salud.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="124"/>
        <source>School</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="125"/>
        <source>e.g. Lakeland Community College</source>
        <translation>p. ej., Lakeland Community College</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="129"/>
        <source>Degree</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="130"/>
        <source>e.g. Associate of Applied Science</source>
        <translation>p. ej., Associate of Applied Science</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="134"/>
        <source>Field of study</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="135"/>
        <source>e.g. Health Information Tech.</source>
        <translation>p. ej., Tecnología de Información de Salud</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="137"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="138"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="139"/>
        <source>GPA or honors</source>
        <translation>Promedio o distinciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="139"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="141"/>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="141"/>
        <source>separate with ;</source>
        <translation>separe con ;</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="144"/>
        <source>school</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="146"/>
        <source>New school</source>
        <translation>Nueva institución</translation>
    </message>
</context>
<context>
    <name>EndDateField</name>
    <message>
        <location filename="../resume_builder/ui/pages/fields.py" line="144"/>
        <location filename="../resume_builder/ui/pages/fields.py" line="160"/>
        <source>Present</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="549"/>
        <source>{noun} list</source>
        <translation>Lista: {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="551"/>
        <source>Select a {noun} to edit it in the form below; drag one to move it</source>
        <translation>Seleccione un elemento ({noun}) para editarlo en el formulario de abajo; arrástrelo para moverlo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="563"/>
        <location filename="../resume_builder/ui/pages/entries.py" line="618"/>
        <source>Add {noun}</source>
        <translation>Agregar {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="564"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="565"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="566"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="570"/>
        <source>No {noun} yet. Click “Add {noun}” to start.</source>
        <translation>Todavía no hay datos de {noun}. Haga clic en “Agregar {noun}” para empezar.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="575"/>
        <source>{noun} details</source>
        <translation>Datos de {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="635"/>
        <source>Remove {noun}</source>
        <translation>Quitar {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="674"/>
        <source>Move {noun}</source>
        <translation>Mover {noun}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="825"/>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="847"/>
        <source>Mark as current</source>
        <translation>Marcar como actual</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="847"/>
        <source>Not current</source>
        <translation>Desmarcar como actual</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="41"/>
        <source>present</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="42"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="50"/>
        <source>Your jobs, newest first. Give each one 3 to 6 bullets that start with a verb and, where you can, a number. Click a suggestion on the right to add it to the selected job.</source>
        <translation>Sus empleos, del más reciente al más antiguo. Dé a cada uno de 3 a 6 viñetas que empiecen con un verbo y, cuando pueda, con una cifra. Haga clic en una sugerencia de la derecha para agregarla al empleo seleccionado.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="65"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="66"/>
        <source>e.g. Medical Records Technician</source>
        <translation>p. ej., Técnico de expedientes médicos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="70"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="71"/>
        <source>e.g. Riverside Community Hospital</source>
        <translation>p. ej., Riverside Community Hospital</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="74"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="74"/>
        <source>e.g. Springfield, IL</source>
        <translation>p. ej., Springfield, IL</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="76"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="77"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="78"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="80"/>
        <source>job</source>
        <translation>empleo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="82"/>
        <source>New job</source>
        <translation>Nuevo empleo</translation>
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
        <location filename="../resume_builder/ui/pages/sections.py" line="260"/>
        <source>Volunteer</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="261"/>
        <source>volunteer role</source>
        <translation>voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="263"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="264"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="265"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="289"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="266"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="290"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="267"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="304"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="320"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="268"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="291"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="272"/>
        <source>New volunteer role</source>
        <translation>Nuevo voluntariado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="278"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="279"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="283"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="284"/>
        <source>e.g. EHR migration</source>
        <translation>p. ej., migración de la historia clínica electrónica</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="287"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="294"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="298"/>
        <source>Awards</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="299"/>
        <source>award</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="301"/>
        <source>Award</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="302"/>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="303"/>
        <location filename="../resume_builder/ui/pages/sections.py" line="318"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="308"/>
        <source>New award</source>
        <translation>Nuevo reconocimiento</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="313"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="314"/>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="316"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="317"/>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="319"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="324"/>
        <source>New publication</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="329"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="330"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="334"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="335"/>
        <source>e.g. Spanish</source>
        <translation>p. ej., español</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="339"/>
        <source>Fluency</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="340"/>
        <source>e.g. Professional working</source>
        <translation>p. ej., nivel profesional</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="345"/>
        <source>New language</source>
        <translation>Nuevo idioma</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="351"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="352"/>
        <source>interest</source>
        <translation>interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="354"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="355"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="358"/>
        <source>New interest</source>
        <translation>Nuevo interés</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="362"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="363"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="367"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="368"/>
        <source>or “Available on request”</source>
        <translation>o “Disponibles a solicitud”</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="372"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="375"/>
        <source>New reference</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="384"/>
        <source>Optional. Anything you add here appears on the resume; empty sections are left off.</source>
        <translation>Opcional. Todo lo que agregue aquí aparece en el currículum; las secciones vacías se omiten.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="53"/>
        <source>Check what is still missing, then save your resume as a PDF or print it.</source>
        <translation>Revise lo que aún falta y luego guarde su currículum como PDF o imprímalo.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="71"/>
        <source>Still to do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="73"/>
        <source>Open problems; activate one to go to its field</source>
        <translation>Problemas pendientes; active uno para ir a su campo</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="75"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="78"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="142"/>
        <source>Click to go to {step}</source>
        <translation>Haga clic para ir a {step}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="143"/>
        <source>Your resume</source>
        <translation>Su currículum</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/pages/finish.py" line="147"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has %n thing(s) still to do (click one to go there):</source>
        <translation>
            <numerusform>A &lt;b&gt;{name}&lt;/b&gt; le falta %n cosa por hacer (haga clic para ir allí):</numerusform>
            <numerusform>A &lt;b&gt;{name}&lt;/b&gt; le faltan %n cosas por hacer (haga clic en una para ir allí):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/finish.py" line="151"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is complete. Export it as a PDF or print it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; está completo. Expórtelo como PDF o imprímalo.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../resume_builder/ui/pages/entries.py" line="172"/>
        <source>Move entry</source>
        <translation>Mover entrada</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="206"/>
        <source>The skills you would be hired for. Click suggestions on the right to add the ones you have; they are grouped by category on the resume.</source>
        <translation>Las habilidades por las que lo contratarían. Haga clic en las sugerencias de la derecha para agregar las que tenga; en el currículum se agrupan por categoría.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="219"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="219"/>
        <source>e.g. ICD-10-CM coding</source>
        <translation>p. ej., codificación ICD-10-CM</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="222"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="224"/>
        <source>e.g. Coding &amp; classification</source>
        <translation>p. ej., Codificación y clasificación</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="228"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="228"/>
        <source>optional, e.g. Advanced</source>
        <translation>opcional, p. ej., Avanzado</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="232"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="234"/>
        <source>optional, comma-separated</source>
        <translation>opcional, separadas por comas</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="237"/>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="239"/>
        <source>New skill</source>
        <translation>Nueva habilidad</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/sections.py" line="253"/>
        <source>Add skill {skill}</source>
        <translation>Agregar habilidad {skill}</translation>
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
    <name>SummaryPage</name>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="230"/>
        <source>Two to four sentences at the top of your resume: your role, your years of experience and what you are best at. Start from a suggestion on the right and make it yours.</source>
        <translation>De dos a cuatro oraciones al inicio de su currículum: su puesto, sus años de experiencia y lo que mejor hace. Empiece con una sugerencia de la derecha y adáptela a usted.</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="240"/>
        <source>e.g. Registered Health Information Technician with 5 years ...</source>
        <translation>p. ej., Registered Health Information Technician con 5 años ...</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="264"/>
        <source>Add summary starter</source>
        <translation>Agregar inicio de resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="285"/>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="293"/>
        <source>aim for 40 to 80</source>
        <translation>lo ideal son de 40 a 80</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="293"/>
        <source>a good length</source>
        <translation>buena extensión</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="294"/>
        <source> — replace {slot} with your number</source>
        <translation> — reemplace {slot} con su cifra</translation>
    </message>
    <message numerus="yes">
        <location filename="../resume_builder/ui/pages/profile.py" line="295"/>
        <source>%n word(s) ({hint}){slot}</source>
        <translation>
            <numerusform>%n palabra ({hint}){slot}</numerusform>
            <numerusform>%n palabras ({hint}){slot}</numerusform>
        </translation>
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
        <location filename="../resume_builder/ui/pages/profile.py" line="55"/>
        <source>e.g. Medical Records Technician</source>
        <translation>p. ej., Técnico de expedientes médicos</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="57"/>
        <source>Job you want</source>
        <translation>Puesto que busca</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="59"/>
        <source>Headline under your name</source>
        <translation>Titular bajo su nombre</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="78"/>
        <source>Target {role}</source>
        <translation>Elegir puesto: {role}</translation>
    </message>
    <message>
        <location filename="../resume_builder/ui/pages/profile.py" line="89"/>
        <source>Edit headline</source>
        <translation>Editar titular</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../resume_builder/dates.py" line="47"/>
        <source>e.g. 03/2022, March 2022 or 2022</source>
        <translation>p. ej., 03/2022, marzo 2022 o 2022</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="88"/>
        <source>Type a date, {examples}</source>
        <translation>Escriba una fecha, {examples}</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="98"/>
        <source>“{word}” is not a month ({examples})</source>
        <translation>“{word}” no es un mes ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="101"/>
        <source>“{typed}” is not a date this app can read ({examples})</source>
        <translation>“{typed}” no es una fecha que la aplicación pueda leer ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="106"/>
        <source>{month} is not a month: months go from 1 to 12 ({examples})</source>
        <translation>{month} no es un mes: los meses van del 1 al 12 ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="117"/>
        <source>“{typed}”: {problem} ({examples})</source>
        <translation>“{typed}”: {problem} ({examples})</translation>
    </message>
    <message>
        <location filename="../resume_builder/dates.py" line="131"/>
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
        <location filename="../resume_builder/steps.py" line="157"/>
        <source>Give your summary a little more ({words} words; aim for {minimum}+)</source>
        <translation>Amplíe un poco su resumen (palabras: {words}; la meta es {minimum} o más)</translation>
    </message>
    <message>
        <location filename="../resume_builder/steps.py" line="201"/>
        <source>Give your main job at least {minimum} bullets (it has {count})</source>
        <translation>Dé a su empleo principal al menos {minimum} viñetas (tiene {count})</translation>
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
