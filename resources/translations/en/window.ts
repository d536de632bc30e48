<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>Indexing %Ln documents… search results may be incomplete</source>
        <translation>
            <numerusform>Indexing %Ln document… search results may be incomplete</numerusform>
            <numerusform>Indexing %Ln documents… search results may be incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents not in the search index yet: search results may be incomplete</source>
        <translation>
            <numerusform>%Ln document not in the search index yet: search results may be incomplete</numerusform>
            <numerusform>%Ln documents not in the search index yet: search results may be incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Moved %Ln documents to the trash ({0} brings them back)</source>
        <translation>
            <numerusform>Moved %Ln document to the trash ({0} brings it back)</numerusform>
            <numerusform>Moved %Ln documents to the trash ({0} brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message numerus="yes">
        <source>%Ln hits</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
</TS>
