<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActorPicker</name>
    <message>
        <source>Type a name or alias, Enter adds it</source>
        <translation>اكتب اسماً أو اسماً بديلاً، ثم Enter لإضافته</translation>
    </message>
</context>
<context>
    <name>ActorRole</name>
    <message>
        <source>source</source>
        <translation>ملتزِم</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>متلقٍّ</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>مستفيد</translation>
    </message>
    <message>
        <source>target</source>
        <translation>مستهدَف</translation>
    </message>
</context>
<context>
    <name>AliasKind</name>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>demonym</source>
        <translation>اسم نسبة</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>عاصمة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>لقب</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>اختصار</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>No marked mention of this participant in the text</source>
        <translation>لا إشارة معلَّمة إلى هذا الطرف في النص</translation>
    </message>
    <message>
        <source>{0}: mention {1} of {2}</source>
        <translation>{0}: الإشارة {1} من {2}</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %Ln participants…</source>
        <translation>
            <numerusform>جارٍ تأكيد لا أطراف…</numerusform>
            <numerusform>جارٍ تأكيد طرف واحد…</numerusform>
            <numerusform>جارٍ تأكيد طرفين…</numerusform>
            <numerusform>جارٍ تأكيد %Ln أطراف…</numerusform>
            <numerusform>جارٍ تأكيد %Ln طرفاً…</numerusform>
            <numerusform>جارٍ تأكيد %Ln طرف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this document ({0} undoes)</source>
        <translation>أُزيل من هذه الوثيقة ({0} للتراجع)</translation>
    </message>
    <message>
        <source>Select the words in the reader first</source>
        <translation>حدّد الكلمات في القارئ أولاً</translation>
    </message>
    <message>
        <source>Open a document first</source>
        <translation>افتح وثيقة أولاً</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>حذف الالتزام</translation>
    </message>
    <message>
        <source>Delete this commitment?

{0}</source>
        <translation>أتحذف هذا الالتزام؟

{0}</translation>
    </message>
    <message>
        <source>Open an archive first</source>
        <translation>افتح أرشيفاً أولاً</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>حذف الطرف</translation>
    </message>
    <message numerus="yes">
        <source>{0} is an actor of %Ln commitments. Take {0} off them (a commitment left with no actor is deleted) or delete those commitments too?</source>
        <translation>
            <numerusform>{0} ليس طرفاً في أي التزام.</numerusform>
            <numerusform>{0} طرف فاعل في التزام واحد. أتُزيل {0} منه (ويُحذف الالتزام إن بقي بلا طرف) أم تحذف هذا الالتزام أيضاً؟</numerusform>
            <numerusform>{0} طرف فاعل في التزامين. أتُزيل {0} منهما (ويُحذف كل التزام يبقى بلا طرف) أم تحذف الالتزامين أيضاً؟</numerusform>
            <numerusform>{0} طرف فاعل في %Ln التزامات. أتُزيل {0} منها (ويُحذف كل التزام يبقى بلا طرف) أم تحذف تلك الالتزامات أيضاً؟</numerusform>
            <numerusform>{0} طرف فاعل في %Ln التزاماً. أتُزيل {0} منها (ويُحذف كل التزام يبقى بلا طرف) أم تحذف تلك الالتزامات أيضاً؟</numerusform>
            <numerusform>{0} طرف فاعل في %Ln التزام. أتُزيل {0} منها (ويُحذف كل التزام يبقى بلا طرف) أم تحذف تلك الالتزامات أيضاً؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {0}, its aliases and its mentions? {1} undoes it.</source>
        <translation>أتحذف {0} وأسماءه البديلة وإشاراته؟ يمكن التراجع بالضغط على {1}.</translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation>حُذف {0}</translation>
    </message>
    <message>
        <source>Take off the commitments</source>
        <translation>إزالته من الالتزامات</translation>
    </message>
    <message>
        <source>Delete the commitments too</source>
        <translation>حذف الالتزامات أيضاً</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>صُدِّر إلى {0}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation>تأكيد الكل</translation>
    </message>
    <message>
        <source>Confirm every suggestion ({0})</source>
        <translation>تأكيد كل الاقتراحات ({0})</translation>
    </message>
    <message>
        <source>Open a document to see its participants and commitments.</source>
        <translation>افتح وثيقة لترى أطرافها والتزاماتها.</translation>
    </message>
    <message>
        <source>&amp;Suggested</source>
        <translation>الاقترا&amp;حات</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>الأ&amp;طراف</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>الالت&amp;زامات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>ما طابق</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف الفاعلة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>{0}: accept · {1}: reject here · {2}: everywhere</source>
        <translation>{0}: قبول · {1}: رفض هنا · {2}: في كل الوثائق</translation>
    </message>
    <message>
        <source>{0}: never suggest it again in any document from the words that matched here (undo with {1}). {2}: every key</source>
        <translation>{0}: لا يُقترح مجدداً في أي وثيقة انطلاقاً من الكلمات التي طابقت هنا (للتراجع {1}). {2}: كل الاختصارات</translation>
    </message>
    <message>
        <source>{0} {1} on the document, {2} on quotes · {3} writes one ({4} on a participant or commitment) · {5} lists them</source>
        <translation>{0} {1} على الوثيقة، {2} على الاقتباسات · {3} لكتابة مذكّرة ({4} على طرف أو التزام) · {5} لعرضها</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>جديد: {0}</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>{0}: a new person ({1}); accepting adds them to the archive</source>
        <translation>{0}: شخص جديد ({1})؛ قبوله يضيفه إلى الأرشيف</translation>
    </message>
    <message>
        <source>no title&apos;s state</source>
        <translation>لقب بلا دولة</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message numerus="yes">
        <source>confirm %Ln participants in #{document}</source>
        <translation>
            <numerusform>تأكيد لا أطراف في #{document}</numerusform>
            <numerusform>تأكيد طرف واحد في #{document}</numerusform>
            <numerusform>تأكيد طرفين في #{document}</numerusform>
            <numerusform>تأكيد %Ln أطراف في #{document}</numerusform>
            <numerusform>تأكيد %Ln طرفاً في #{document}</numerusform>
            <numerusform>تأكيد %Ln طرف في #{document}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merge of %Ln changes from another copy</source>
        <translation>
            <numerusform>دمج لا تغييرات من نسخة أخرى</numerusform>
            <numerusform>دمج تغيير واحد من نسخة أخرى</numerusform>
            <numerusform>دمج تغييرين من نسخة أخرى</numerusform>
            <numerusform>دمج %Ln تغييرات من نسخة أخرى</numerusform>
            <numerusform>دمج %Ln تغييراً من نسخة أخرى</numerusform>
            <numerusform>دمج %Ln تغيير من نسخة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>coding of a REFI-QDA project (%Ln selections)</source>
        <translation>
            <numerusform>ترميز مشروع REFI-QDA (لا تحديدات)</numerusform>
            <numerusform>ترميز مشروع REFI-QDA (تحديد واحد)</numerusform>
            <numerusform>ترميز مشروع REFI-QDA (تحديدان)</numerusform>
            <numerusform>ترميز مشروع REFI-QDA (%Ln تحديدات)</numerusform>
            <numerusform>ترميز مشروع REFI-QDA (%Ln تحديداً)</numerusform>
            <numerusform>ترميز مشروع REFI-QDA (%Ln تحديد)</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm {participant} in #{document}</source>
        <translation>تأكيد {participant} في #{document}</translation>
    </message>
    <message>
        <source>reject {participant} in #{document}</source>
        <translation>رفض {participant} في #{document}</translation>
    </message>
    <message>
        <source>reject {participant} everywhere</source>
        <translation>رفض {participant} في كل الوثائق</translation>
    </message>
    <message>
        <source>suggest {participant} again</source>
        <translation>اقتراح {participant} من جديد</translation>
    </message>
    <message>
        <source>untag {participant} in #{document}</source>
        <translation>إزالة {participant} من #{document}</translation>
    </message>
    <message>
        <source>tag {participant} in #{document}</source>
        <translation>وسم {participant} في #{document}</translation>
    </message>
    <message>
        <source>tag {participant} in #{document} (new participant)</source>
        <translation>وسم {participant} في #{document} (طرف جديد)</translation>
    </message>
    <message>
        <source>remove mention in #{document}</source>
        <translation>حذف إشارة في #{document}</translation>
    </message>
    <message>
        <source>add participant {participant}</source>
        <translation>إضافة الطرف {participant}</translation>
    </message>
    <message>
        <source>rename {old} to {new}</source>
        <translation>إعادة تسمية {old} إلى {new}</translation>
    </message>
    <message>
        <source>edit participant {participant}</source>
        <translation>تعديل الطرف {participant}</translation>
    </message>
    <message>
        <source>delete participant {participant}</source>
        <translation>حذف الطرف {participant}</translation>
    </message>
    <message>
        <source>merge {new} into {participant}</source>
        <translation>دمج {new} في {participant}</translation>
    </message>
    <message>
        <source>alias {name} of {participant}</source>
        <translation>اسم بديل {name} للطرف {participant}</translation>
    </message>
    <message>
        <source>remove alias {name}</source>
        <translation>حذف الاسم البديل {name}</translation>
    </message>
    <message>
        <source>tag #{document} {names}</source>
        <translation>وسم #{document}: {names}</translation>
    </message>
    <message>
        <source>untag #{document} {names}</source>
        <translation>إزالة وسم من #{document}: {names}</translation>
    </message>
    <message>
        <source>rename tag {old} to {new}</source>
        <translation>إعادة تسمية الوسم {old} إلى {new}</translation>
    </message>
    <message>
        <source>delete tag {name}</source>
        <translation>حذف الوسم {name}</translation>
    </message>
    <message>
        <source>add collection {name}</source>
        <translation>إضافة المجموعة {name}</translation>
    </message>
    <message>
        <source>rename collection {old} to {new}</source>
        <translation>إعادة تسمية المجموعة {old} إلى {new}</translation>
    </message>
    <message>
        <source>move collection {old} to {new}</source>
        <translation>نقل المجموعة {old} إلى {new}</translation>
    </message>
    <message>
        <source>delete collection {old}</source>
        <translation>حذف المجموعة {old}</translation>
    </message>
    <message>
        <source>put #{document} in {old}</source>
        <translation>وضع #{document} في {old}</translation>
    </message>
    <message>
        <source>take #{document} out of {old}</source>
        <translation>إخراج #{document} من {old}</translation>
    </message>
    <message>
        <source>save search {name}</source>
        <translation>حفظ البحث {name}</translation>
    </message>
    <message>
        <source>rename saved search {old} to {new}</source>
        <translation>إعادة تسمية البحث المحفوظ {old} إلى {new}</translation>
    </message>
    <message>
        <source>edit saved search {name}</source>
        <translation>تعديل البحث المحفوظ {name}</translation>
    </message>
    <message>
        <source>delete saved search {name}</source>
        <translation>حذف البحث المحفوظ {name}</translation>
    </message>
    <message>
        <source>commitment in #{document}</source>
        <translation>التزام في #{document}</translation>
    </message>
    <message>
        <source>edit commitment #{commitment}</source>
        <translation>تعديل الالتزام #{commitment}</translation>
    </message>
    <message>
        <source>delete commitment #{commitment}</source>
        <translation>حذف الالتزام #{commitment}</translation>
    </message>
    <message>
        <source>memo «{name}»</source>
        <translation>مذكّرة «{name}»</translation>
    </message>
    <message>
        <source>edit memo «{name}»</source>
        <translation>تعديل المذكّرة «{name}»</translation>
    </message>
    <message>
        <source>delete memo «{name}»</source>
        <translation>حذف المذكّرة «{name}»</translation>
    </message>
    <message>
        <source>import of «{title}»</source>
        <translation>استيراد «{title}»</translation>
    </message>
    <message>
        <source>delete of «{title}»</source>
        <translation>حذف «{title}»</translation>
    </message>
    <message>
        <source>restore of «{title}»</source>
        <translation>استعادة «{title}»</translation>
    </message>
    <message>
        <source>edit of «{title}»</source>
        <translation>تعديل «{title}»</translation>
    </message>
    <message>
        <source>conflict resolved: {name}</source>
        <translation>حلّ تعارض: {name}</translation>
    </message>
    <message>
        <source>undo of {name}</source>
        <translation>التراجع عن {name}</translation>
    </message>
    <message>
        <source>redo of {name}</source>
        <translation>إعادة {name}</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln documents</source>
        <translation>
            <numerusform>استيراد لا وثائق</numerusform>
            <numerusform>استيراد وثيقة واحدة</numerusform>
            <numerusform>استيراد وثيقتين</numerusform>
            <numerusform>استيراد %Ln وثائق</numerusform>
            <numerusform>استيراد %Ln وثيقة</numerusform>
            <numerusform>استيراد %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln documents</source>
        <translation>
            <numerusform>حذف لا وثائق</numerusform>
            <numerusform>حذف وثيقة واحدة</numerusform>
            <numerusform>حذف وثيقتين</numerusform>
            <numerusform>حذف %Ln وثائق</numerusform>
            <numerusform>حذف %Ln وثيقة</numerusform>
            <numerusform>حذف %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore of %Ln documents</source>
        <translation>
            <numerusform>استعادة لا وثائق</numerusform>
            <numerusform>استعادة وثيقة واحدة</numerusform>
            <numerusform>استعادة وثيقتين</numerusform>
            <numerusform>استعادة %Ln وثائق</numerusform>
            <numerusform>استعادة %Ln وثيقة</numerusform>
            <numerusform>استعادة %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag %Ln documents {names}</source>
        <translation>
            <numerusform>وسم لا وثائق: {names}</numerusform>
            <numerusform>وسم وثيقة واحدة: {names}</numerusform>
            <numerusform>وسم وثيقتين: {names}</numerusform>
            <numerusform>وسم %Ln وثائق: {names}</numerusform>
            <numerusform>وسم %Ln وثيقة: {names}</numerusform>
            <numerusform>وسم %Ln وثيقة: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>untag %Ln documents {names}</source>
        <translation>
            <numerusform>إزالة وسم من لا وثائق: {names}</numerusform>
            <numerusform>إزالة وسم من وثيقة واحدة: {names}</numerusform>
            <numerusform>إزالة وسم من وثيقتين: {names}</numerusform>
            <numerusform>إزالة وسم من %Ln وثائق: {names}</numerusform>
            <numerusform>إزالة وسم من %Ln وثيقة: {names}</numerusform>
            <numerusform>إزالة وسم من %Ln وثيقة: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %Ln documents in {old}</source>
        <translation>
            <numerusform>وضع لا وثائق في {old}</numerusform>
            <numerusform>وضع وثيقة واحدة في {old}</numerusform>
            <numerusform>وضع وثيقتين في {old}</numerusform>
            <numerusform>وضع %Ln وثائق في {old}</numerusform>
            <numerusform>وضع %Ln وثيقة في {old}</numerusform>
            <numerusform>وضع %Ln وثيقة في {old}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %Ln documents out of {old}</source>
        <translation>
            <numerusform>إخراج لا وثائق من {old}</numerusform>
            <numerusform>إخراج وثيقة واحدة من {old}</numerusform>
            <numerusform>إخراج وثيقتين من {old}</numerusform>
            <numerusform>إخراج %Ln وثائق من {old}</numerusform>
            <numerusform>إخراج %Ln وثيقة من {old}</numerusform>
            <numerusform>إخراج %Ln وثيقة من {old}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add collection {name} with %Ln documents</source>
        <translation>
            <numerusform>إضافة المجموعة {name} دون وثائق</numerusform>
            <numerusform>إضافة المجموعة {name} بوثيقة واحدة</numerusform>
            <numerusform>إضافة المجموعة {name} بوثيقتين</numerusform>
            <numerusform>إضافة المجموعة {name} بـ%Ln وثائق</numerusform>
            <numerusform>إضافة المجموعة {name} بـ%Ln وثيقة</numerusform>
            <numerusform>إضافة المجموعة {name} بـ%Ln وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>add collection {name} with #{document}</source>
        <translation>إضافة المجموعة {name} بالوثيقة #{document}</translation>
    </message>
    <message>
        <source>edit {participant} ({fields})</source>
        <translation>تعديل {participant} ({fields})</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>parent</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>يتبع</translation>
    </message>
    <message>
        <source>role</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>ISO code</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>colour</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>اللون</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>aliases</source>
        <comment>a participant&apos;s field, named in the label of its edit</comment>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>an earlier change</source>
        <translation>تغيير سابق</translation>
    </message>
</context>
<context>
    <name>CommitmentAction</name>
    <message>
        <source>offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>تعهّد</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>تنفيذ</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>مطالبة</translation>
    </message>
    <message>
        <source>support</source>
        <translation>دعم</translation>
    </message>
    <message>
        <source>other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>CommitmentCategory</name>
    <message>
        <source>military</source>
        <translation>عسكري</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>humanitarian</source>
        <translation>إنساني</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>مراقبة</translation>
    </message>
    <message>
        <source>diplomatic</source>
        <translation>دبلوماسي</translation>
    </message>
    <message>
        <source>troops</source>
        <translation>قوات</translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation>عقوبات</translation>
    </message>
    <message>
        <source>other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Edit commitment</source>
        <translation>تعديل الالتزام</translation>
    </message>
    <message>
        <source>Record a commitment</source>
        <translation>تسجيل التزام</translation>
    </message>
    <message>
        <source>(follows the status)</source>
        <translation>(حسب الحالة)</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>(اختر فئة)</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>م&amp;ستقبلي</translation>
    </message>
    <message>
        <source>&amp;Hypothetical</source>
        <translation>افت&amp;راضي</translation>
    </message>
    <message>
        <source>&amp;Negated</source>
        <translation>م&amp;نفي</translation>
    </message>
    <message>
        <source>the document&apos;s date: {0}</source>
        <comment>in an empty statement date field</comment>
        <translation>تاريخ الوثيقة: {0}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>the date&apos;s format, in an empty field</comment>
        <translation>مثلاً ⁦2025-07-09⁩</translation>
    </message>
    <message>
        <source>1500, 2.5, 1.5 million…</source>
        <translation>مثلاً 1500 أو 2.5 أو 1.5 مليون أو ٢ ألف…</translation>
    </message>
    <message>
        <source>unit or currency: EUR, USD, troops…</source>
        <translation>الوحدة أو العملة: EUR، USD، جنود…</translation>
    </message>
    <message>
        <source>for a delivery: the number of the pledge</source>
        <translation>للتنفيذ: رقم التعهّد</translation>
    </message>
    <message>
        <source>Save ({0} or {1})</source>
        <translation>حفظ ({0} أو {1})</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>الجهات ال&amp;ملتزِمة:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>الجهات المت&amp;لقّية:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>ال&amp;فعل:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الف&amp;ئة:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>الم&amp;ضمون:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>المؤشرات:</translation>
    </message>
    <message>
        <source>Statement &amp;date:</source>
        <translation>&amp;تاريخ التصريح:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>ال&amp;شرط:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>ال&amp;كمية:</translation>
    </message>
    <message>
        <source>Fulfils &amp;pledge #:</source>
        <translation>يفي بالت&amp;عهّد رقم:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <source>#{0} ({1}: {2})</source>
        <comment>a commitment: its number, actors and what</comment>
        <translation>#{0} ({1}: {2})</translation>
    </message>
    <message>
        <source>This passage already has commitment {0}.</source>
        <translation>لهذا الاقتباس التزام مسجَّل من قبل: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>This passage already has %Ln commitments: {0}.</source>
        <translation>
            <numerusform>لهذا الاقتباس التزامات مسجَّلة من قبل: {0}.</numerusform>
            <numerusform>لهذا الاقتباس التزام مسجَّل من قبل: {0}.</numerusform>
            <numerusform>لهذا الاقتباس التزامان مسجَّلان من قبل: {0}.</numerusform>
            <numerusform>لهذا الاقتباس %Ln التزامات مسجَّلة من قبل: {0}.</numerusform>
            <numerusform>لهذا الاقتباس %Ln التزاماً مسجَّلاً من قبل: {0}.</numerusform>
            <numerusform>لهذا الاقتباس %Ln التزام مسجَّل من قبل: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — new: {1}</source>
        <comment>a person saving creates, and the office</comment>
        <translation>{0} — جديد: {1}</translation>
    </message>
    <message>
        <source>{0} — new person</source>
        <comment>a person saving creates</comment>
        <translation>{0} — شخص جديد</translation>
    </message>
    <message>
        <source>told by the quote&apos;s word “{0}”; change it if that is wrong</source>
        <comment>the status prefilled from the quote&apos;s verb</comment>
        <translation>من فعل الاقتباس «{0}»؛ غيّرها إن كانت خطأ</translation>
    </message>
    <message>
        <source>told by the quote&apos;s words “{0}”; change it if that is wrong</source>
        <translation>من كلمات الاقتباس «{0}»؛ غيّرها إن كانت خطأ</translation>
    </message>
    <message>
        <source>No single participant is called “{0}”.</source>
        <translation>لا يوجد طرف واحد بعينه اسمه «{0}».</translation>
    </message>
    <message>
        <source>cannot read this as a number</source>
        <translation>تعذّرت قراءته رقماً</translation>
    </message>
    <message>
        <source>= {0}</source>
        <comment>the quantity as stored</comment>
        <translation>= {0}</translation>
    </message>
    <message>
        <source>No single participant is called “{0}”: pick one from the list.</source>
        <translation>لا يوجد طرف واحد بعينه اسمه «{0}»: اختر واحداً من القائمة.</translation>
    </message>
    <message>
        <source>Add at least one source actor (who committed).</source>
        <translation>أضف جهة ملتزِمة واحدة على الأقل (الجهة صاحبة الالتزام).</translation>
    </message>
    <message>
        <source>Choose the commitment&apos;s category.</source>
        <translation>اختر فئة الالتزام.</translation>
    </message>
    <message>
        <source>The date is YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>يُكتب التاريخ بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cannot read the quantity “{0}” as a number: write it as 1500, 2.5 or 1.5 million.</source>
        <translation>تعذّرت قراءة الكمية «{0}» رقماً: اكتبها مثلاً 1500 أو 2.5 أو 1.5 مليون أو ٢ ألف.</translation>
    </message>
    <message>
        <source>Give the quantity its unit or currency (EUR, USD, troops…).</source>
        <translation>حدّد وحدة الكمية أو عملتها (EUR، USD، جنود…).</translation>
    </message>
    <message>
        <source>Only a delivery (delivered, partly delivered) fulfils a pledge.</source>
        <translation>لا يفي بالتعهّد إلا تنفيذ (نُفِّذ، نُفِّذ جزئياً).</translation>
    </message>
    <message>
        <source>There is no other commitment #{0}.</source>
        <translation>لا يوجد التزام آخر رقمه #{0}.</translation>
    </message>
    <message>
        <source>#{0} is a delivery itself, not a pledge.</source>
        <translation>#{0} تنفيذ هو نفسه، لا تعهّد.</translation>
    </message>
    <message>
        <source>Commitment #{0} already records this: change what differs, or press Cancel.</source>
        <translation>الالتزام #{0} يسجّل هذا من قبل: غيّر ما يختلف، أو اضغط «إلغاء».</translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <source>Actor…</source>
        <translation>الطرف…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation>من YYYY-MM</translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation>إلى YYYY-MM</translation>
    </message>
    <message>
        <source>Text in what, quote, notes…</source>
        <translation>نص في المضمون أو الاقتباس أو الملاحظات…</translation>
    </message>
</context>
<context>
    <name>CommitmentFlag</name>
    <message>
        <source>future</source>
        <translation>مستقبلي</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>منفي</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>considering (expressed interest)</source>
        <translation>قيد الدراسة (أبدى اهتماماً)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>عُرض</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>تعهّد به</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>مشروط</translation>
    </message>
    <message>
        <source>partly delivered</source>
        <translation>نُفِّذ جزئياً</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>نُفِّذ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>عُلِّق</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>غير واضح</translation>
    </message>
</context>
<context>
    <name>CommitmentText</name>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>if: {0}</source>
        <translation>شرط: {0}</translation>
    </message>
    <message>
        <source>fulfils #{0}</source>
        <translation>يفي بالتعهّد #{0}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
</context>
<context>
    <name>CommitmentsDock</name>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln</source>
        <comment>commitments shown of all</comment>
        <translation>
            <numerusform>{0} من %Ln</numerusform>
            <numerusform>{0} من %Ln</numerusform>
            <numerusform>{0} من %Ln</numerusform>
            <numerusform>{0} من %Ln</numerusform>
            <numerusform>{0} من %Ln</numerusform>
            <numerusform>{0} من %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف الفاعلة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الفعل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
</context>
<context>
    <name>MatrixDock</name>
    <message>
        <source>Participants × categories</source>
        <translation>الأطراف × الفئات</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source> (+{0})</source>
        <comment>more commitments in the cell</comment>
        <translation> (+{0})</translation>
    </message>
</context>
<context>
    <name>MemoBrowser</name>
    <message>
        <source>Memos</source>
        <translation>المذكّرات</translation>
    </message>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكّرة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>Text in the memo or its quote…</source>
        <translation>نص في المذكّرة أو في اقتباسها…</translation>
    </message>
    <message>
        <source>On anything</source>
        <translation>على أي شيء</translation>
    </message>
    <message>
        <source>{0} opens · {1} edits · {2} deletes</source>
        <translation>{0} للفتح · {1} للتعديل · {2} للحذف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>لا مذكّرات</numerusform>
            <numerusform>مذكّرة واحدة</numerusform>
            <numerusform>مذكّرتان</numerusform>
            <numerusform>%Ln مذكّرات</numerusform>
            <numerusform>%Ln مذكّرة</numerusform>
            <numerusform>%Ln مذكّرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي كاتب</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Change memo</source>
        <translation>تعديل المذكّرة</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>مذكّرة جديدة</translation>
    </message>
    <message>
        <source>Your note (Arabic or English)</source>
        <translation>ملاحظتك (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>{0} or {1} saves · {2}: new line · {3} cancels</source>
        <translation>{0} أو {1} للحفظ · {2}: سطر جديد · {3} للإلغاء</translation>
    </message>
</context>
<context>
    <name>MemoFlow</name>
    <message>
        <source>Open a document first</source>
        <translation>افتح وثيقة أولاً</translation>
    </message>
    <message>
        <source>On a quote in document #{0}: {1}</source>
        <translation>على اقتباس في الوثيقة #{0}: {1}</translation>
    </message>
    <message>
        <source>On document #{0}: {1}</source>
        <translation>على الوثيقة #{0}: {1}</translation>
    </message>
    <message>
        <source>On participant {0}</source>
        <translation>على الطرف {0}</translation>
    </message>
    <message>
        <source>On commitment #{0}: {1} — {2}</source>
        <translation>على الالتزام #{0}: {1} — {2}</translation>
    </message>
    <message>
        <source>Memo saved ({0} undoes)</source>
        <translation>حُفظت المذكّرة ({0} للتراجع)</translation>
    </message>
    <message>
        <source>Memo deleted ({0} undoes)</source>
        <translation>حُذفت المذكّرة ({0} للتراجع)</translation>
    </message>
    <message>
        <source>On the {0} {1}</source>
        <translation>على {0}: {1}</translation>
    </message>
    <message>
        <source>Memo: {0}</source>
        <translation>مذكّرة: {0}</translation>
    </message>
</context>
<context>
    <name>MemoTarget</name>
    <message>
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>طرف</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>التزام</translation>
    </message>
</context>
<context>
    <name>MentionMethod</name>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <source>Merge {0} into…</source>
        <translation>دمج {0} في…</translation>
    </message>
    <message>
        <source>The participant {0} is the same as (it stays; {0} goes):</source>
        <translation>الطرف الذي هو {0} نفسه (يبقى هو، ويزول {0}):</translation>
    </message>
</context>
<context>
    <name>MergeQuestion</name>
    <message>
        <source>Merge {0} into {1}?

{0}&apos;s mentions, commitment roles, aliases and members go to {1}, and its names become aliases of {1}. {2} undoes the merge.</source>
        <translation>أتدمج {0} في {1}؟

تنتقل إشارات {0} وأدواره في الالتزامات وأسماؤه البديلة وأعضاؤه إلى {1}، وتصبح أسماؤه أسماءً بديلة للطرف {1}. يمكن التراجع عن الدمج بالضغط على {2}.</translation>
    </message>
    <message>
        <source>Merge participants</source>
        <translation>دمج طرفين</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant: {0}</source>
        <translation>الطرف: {0}</translation>
    </message>
    <message>
        <source>A person&apos;s office, e.g. Foreign Minister</source>
        <translation>منصب الشخص، مثل: وزير الخارجية</translation>
    </message>
    <message>
        <source>None (type a name in Arabic or English)</source>
        <translation>لا شيء (اكتب اسماً بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>New alias, Enter adds it</source>
        <translation>اسم بديل جديد، ثم Enter لإضافته</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Arabic name:</source>
        <translation>الاسم ال&amp;عربي:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>الاسم الإن&amp;جليزي:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>ي&amp;تبع:</translation>
    </message>
    <message>
        <source>A&amp;liases (how the texts name it):</source>
        <translation>الأسماء ال&amp;بديلة (كما تسمّيه النصوص):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>“{0}” has only stop words; it cannot be matched</source>
        <translation>«{0}» لا يحوي إلا كلمات شائعة تُهمل في البحث؛ لا يمكن مطابقته</translation>
    </message>
    <message>
        <source>“{0}” names no participant</source>
        <translation>«{0}» لا يسمّي أي طرف</translation>
    </message>
    <message>
        <source>“{0}” names several participants: pick one from the list</source>
        <translation>«{0}» يسمّي عدة أطراف: اختر واحداً من القائمة</translation>
    </message>
    <message>
        <source>a participant cannot be its own parent</source>
        <translation>لا يكون الطرف جهةً أمّاً لنفسه</translation>
    </message>
    <message>
        <source>{0} is under {1} already: it cannot be its parent</source>
        <translation>{0} يتبع {1} أصلاً: لا يمكن أن يكون جهته الأم</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>يحتاج الطرف إلى اسم</translation>
    </message>
</context>
<context>
    <name>ParticipantIndex</name>
    <message>
        <source>{0} → {1}</source>
        <comment>alias → its participant</comment>
        <translation>{0} ← {1}</translation>
    </message>
</context>
<context>
    <name>ParticipantKind</name>
    <message>
        <source>state</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظّمة</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>تحالف</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>ParticipantPageDock</name>
    <message>
        <source>Participant</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Participant…</source>
        <translation>الطرف…</translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation>حذف الطرف…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;تعديل الطرف…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف الفاعلة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ال&amp;وثائق</translation>
    </message>
    <message>
        <source>Commitments &amp;over time</source>
        <translation>الالتزامات عبر ال&amp;زمن</translation>
    </message>
    <message>
        <source>Choose a participant above.</source>
        <translation>اختر طرفاً في الأعلى.</translation>
    </message>
    <message>
        <source>part of {0}</source>
        <translation>يتبع {0}</translation>
    </message>
    <message>
        <source>Aliases: {0}</source>
        <translation>الأسماء البديلة: {0}</translation>
    </message>
    <message>
        <source>&amp;Documents ({0})</source>
        <translation>ال&amp;وثائق ({0})</translation>
    </message>
</context>
<context>
    <name>ParticipantsList</name>
    <message>
        <source>Participants</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Filter: any name or alias, Arabic or English</source>
        <translation>تصفية: أي اسم أو اسم بديل، بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected ({0})</source>
        <translation>&amp;دمج الطرفين المحدّدين ({0})</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln participants</source>
        <translation>
            <numerusform>{0} من لا أطراف</numerusform>
            <numerusform>{0} من طرف واحد</numerusform>
            <numerusform>{0} من طرفين</numerusform>
            <numerusform>{0} من %Ln أطراف</numerusform>
            <numerusform>{0} من %Ln طرفاً</numerusform>
            <numerusform>{0} من %Ln طرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Which one stays? The other&apos;s mentions, commitment roles, aliases and members go to it, and its names become aliases. {0} undoes the merge.</source>
        <translation>أيّهما يبقى؟ تنتقل إليه إشارات الآخر وأدواره في الالتزامات وأسماؤه البديلة وأعضاؤه، وتصبح أسماؤه أسماءً بديلة. يمكن التراجع عن الدمج بالضغط على {0}.</translation>
    </message>
    <message>
        <source>Select two participants to merge (Ctrl+click)</source>
        <translation>حدّد طرفين لدمجهما (Ctrl مع النقر)</translation>
    </message>
    <message>
        <source>Merge participants</source>
        <translation>دمج طرفين</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>إبقاء {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Annotation panel</source>
        <translation>لوحة الترميز</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag as participant</source>
        <translation>وسم كطرف</translation>
    </message>
    <message>
        <source>Type a name or alias (Arabic or English)…</source>
        <translation>اكتب اسماً أو اسماً بديلاً (بالعربية أو الإنجليزية)…</translation>
    </message>
    <message>
        <source>Add “{0}” as an &amp;alias</source>
        <translation>إضافة «{0}» اسماً &amp;بديلاً</translation>
    </message>
    <message>
        <source>Add the selection as an &amp;alias</source>
        <translation>إضافة التحديد اسماً &amp;بديلاً</translation>
    </message>
    <message>
        <source>Kind of a &amp;new participant:</source>
        <translation>نوع ال&amp;طرف الجديد:</translation>
    </message>
    <message>
        <source>Create new participant “{0}”</source>
        <translation>إنشاء طرف جديد «{0}»</translation>
    </message>
    <message>
        <source>Not ticked: “{0}” is a title; it names whoever holds the office, not one person.</source>
        <translation>لا يُضاف تلقائياً: «{0}» لقب يسمّي كل من يشغل المنصب، لا شخصاً واحداً.</translation>
    </message>
    <message>
        <source>Not ticked: “{0}” does not read as a name.</source>
        <translation>لا يُضاف تلقائياً: «{0}» لا يُقرأ اسماً.</translation>
    </message>
    <message>
        <source>Not ticked: “{0}” is an alias of this participant already.</source>
        <translation>لا يُضاف تلقائياً: «{0}» اسم بديل لهذا الطرف من قبل.</translation>
    </message>
    <message>
        <source>Type a name, then pick a participant or “Create new…”.</source>
        <translation>اكتب اسماً، ثم اختر طرفاً أو «إنشاء طرف جديد…».</translation>
    </message>
    <message>
        <source>Already tagged as {0} here: no second mention</source>
        <translation>موسوم هنا من قبل: {0}؛ لا إشارة ثانية</translation>
    </message>
    <message>
        <source>Tagged as {0}</source>
        <translation>وُسم: {0}</translation>
    </message>
    <message>
        <source>; “{0}” added as an alias</source>
        <translation>؛ وأُضيف «{0}» اسماً بديلاً</translation>
    </message>
    <message>
        <source>it is a title</source>
        <translation>إنه لقب</translation>
    </message>
    <message>
        <source>it does not read as a name</source>
        <translation>لا يُقرأ اسماً</translation>
    </message>
    <message>
        <source>an alias of this participant matches it already</source>
        <translation>يطابقه اسم بديل لهذا الطرف من قبل</translation>
    </message>
    <message>
        <source>; not added as an alias: {0}</source>
        <translation>؛ ولم يُضف اسماً بديلاً: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source> → {0}</source>
        <comment>until the target date</comment>
        <translation> ← {0}</translation>
    </message>
    <message>
        <source>{0}: {1}{2} · {3} · {4}</source>
        <comment>who: when · status · what</comment>
        <translation>{0}: {1}{2} · {3} · {4}</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>تصدير SVG…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
</context>
<context>
    <name>TimelineFlow</name>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Commitments over time</source>
        <translation>الالتزامات عبر الزمن</translation>
    </message>
    <message numerus="yes">
        <source>No dated commitments to show: %Ln without a statement date.</source>
        <translation>
            <numerusform>لا التزامات مؤرّخة لعرضها: لا التزامات بلا تاريخ تصريح.</numerusform>
            <numerusform>لا التزامات مؤرّخة لعرضها: التزام واحد بلا تاريخ تصريح.</numerusform>
            <numerusform>لا التزامات مؤرّخة لعرضها: التزامان بلا تاريخ تصريح.</numerusform>
            <numerusform>لا التزامات مؤرّخة لعرضها: %Ln التزامات بلا تاريخ تصريح.</numerusform>
            <numerusform>لا التزامات مؤرّخة لعرضها: %Ln التزاماً بلا تاريخ تصريح.</numerusform>
            <numerusform>لا التزامات مؤرّخة لعرضها: %Ln التزام بلا تاريخ تصريح.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated commitments to show.</source>
        <translation>لا التزامات مؤرّخة لعرضها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitments</source>
        <translation>
            <numerusform>لا التزامات</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزاماً</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>لا أطراف</numerusform>
            <numerusform>طرف واحد</numerusform>
            <numerusform>طرفان</numerusform>
            <numerusform>%Ln أطراف</numerusform>
            <numerusform>%Ln طرفاً</numerusform>
            <numerusform>%Ln طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a statement date not shown</source>
        <translation>
            <numerusform>لا التزامات بلا تاريخ تصريح</numerusform>
            <numerusform>التزام واحد بلا تاريخ تصريح لم يُعرض</numerusform>
            <numerusform>التزامان بلا تاريخ تصريح لم يُعرضا</numerusform>
            <numerusform>%Ln التزامات بلا تاريخ تصريح لم تُعرض</numerusform>
            <numerusform>%Ln التزاماً بلا تاريخ تصريح لم تُعرض</numerusform>
            <numerusform>%Ln التزام بلا تاريخ تصريح لم تُعرض</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>صُدِّر إلى {0}</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Export commitments (CSV)…</source>
        <translation>تصدير الالتزامات (CSV)…</translation>
    </message>
    <message>
        <source>Export commitments, one row per actor (CSV)…</source>
        <translation>تصدير الالتزامات، صفّ لكل طرف فاعل (CSV)…</translation>
    </message>
    <message>
        <source>Export commitments (JSON)…</source>
        <translation>تصدير الالتزامات (JSON)…</translation>
    </message>
    <message>
        <source>Export participants (CSV)…</source>
        <translation>تصدير الأطراف (CSV)…</translation>
    </message>
    <message>
        <source>Export participants (JSON)…</source>
        <translation>تصدير الأطراف (JSON)…</translation>
    </message>
    <message>
        <source>Tag selection as participant…</source>
        <translation>وسم التحديد كطرف…</translation>
    </message>
    <message>
        <source>Tag the words selected in the reader as a participant</source>
        <translation>وسم الكلمات المحدّدة في القارئ كطرف</translation>
    </message>
    <message>
        <source>Record commitment…</source>
        <translation>تسجيل التزام…</translation>
    </message>
    <message>
        <source>Record a commitment quoting the selection</source>
        <translation>تسجيل التزام يقتبس التحديد</translation>
    </message>
    <message>
        <source>Confirm all suggested participants</source>
        <translation>تأكيد كل الأطراف المقترحة</translation>
    </message>
    <message>
        <source>Commitments table</source>
        <translation>جدول الالتزامات</translation>
    </message>
    <message>
        <source>Participant page</source>
        <translation>صفحة الطرف</translation>
    </message>
    <message>
        <source>Participants × categories</source>
        <translation>الأطراف × الفئات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Commitments over time by participant; Enter on a mark opens its quote</source>
        <translation>الالتزامات عبر الزمن لكل طرف؛ Enter على علامة يفتح اقتباسها</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>الأطراف…</translation>
    </message>
    <message>
        <source>Every participant: edit names, kind, parent and aliases; merge two into one</source>
        <translation>كل الأطراف: تعديل الأسماء والنوع والجهة الأم والأسماء البديلة؛ دمج طرفين في طرف واحد</translation>
    </message>
    <message>
        <source>Export documents (CSV)…</source>
        <translation>تصدير الوثائق (CSV)…</translation>
    </message>
    <message>
        <source>Every document&apos;s title, date, source, file and quality, one row each</source>
        <translation>عنوان كلّ وثيقة وتاريخها ومصدرها وملفّها وجودتها، صفّاً لكلّ وثيقة</translation>
    </message>
    <message>
        <source>Annotation panel</source>
        <translation>لوحة الترميز</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Suggested: accept (confirm in this document)</source>
        <translation>الاقتراحات: قبول (تأكيد في هذه الوثيقة)</translation>
    </message>
    <message>
        <source>Suggested: reject (not suggested again here)</source>
        <translation>الاقتراحات: رفض (لا يُقترح هنا مجدداً)</translation>
    </message>
    <message>
        <source>Suggested: reject everywhere (never again from these words)</source>
        <translation>الاقتراحات: رفض في كل الوثائق (لا يُقترح مجدداً من هذه الكلمات)</translation>
    </message>
    <message>
        <source>Participants: select its next mention in the reader</source>
        <translation>الأطراف: تحديد الإشارة التالية إليه في القارئ</translation>
    </message>
    <message>
        <source>Participants: remove from this document</source>
        <translation>الأطراف: إزالة من هذه الوثيقة</translation>
    </message>
    <message>
        <source>Commitments: edit</source>
        <translation>الالتزامات: تعديل</translation>
    </message>
    <message>
        <source>Commitments: delete (after asking)</source>
        <translation>الالتزامات: حذف (بعد التأكيد)</translation>
    </message>
    <message>
        <source>Participants, commitments: write a memo on it</source>
        <translation>الأطراف والالتزامات: كتابة مذكّرة عليه</translation>
    </message>
    <message>
        <source>The previous or next mark of the row</source>
        <translation>العلامة السابقة أو التالية في الصف</translation>
    </message>
    <message>
        <source>The nearest mark of the row above or below</source>
        <translation>أقرب علامة في الصف الأعلى أو الأدنى</translation>
    </message>
    <message>
        <source>The first or last mark of the row</source>
        <translation>العلامة الأولى أو الأخيرة في الصف</translation>
    </message>
    <message>
        <source>Open the mark&apos;s quote in the reader (a click too)</source>
        <translation>فتح اقتباس العلامة في القارئ (بالنقر أيضاً)</translation>
    </message>
    <message>
        <source>Write memo…</source>
        <translation>كتابة مذكّرة…</translation>
    </message>
    <message>
        <source>A memo on the reader&apos;s selection, else on the document (in the panel: on the participant or commitment chosen there)</source>
        <translation>مذكّرة على التحديد في القارئ، وإلا فعلى الوثيقة (في اللوحة: على الطرف أو الالتزام المختار فيها)</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكّرات</translation>
    </message>
    <message>
        <source>Every memo: filter, open, edit, delete</source>
        <translation>كل المذكّرات: تصفية وفتح وتعديل وحذف</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;الترميز</translation>
    </message>
</context>
</TS>
