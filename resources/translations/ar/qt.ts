<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_ar.qm lacks: Qt 6 gave the file dialog's "Look in:" and
     "Files of type:" mnemonics ("&Look in:", "Files of &type:"), and the Arabic catalog still
     translates only the old spellings, so the dialog came out half English. Compiled into
     archiver_ar.qm, which is asked before qtbase_ar; the wording is qtbase_ar's own. -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>ا&amp;عثر في:</translation></message>
    <message><source>Files of &amp;type:</source><translation>الملفّات من ال&amp;نّوع:</translation></message>
</context>
</TS>
