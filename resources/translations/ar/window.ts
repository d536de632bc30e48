<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>This archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Arabic or English articles (text, PDF, web pages, Word, OpenDocument, EPUB, RTF, e-mail) to search and read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files or folders onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive lives in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, newest first. Enter or Ctrl+Z takes back the selected one; you are warned when later changes depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from copy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in another copy of the archive and merged here; undo the merge to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {0}. Searching and reading work; changes are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {0} documents to the trash (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive (choose or create an empty folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoHitsPage</name>
    <message>
        <source>Words such as في, إلى, the or of are in almost every document, so the index leaves them out. Add a word that says what you are looking for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Select a result and press Enter to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by OCR: numbers dotted in red are unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (the file&apos;s creation date, not the publication date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the document&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s creation date, not the publication date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search the archive…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are ANDed; OR, -word, &quot;phrase&quot;, prefix*, =exact, title: lang: date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an earlier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later changes depend on “{0}”:
{1}{2}

Undo it anyway? Those changes stay; some of them may no longer undo cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: {0}</source>
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
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} and {1} of original files for good, with their annotations? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash emptied: {0}, {1} freed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
