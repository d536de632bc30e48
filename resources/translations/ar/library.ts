<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message>
        <source>Select one or more results first</source>
        <translation>حدّد نتيجة واحدة أو أكثر أولاً</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected documents</source>
        <translation>
            <numerusform>لا وثائق محدّدة</numerusform>
            <numerusform>وثيقة محدّدة واحدة</numerusform>
            <numerusform>وثيقتان محدّدتان</numerusform>
            <numerusform>%Ln وثائق محدّدة</numerusform>
            <numerusform>%Ln وثيقة محدّدة</numerusform>
            <numerusform>%Ln وثيقة محدّدة</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1} takes it back)</source>
        <translation>{0} ({1} يتراجع عنه)</translation>
    </message>
    <message>
        <source>Tags (comma between two; {0} is {1} under {2}):</source>
        <translation>الوسوم (فاصلة بين كلّ وسمين؛ {0} يعني {1} تحت {2}):</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln documents “{0}”</source>
        <translation>
            <numerusform>لم تُوسَم أي وثيقة بـ«{0}»</numerusform>
            <numerusform>وُسمت وثيقة واحدة بـ«{0}»</numerusform>
            <numerusform>وُسمت وثيقتان بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثائق بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثيقة بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثيقة بـ«{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected documents have no tags</source>
        <translation>الوثائق المحدّدة بلا وسوم</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>الوسم المراد إزالته:</translation>
    </message>
    <message numerus="yes">
        <source>Removed “{0}” from %Ln documents</source>
        <translation>
            <numerusform>لم يُزَل «{0}» من أي وثيقة</numerusform>
            <numerusform>أُزيل «{0}» من وثيقة واحدة</numerusform>
            <numerusform>أُزيل «{0}» من وثيقتين</numerusform>
            <numerusform>أُزيل «{0}» من %Ln وثائق</numerusform>
            <numerusform>أُزيل «{0}» من %Ln وثيقة</numerusform>
            <numerusform>أُزيل «{0}» من %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln documents in “{0}”</source>
        <translation>
            <numerusform>لم تُضَف أي وثيقة إلى «{0}»</numerusform>
            <numerusform>أُضيفت وثيقة واحدة إلى «{0}»</numerusform>
            <numerusform>أُضيفت وثيقتان إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثائق إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثيقة إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثيقة إلى «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %Ln documents out of “{0}”</source>
        <translation>
            <numerusform>لم تُخرَج أي وثيقة من «{0}»</numerusform>
            <numerusform>أُخرجت وثيقة واحدة من «{0}»</numerusform>
            <numerusform>أُخرجت وثيقتان من «{0}»</numerusform>
            <numerusform>أُخرجت %Ln وثائق من «{0}»</numerusform>
            <numerusform>أُخرجت %Ln وثيقة من «{0}»</numerusform>
            <numerusform>أُخرجت %Ln وثيقة من «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source of %Ln documents set</source>
        <translation>
            <numerusform>لم يُعيَّن مصدر أي وثيقة</numerusform>
            <numerusform>عُيّن مصدر وثيقة واحدة</numerusform>
            <numerusform>عُيّن مصدر وثيقتين</numerusform>
            <numerusform>عُيّن مصدر %Ln وثائق</numerusform>
            <numerusform>عُيّن مصدر %Ln وثيقة</numerusform>
            <numerusform>عُيّن مصدر %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Publication date ({0}, {1} or {2}; empty clears):</source>
        <translation>تاريخ النشر ({0} أو {1} أو {2}؛ تركه فارغاً يمحوه):</translation>
    </message>
    <message>
        <source>“{0}” is not a date: write {1}, {2} or {3}</source>
        <translation>«{0}» ليس تاريخاً: اكتب {1} أو {2} أو {3}</translation>
    </message>
    <message numerus="yes">
        <source>Date of %Ln documents set</source>
        <translation>
            <numerusform>لم يُعيَّن تاريخ أي وثيقة</numerusform>
            <numerusform>عُيّن تاريخ وثيقة واحدة</numerusform>
            <numerusform>عُيّن تاريخ وثيقتين</numerusform>
            <numerusform>عُيّن تاريخ %Ln وثائق</numerusform>
            <numerusform>عُيّن تاريخ %Ln وثيقة</numerusform>
            <numerusform>عُيّن تاريخ %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection (a new name makes it):</source>
        <translation>المجموعة (اسم جديد يُنشئها):</translation>
    </message>
    <message>
        <source>The selected documents are in no collection</source>
        <translation>الوثائق المحدّدة ليست في أي مجموعة</translation>
    </message>
    <message>
        <source>Take them out of:</source>
        <translation>أخرجها من:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cancelled, nothing was written</source>
        <translation>أُلغي، ولم يُكتب شيء</translation>
    </message>
    <message>
        <source>it is locked by another process ({0})</source>
        <translation>عملية أخرى تقفله ({0})</translation>
    </message>
    <message>
        <source>the archive is read-only ({0})</source>
        <translation>الأرشيف للقراءة فقط ({0})</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed; free some space and try again</source>
        <translation>القرص ممتلئ: لم يتغيّر شيء؛ أفرغ بعض المساحة وحاول مجدداً</translation>
    </message>
    <message>
        <source>the search index is damaged; it is being rebuilt from the store (searches work again when that is done)</source>
        <translation>فهرس البحث تالف؛ يُعاد بناؤه من المخزن (يعود البحث للعمل حين ينتهي ذلك)</translation>
    </message>
    <message>
        <source>the search index is damaged; run {0} to rebuild it</source>
        <translation>فهرس البحث تالف؛ شغّل {0} لإعادة بنائه</translation>
    </message>
    <message>
        <source>its database is damaged or unreadable ({0})</source>
        <translation>قاعدة بياناته تالفة أو تتعذّر قراءتها ({0})</translation>
    </message>
    <message>
        <source>no permission to use {0}</source>
        <translation>لا إذن باستخدام {0}</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>empty file (only spaces)</source>
        <translation>ملف فارغ (مسافات فقط)</translation>
    </message>
    <message>
        <source>no words found in the text</source>
        <translation>لم تُعثر على كلمات في النص</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>file too large to read</source>
        <translation>الملف أكبر من أن يُقرأ</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>ملف ثنائي، لا نص</translation>
    </message>
    <message>
        <source>unknown text encoding (not UTF-8, UTF-16 or Windows-1256)</source>
        <translation>ترميز نص غير معروف (ليس UTF-8 ولا UTF-16 ولا Windows-1256)</translation>
    </message>
    <message>
        <source>encrypted; password needed</source>
        <translation>مشفّر؛ تلزم كلمة مرور</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>OCR found no text in the image</source>
        <translation>لم يجد التعرّف الضوئي على الحروف (OCR) نصاً في الصورة</translation>
    </message>
    <message>
        <source>is a folder (import it as a folder)</source>
        <translation>هذا مجلد (استورده بوصفه مجلداً)</translation>
    </message>
    <message>
        <source>unsupported file type {0} (use {1})</source>
        <translation>نوع ملف غير مدعوم {0} (استخدم {1})</translation>
    </message>
    <message>
        <source>not a regular file but {0}: skipped</source>
        <translation>ليس ملفاً عادياً بل {0}: تُرك</translation>
    </message>
    <message>
        <source>too large: {0} (the limit is {1}; raise it in the settings)</source>
        <translation>كبير جداً: {0} (الحدّ {1}؛ ارفعه في الإعدادات)</translation>
    </message>
    <message>
        <source>cannot read the file ({0})</source>
        <translation>تتعذّر قراءة الملف ({0})</translation>
    </message>
    <message>
        <source>damaged PDF (truncated)</source>
        <translation>ملف PDF تالف (مبتور)</translation>
    </message>
    <message>
        <source>damaged {0} ({1})</source>
        <translation>ملف تالف من نوع {0} ({1})</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>ليس ملف PDF</translation>
    </message>
    <message>
        <source>no text layer (scanned), and OCR found no text on its pages</source>
        <translation>بلا طبقة نص (ممسوح ضوئياً)، ولم يجد التعرّف الضوئي على الحروف نصاً في صفحاته</translation>
    </message>
    <message>
        <source>encrypted with a method this installation cannot read</source>
        <translation>مشفّر بطريقة لا يستطيع هذا التثبيت قراءتها</translation>
    </message>
    <message>
        <source>could not be stored: {0}</source>
        <translation>تعذّر تخزينه: {0}</translation>
    </message>
    <message>
        <source>the text is mostly unreadable ({0} replacement or control characters): not imported</source>
        <translation>معظم النص غير مقروء ({0} محارف بديلة أو محارف تحكّم): لم يُستورد</translation>
    </message>
    <message>
        <source>a symbolic link to a file outside the imported folder (not followed)</source>
        <translation>رابط رمزي إلى ملف خارج المجلد المستورد (لم يُتبَع)</translation>
    </message>
    <message>
        <source>stopped: took longer than {0} seconds (the per-file time limit)</source>
        <translation>أُوقف: استغرق أكثر من {0} ثانية (حدّ الوقت لكل ملف)</translation>
    </message>
    <message>
        <source>stopped: used more than {0} of memory (the per-file limit)</source>
        <translation>أُوقف: استهلك أكثر من {0} من الذاكرة (الحدّ لكل ملف)</translation>
    </message>
    <message>
        <source>a worker process stopped while reading it (out of memory, or a crash in a library); try it alone</source>
        <translation>توقّفت العملية العاملة أثناء قراءته (نفدت الذاكرة، أو تعطّلت إحدى المكتبات)؛ جرّب استيراده وحده</translation>
    </message>
    <message>
        <source>not imported: a worker process failed ({0})</source>
        <translation>لم يُستورد: فشلت عملية عاملة ({0})</translation>
    </message>
    <message>
        <source>unexpected error while reading: {0}</source>
        <translation>خطأ غير متوقّع أثناء القراءة: {0}</translation>
    </message>
    <message>
        <source>attached too deep inside other attachments</source>
        <translation>مُرفق في عمق يتجاوز الحدّ داخل مرفقات أخرى</translation>
    </message>
    <message>
        <source>not valid {0} text despite its byte-order mark</source>
        <translation>ليس نصاً صالحاً بترميز {0} رغم علامة ترتيب البايتات في أوله</translation>
    </message>
    <message>
        <source>{0} of other data after the end of the PDF: damaged, or something appended to it</source>
        <translation>{0} من بيانات أخرى بعد نهاية ملف PDF: تالف، أو أُلحق به شيء</translation>
    </message>
    <message>
        <source>damaged PDF (no page could be read)</source>
        <translation>ملف PDF تالف (تعذّرت قراءة أيّ صفحة منه)</translation>
    </message>
    <message>
        <source>{0} with no text</source>
        <translation>ملف من نوع {0} لا نص فيه</translation>
    </message>
    <message>
        <source>no text layer (scanned): {0}</source>
        <translation>بلا طبقة نص (ممسوح ضوئياً): {0}</translation>
    </message>
    <message>
        <source>OCR cannot run here: {0}</source>
        <translation>لا يمكن تشغيل التعرّف الضوئي على الحروف (OCR) هنا: {0}</translation>
    </message>
    <message>
        <source>OCR failed: {0}</source>
        <translation>فشل التعرّف الضوئي على الحروف (OCR): {0}</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled during its OCR</source>
        <translation>لم يُستورد: أُلغي الاستيراد أثناء التعرّف الضوئي على حروفه</translation>
    </message>
    <message>
        <source>not a {0} image despite its name</source>
        <translation>ليس صورة {0} رغم اسمه</translation>
    </message>
    <message>
        <source>not a readable {0} ({1})</source>
        <translation>تتعذّر قراءته ملفاً من نوع {0} ({1})</translation>
    </message>
    <message>
        <source>not a readable {0}: it is password-protected or in the old binary format (open it and save it again without a password)</source>
        <translation>تتعذّر قراءته ملفاً من نوع {0}: إنه محميّ بكلمة مرور أو بالصيغة الثنائية القديمة (افتحه واحفظه من جديد بلا كلمة مرور)</translation>
    </message>
    <message>
        <source>encrypted {0}: not imported</source>
        <translation>ملف مشفّر من نوع {0}: لم يُستورد</translation>
    </message>
    <message>
        <source>{0} unpacks to more than {1}: not imported</source>
        <translation>ملف من نوع {0} يتجاوز بعد فكّ ضغطه {1}: لم يُستورد</translation>
    </message>
    <message>
        <source>{0} protected by DRM: not imported</source>
        <translation>ملف من نوع {0} محميّ بإدارة الحقوق الرقمية (DRM): لم يُستورد</translation>
    </message>
    <message>
        <source>not an RTF file</source>
        <translation>ليس ملف RTF</translation>
    </message>
    <message>
        <source>not an e-mail message (no From, Subject or Date header)</source>
        <translation>ليس رسالة بريد إلكتروني (لا ترويسة From ولا Subject ولا Date)</translation>
    </message>
    <message>
        <source>e-mail with no text and no subject</source>
        <translation>رسالة بريد إلكتروني بلا نص ولا موضوع</translation>
    </message>
    <message>
        <source>not a saved web page (no HTML part in the MHTML file)</source>
        <translation>ليس صفحة ويب محفوظة (لا جزء HTML في ملف MHTML)</translation>
    </message>
    <message>
        <source>empty web page</source>
        <translation>صفحة ويب فارغة</translation>
    </message>
    <message>
        <source>the web page could not be read ({0})</source>
        <translation>تعذّرت قراءة صفحة الويب ({0})</translation>
    </message>
    <message>
        <source>no article text found in the web page</source>
        <translation>لم يُعثر على نص مقال في صفحة الويب</translation>
    </message>
    <message>
        <source>the original of {0} is missing or not the file it names: nothing was merged</source>
        <translation>أصل {0} مفقود أو ليس الملف الذي يسمّيه: لم يُدمج شيء</translation>
    </message>
    <message>
        <source>the query is too long ({0} characters; at most {1})</source>
        <translation>الاستعلام طويل جداً (عدد حروفه {0}؛ الحد الأقصى {1})</translation>
    </message>
    <message>
        <source>the query has too many words ({0}; at most {1})</source>
        <translation>في الاستعلام كلمات كثيرة جداً (عددها {0}؛ الحد الأقصى {1})</translation>
    </message>
    <message>
        <source>the query is too deeply nested ({0} levels; at most {1})</source>
        <translation>الاستعلام متداخل أكثر مما ينبغي (عدد المستويات {0}؛ الحد الأقصى {1})</translation>
    </message>
    <message>
        <source>the prefix «{0}» is too short: type at least two letters before * (not counting the article ال)</source>
        <translation>البادئة «{0}» قصيرة جداً: اكتب حرفين على الأقل قبل * (دون احتساب «ال» التعريف)</translation>
    </message>
    <message>
        <source>the prefix «{0}» matches too many words (more than {1} words for the prefixes of one query): type more letters</source>
        <translation>البادئة «{0}» تطابق كلمات كثيرة جداً (أكثر من {1} كلمة لبادئات استعلام واحد): اكتب حروفاً أكثر</translation>
    </message>
    <message>
        <source>date: &quot;{0}&quot; is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>التاريخ «{0}» ليس تاريخاً صحيحاً (اكتب YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date: &quot;{0}&quot; is not a date (year {1})</source>
        <translation>التاريخ «{0}» ليس تاريخاً صحيحاً (السنة {1})</translation>
    </message>
    <message>
        <source>date: &quot;{0}&quot; is not a date (month {1})</source>
        <translation>التاريخ «{0}» ليس تاريخاً صحيحاً (لا يوجد شهر {1})</translation>
    </message>
    <message>
        <source>date: &quot;{0}&quot; is not a date (day {1})</source>
        <translation>التاريخ «{0}» ليس تاريخاً صحيحاً (لا يوجد يوم {1})</translation>
    </message>
    <message>
        <source>date: &quot;{0}&quot; is not a date ({1} {2} has {3} days)</source>
        <translation>التاريخ «{0}» ليس تاريخاً صحيحاً ({1} {2} لا يتجاوز {3} يوماً)</translation>
    </message>
    <message>
        <source>date: the range {0}..{1} ends before it starts</source>
        <translation>نطاق التاريخ {0}..{1} ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>change the details</source>
        <translation>تغيير التفاصيل</translation>
    </message>
    <message>
        <source>move the document to the trash</source>
        <translation>نقل الوثيقة إلى سلّة المحذوفات</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>check the archive</source>
        <translation>فحص الأرشيف</translation>
    </message>
    <message>
        <source>prepare the participants</source>
        <translation>تجهيز الأطراف</translation>
    </message>
    <message>
        <source>confirm the participant</source>
        <translation>تأكيد الطرف</translation>
    </message>
    <message>
        <source>confirm all participants</source>
        <translation>تأكيد كلّ الأطراف</translation>
    </message>
    <message>
        <source>reject the participant</source>
        <translation>رفض الطرف</translation>
    </message>
    <message>
        <source>remove the participant</source>
        <translation>إزالة الطرف</translation>
    </message>
    <message>
        <source>tag the participant</source>
        <translation>وسم الطرف</translation>
    </message>
    <message>
        <source>record the commitment</source>
        <translation>تسجيل الالتزام</translation>
    </message>
    <message>
        <source>change the commitment</source>
        <translation>تغيير الالتزام</translation>
    </message>
    <message>
        <source>delete the commitment</source>
        <translation>حذف الالتزام</translation>
    </message>
    <message>
        <source>delete the participant</source>
        <translation>حذف الطرف</translation>
    </message>
    <message>
        <source>change the participant</source>
        <translation>تغيير الطرف</translation>
    </message>
    <message>
        <source>merge the participants</source>
        <translation>دمج الأطراف</translation>
    </message>
    <message>
        <source>save the memo</source>
        <translation>حفظ المذكّرة</translation>
    </message>
    <message>
        <source>change the memo</source>
        <translation>تغيير المذكّرة</translation>
    </message>
    <message>
        <source>delete the memo</source>
        <translation>حذف المذكّرة</translation>
    </message>
    <message>
        <source>export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>الإعادة</translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation>الاستعادة من سلّة المحذوفات</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>إفراغ سلّة المحذوفات</translation>
    </message>
    <message>
        <source>export the bundle</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <source>import the bundle</source>
        <translation>استيراد الحزمة</translation>
    </message>
    <message>
        <source>export the REFI-QDA project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>import the REFI-QDA project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>sync with the team server</source>
        <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>resolve the conflict</source>
        <translation>حلّ التعارض</translation>
    </message>
    <message>
        <source>tag the documents</source>
        <translation>وسم الوثائق</translation>
    </message>
    <message>
        <source>take the tag off</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>rename the tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>delete the tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>make the collection</source>
        <translation>إنشاء المجموعة</translation>
    </message>
    <message>
        <source>rename the collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>move the collection</source>
        <translation>نقل المجموعة</translation>
    </message>
    <message>
        <source>delete the collection</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>put the documents in the collection</source>
        <translation>إضافة الوثائق إلى المجموعة</translation>
    </message>
    <message>
        <source>take the documents out of the collection</source>
        <translation>إخراج الوثائق من المجموعة</translation>
    </message>
    <message>
        <source>save the search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>rename the saved search</source>
        <translation>إعادة تسمية البحث المحفوظ</translation>
    </message>
    <message>
        <source>change the saved search</source>
        <translation>تغيير البحث المحفوظ</translation>
    </message>
    <message>
        <source>delete the saved search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
    <message>
        <source>document {0}: stored text is damaged; the rest of the archive is not ({1} lists every damaged document)</source>
        <translation>الوثيقة {0}: نصّها المخزَّن تالف، وبقية الأرشيف سليمة (يسرد {1} كل وثيقة تالفة)</translation>
    </message>
    <message>
        <source>Could not {0}: {1}</source>
        <translation>تعذّر {0}: {1}</translation>
    </message>
    <message>
        <source>The archive in {0} could not be opened: {1}.</source>
        <translation>تعذّر فتح الأرشيف في {0}: {1}.</translation>
    </message>
    <message>
        <source>Disk full: {0} of {1} files stored. Free some space and import again (the files already stored are skipped as duplicates).</source>
        <translation>القرص ممتلئ: خُزّن {0} من {1} من الملفات. أفرغ بعض المساحة واستورد مجدداً (تُتجاوز الملفات المخزّنة من قبل بوصفها نسخاً مكرّرة).</translation>
    </message>
    <message>
        <source>Stored documents waiting for the search index: {0} (it catches up the next time the archive opens with free space).</source>
        <translation>وثائق مخزّنة تنتظر فهرس البحث: {0} (يلحق بها في المرة التالية التي يُفتح فيها الأرشيف مع مساحة فارغة).</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <source>&amp;Keep all likely duplicates</source>
        <translation>ا&amp;حتفظ بكل النسخ المكرّرة على الأرجح</translation>
    </message>
    <message>
        <source>Import them anyway: their words are nearly those of a document in the archive, not the same</source>
        <translation>استوردها رغم ذلك: كلماتها تكاد تطابق كلمات وثيقة في الأرشيف، لكنها ليست مطابقة لها</translation>
    </message>
    <message>
        <source>Imported {0}, duplicates {1}, failed {2}.</source>
        <translation>المستوردة: {0}، النسخ المكرّرة: {1}، الفاشلة: {2}.</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %Ln likely duplicates…</source>
        <translation>
            <numerusform>لا نسخ للاحتفاظ بها…</numerusform>
            <numerusform>جارٍ الاحتفاظ بنسخة مكرّرة على الأرجح…</numerusform>
            <numerusform>جارٍ الاحتفاظ بنسختين مكرّرتين على الأرجح…</numerusform>
            <numerusform>جارٍ الاحتفاظ بـ%Ln نسخ مكرّرة على الأرجح…</numerusform>
            <numerusform>جارٍ الاحتفاظ بـ%Ln نسخة مكرّرة على الأرجح…</numerusform>
            <numerusform>جارٍ الاحتفاظ بـ%Ln نسخة مكرّرة على الأرجح…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Keeping was cancelled.</source>
        <translation>أُلغي الاحتفاظ بالنسخ.</translation>
    </message>
    <message>
        <source>This report is of an archive that is closed now.</source>
        <translation>هذا التقرير عن أرشيف مغلق الآن.</translation>
    </message>
    <message>
        <source>Another import is running: keep them once it ends.</source>
        <translation>يجري استيراد آخر: احتفظ بها بعد انتهائه.</translation>
    </message>
    <message>
        <source>Failed ({0})</source>
        <translation>فشلت ({0})</translation>
    </message>
    <message>
        <source>Already in the archive ({0})</source>
        <translation>موجودة في الأرشيف من قبل ({0})</translation>
    </message>
    <message>
        <source>Keep anyway</source>
        <translation>احتفظ بها رغم ذلك</translation>
    </message>
    <message>
        <source>keeping…</source>
        <translation>جارٍ الاحتفاظ بها…</translation>
    </message>
    <message>
        <source>{0} — nearly the same text as {1}, imported in this batch</source>
        <translation>{0} — نصّها يكاد يطابق الوثيقة «{1}» المستوردة في هذه الدفعة</translation>
    </message>
    <message>
        <source>{0} — same as {1}, imported in this batch</source>
        <translation>{0} — مطابقة للوثيقة «{1}» المستوردة في هذه الدفعة</translation>
    </message>
    <message>
        <source>{0} — nearly the same text as {1}</source>
        <translation>{0} — نصّها يكاد يطابق الوثيقة «{1}»</translation>
    </message>
    <message>
        <source>{0} — same as {1}</source>
        <translation>{0} — مطابقة للوثيقة «{1}»</translation>
    </message>
    <message>
        <source>(its lost original was restored)</source>
        <translation>(استُعيد ملفها الأصلي المفقود)</translation>
    </message>
    <message>
        <source>Imported ({0})</source>
        <translation>استُوردت ({0})</translation>
    </message>
    <message>
        <source>No files were found to import.</source>
        <translation>لم يُعثر على ملفات لاستيرادها.</translation>
    </message>
    <message>
        <source>Not imported: types Archiver does not read ({0})</source>
        <translation>لم يُستورد: أنواع لا يقرؤها Archiver ({0})</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>بلا امتداد</translation>
    </message>
    <message>
        <source>Folders not entered ({0})</source>
        <translation>مجلدات لم يُدخَل إليها ({0})</translation>
    </message>
    <message>
        <source>a link to a folder outside the imported one: import that folder itself</source>
        <translation>رابط رمزي إلى مجلد خارج المجلد المستورَد: استورد ذلك المجلد نفسه</translation>
    </message>
    <message numerus="yes">
        <source>a sub-folder with %Ln file(s) to import, not walked: import it on its own</source>
        <translation>
            <numerusform>مجلد فرعي لم يُدخَل إليه، ولا ملفات فيه للاستيراد</numerusform>
            <numerusform>مجلد فرعي فيه ملف واحد للاستيراد، لم يُدخَل إليه: استورده وحده</numerusform>
            <numerusform>مجلد فرعي فيه ملفان للاستيراد، لم يُدخَل إليه: استورده وحده</numerusform>
            <numerusform>مجلد فرعي فيه %Ln ملفات للاستيراد، لم يُدخَل إليه: استورده وحده</numerusform>
            <numerusform>مجلد فرعي فيه %Ln ملفاً للاستيراد، لم يُدخَل إليه: استورده وحده</numerusform>
            <numerusform>مجلد فرعي فيه %Ln ملف للاستيراد، لم يُدخَل إليه: استورده وحده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (Copy report gives the full list)</source>
        <translation>
            <numerusform>… (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
            <numerusform>… وملف آخر (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
            <numerusform>… وملفّان آخران (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
            <numerusform>… و%Ln ملفات أخرى (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
            <numerusform>… و%Ln ملفاً آخر (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
            <numerusform>… و%Ln ملف آخر (يعطي «نسخ التقرير» القائمة كاملة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Preparing import…</source>
        <translation>جارٍ تجهيز الاستيراد…</translation>
    </message>
    <message>
        <source>Imported {0} of {1} · merging the search index…</source>
        <translation>استُورد {0} من {1} · جارٍ دمج فهرس البحث…</translation>
    </message>
    <message>
        <source>Importing {0} of {1} · {2}</source>
        <translation>جارٍ استيراد {0} من {1} · {2}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>LibraryFlow</name>
    <message numerus="yes">
        <source>%Ln documents of the import of {0}</source>
        <translation>
            <numerusform>لا وثائق من استيراد {0}</numerusform>
            <numerusform>وثيقة واحدة من استيراد {0}</numerusform>
            <numerusform>وثيقتان من استيراد {0}</numerusform>
            <numerusform>%Ln وثائق من استيراد {0}</numerusform>
            <numerusform>%Ln وثيقة من استيراد {0}</numerusform>
            <numerusform>%Ln وثيقة من استيراد {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query first, then save it</source>
        <translation>اكتب استعلاماً أولاً، ثم احفظه</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>A name for «{0}»:</source>
        <translation>اسم لـ«{0}»:</translation>
    </message>
    <message>
        <source>Saved search “{0}”</source>
        <translation>حُفظ البحث «{0}»</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Collection “{0}” made</source>
        <translation>أُنشئت المجموعة «{0}»</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation>الاسم الجديد للمجموعة:</translation>
    </message>
    <message>
        <source>New name of the saved search:</source>
        <translation>الاسم الجديد للبحث المحفوظ:</translation>
    </message>
    <message>
        <source>New name of the tag (its children follow):</source>
        <translation>الاسم الجديد للوسم (تتبعه الوسوم المتفرّعة منه):</translation>
    </message>
    <message>
        <source>{0} brings it back</source>
        <translation>{0} يعيده</translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln documents in “{0}”</source>
        <translation>
            <numerusform>لم تُضَف أي وثيقة إلى «{0}»</numerusform>
            <numerusform>أُضيفت وثيقة واحدة إلى «{0}»</numerusform>
            <numerusform>أُضيفت وثيقتان إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثائق إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثيقة إلى «{0}»</numerusform>
            <numerusform>أُضيفت %Ln وثيقة إلى «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln documents “{0}”</source>
        <translation>
            <numerusform>لم تُوسَم أي وثيقة بـ«{0}»</numerusform>
            <numerusform>وُسمت وثيقة واحدة بـ«{0}»</numerusform>
            <numerusform>وُسمت وثيقتان بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثائق بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثيقة بـ«{0}»</numerusform>
            <numerusform>وُسمت %Ln وثيقة بـ«{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted collection “{0}” ({1}); its documents stay</source>
        <translation>حُذفت المجموعة «{0}» ({1})؛ وثائقها باقية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents brought in by the bundle {0}</source>
        <translation>
            <numerusform>لا وثائق من الحزمة {0}</numerusform>
            <numerusform>وثيقة واحدة جاءت بها الحزمة {0}</numerusform>
            <numerusform>وثيقتان جاءت بهما الحزمة {0}</numerusform>
            <numerusform>%Ln وثائق جاءت بها الحزمة {0}</numerusform>
            <numerusform>%Ln وثيقة جاءت بها الحزمة {0}</numerusform>
            <numerusform>%Ln وثيقة جاءت بها الحزمة {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents brought in by the merge of {0}</source>
        <translation>
            <numerusform>لا وثائق من دمج {0}</numerusform>
            <numerusform>وثيقة واحدة جاء بها دمج {0}</numerusform>
            <numerusform>وثيقتان جاء بهما دمج {0}</numerusform>
            <numerusform>%Ln وثائق جاء بها دمج {0}</numerusform>
            <numerusform>%Ln وثيقة جاء بها دمج {0}</numerusform>
            <numerusform>%Ln وثيقة جاء بها دمج {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Name ({0} makes {1} inside {2}):</source>
        <translation>الاسم ({0} يُنشئ {1} داخل {2}):</translation>
    </message>
    <message>
        <source>Deleted saved search “{0}” ({1})</source>
        <translation>حُذف البحث المحفوظ «{0}» ({1})</translation>
    </message>
    <message>
        <source>Deleted tag “{0}” from every document ({1})</source>
        <translation>حُذف الوسم «{0}» من كلّ الوثائق ({1})</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>New collection inside…</source>
        <translation>مجموعة جديدة داخلها…</translation>
    </message>
    <message>
        <source>Replace its query with the search bar&apos;s</source>
        <translation>استبدل استعلامه باستعلام شريط البحث</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>تحرير الطرف…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Brought in by a merge on {0}</source>
        <translation>جاء بها دمج في {0}</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كلّ الوثائق</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلّة المحذوفات</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>استيراد {0}</translation>
    </message>
    <message>
        <source>Bundle {0}</source>
        <translation>الحزمة {0}</translation>
    </message>
    <message>
        <source>Merged {0}</source>
        <translation>دمج {0}</translation>
    </message>
    <message>
        <source>{0} (none yet)</source>
        <translation>{0} (لا شيء)</translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>عمليات الاستيراد الأخيرة</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Document details</source>
        <translation>تفاصيل الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>ال&amp;كاتب</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملا&amp;حظات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>This is the file&apos;s creation date, not the publication date. Correct it here; a date you save is marked as yours.</source>
        <translation>هذا تاريخ إنشاء الملف، لا تاريخ النشر. صحّحه هنا؛ والتاريخ الذي تحفظه يُعلَّم بأنه تاريخك.</translation>
    </message>
    <message>
        <source>The file was created on {0}.</source>
        <translation>أُنشئ الملف في {0}.</translation>
    </message>
    <message>
        <source>Date: saved as {0}.</source>
        <translation>التاريخ: يُحفظ {0}.</translation>
    </message>
    <message>
        <source>Date: “{0}” could be {1} or {2}: write it as {3}.</source>
        <translation>التاريخ: «{0}» قد يكون {1} أو {2}: اكتبه بصيغة {3}.</translation>
    </message>
    <message>
        <source>Date: “{0}” is not a date: write it as {1} (or {2}, {3}).</source>
        <translation>التاريخ: «{0}» ليس تاريخاً: اكتبه بصيغة {1} (أو {2}، {3}).</translation>
    </message>
</context>
<context>
    <name>OcrModels</name>
    <message>
        <source>OCR models folder (Tesseract .traineddata files)</source>
        <translation>مجلد نماذج التعرّف الضوئي على الحروف (ملفات Tesseract ‏.traineddata)</translation>
    </message>
    <message>
        <source>OCR models folder</source>
        <translation>مجلد نماذج التعرّف الضوئي على الحروف</translation>
    </message>
</context>
<context>
    <name>OpenFailed</name>
    <message>
        <source>Archiver</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archiver did not open another archive in its place.</source>
        <translation>لم يفتح Archiver أرشيفاً آخر مكانه.</translation>
    </message>
    <message>
        <source>&amp;Open another archive…</source>
        <translation>&amp;فتح أرشيف آخر…</translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation>أرشيف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Salvage…</source>
        <translation>إن&amp;قاذ…</translation>
    </message>
    <message>
        <source>Make a new archive from a backup folder and open it</source>
        <translation>أنشئ أرشيفاً جديداً من مجلد نسخة احتياطية وافتحه</translation>
    </message>
    <message>
        <source>Rebuild what can be rebuilt from this archive into a new folder; this one is only read</source>
        <translation>أعد بناء ما يمكن بناؤه من هذا الأرشيف في مجلد جديد؛ وهذا الأرشيف يُقرأ فقط</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
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
        <source>Choose a backup folder</source>
        <translation>اختر مجلد نسخة احتياطية</translation>
    </message>
    <message>
        <source>New archive folder (choose or create an empty folder)</source>
        <translation>مجلد الأرشيف الجديد (اختر مجلداً فارغاً أو أنشئه)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Folder for the salvaged archive (choose or create an empty folder)</source>
        <translation>مجلد الأرشيف المُنقَذ (اختر مجلداً فارغاً أو أنشئه)</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>إنقاذ</translation>
    </message>
</context>
<context>
    <name>PathExample</name>
    <message>
        <source>a</source>
        <comment>the parent in an example path a/b</comment>
        <translation>أ</translation>
    </message>
    <message>
        <source>b</source>
        <comment>the child in an example path a/b</comment>
        <translation>ب</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the archive {0} to this version of Archiver…</source>
        <translation>جارٍ ترقية الأرشيف {0} إلى هذا الإصدار من Archiver…</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>Upgrading the archive</source>
        <translation>ترقية الأرشيف</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Tag selected documents…</source>
        <translation>وسم الوثائق المحدّدة…</translation>
    </message>
    <message>
        <source>Give the selected results one or more free tags (a/b is b under a)</source>
        <translation>أعطِ النتائج المحدّدة وسماً حرّاً أو أكثر (a/b يعني b تحت a)</translation>
    </message>
    <message>
        <source>Remove a tag from selected documents…</source>
        <translation>إزالة وسم من الوثائق المحدّدة…</translation>
    </message>
    <message>
        <source>Add selected documents to a collection…</source>
        <translation>إضافة الوثائق المحدّدة إلى مجموعة…</translation>
    </message>
    <message>
        <source>Remove selected documents from a collection…</source>
        <translation>إخراج الوثائق المحدّدة من مجموعة…</translation>
    </message>
    <message>
        <source>Set the source of selected documents…</source>
        <translation>تعيين مصدر الوثائق المحدّدة…</translation>
    </message>
    <message>
        <source>Set the date of selected documents…</source>
        <translation>تعيين تاريخ الوثائق المحدّدة…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>الشريط الجانبي للمكتبة</translation>
    </message>
    <message>
        <source>Show or hide the library sidebar</source>
        <translation>أظهر الشريط الجانبي للمكتبة أو أخفه</translation>
    </message>
    <message>
        <source>Go to the library</source>
        <translation>الانتقال إلى المكتبة</translation>
    </message>
    <message>
        <source>Collections, saved searches, tags, participants, recent imports, trash</source>
        <translation>المجموعات، عمليات البحث المحفوظة، الوسوم، الأطراف، عمليات الاستيراد الأخيرة، سلّة المحذوفات</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <source>Keep the query under a name; choosing it in the sidebar runs it again</source>
        <translation>احفظ الاستعلام باسم؛ واختياره في الشريط الجانبي يشغّله من جديد</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
</context>
</TS>
