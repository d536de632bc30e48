<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Memos</source>
        <comment>document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <comment>participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <comment>commitment</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <source>Type a name or alias, Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Confirming {0} participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked mention of this participant in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: mention {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from this document (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words in the reader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this commitment?

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is an actor of {1} commitment(s). Take {0} off them (a commitment left with no actor is deleted) or delete those commitments too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}, its aliases and its mentions? Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the commitments too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm every suggestion (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document to see its participants and commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a / y / Enter: accept · x / n / Del: reject here · Shift+x: everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+X, Shift+N or Shift+Del: never suggest it again in any document from the words that matched here (undo with Ctrl+Z). F1: every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: a new person ({1}); accepting adds them to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} on the document, {2} on quotes · Ctrl+Shift+M writes one (m on a participant or commitment) · Alt+9 lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <source>Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in what, quote, notes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsDock</name>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixDock</name>
    <message>
        <source>Participants × categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoBrowser</name>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the memo or its quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens · E edits · Del deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} memo(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Change memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (Arabic or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter saves · Shift+Enter: new line · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoFlow</name>
    <message>
        <source>Open a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a quote in document #{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On document #{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On commitment #{0}: {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo saved (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo deleted (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <source>Merge {0} into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant {0} is the same as (it stays; {0} goes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (type a name in Arabic or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alias, Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arabic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;liases (how the texts name it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has only stop words; it cannot be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” names no participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” names several participants: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is under {1} already: it cannot be its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPageDock</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments &amp;over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a participant above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsList</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: any name or alias, Arabic or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two selected ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two participants to merge (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one stays? The other&apos;s mentions, commitment roles, aliases and members go to it, and its names become aliases. Ctrl+Z undoes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Memos</source>
        <comment>quote</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag as participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or alias (Arabic or English)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selection as an &amp;alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of a &amp;new participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new participant “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then pick a participant or “Create new…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFlow</name>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Merge {0} into {1}?

{0}&apos;s mentions, commitment roles, aliases and members go to {1}, and its names become aliases of {1}. Ctrl+Z undoes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
