<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <source>Confirming %Ln participants…</source>
        <translation>
            <numerusform>Confirming %Ln participant…</numerusform>
            <numerusform>Confirming %Ln participants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} is an actor of %Ln commitments. Take {0} off them (a commitment left with no actor is deleted) or delete those commitments too?</source>
        <translation>
            <numerusform>{0} is an actor of %Ln commitment. Take {0} off it (a commitment left with no actor is deleted) or delete that commitment too?</numerusform>
            <numerusform>{0} is an actor of %Ln commitments. Take {0} off them (a commitment left with no actor is deleted) or delete those commitments too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>confirm %Ln participants in #{document}</source>
        <translation>
            <numerusform>confirm %Ln participant in #{document}</numerusform>
            <numerusform>confirm %Ln participants in #{document}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merge of %Ln changes from another copy</source>
        <translation>
            <numerusform>merge of %Ln change from another copy</numerusform>
            <numerusform>merge of %Ln changes from another copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>coding of a REFI-QDA project (%Ln selections)</source>
        <translation>
            <numerusform>coding of a REFI-QDA project (%Ln selection)</numerusform>
            <numerusform>coding of a REFI-QDA project (%Ln selections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln documents</source>
        <translation>
            <numerusform>import of %Ln document</numerusform>
            <numerusform>import of %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln documents</source>
        <translation>
            <numerusform>delete of %Ln document</numerusform>
            <numerusform>delete of %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore of %Ln documents</source>
        <translation>
            <numerusform>restore of %Ln document</numerusform>
            <numerusform>restore of %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag %Ln documents {names}</source>
        <translation>
            <numerusform>tag %Ln document {names}</numerusform>
            <numerusform>tag %Ln documents {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>untag %Ln documents {names}</source>
        <translation>
            <numerusform>untag %Ln document {names}</numerusform>
            <numerusform>untag %Ln documents {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %Ln documents in {old}</source>
        <translation>
            <numerusform>put %Ln document in {old}</numerusform>
            <numerusform>put %Ln documents in {old}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %Ln documents out of {old}</source>
        <translation>
            <numerusform>take %Ln document out of {old}</numerusform>
            <numerusform>take %Ln documents out of {old}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add collection {name} with %Ln documents</source>
        <translation>
            <numerusform>add collection {name} with %Ln document</numerusform>
            <numerusform>add collection {name} with %Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message numerus="yes">
        <source>This passage already has %Ln commitments: {0}.</source>
        <translation>
            <numerusform>This passage already has %Ln commitment: {0}.</numerusform>
            <numerusform>This passage already has %Ln commitments: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsDock</name>
    <message numerus="yes">
        <source>{0} of %Ln</source>
        <comment>commitments shown of all</comment>
        <translation>
            <numerusform>{0} of %Ln</numerusform>
            <numerusform>{0} of %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoBrowser</name>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>%Ln memo</numerusform>
            <numerusform>%Ln memos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsList</name>
    <message numerus="yes">
        <source>{0} of %Ln participants</source>
        <translation>
            <numerusform>{0} of %Ln participant</numerusform>
            <numerusform>{0} of %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFlow</name>
    <message numerus="yes">
        <source>No dated commitments to show: %Ln without a statement date.</source>
        <translation>
            <numerusform>No dated commitments to show: %Ln without a statement date.</numerusform>
            <numerusform>No dated commitments to show: %Ln without a statement date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitments</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a statement date not shown</source>
        <translation>
            <numerusform>%Ln without a statement date not shown</numerusform>
            <numerusform>%Ln without a statement date not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
