<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>لوحة الأوامر</translation>
    </message>
    <message>
        <source>Type an action…</source>
        <translation>اكتب اسم إجراء…</translation>
    </message>
</context>
<context>
    <name>DoubtfulTips</name>
    <message>
        <source>read by OCR with low confidence: check the scan</source>
        <translation>قرأها التعرّف الضوئي على الحروف (OCR) بثقة منخفضة: راجِع الصورة الممسوحة</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>This archive is empty</source>
        <translation>هذا الأرشيف فارغ</translation>
    </message>
    <message>
        <source>Import Arabic or English articles (text, PDF, web pages, Word, OpenDocument, EPUB, RTF, e-mail) to search and read them.</source>
        <translation>استورد مقالات عربية أو إنجليزية (نصوص، PDF، صفحات ويب، ⁨Word⁩، ⁨OpenDocument⁩، ⁨EPUB⁩، ⁨RTF⁩، بريد إلكتروني) للبحث فيها وقراءتها.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>فتح أرشيف آخر…</translation>
    </message>
    <message>
        <source>You can also drop files or folders onto this window.</source>
        <translation>يمكنك أيضاً إفلات الملفات أو المجلدات على هذه النافذة.</translation>
    </message>
    <message>
        <source>This archive lives in {0}</source>
        <translation>مكان هذا الأرشيف: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>ابحث في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Close ({0})</source>
        <translation>إغلاق ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>لا تطابقات</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%Ln تطابقات</numerusform>
            <numerusform>%Ln تطابقًا</numerusform>
            <numerusform>%Ln تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>both words (words are ANDed)</source>
        <translation>الكلمتان معاً (كل الكلمات مطلوبة)</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>إحدى الكلمتين</translation>
    </message>
    <message>
        <source>without this word</source>
        <translation>من دون هذه الكلمة</translation>
    </message>
    <message>
        <source>the words together, in this order</source>
        <translation>الكلمات متجاورة وبهذا الترتيب</translation>
    </message>
    <message>
        <source>words starting with these letters</source>
        <translation>الكلمات التي تبدأ بهذه الحروف</translation>
    </message>
    <message>
        <source>this exact form (no stemming)</source>
        <translation>هذه الصيغة بعينها (بلا تجذيع)</translation>
    </message>
    <message>
        <source>in the title only</source>
        <translation>في العنوان فقط</translation>
    </message>
    <message>
        <source>Arabic or English documents</source>
        <translation>الوثائق العربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>source or file name</source>
        <translation>المصدر أو اسم الملف</translation>
    </message>
    <message>
        <source>published in this range (either end may be left open)</source>
        <translation>منشورة في هذه الفترة (يمكن ترك بدايتها أو نهايتها مفتوحة)</translation>
    </message>
    <message>
        <source>by file kind (text, pdf, html, docx, odt, epub, rtf, email…)</source>
        <translation>حسب نوع الملف (⁨text, pdf, html, docx, odt, epub, rtf, email…⁩)</translation>
    </message>
    <message>
        <source>parentheses group</source>
        <translation>الأقواس تجمع الشروط</translation>
    </message>
    <message>
        <source>a tagged participant, by any alias</source>
        <translation>طرف موسوم، بأيّ من أسمائه البديلة</translation>
    </message>
    <message>
        <source>documents with this tag</source>
        <translation>الوثائق التي تحمل هذا الوسم</translation>
    </message>
    <message>
        <source>documents with such a commitment</source>
        <translation>الوثائق التي فيها التزام كهذا</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <source>Put words in quotes for a phrase: &quot;security guarantees&quot;</source>
        <translation>ضع الكلمات بين علامتَي تنصيص للبحث عن عبارة: &quot;ضمانات أمنية&quot;</translation>
    </message>
    <message>
        <source>Fewer words find more: every word must match</source>
        <translation>كلمات أقلّ تجد أكثر: يجب أن تتطابق كل كلمة</translation>
    </message>
    <message>
        <source>Use prefix* for word beginnings, =word for the exact form</source>
        <translation>استخدم بادئة* لبدايات الكلمات، و=كلمة للصيغة بعينها</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Undo selected change</source>
        <translation>&amp;تراجع عن التغيير المحدّد</translation>
    </message>
    <message>
        <source>&amp;Redo selected change</source>
        <translation>&amp;إعادة التغيير المحدّد</translation>
    </message>
    <message>
        <source>Every change, newest first. {0} or {1} takes back the selected one; you are warned when later changes depend on it. {2} redoes an undone change, from this session or an earlier one: the one undone last first.</source>
        <translation>كل التغييرات، الأحدث أولاً. {0} أو {1} يتراجع عن المحدّد منها، وتُنبَّه إن كانت تغييرات لاحقة تعتمد عليه. {2} يعيد تغييراً تُرُوجع عنه، في هذه الجلسة أو في جلسة سابقة: آخرها تراجعاً أولاً.</translation>
    </message>
    <message>
        <source>“{0}” can no longer be redone: a change was made after it was undone, and redo re-applies only undos that no change has followed.</source>
        <translation>لم تعد إعادة «{0}» ممكنة: أُجري تغيير بعد التراجع عنه، والإعادة لا تشمل إلا تراجعات لم يلحقها تغيير.</translation>
    </message>
    <message>
        <source>Undone changes are redone in the reverse order of their undoing.</source>
        <translation>تُعاد التغييرات المتراجَع عنها بعكس ترتيب التراجع عنها.</translation>
    </message>
    <message>
        <source>Undone changes are redone in the reverse order of their undoing: redo “{0}” first.</source>
        <translation>تُعاد التغييرات المتراجَع عنها بعكس ترتيب التراجع عنها: أعد «{0}» أولاً.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>تمّ التراجع عنه</translation>
    </message>
    <message>
        <source>merged from copy {0}</source>
        <translation>مدموج من النسخة {0}</translation>
    </message>
    <message>
        <source>Made in another copy of the archive and merged here; undo the merge to take it back.</source>
        <translation>أُجري في نسخة أخرى من الأرشيف ودُمج هنا؛ تراجع عن الدمج لإلغائه.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>لا تغييرات بعد.</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>Indexing %Ln documents… search results may be incomplete</source>
        <translation>
            <numerusform>جارٍ الفهرسة… قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>جارٍ فهرسة وثيقة واحدة… قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>جارٍ فهرسة وثيقتين… قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>جارٍ فهرسة %Ln وثائق… قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>جارٍ فهرسة %Ln وثيقة… قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>جارٍ فهرسة %Ln وثيقة… قد تكون نتائج البحث ناقصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the search index…</source>
        <translation>جارٍ فحص فهرس البحث…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop indexing for now (Index now, or the next start, indexes the rest)</source>
        <translation>أوقف الفهرسة الآن (يُفهرَس الباقي بزر «فهرِس الآن» أو عند التشغيل التالي)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents not in the search index yet: search results may be incomplete</source>
        <translation>
            <numerusform>فهرس البحث يضمّ كل الوثائق</numerusform>
            <numerusform>وثيقة واحدة ليست في فهرس البحث بعد: قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>وثيقتان ليستا في فهرس البحث بعد: قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>%Ln وثائق ليست في فهرس البحث بعد: قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>%Ln وثيقة ليست في فهرس البحث بعد: قد تكون نتائج البحث ناقصة</numerusform>
            <numerusform>%Ln وثيقة ليست في فهرس البحث بعد: قد تكون نتائج البحث ناقصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>فهرِس الآن</translation>
    </message>
    <message>
        <source>Index them in the background</source>
        <translation>فهرِسها في الخلفية</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The interface will be in {0} from the next start.</source>
        <translation>ستكون لغة الواجهة {0} بدءاً من التشغيل القادم.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
    <message>
        <source>Archiver could not be started again: {0}

The new language is kept: start Archiver again to use it.</source>
        <translation>تعذّرت إعادة تشغيل Archiver: {0}

حُفظت اللغة الجديدة: شغّل Archiver من جديد لاستخدامها.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>show the document</source>
        <translation>عرض الوثيقة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Read-only: {0}. Searching and reading work; changes are off.</source>
        <translation>للقراءة فقط: {0}. البحث والقراءة متاحان؛ التعديلات معطّلة.</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash ({1} brings it back)</source>
        <translation>نُقلت «{0}» إلى سلّة المحذوفات ({1} يعيدها)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln documents to the trash ({0} brings them back)</source>
        <translation>
            <numerusform>لم تُنقل أي وثيقة إلى سلّة المحذوفات</numerusform>
            <numerusform>نُقلت وثيقة واحدة إلى سلّة المحذوفات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت وثيقتان إلى سلّة المحذوفات ({0} يعيدهما)</numerusform>
            <numerusform>نُقلت %Ln وثائق إلى سلّة المحذوفات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت %Ln وثيقة إلى سلّة المحذوفات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت %Ln وثيقة إلى سلّة المحذوفات ({0} يعيدها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%Ln وثائق</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>فتح أرشيف</translation>
    </message>
    <message>
        <source>New archive (choose or create an empty folder)</source>
        <translation>أرشيف جديد (اختر مجلداً فارغاً أو أنشئه)</translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation>انتظر انتهاء الاستيراد أو ألغِه أولاً.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Page view is for PDF documents</source>
        <translation>عرض الصفحات متاح لوثائق PDF فقط</translation>
    </message>
</context>
<context>
    <name>NoHitsPage</name>
    <message>
        <source>Help → Search syntax ({0}) lists everything the search bar understands.</source>
        <translation>مساعدة ← صيغة البحث ({0}) تسرد كل ما يفهمه شريط البحث.</translation>
    </message>
    <message>
        <source>This query cannot be searched «{0}»</source>
        <translation>لا يمكن البحث بهذا الاستعلام «{0}»</translation>
    </message>
    <message>
        <source>Words such as في, إلى, the or of are in almost every document, so the index leaves them out. Add a word that says what you are looking for.</source>
        <translation>كلمات مثل «في» و«إلى» و«the» و«of» ترد في كل وثيقة تقريباً، لذا يُسقطها الفهرس. أضف كلمة تدلّ على ما تبحث عنه.</translation>
    </message>
    <message>
        <source>No documents match «{0}»</source>
        <translation>لا وثائق تطابق «{0}»</translation>
    </message>
    <message>
        <source>Only common words, which the search ignores: «{0}»</source>
        <translation>كلمات شائعة فقط، يتجاهلها البحث: «{0}»</translation>
    </message>
    <message>
        <source>Ignored (common words): {0}</source>
        <translation>كلمات شائعة متجاهَلة: {0}</translation>
    </message>
    <message>
        <source>Did you mean {0}? ({1}, then {2})</source>
        <translation>هل تقصد {0}؟ ({1} ثم {2})</translation>
    </message>
    <message>
        <source>Searched for: {0}</source>
        <translation>جرى البحث عن: {0}</translation>
    </message>
    <message>
        <source>Nothing here is called «{0}», and «{1}» was searched as a word of the text. A value of several words goes in quotes: {2}</source>
        <translation>لا شيء هنا اسمه «{0}»، وبُحث عن «{1}» كلمةً في النص. القيمة المؤلّفة من عدة كلمات توضع بين علامتَي تنصيص: {2}</translation>
    </message>
</context>
<context>
    <name>QualityMarks</name>
    <message>
        <source>Low text quality ({0}): the extracted text may be garbled (a scanned or damaged PDF); compare it with the original file</source>
        <translation>جودة النص منخفضة ({0}): قد يكون النص المستخرج مشوّهاً (ملف PDF ممسوح ضوئياً أو تالف)؛ قارنه بالملف الأصلي</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Select a result and press Enter to read it here.</source>
        <translation>اختر نتيجة واضغط Enter لقراءتها هنا.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>a document&apos;s kind</comment>
        <translation>نص</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <comment>a document&apos;s kind</comment>
        <translation>صورة</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <comment>a document&apos;s kind</comment>
        <translation>بريد إلكتروني</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>الجودة {0}</translation>
    </message>
    <message>
        <source>read by OCR: numbers dotted in red are unverified</source>
        <translation>مقروءة بالتعرّف الضوئي على الحروف (OCR): الأرقام المنقّطة بالأحمر غير مُتحقَّق منها</translation>
    </message>
    <message>
        <source>words with a wavy orange underline were read with low confidence</source>
        <translation>الكلمات التي تحتها خط برتقالي متموّج قُرئت بثقة منخفضة</translation>
    </message>
    <message>
        <source>attached to #{0}</source>
        <translation>مرفقة بالوثيقة #{0}</translation>
    </message>
    <message>
        <source>attachments: {0}</source>
        <translation>المرفقات: {0}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>{0} (the file&apos;s creation date, not the publication date)</source>
        <translation>{0} (تاريخ إنشاء الملف، لا تاريخ النشر)</translation>
    </message>
    <message>
        <source>file created {0}</source>
        <translation>أُنشئ الملف في {0}</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>من اسم الملف</translation>
    </message>
    <message>
        <source>from the document&apos;s metadata</source>
        <translation>من البيانات الوصفية للوثيقة</translation>
    </message>
    <message>
        <source>from the dateline</source>
        <translation>من سطر المكان والتاريخ</translation>
    </message>
    <message>
        <source>the date of its e-mail</source>
        <translation>تاريخ رسالته الإلكترونية</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>أُدخل يدوياً</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
</context>
<context>
    <name>ReaderKeys</name>
    <message>
        <source>&amp;Select in the reader</source>
        <translation>التحديد في ال&amp;قارئ</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>Memo: {0}</source>
        <translation>مذكّرة: {0}</translation>
    </message>
    <message>
        <source>The stored text is damaged: archiver check names it</source>
        <translation>النص المخزَّن تالف: يسمّيه الأمر archiver check</translation>
    </message>
    <message>
        <source>The file&apos;s creation date, not the publication date</source>
        <translation>تاريخ إنشاء الملف، لا تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search the archive…  ({0})</source>
        <translation>ابحث في الأرشيف…  ({0})</translation>
    </message>
    <message>
        <source>Words are ANDed; OR, -word, &quot;phrase&quot;, prefix*, =exact, title: lang: date:</source>
        <translation>كل الكلمات مطلوبة؛ ويُفهم أيضاً: ⁨OR⁩، -كلمة، &quot;عبارة&quot;، بادئة*، =صيغة، ⁨title: lang: date:⁩</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>not searched</source>
        <translation>لم يُجرَ البحث</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits</source>
        <translation>
            <numerusform>لا تطابقات</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%Ln تطابقات</numerusform>
            <numerusform>%Ln تطابقًا</numerusform>
            <numerusform>%Ln تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1} ms</source>
        <translation>{0} · {1} ملّي ثانية</translation>
    </message>
    <message>
        <source>{0} · may be incomplete</source>
        <translation>{0} · قد تكون ناقصة</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>StoredWarnings</name>
    <message>
        <source>read by OCR (numbers unverified)</source>
        <translation>قُرئ بالتعرّف الضوئي (الأرقام غير مُتحقَّق منها)</translation>
    </message>
    <message>
        <source>{pages}: read by OCR (numbers unverified)</source>
        <translation>{pages}: قُرئ بالتعرّف الضوئي (الأرقام غير مُتحقَّق منها)</translation>
    </message>
    <message>
        <source>{pages}: scanned, but OCR found no text there</source>
        <translation>{pages}: ممسوحة ضوئياً، لكنّ التعرّف الضوئي لم يجد فيها نصاً</translation>
    </message>
    <message>
        <source>{pages}: no text layer (scanned), not read: {detail}</source>
        <translation>{pages}: بلا طبقة نصّ (ممسوحة ضوئياً)، لم تُقرأ: {detail}</translation>
    </message>
    <message>
        <source>page {page} unreadable</source>
        <translation>الصفحة {page} غير مقروءة</translation>
    </message>
    <message>
        <source>control characters removed: {count}</source>
        <translation>حُذفت محارف تحكّم: {count}</translation>
    </message>
    <message>
        <source>attachment {name} not imported: {detail}</source>
        <translation>لم يُستورد المرفق {name}: {detail}</translation>
    </message>
    <message>
        <source>date: {detail}</source>
        <translation>التاريخ: {detail}</translation>
    </message>
    <message>
        <source>Arabic read backwards ({read} for {meant}): the scan or the PDF&apos;s text is in visual order; check the text against the original</source>
        <translation>كلمات عربية مقروءة معكوسة ({read} بدل {meant}): المسح الضوئي أو نص ملف PDF بالترتيب المرئي؛ قابِل النص بالأصل</translation>
    </message>
    <message>
        <source>Arabic read backwards: the scan or the PDF&apos;s text is in visual order; check the text against the original</source>
        <translation>كلمات عربية مقروءة معكوسة: المسح الضوئي أو نص ملف PDF بالترتيب المرئي؛ قابِل النص بالأصل</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>الصفحة {0}</translation>
    </message>
    <message>
        <source>pages {0}</source>
        <translation>الصفحات {0}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;تراجع عن {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;إعادة {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Nothing to undo: the archive is open read-only</source>
        <translation>لا شيء للتراجع عنه: الأرشيف مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>Nothing to undo in this session: earlier changes are in History ({0})</source>
        <translation>لا شيء للتراجع عنه في هذه الجلسة: التغييرات السابقة في السجل ({0})</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Take back the last change made in this window</source>
        <translation>التراجع عن آخر تغيير أُجري في هذه النافذة</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>تمّ التراجع عن: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>أُعيد تطبيق: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>فهرس البحث</translation>
    </message>
    <message>
        <source>Updating the search index: {0} of {1} documents (the change is made; cancelled, the rest is indexed in the background)</source>
        <translation>تحديث فهرس البحث: {0} من {1} من الوثائق (التغيير قد تمّ؛ وإن أُلغي التحديث فُهرس الباقي في الخلفية)</translation>
    </message>
    <message>
        <source>That change is undone already</source>
        <translation>تمّ التراجع عن هذا التغيير من قبل</translation>
    </message>
    <message>
        <source>Undo an earlier change</source>
        <translation>التراجع عن تغيير سابق</translation>
    </message>
    <message>
        <source>Later changes depend on “{0}”:
{1}{2}

Undo it anyway? Those changes stay; some of them may no longer undo cleanly.</source>
        <translation>تعتمد تغييرات لاحقة على «{0}»:
{1}{2}

أتتراجع عنه رغم ذلك؟ ستبقى تلك التغييرات، وقد يتعذّر التراجع عن بعضها بسلاسة.</translation>
    </message>
    <message>
        <source>That change cannot be redone now</source>
        <translation>لا يمكن إعادة هذا التغيير الآن</translation>
    </message>
    <message>
        <source>Restored: {0}</source>
        <translation>استُعيد: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%Ln وثائق</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>إفراغ سلّة المحذوفات</translation>
    </message>
    <message>
        <source>Delete {0} and {1} of original files for good, with their annotations? This cannot be undone.</source>
        <translation>أتحذف {0} و{1} من الملفات الأصلية نهائياً مع ترميزاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Trash emptied: {0}, {1} freed</source>
        <translation>أُفرغت سلّة المحذوفات: {0}، وتحرّرت {1}</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <source>About Archiver</source>
        <translation>حول Archiver</translation>
    </message>
    <message>
        <source>Archiver {0}
An archive of Arabic and English source documents for researchers.</source>
        <translation>Archiver {0}
أرشيف لوثائق المصادر العربية والإنجليزية، للباحثين.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Documents and scans ({0});;All files (*)</source>
        <translation>الوثائق والصور الممسوحة ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The password did not open these PDFs. Another password:</source>
        <translation>لم تفتح كلمة المرور ملفات PDF هذه. جرّب كلمة مرور أخرى:</translation>
    </message>
    <message>
        <source>These PDFs are encrypted. Their password:</source>
        <translation>ملفات PDF هذه مشفّرة. أدخل كلمة مرورها:</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>ملف PDF مشفّر</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>The last search, {0}, finds nothing now: all documents are shown.</source>
        <translation>البحث الأخير، {0}، لا يجد شيئًا الآن: تُعرض كلّ الوثائق.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>فتح أرشيف…</translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation>أرشيف جديد…</translation>
    </message>
    <message>
        <source>Open original file</source>
        <translation>فتح الملف الأصلي</translation>
    </message>
    <message>
        <source>Open the imported file with the system viewer</source>
        <translation>فتح الملف المستورد بعارض النظام</translation>
    </message>
    <message>
        <source>OCR models folder…</source>
        <translation>مجلد نماذج التعرّف الضوئي (OCR)…</translation>
    </message>
    <message>
        <source>Read scans with Tesseract models (.traineddata) from a folder of your own</source>
        <translation>قراءة الصور الممسوحة بنماذج ⁨Tesseract (.traineddata)⁩ من مجلد تختاره</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back the last change made in this window</source>
        <translation>التراجع عن آخر تغيير في هذه النافذة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Re-apply the change undone last</source>
        <translation>إعادة تطبيق آخر تغيير تمّ التراجع عنه</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجلّ…</translation>
    </message>
    <message>
        <source>Every change: who, when, what, documents; take back an older one</source>
        <translation>كل تغيير: مَن ومتى وماذا وفي أي وثائق؛ والتراجع عن تغيير أقدم</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>تحرير التفاصيل…</translation>
    </message>
    <message>
        <source>Title, date, source, URL, notes</source>
        <translation>العنوان والتاريخ والمصدر والرابط والملاحظات</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>حذف الوثيقة</translation>
    </message>
    <message>
        <source>Move the document to the trash (Undo brings it back)</source>
        <translation>نقل الوثيقة إلى سلّة المحذوفات (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>سلّة المحذوفات…</translation>
    </message>
    <message>
        <source>Deleted documents: restore them, or empty the trash</source>
        <translation>الوثائق المحذوفة: استعادتها أو إفراغ السلّة</translation>
    </message>
    <message>
        <source>Find in document…</source>
        <translation>البحث في الوثيقة…</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>التطابق التالي</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>التطابق السابق</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Focus the search bar</source>
        <translation>الانتقال إلى شريط البحث</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>العودة إلى البحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>الوثيقة التالية</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>الوثيقة السابقة</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>لوحة الأوامر…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Show PDF pages</source>
        <translation>عرض صفحات PDF</translation>
    </message>
    <message>
        <source>Switch the reader to the PDF page view</source>
        <translation>تحويل القارئ إلى عرض صفحات PDF</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <source>About Archiver</source>
        <translation>حول Archiver</translation>
    </message>
    <message>
        <source>Lists and find bar</source>
        <translation>النتائج وشريط البحث في الوثيقة</translation>
    </message>
    <message>
        <source>From the search bar into the results and back</source>
        <translation>من شريط البحث إلى النتائج والعودة</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>فتح النتيجة المحدّدة</translation>
    </message>
    <message>
        <source>Previous match in the find bar</source>
        <translation>التطابق السابق في شريط البحث في الوثيقة</translation>
    </message>
    <message>
        <source>In the search bar: take back your typing there (once you leave it, the archive&apos;s Undo)</source>
        <translation>في شريط البحث: التراجع عمّا كتبته فيه (وبعد مغادرته، تراجع الأرشيف)</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>مربعات الحوار</translation>
    </message>
    <message>
        <source>Save (when every field is valid; an invalid one says why)</source>
        <translation>حفظ (حين تكون كل الحقول صالحة؛ والحقل غير الصالح يبيّن السبب)</translation>
    </message>
    <message>
        <source>Save from a multi-line field (Enter there starts a new line)</source>
        <translation>الحفظ من حقل متعدّد الأسطر (Enter فيه يبدأ سطراً جديداً)</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق من دون حفظ</translation>
    </message>
    <message>
        <source>Next / previous field; Alt and the underlined letter: that field</source>
        <translation>الحقل التالي / السابق؛ Alt مع الحرف المسطّر: ذلك الحقل</translation>
    </message>
    <message>
        <source>In an actor field with a name typed: add that participant</source>
        <translation>في حقل طرف كُتب فيه اسم: إضافة ذلك الطرف</translation>
    </message>
    <message>
        <source>On a chosen actor: take it off</source>
        <translation>على طرف مختار: إزالته</translation>
    </message>
    <message>
        <source>Select the sentence at the caret (again: the next one)</source>
        <translation>تحديد الجملة عند المؤشر (مرة أخرى: الجملة التالية)</translation>
    </message>
    <message>
        <source>Select the previous sentence</source>
        <translation>تحديد الجملة السابقة</translation>
    </message>
    <message>
        <source>Select the clause at the caret (again: the next one)</source>
        <translation>تحديد المقطع عند المؤشر (مرة أخرى: المقطع التالي)</translation>
    </message>
    <message>
        <source>Select the previous clause</source>
        <translation>تحديد المقطع السابق</translation>
    </message>
    <message>
        <source>Selection: one more word at the end</source>
        <translation>التحديد: كلمة إضافية في النهاية</translation>
    </message>
    <message>
        <source>Selection: one word fewer at the end</source>
        <translation>التحديد: كلمة أقلّ في النهاية</translation>
    </message>
    <message>
        <source>Selection: one more word at the start</source>
        <translation>التحديد: كلمة إضافية في البداية</translation>
    </message>
    <message>
        <source>Selection: one word fewer at the start</source>
        <translation>التحديد: كلمة أقلّ في البداية</translation>
    </message>
    <message>
        <source>Selection: one more clause at the end</source>
        <translation>التحديد: مقطع إضافي في النهاية</translation>
    </message>
    <message>
        <source>Selection: one clause fewer at the end</source>
        <translation>التحديد: مقطع أقلّ في النهاية</translation>
    </message>
    <message>
        <source>Selection: one more clause at the start (the preceding one)</source>
        <translation>التحديد: مقطع إضافي في البداية (المقطع السابق)</translation>
    </message>
    <message>
        <source>Selection: one clause fewer at the start</source>
        <translation>التحديد: مقطع أقلّ في البداية</translation>
    </message>
    <message>
        <source>Move the caret (in Arabic, Left goes forward)</source>
        <translation>تحريك المؤشر (في النص العربي يتقدّم السهم الأيسر)</translation>
    </message>
    <message>
        <source>Select by character or line</source>
        <translation>التحديد حرفاً حرفاً أو سطراً سطراً</translation>
    </message>
    <message>
        <source>Select by word</source>
        <translation>التحديد كلمةً كلمة</translation>
    </message>
    <message>
        <source>Start or end of the line; of the text with Ctrl (Shift selects)</source>
        <translation>بداية السطر أو نهايته؛ ومع Ctrl بداية النص أو نهايته (Shift يحدّد)</translation>
    </message>
    <message>
        <source>Copy the selection; select all</source>
        <translation>نسخ التحديد؛ تحديد الكل</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الأرشيفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
</TS>
