<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ViewControls</name>
    <message>
        <location filename="../resume_builder/ui/view_menu.py" line="108"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
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
    <name>i18n</name>
    <message>
        <location filename="../resume_builder/ui/i18n.py" line="38"/>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
