<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupFlow</name>
    <message numerus="yes">
        <source>Backed up %Ln documents to {0}</source>
        <translation>
            <numerusform>Backed up %Ln document to {0}</numerusform>
            <numerusform>Backed up %Ln documents to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleFlow</name>
    <message numerus="yes">
        <source>Bundle written: {0} (%Ln documents)</source>
        <translation>
            <numerusform>Bundle written: {0} (%Ln document)</numerusform>
            <numerusform>Bundle written: {0} (%Ln documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln likely copies to the trash ({0} brings them back)</source>
        <translation>
            <numerusform>Moved %Ln likely copy to the trash ({0} brings it back)</numerusform>
            <numerusform>Moved %Ln likely copies to the trash ({0} brings them back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleReportDialog</name>
    <message numerus="yes">
        <source>Move the %Ln likely copies to the &amp;trash</source>
        <translation>
            <numerusform>Move the likely copy to the &amp;trash</numerusform>
            <numerusform>Move the %Ln likely copies to the &amp;trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents added</source>
        <translation>
            <numerusform>%Ln document added</numerusform>
            <numerusform>%Ln documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records added</source>
        <translation>
            <numerusform>%Ln record added</numerusform>
            <numerusform>%Ln records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes applied</source>
        <translation>
            <numerusform>%Ln change applied</numerusform>
            <numerusform>%Ln changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve: this copy&apos;s values stay in force until you pick.</source>
        <translation>
            <numerusform>%Ln conflict to resolve: this copy&apos;s values stay in force until you pick.</numerusform>
            <numerusform>%Ln conflicts to resolve: this copy&apos;s values stay in force until you pick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents added look like documents held here already: see below.</source>
        <translation>
            <numerusform>%Ln document added looks like a document held here already: see below.</numerusform>
            <numerusform>%Ln documents added look like documents held here already: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants of the bundle could each be more than one here and were not matched: see below.</source>
        <translation>
            <numerusform>%Ln participant of the bundle could be more than one here and was not matched: see below.</numerusform>
            <numerusform>%Ln participants of the bundle could each be more than one here and were not matched: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitments share their quote with another one: both copies coded it, and each keeps its own. Review them in the commitments table.</source>
        <translation>
            <numerusform>%Ln commitment shares its quote with another one: both copies coded it, and each keeps its own. Review them in the commitments table.</numerusform>
            <numerusform>%Ln commitments share their quote with another one: both copies coded it, and each keeps its own. Review them in the commitments table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%Ln conflicts to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxFlow</name>
    <message numerus="yes">
        <source>Project written: {0} (%Ln documents, {1} coded selections)</source>
        <translation>
            <numerusform>Project written: {0} (%Ln document, {1} coded selections)</numerusform>
            <numerusform>Project written: {0} (%Ln documents, {1} coded selections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project {0} imported: %Ln documents added, {1} already here</source>
        <translation>
            <numerusform>Project {0} imported: %Ln document added, {1} already here</numerusform>
            <numerusform>Project {0} imported: %Ln documents added, {1} already here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message numerus="yes">
        <source>%Ln changes pushed</source>
        <translation>
            <numerusform>%Ln change pushed</numerusform>
            <numerusform>%Ln changes pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents pulled</source>
        <translation>
            <numerusform>%Ln document pulled</numerusform>
            <numerusform>%Ln documents pulled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes applied</source>
        <translation>
            <numerusform>%Ln change applied</numerusform>
            <numerusform>%Ln changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve (Edit → Conflicts…).</source>
        <translation>
            <numerusform>%Ln conflict to resolve (Edit → Conflicts…).</numerusform>
            <numerusform>%Ln conflicts to resolve (Edit → Conflicts…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants pulled could each be more than one here and were not matched: see below.</source>
        <translation>
            <numerusform>%Ln participant pulled could be more than one here and was not matched: see below.</numerusform>
            <numerusform>%Ln participants pulled could each be more than one here and were not matched: see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFlow</name>
    <message numerus="yes">
        <source>The sync found %Ln conflicts: pick a value for each</source>
        <translation>
            <numerusform>The sync found %Ln conflict: pick a value for it</numerusform>
            <numerusform>The sync found %Ln conflicts: pick a value for each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %Ln participants apart that could each be more than one here: File → Team → Last sync&apos;s report…</source>
        <translation>
            <numerusform>The sync kept %Ln participant apart that could be more than one here: File → Team → Last sync&apos;s report…</numerusform>
            <numerusform>The sync kept %Ln participants apart that could each be more than one here: File → Team → Last sync&apos;s report…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with {0}: %Ln changes pushed, {1} pulled</source>
        <translation>
            <numerusform>Synced with {0}: %Ln change pushed, {1} pulled</numerusform>
            <numerusform>Synced with {0}: %Ln changes pushed, {1} pulled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%Ln documents in the trash, {0} of original files</source>
        <translation>
            <numerusform>%Ln document in the trash, {0} of original files</numerusform>
            <numerusform>%Ln documents in the trash, {0} of original files</numerusform>
        </translation>
    </message>
</context>
</TS>
