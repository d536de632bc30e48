<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message>
        <source>Select one or more results first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} selected documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma between two; a/b is b under a):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {0} documents “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected documents have no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{0}” from {1} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection (a new name makes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {0} documents in “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected documents are in no collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took {0} documents out of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of {0} documents set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date (YYYY, YYYY-MM or YYYY-MM-DD; empty clears):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of {0} documents set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}, duplicates {1}, failed {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same text as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0:,} more (Copy report gives the full list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0} of {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFlow</name>
    <message>
        <source>{0} documents of the import of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query first, then save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for «{0}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (a/b makes b inside a):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection “{0}” made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the tag (its children follow):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted collection “{0}” ({1}); its documents stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted saved search “{0}” ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted tag “{0}” from every document ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {0} documents in “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {0} documents “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection inside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace its query with the search bar&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file&apos;s creation date, not the publication date. Correct it here; a date you save is marked as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was created on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
