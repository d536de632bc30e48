<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>%Ln selected documents</source>
        <translation>
            <numerusform>%Ln selected document</numerusform>
            <numerusform>%Ln selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln documents “{0}”</source>
        <translation>
            <numerusform>Tagged %Ln document “{0}”</numerusform>
            <numerusform>Tagged %Ln documents “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “{0}” from %Ln documents</source>
        <translation>
            <numerusform>Removed “{0}” from %Ln document</numerusform>
            <numerusform>Removed “{0}” from %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln documents in “{0}”</source>
        <translation>
            <numerusform>Put %Ln document in “{0}”</numerusform>
            <numerusform>Put %Ln documents in “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %Ln documents out of “{0}”</source>
        <translation>
            <numerusform>Took %Ln document out of “{0}”</numerusform>
            <numerusform>Took %Ln documents out of “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source of %Ln documents set</source>
        <translation>
            <numerusform>Source of %Ln document set</numerusform>
            <numerusform>Source of %Ln documents set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Date of %Ln documents set</source>
        <translation>
            <numerusform>Date of %Ln document set</numerusform>
            <numerusform>Date of %Ln documents set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>Keeping %Ln likely duplicates…</source>
        <translation>
            <numerusform>Keeping %Ln likely duplicate…</numerusform>
            <numerusform>Keeping %Ln likely duplicates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a sub-folder with %Ln file(s) to import, not walked: import it on its own</source>
        <translation>
            <numerusform>a sub-folder with one file to import, not walked: import it on its own</numerusform>
            <numerusform>a sub-folder with %Ln files to import, not walked: import it on its own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (Copy report gives the full list)</source>
        <translation>
            <numerusform>… and %Ln more (Copy report gives the full list)</numerusform>
            <numerusform>… and %Ln more (Copy report gives the full list)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFlow</name>
    <message numerus="yes">
        <source>%Ln documents brought in by the bundle {0}</source>
        <translation>
            <numerusform>%Ln document brought in by the bundle {0}</numerusform>
            <numerusform>%Ln documents brought in by the bundle {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents brought in by the merge of {0}</source>
        <translation>
            <numerusform>%Ln document brought in by the merge of {0}</numerusform>
            <numerusform>%Ln documents brought in by the merge of {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents of the import of {0}</source>
        <translation>
            <numerusform>%Ln document of the import of {0}</numerusform>
            <numerusform>%Ln documents of the import of {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln documents in “{0}”</source>
        <translation>
            <numerusform>Put %Ln document in “{0}”</numerusform>
            <numerusform>Put %Ln documents in “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln documents “{0}”</source>
        <translation>
            <numerusform>Tagged %Ln document “{0}”</numerusform>
            <numerusform>Tagged %Ln documents “{0}”</numerusform>
        </translation>
    </message>
</context>
</TS>
