<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Key names stay Latin in the Arabic interface (docs/glossary.md): Qt's own qtbase_ar
     translates the arrow keys; these identities, compiled into archiver_ar.qm and asked
     before qtbase_ar, keep "Alt+Left" as it is printed on the keyboard and in the guide. -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QShortcut</name>
    <message><source>Left</source><translation>Left</translation></message>
    <message><source>Right</source><translation>Right</translation></message>
    <message><source>Up</source><translation>Up</translation></message>
    <message><source>Down</source><translation>Down</translation></message>
</context>
</TS>
