<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BundleFlow</name>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the bundle into this archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: {0} ({1} documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved (Ctrl+Z takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReportDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: nothing new — this archive held everything in it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} document added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} documents added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} record added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} records added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} change applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, {2} already here; {3}; {4} ({5} known already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: this copy&apos;s values stay in force until you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new conflicts: no field was changed differently on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this copy&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy (a bundle, or a member through the team&apos;s server) changed these fields differently from this copy. This copy&apos;s value stays in force until you pick; each pick can be undone (Undo here, or Ctrl+Z in the main window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of {0} for both copies:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdpxFlow</name>
    <message>
        <source>Export REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and importing the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project written: {0} ({1} documents, {2} coded selections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {0} imported: {1} documents added, {2} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out, {1}: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted documents wait here with their annotations. Enter restores the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in the trash, {1} of original files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
