<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackupFlow</name>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>نُسخ احتياطياً إلى {0}</translation>
    </message>
    <message>
        <source>Back up into… (a new folder is made in the one you choose)</source>
        <translation>النسخ الاحتياطي إلى… (يُنشأ مجلد جديد داخل المجلد الذي تختاره)</translation>
    </message>
    <message>
        <source>Backing up: {0} {1} of {2}</source>
        <translation>جارٍ النسخ الاحتياطي: {0} {1} من {2}</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln documents to {0}</source>
        <translation>
            <numerusform>لم تُنسخ أي وثيقة احتياطياً إلى {0}</numerusform>
            <numerusform>نُسخت وثيقة واحدة احتياطياً إلى {0}</numerusform>
            <numerusform>نُسخت وثيقتان احتياطياً إلى {0}</numerusform>
            <numerusform>نُسخت %Ln وثائق احتياطياً إلى {0}</numerusform>
            <numerusform>نُسخت %Ln وثيقة احتياطياً إلى {0}</numerusform>
            <numerusform>نُسخت %Ln وثيقة احتياطياً إلى {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
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
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>BundleFlow</name>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Archiver bundles (*.zip);;All files (*)</source>
        <translation>حزم Archiver (*.zip);;كلّ الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>جارٍ تصدير الحزمة…</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>جارٍ فحص الحزمة ودمجها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>Merging the bundle into this archive…</source>
        <translation>جارٍ دمج الحزمة في هذا الأرشيف…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: {0} (%Ln documents)</source>
        <translation>
            <numerusform>كُتبت الحزمة: {0} (لا وثائق)</numerusform>
            <numerusform>كُتبت الحزمة: {0} (وثيقة واحدة)</numerusform>
            <numerusform>كُتبت الحزمة: {0} (وثيقتان)</numerusform>
            <numerusform>كُتبت الحزمة: {0} (%Ln وثائق)</numerusform>
            <numerusform>كُتبت الحزمة: {0} (%Ln وثيقة)</numerusform>
            <numerusform>كُتبت الحزمة: {0} (%Ln وثيقة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln likely copies to the trash ({0} brings them back)</source>
        <translation>
            <numerusform>لم تُنقل أي نسخة إلى المهملات</numerusform>
            <numerusform>نُقلت النسخة المرجّحة إلى المهملات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت النسختان المرجّحتان إلى المهملات ({0} يعيدهما)</numerusform>
            <numerusform>نُقلت %Ln نسخ مرجّحة إلى المهملات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت %Ln نسخة مرجّحة إلى المهملات ({0} يعيدها)</numerusform>
            <numerusform>نُقلت %Ln نسخة مرجّحة إلى المهملات ({0} يعيدها)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict resolved ({0} takes it back)</source>
        <translation>حُلّ التعارض ({0} يتراجع عنه)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>أُلغي: لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>BundleReportDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})…</source>
        <translation>ال&amp;تعارضات ({0})…</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln likely copies to the &amp;trash</source>
        <translation>
            <numerusform>انقل النسخ المرجّحة إلى الم&amp;هملات</numerusform>
            <numerusform>انقل النسخة المرجّحة إلى الم&amp;هملات</numerusform>
            <numerusform>انقل النسختين المرجّحتين إلى الم&amp;هملات</numerusform>
            <numerusform>انقل النسخ المرجّحة الـ%Ln إلى الم&amp;هملات</numerusform>
            <numerusform>انقل النسخ المرجّحة الـ%Ln إلى الم&amp;هملات</numerusform>
            <numerusform>انقل النسخ المرجّحة الـ%Ln إلى الم&amp;هملات</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing new — this archive held everything in it already.</source>
        <translation>{0}: لا جديد — كان هذا الأرشيف يحوي كلّ ما فيها من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents added</source>
        <translation>
            <numerusform>لم تُضَف أي وثيقة</numerusform>
            <numerusform>أُضيفت وثيقة واحدة</numerusform>
            <numerusform>أُضيفت وثيقتان</numerusform>
            <numerusform>أُضيفت %Ln وثائق</numerusform>
            <numerusform>أُضيفت %Ln وثيقة</numerusform>
            <numerusform>أُضيفت %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records added</source>
        <translation>
            <numerusform>لم يُضَف أي سجلّ</numerusform>
            <numerusform>أُضيف سجلّ واحد</numerusform>
            <numerusform>أُضيف سجلّان</numerusform>
            <numerusform>أُضيفت %Ln سجلّات</numerusform>
            <numerusform>أُضيف %Ln سجلاً</numerusform>
            <numerusform>أُضيف %Ln سجلّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes applied</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير</numerusform>
            <numerusform>طُبّق تغيير واحد</numerusform>
            <numerusform>طُبّق تغييران</numerusform>
            <numerusform>طُبّقت %Ln تغييرات</numerusform>
            <numerusform>طُبّق %Ln تغييراً</numerusform>
            <numerusform>طُبّق %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve: this copy&apos;s values stay in force until you pick.</source>
        <translation>
            <numerusform>لا تعارضات لحلّها.</numerusform>
            <numerusform>تعارض واحد لحلّه: تبقى قيم هذه النسخة سارية حتى تختار.</numerusform>
            <numerusform>تعارضان لحلّهما: تبقى قيم هذه النسخة سارية حتى تختار.</numerusform>
            <numerusform>%Ln تعارضات لحلّها: تبقى قيم هذه النسخة سارية حتى تختار.</numerusform>
            <numerusform>%Ln تعارضاً لحلّها: تبقى قيم هذه النسخة سارية حتى تختار.</numerusform>
            <numerusform>%Ln تعارض لحلّها: تبقى قيم هذه النسخة سارية حتى تختار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents added look like documents held here already: see below.</source>
        <translation>
            <numerusform>لا وثيقة مضافة تشبه وثيقة محفوظة هنا.</numerusform>
            <numerusform>وثيقة مضافة تبدو نسخة من وثيقة محفوظة هنا: انظر أدناه.</numerusform>
            <numerusform>وثيقتان مضافتان تبدوان نسختين من وثائق محفوظة هنا: انظر أدناه.</numerusform>
            <numerusform>%Ln وثائق مضافة تبدو نسخاً من وثائق محفوظة هنا: انظر أدناه.</numerusform>
            <numerusform>%Ln وثيقة مضافة تبدو نسخاً من وثائق محفوظة هنا: انظر أدناه.</numerusform>
            <numerusform>%Ln وثيقة مضافة تبدو نسخاً من وثائق محفوظة هنا: انظر أدناه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants of the bundle could each be more than one here and were not matched: see below.</source>
        <translation>
            <numerusform>لا أطراف من الحزمة بلا مطابقة.</numerusform>
            <numerusform>طرف واحد من الحزمة قد يكون أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>طرفان من الحزمة قد يكون كلٌّ منهما أكثر من طرف هنا فلم يُطابَقا: انظر أدناه.</numerusform>
            <numerusform>%Ln أطراف من الحزمة قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>%Ln طرفاً من الحزمة قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>%Ln طرف من الحزمة قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>التعارضات ({0})</translation>
    </message>
    <message>
        <source>{0} — {1}: here “{2}”, there “{3}” ({4})</source>
        <translation>{0} — {1}: هنا «{2}»، وهناك «{3}» ({4})</translation>
    </message>
    <message>
        <source>Participants matched ({0})</source>
        <translation>الأطراف المُطابَقة ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitments share their quote with another one: both copies coded it, and each keeps its own. Review them in the commitments table.</source>
        <translation>
            <numerusform>لا التزامات تشترك في اقتباس.</numerusform>
            <numerusform>التزام واحد يشترك في اقتباسه مع التزام آخر: رمّزته النسختان كلتاهما، وتحتفظ كلٌّ منهما بالتزامها. راجِعه في جدول الالتزامات.</numerusform>
            <numerusform>التزامان يشترك كلٌّ منهما في اقتباسه مع التزام آخر: رمّزته النسختان كلتاهما، وتحتفظ كلٌّ منهما بالتزامها. راجِعهما في جدول الالتزامات.</numerusform>
            <numerusform>%Ln التزامات يشترك كلٌّ منها في اقتباسه مع التزام آخر: رمّزته النسختان كلتاهما، وتحتفظ كلٌّ منهما بالتزامها. راجِعها في جدول الالتزامات.</numerusform>
            <numerusform>%Ln التزاماً يشترك كلٌّ منها في اقتباسه مع التزام آخر: رمّزته النسختان كلتاهما، وتحتفظ كلٌّ منهما بالتزامها. راجِعها في جدول الالتزامات.</numerusform>
            <numerusform>%Ln التزام يشترك كلٌّ منها في اقتباسه مع التزام آخر: رمّزته النسختان كلتاهما، وتحتفظ كلٌّ منهما بالتزامها. راجِعها في جدول الالتزامات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>السجلّات المضافة</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Skipped ({0})</source>
        <translation>السجلّات المتروكة ({0})</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: the same name here</source>
        <translation>{0}: الاسم نفسه هنا</translation>
    </message>
    <message>
        <source>{0}: a name or alias of one here</source>
        <translation>{0}: اسم أو اسم بديل لطرف هنا</translation>
    </message>
    <message>
        <source>{0}: the same name here in the other script</source>
        <translation>{0}: الاسم نفسه هنا بالخط الآخر</translation>
    </message>
    <message>
        <source>{0}: matched</source>
        <translation>{0}: طوبق</translation>
    </message>
    <message>
        <source>Likely copies of documents held here ({0})</source>
        <translation>نسخ مرجّحة من وثائق محفوظة هنا ({0})</translation>
    </message>
    <message>
        <source>#{0} {1} is likely a copy of #{2} {3} (similarity {4} %)</source>
        <translation>الوثيقة #{0} {1} نسخة مرجّحة من الوثيقة #{2} {3} (التشابه {4}٪)</translation>
    </message>
    <message>
        <source>They were kept, because the other copy&apos;s tags and commitments may refer to them. Move them to the trash if they are the same source; Ctrl+Z brings them back.</source>
        <translation>أُبقيت لأن وسوم النسخة الأخرى والتزاماتها قد تشير إليها. انقلها إلى المهملات إن كانت المصدر نفسه؛ Ctrl+Z يعيدها.</translation>
    </message>
    <message>
        <source>Participants not matched ({0})</source>
        <translation>أطراف بلا مطابقة ({0})</translation>
    </message>
    <message>
        <source>{0} could be {1} here: kept apart (merge them if they are one)</source>
        <translation>قد يكون {0} هو {1} هنا: أُبقي منفصلاً (ادمجهما إن كانا واحداً)</translation>
    </message>
    <message>
        <source>{0} could be {1} here, and so could another participant pulled from the server: kept apart (merge them if they are one)</source>
        <translation>قد يكون {0} هو {1} هنا، وكذلك قد يكون طرف آخر مجلوب من الخادم: أُبقي منفصلاً (ادمجهما إن كانا واحداً)</translation>
    </message>
    <message>
        <source>{0} could be {1} here, and so could another participant of the bundle: kept apart (merge them if they are one)</source>
        <translation>قد يكون {0} هو {1} هنا، وكذلك قد يكون طرف آخر من الحزمة: أُبقي منفصلاً (ادمجهما إن كانا واحداً)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>{0}: {1}, {2} already here; {3}; {4} ({5} known already).</source>
        <translation>{0}: {1}، و{2} موجودة هنا من قبل؛ {3}؛ {4} ({5} معروفة من قبل).</translation>
    </message>
    <message>
        <source>No new conflicts: no field was changed differently on both sides.</source>
        <translation>لا تعارضات جديدة: لم يُغيَّر أي حقل تغييراً مختلفاً في الجانبين.</translation>
    </message>
</context>
<context>
    <name>CarryDialogs</name>
    <message>
        <source>copying the database</source>
        <translation>نسخ قاعدة البيانات</translation>
    </message>
    <message>
        <source>originals</source>
        <translation>الملفات الأصلية</translation>
    </message>
    <message>
        <source>copying originals</source>
        <translation>نسخ الملفات الأصلية</translation>
    </message>
    <message>
        <source>documents pushed</source>
        <translation>الوثائق المُرسَلة</translation>
    </message>
    <message>
        <source>changes pushed</source>
        <translation>التغييرات المُرسَلة</translation>
    </message>
    <message>
        <source>pulled</source>
        <translation>المجلوبة</translation>
    </message>
    <message>
        <source>Restored {0} documents and {1} originals into {2}.</source>
        <translation>استُعيدت الوثائق ({0}) والملفات الأصلية ({1}) إلى {2}.</translation>
    </message>
    <message>
        <source>The check found nothing wrong.</source>
        <translation>لم يجد الفحص أي خلل.</translation>
    </message>
    <message>
        <source>The check found problems:</source>
        <translation>وجد الفحص مشكلات:</translation>
    </message>
    <message>
        <source>Salvaged into {0}. What the salvage did (as the command line says it):</source>
        <translation>أُنقذ الأرشيف إلى {0}. ما فعله الإنقاذ (كما يذكره سطر الأوامر):</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Participant</source>
        <translation>طرف</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>اسم بديل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>بحث محفوظ</translation>
    </message>
    <message>
        <source>Rejected suggestion</source>
        <translation>اقتراح مرفوض</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>مذكّرة</translation>
    </message>
    <message>
        <source>Actor of a commitment</source>
        <translation>طرف في التزام</translation>
    </message>
    <message>
        <source>Tag on a document</source>
        <translation>وسم على وثيقة</translation>
    </message>
    <message>
        <source>Document in a collection</source>
        <translation>وثيقة في مجموعة</translation>
    </message>
    <message>
        <source>Code on a quote</source>
        <translation>رمز على اقتباس</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here (in force)</source>
        <translation>هنا (السارية)</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>Changed there by</source>
        <translation>غيّرها هناك</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Show resolved ones</source>
        <translation>إظهار المحلولة</translation>
    </message>
    <message>
        <source>&amp;Keep this copy&apos;s value</source>
        <translation>إ&amp;بقاء قيمة هذه النسخة</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>أ&amp;خذ قيمة النسخة الأخرى</translation>
    </message>
    <message>
        <source>&amp;Enter a value…</source>
        <translation>إدخال &amp;قيمة…</translation>
    </message>
    <message>
        <source>&amp;Undo last choice</source>
        <translation>ال&amp;تراجع عن آخر اختيار</translation>
    </message>
    <message>
        <source>Another copy (a bundle, or a member through the team&apos;s server) changed these fields differently from this copy. This copy&apos;s value stays in force until you pick; each pick can be undone (Undo here, or {0} in the main window).</source>
        <translation>غيّرت نسخة أخرى (حزمة، أو عضو عبر خادم الفريق) هذه الحقول تغييراً مختلفاً عن هذه النسخة. تبقى قيمة هذه النسخة سارية حتى تختار؛ ويمكن التراجع عن كلّ اختيار (بزر التراجع هنا، أو {0} في النافذة الرئيسية).</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve</source>
        <translation>
            <numerusform>لا تعارضات لحلّها</numerusform>
            <numerusform>تعارض واحد لحلّه</numerusform>
            <numerusform>تعارضان لحلّهما</numerusform>
            <numerusform>%Ln تعارضات لحلّها</numerusform>
            <numerusform>%Ln تعارضاً لحلّها</numerusform>
            <numerusform>%Ln تعارض لحلّها</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>resolved: {0}</source>
        <translation>محلول: {0}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>أُبقيت</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>أُخذت</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>لا تعارضات لحلّها.</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>إدخال قيمة</translation>
    </message>
    <message>
        <source>The value of {0} for both copies:</source>
        <translation>قيمة {0} للنسختين كلتيهما:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>الاتصال بخادم فريق</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>The password comes from {0} or is asked for; it is never stored.</source>
        <translation>تُؤخذ كلمة المرور من {0} أو تُطلب منك؛ ولا تُخزَّن أبداً.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every</source>
        <translation>مزامنة &amp;تلقائية كلّ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>اتصال ومزامنة</translation>
    </message>
</context>
<context>
    <name>QdpxFlow</name>
    <message>
        <source>participants matched</source>
        <translation>أطراف مُطابَقة</translation>
    </message>
    <message>
        <source>participants created</source>
        <translation>أطراف أُنشئت</translation>
    </message>
    <message>
        <source>aliases added</source>
        <translation>أسماء بديلة أُضيفت</translation>
    </message>
    <message>
        <source>participants that could be more than one here (kept apart)</source>
        <translation>أطراف قد يكون كلٌّ منها أكثر من طرف هنا (أُبقيت منفصلة)</translation>
    </message>
    <message>
        <source>tags created</source>
        <translation>وسوم أُنشئت</translation>
    </message>
    <message>
        <source>selections already here</source>
        <translation>مقاطع موجودة من قبل</translation>
    </message>
    <message>
        <source>selections without codes, notes or text</source>
        <translation>مقاطع بلا رموز ولا ملاحظات ولا نص</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>document tags</source>
        <translation>وسوم الوثائق</translation>
    </message>
    <message>
        <source>coded quotes</source>
        <translation>اقتباسات مرمَّزة</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>المذكّرات</translation>
    </message>
    <message>
        <source>memos already here</source>
        <translation>مذكّرات موجودة من قبل</translation>
    </message>
    <message>
        <source>notes on codes</source>
        <translation>ملاحظات على الرموز</translation>
    </message>
    <message>
        <source>empty or oversized notes</source>
        <translation>ملاحظات فارغة أو مفرطة الطول</translation>
    </message>
    <message>
        <source>notes on characters outside their text</source>
        <translation>ملاحظات على محارف خارج نصّها</translation>
    </message>
    <message>
        <source>note references to no note</source>
        <translation>إحالات إلى ملاحظات غير موجودة</translation>
    </message>
    <message>
        <source>notes on nothing in the archive (a project journal)</source>
        <translation>ملاحظات لا تخصّ شيئاً في الأرشيف (يوميات مشروع)</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>مصادر أخرى</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>مشاريع REFI-QDA (*.qdpx);;كلّ الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation>جارٍ تصدير المشروع…</translation>
    </message>
    <message>
        <source>Reading and importing the project…</source>
        <translation>جارٍ قراءة المشروع واستيراده…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>مشروع REFI-QDA</translation>
    </message>
    <message numerus="yes">
        <source>Project written: {0} (%Ln documents, {1} coded selections)</source>
        <translation>
            <numerusform>كُتب المشروع: {0} (لا وثائق، والمقاطع المرمَّزة: {1})</numerusform>
            <numerusform>كُتب المشروع: {0} (وثيقة واحدة، والمقاطع المرمَّزة: {1})</numerusform>
            <numerusform>كُتب المشروع: {0} (وثيقتان، والمقاطع المرمَّزة: {1})</numerusform>
            <numerusform>كُتب المشروع: {0} (%Ln وثائق، والمقاطع المرمَّزة: {1})</numerusform>
            <numerusform>كُتب المشروع: {0} (%Ln وثيقة، والمقاطع المرمَّزة: {1})</numerusform>
            <numerusform>كُتب المشروع: {0} (%Ln وثيقة، والمقاطع المرمَّزة: {1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project {0} imported: %Ln documents added, {1} already here</source>
        <translation>
            <numerusform>استُورد المشروع {0}: لم تُضَف أي وثيقة، و{1} موجودة من قبل</numerusform>
            <numerusform>استُورد المشروع {0}: أُضيفت وثيقة واحدة، و{1} موجودة من قبل</numerusform>
            <numerusform>استُورد المشروع {0}: أُضيفت وثيقتان، و{1} موجودة من قبل</numerusform>
            <numerusform>استُورد المشروع {0}: أُضيفت %Ln وثائق، و{1} موجودة من قبل</numerusform>
            <numerusform>استُورد المشروع {0}: أُضيفت %Ln وثيقة، و{1} موجودة من قبل</numerusform>
            <numerusform>استُورد المشروع {0}: أُضيفت %Ln وثيقة، و{1} موجودة من قبل</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>left out, {1}: {0}</source>
        <translation>مُستبعَد، {1}: {0}</translation>
    </message>
    <message>
        <source>REFI-QDA project imported</source>
        <translation>استُورد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>أُلغي: لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <source>Team sync</source>
        <translation>مزامنة الفريق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes pushed</source>
        <translation>
            <numerusform>لم يُرسَل أي تغيير</numerusform>
            <numerusform>أُرسل تغيير واحد</numerusform>
            <numerusform>أُرسل تغييران</numerusform>
            <numerusform>أُرسلت %Ln تغييرات</numerusform>
            <numerusform>أُرسل %Ln تغييراً</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents pulled</source>
        <translation>
            <numerusform>لم تُجلَب أي وثيقة</numerusform>
            <numerusform>جُلبت وثيقة واحدة</numerusform>
            <numerusform>جُلبت وثيقتان</numerusform>
            <numerusform>جُلبت %Ln وثائق</numerusform>
            <numerusform>جُلبت %Ln وثيقة</numerusform>
            <numerusform>جُلبت %Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes applied</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير</numerusform>
            <numerusform>طُبّق تغيير واحد</numerusform>
            <numerusform>طُبّق تغييران</numerusform>
            <numerusform>طُبّقت %Ln تغييرات</numerusform>
            <numerusform>طُبّق %Ln تغييراً</numerusform>
            <numerusform>طُبّق %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {0}: {1}; {2}, {3}.</source>
        <translation>تمّت المزامنة مع {0}: {1}؛ {2}، {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve (Edit → Conflicts…).</source>
        <translation>
            <numerusform>لا تعارضات لحلّها.</numerusform>
            <numerusform>تعارض واحد لحلّه (تحرير ← التعارضات…).</numerusform>
            <numerusform>تعارضان لحلّهما (تحرير ← التعارضات…).</numerusform>
            <numerusform>%Ln تعارضات لحلّها (تحرير ← التعارضات…).</numerusform>
            <numerusform>%Ln تعارضاً لحلّها (تحرير ← التعارضات…).</numerusform>
            <numerusform>%Ln تعارض لحلّها (تحرير ← التعارضات…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants pulled could each be more than one here and were not matched: see below.</source>
        <translation>
            <numerusform>لا أطراف مجلوبة بلا مطابقة.</numerusform>
            <numerusform>طرف مجلوب واحد قد يكون أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>طرفان مجلوبان قد يكون كلٌّ منهما أكثر من طرف هنا فلم يُطابَقا: انظر أدناه.</numerusform>
            <numerusform>%Ln أطراف مجلوبة قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>%Ln طرفاً مجلوباً قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
            <numerusform>%Ln طرف مجلوب قد يكون كلٌّ منها أكثر من طرف هنا فلم يُطابَق: انظر أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant pulled was matched, or new here.</source>
        <translation>كلّ طرف مجلوب طوبِق، أو هو جديد هنا.</translation>
    </message>
</context>
<context>
    <name>TeamFlow</name>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>الفريق: جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Team: {0} {1}</source>
        <translation>الفريق: {0} {1}</translation>
    </message>
    <message numerus="yes">
        <source>The sync found %Ln conflicts: pick a value for each</source>
        <translation>
            <numerusform>لم تجد المزامنة أي تعارض</numerusform>
            <numerusform>وجدت المزامنة تعارضاً واحداً: اختر له قيمة</numerusform>
            <numerusform>وجدت المزامنة تعارضين: اختر قيمة لكلّ منهما</numerusform>
            <numerusform>وجدت المزامنة %Ln تعارضات: اختر قيمة لكلّ منها</numerusform>
            <numerusform>وجدت المزامنة %Ln تعارضاً: اختر قيمة لكلّ منها</numerusform>
            <numerusform>وجدت المزامنة %Ln تعارض: اختر قيمة لكلّ منها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync kept %Ln participants apart that could each be more than one here: File → Team → Last sync&apos;s report…</source>
        <translation>
            <numerusform>لم تُبقِ المزامنة أي طرف منفصلاً.</numerusform>
            <numerusform>أبقت المزامنة طرفاً واحداً منفصلاً قد يكون أكثر من طرف هنا: ملف ← الفريق ← تقرير آخر مزامنة…</numerusform>
            <numerusform>أبقت المزامنة طرفين منفصلين قد يكون كلٌّ منهما أكثر من طرف هنا: ملف ← الفريق ← تقرير آخر مزامنة…</numerusform>
            <numerusform>أبقت المزامنة %Ln أطراف منفصلة قد يكون كلٌّ منها أكثر من طرف هنا: ملف ← الفريق ← تقرير آخر مزامنة…</numerusform>
            <numerusform>أبقت المزامنة %Ln طرفاً منفصلاً قد يكون كلٌّ منها أكثر من طرف هنا: ملف ← الفريق ← تقرير آخر مزامنة…</numerusform>
            <numerusform>أبقت المزامنة %Ln طرف منفصل قد يكون كلٌّ منها أكثر من طرف هنا: ملف ← الفريق ← تقرير آخر مزامنة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with {0}: %Ln changes pushed, {1} pulled</source>
        <translation>
            <numerusform>تمّت المزامنة مع {0}: لم يُرسَل أي تغيير، والمجلوبة: {1}</numerusform>
            <numerusform>تمّت المزامنة مع {0}: أُرسل تغيير واحد، والمجلوبة: {1}</numerusform>
            <numerusform>تمّت المزامنة مع {0}: أُرسل تغييران، والمجلوبة: {1}</numerusform>
            <numerusform>تمّت المزامنة مع {0}: أُرسلت %Ln تغييرات، والمجلوبة: {1}</numerusform>
            <numerusform>تمّت المزامنة مع {0}: أُرسل %Ln تغييراً، والمجلوبة: {1}</numerusform>
            <numerusform>تمّت المزامنة مع {0}: أُرسل %Ln تغيير، والمجلوبة: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: what was done stays done</source>
        <translation>توقّفت المزامنة: ما أُنجز يبقى منجزاً</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>الفريق: غير متّصل</translation>
    </message>
    <message>
        <source>Team: synced {0}</source>
        <translation>الفريق: آخر مزامنة {0}</translation>
    </message>
    <message>
        <source> · {0} to push</source>
        <translation> · {0} بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>كلمة مرور خادم الفريق</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>كلمة المرور لـ{0}:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>سلّة المحذوفات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>إ&amp;فراغ سلّة المحذوفات…</translation>
    </message>
    <message>
        <source>Deleted documents wait here with their annotations. {0} restores the selected ones.</source>
        <translation>تنتظر الوثائق المحذوفة هنا مع ترميزها. {0} يستعيد المحدّد منها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents in the trash, {0} of original files</source>
        <translation>
            <numerusform>لا وثائق في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
            <numerusform>وثيقة واحدة في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
            <numerusform>وثيقتان في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
            <numerusform>%Ln وثائق في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
            <numerusform>%Ln وثيقة في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
            <numerusform>%Ln وثيقة في سلّة المحذوفات، و{0} من الملفات الأصلية</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلّة المحذوفات فارغة.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>A consistent copy of this archive in a new folder (works while importing)</source>
        <translation>نسخة متّسقة من هذا الأرشيف في مجلد جديد (تعمل أثناء الاستيراد)</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Make a new archive from a backup folder and open it</source>
        <translation>أنشئ أرشيفاً جديداً من مجلد نسخة احتياطية وافتحه</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>تصدير حزمة…</translation>
    </message>
    <message>
        <source>Write the archive, its coding and its history to one zip file for another copy</source>
        <translation>اكتب الأرشيف وترميزه وسجلّه في ملف zip واحد لنسخة أخرى</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>Merge a bundle from another copy: new documents and coding arrive, conflicts are listed</source>
        <translation>ادمج حزمة من نسخة أخرى: تصل الوثائق والترميزات الجديدة، وتُسرَد التعارضات</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <source>Fields a bundle changed differently from this copy: keep yours or take theirs</source>
        <translation>حقول غيّرتها حزمة تغييراً مختلفاً عن هذه النسخة: أبقِ قيمتك أو خذ قيمتهم</translation>
    </message>
    <message>
        <source>Export REFI-QDA project…</source>
        <translation>تصدير مشروع REFI-QDA…</translation>
    </message>
    <message>
        <source>Write the documents, participants, mentions and commitments as a .qdpx project for QualCoder, MAXQDA, ATLAS.ti or NVivo</source>
        <translation>اكتب الوثائق والأطراف والإشارات والالتزامات مشروعاً بصيغة ‎.qdpx لبرامج QualCoder أو MAXQDA أو ATLAS.ti أو NVivo</translation>
    </message>
    <message>
        <source>Import REFI-QDA project…</source>
        <translation>استيراد مشروع REFI-QDA…</translation>
    </message>
    <message>
        <source>Bring in a .qdpx project made by QualCoder or another QDA program: its texts, codes and coded selections</source>
        <translation>أدخِل مشروع ‎.qdpx صنعه QualCoder أو برنامج تحليل نوعي آخر: نصوصه ورموزه ومقاطعه المرمَّزة</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>الاتصال بخادم فريق…</translation>
    </message>
    <message>
        <source>Share this archive with a team through a PostgreSQL server</source>
        <translation>شارك هذا الأرشيف مع فريق عبر خادم PostgreSQL</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Push this copy&apos;s changes to the team&apos;s server and pull the others&apos;</source>
        <translation>أرسل تغييرات هذه النسخة إلى خادم الفريق واجلب تغييرات الآخرين</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>مزامنة تلقائية</translation>
    </message>
    <message>
        <source>Sync every few minutes while the app is open (Connect… sets how often)</source>
        <translation>زامن كلّ بضع دقائق ما دام التطبيق مفتوحاً (يحدّد «الاتصال…» عدد المرات)</translation>
    </message>
    <message>
        <source>Last sync&apos;s report…</source>
        <translation>تقرير آخر مزامنة…</translation>
    </message>
    <message>
        <source>What the last sync pushed and pulled, and the participants it kept apart</source>
        <translation>ما أرسلته آخر مزامنة وما جلبته، والأطراف التي أبقتها منفصلة</translation>
    </message>
</context>
</TS>
