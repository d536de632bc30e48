"""Trial 9 (F7, F11, F18): what the commitment dialog prefills from a quote — who is a source
and who a recipient, the statement that holds the commitment, its status, quantity and unit.
The sentences are our own; the names are found by the archive's own matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.annotations.actor_roles import roles
from archiver.core.annotations.prefill import read_quote, statements
from archiver.core.archive import Archive
from commitment_sample import import_document

JORDAN, UKRAINE, GERMANY, IRAQ, PALESTINE, LEBANON, CHINA = 1, 2, 3, 4, 5, 6, 7
NAMES = {JORDAN: ["الأردن", "Jordan"], UKRAINE: ["أوكرانيا", "Ukraine"], IRAQ: ["العراق"],
         GERMANY: ["ألمانيا", "Germany"], LEBANON: ["لبنان"], CHINA: ["الصين"],
         PALESTINE: ["فلسطين", "الفلسطينيون", "Palestinian"]}  # fmt: skip


def _of(text: str, *named: tuple[int, str], whole: bool = False) -> list[tuple[int, str]]:
    """The roles of the named words (each its first occurrence), in the quote's statement."""
    mentions = [(pid, text.index(w), text.index(w) + len(w)) for pid, w in named]
    statement = None if whole else read_quote(text, 0, len(text)).statement
    return roles(text, mentions, lambda pid: NAMES.get(pid, []), statement)


def test_a_name_with_the_preposition_lam_joined_is_a_recipient():
    text = "وتعهدت ألمانيا بتقديم 30 مليون يورو للأردن ولأوكرانيا"
    assert _of(text, (GERMANY, "ألمانيا"), (JORDAN, "للأردن"), (UKRAINE, "ولأوكرانيا")) == [
        (GERMANY, "source"), (JORDAN, "recipient"), (UKRAINE, "recipient")]  # fmt: skip
    assert _of("قدمت ألمانيا منحة للعراق", (GERMANY, "ألمانيا"), (IRAQ, "للعراق")) == [
        (GERMANY, "source"), (IRAQ, "recipient")]  # fmt: skip
    # a name that starts with ل is no ل-recipient; ل before a cue is a purpose ("لدعم")
    assert _of("تعهد لبنان بدعم", (LEBANON, "لبنان")) == [(LEBANON, "source")]
    assert _of("خصصت ألمانيا منحة لدعم أوكرانيا", (GERMANY, "ألمانيا"),
               (UKRAINE, "أوكرانيا")) == [(GERMANY, "source"), (UKRAINE, "recipient")]  # fmt: skip


def test_a_place_after_in_is_no_actor():
    text = "تعهدت ألمانيا بمساعدة اللاجئين في الأردن"
    assert _of(text, (GERMANY, "ألمانيا"), (JORDAN, "الأردن")) == [(GERMANY, "source")]
    text = "Germany pledged aid for refugees in Jordan"
    assert _of(text, (GERMANY, "Germany"), (JORDAN, "Jordan")) == [(GERMANY, "source")]


def test_a_people_named_by_its_plural_is_no_source():
    text = "تعهد الأردن بمنع تهجير الفلسطينيين"
    assert _of(text, (JORDAN, "الأردن"), (PALESTINE, "الفلسطينيين")) == [(JORDAN, "source")]
    text = "Jordan pledged to stop the displacement of Palestinians"
    assert _of(text, (JORDAN, "Jordan"), (PALESTINE, "Palestinians")) == [(JORDAN, "source")]
    # one word "Palestinian" is the state's demonym, as before
    assert _of("The Palestinian Authority pledged", (PALESTINE, "Palestinian")) == [
        (PALESTINE, "source")]  # fmt: skip


def test_a_party_named_only_in_a_later_statement_is_no_actor_of_the_commitment():
    text = "تعهدت ألمانيا بمبلغ 30 مليون يورو، وقالت أوكرانيا إنها ترحب بذلك"
    assert _of(text, (GERMANY, "ألمانيا"), (UKRAINE, "أوكرانيا")) == [(GERMANY, "source")]
    assert _of(text, (GERMANY, "ألمانيا"), (UKRAINE, "أوكرانيا"), whole=True) == [
        (GERMANY, "source"), (UKRAINE, "source")]  # fmt: skip
    text = "Germany pledged €30m. Ukraine said it was grateful."
    assert _of(text, (GERMANY, "Germany"), (UKRAINE, "Ukraine")) == [(GERMANY, "source")]
    # nor a recipient: the ل of "الأمين العام لأوكرانيا" is no recipient of China's pledge
    text = "وتعهدت الصين بملاحقة الجناة، فيما أدان الأمين العام لأوكرانيا الهجوم"
    assert _of(text, (CHINA, "الصين"), (UKRAINE, "لأوكرانيا")) == [(CHINA, "source")]
    assert _of(text, (CHINA, "الصين"), (UKRAINE, "لأوكرانيا"), whole=True) == [
        (CHINA, "source"), (UKRAINE, "recipient")]  # fmt: skip


def _what(text: str) -> str:
    start, end = read_quote(text, 0, len(text)).statement
    return text[start:end]


def test_what_stops_where_another_statement_starts():
    text = "ستقدم المملكة 50 مليون دولار لقطاع غزة خلال عام 2025، وقال إن الأردن لن يقبل"
    assert _what(text) == "ستقدم المملكة 50 مليون دولار لقطاع غزة خلال عام 2025"
    text = "Germany pledged €30m to Jordan, the prime minister said, while France refused."
    assert _what(text) == "Germany pledged €30m to Jordan"
    # a list's commas, a dateline's dash and an appositive do not cut it
    text = "عمّان — تعهدت فرنسا، وألمانيا، والسويد بدعم الأردن"
    assert statements(text, 0, len(text)) == [(0, len(text))]
    # a dateline before a reporting verb is a statement of its own, with no status verb
    text = "عمّان — أعلن الوزير أن المملكة ستقدم منحة"
    assert statements(text, 0, len(text)) == [(0, 5), (8, len(text))]
    assert _what(text) == "أعلن الوزير أن المملكة ستقدم منحة"
    text = "France, a member of the coalition, offered monitors"
    assert _what(text) == text


@pytest.mark.parametrize(
    ("quote", "status", "word"),
    [
        ("وتعهدت الولايات المتحدة بتقديم المساعدة", "pledged", "وتعهدت"),
        ("Britain pledged two ships", "pledged", "pledged"),
        ("وستقدم قطر منحة", "pledged", "وستقدم"),
        ("عرضت تركيا الوساطة", "offered", "عرضت"),
        ("Turkey offered to mediate", "offered", "offered"),
        ("وسلمت فرنسا 200 مليون يورو", "delivered", "وسلمت"),
        ("ترفض الولايات المتحدة تزويد أوكرانيا", "refused", "ترفض"),
        ("Britain will not send troops", "refused", "send"),
        ("لن يرسل لبنان قوات", "refused", "يرسل"),
        ("وأوقفت الولايات المتحدة شحنات الصواريخ", "suspended", "وأوقفت"),
        ("Canada withdrew its offer", "withdrawn", "withdrew"),
        ("تدرس بولندا إرسال قوات", "considering", "تدرس"),
        ("أعلن الوزير ذلك أمس", None, ""),
    ],
)
def test_the_status_is_told_by_the_verb(quote: str, status: str | None, word: str):
    told = read_quote(quote, 0, len(quote))
    assert (told.status, told.status_word) == (status, word)


@pytest.mark.parametrize(
    ("quote", "value", "unit", "amount"),
    [
        ("تعهدت بتقديم 1.45 مليار دولار للأردن", 1.45e9, "USD", "1.45 مليار دولار"),
        ("تعهدت ألمانيا بمبلغ ٣٠ مليون يورو", 30e6, "EUR", "٣٠ مليون يورو"),
        ("وعدت بريطانيا بـ 2 مليار جنيه إسترليني", 2e9, "GBP", "2 مليار جنيه إسترليني"),
        ("Germany pledged €30m to Jordan", 30e6, "EUR", "€30m"),
        ("The US pledged $1.45 billion", 1.45e9, "USD", "$1.45 billion"),
        ("Canada will send 5,000 troops", 5000, "troops", "5,000 troops"),
        ("رصدت الحكومة 20 مليون دينار", 20e6, "دينار", "20 مليون دينار"),
        ("تعهدت فرنسا بالمساعدة عام 2025", None, "", ""),  # a year is no quantity
    ],
)
def test_the_quantity_and_unit_are_read_where_the_amount_is(
    quote: str, value: float | None, unit: str, amount: str
):
    told = read_quote(quote, 0, len(quote))
    assert (told.quantity, told.unit, told.amount) == (value, unit, amount)


# Realistic sentences of our own, with what each prefills: sources, recipients (English
# names), status, quantity and unit, and where the what ends.
TABLE = [
    ("عمّان — أعلن وزير الخارجية الأردني أن المملكة ستقدم 50 مليون دولار مساعدةً إنسانيةً "
     "لقطاع غزة خلال عام 2025، وقال إن الأردن لن يقبل بتهجير الفلسطينيين.",
     ["Jordan"], [], "pledged", 50e6, "USD", "خلال عام 2025"),
    ("وتعهدت الولايات المتحدة بتقديم 1.45 مليار دولار للأردن سنوياً، بحسب مذكرة التفاهم.",
     ["United States"], ["Jordan"], "pledged", 1.45e9, "USD", "للأردن سنوياً"),
    ("في اجتماع المانحين أمس تعهدت ألمانيا بمبلغ ٣٠ مليون يورو لدعم اللاجئين السوريين في "
     "الأردن، وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إنها ستوسع برامجها.",
     ["Germany"], [], "pledged", 30e6, "EUR", "السوريين في الأردن"),
    ("وأعلنت اليابان تقديم منحة بقيمة 10 ملايين دولار للعراق لإعادة إعمار الموصل.",
     ["Japan"], ["Iraq"], None, 10e6, "USD", "إعمار الموصل"),
    ("ورفضت فرنسا إرسال قوات إلى أوكرانيا، بينما تدرس بولندا ذلك.",
     ["France"], ["Ukraine"], "refused", None, "", "إلى أوكرانيا"),
    ("وسلّمت قطر 200 طن من المساعدات إلى لبنان.",
     ["Qatar"], ["Lebanon"], "delivered", 200, "tonnes", "إلى لبنان"),
    ("Germany pledged €30m to Jordan for Syrian refugees, the minister said.",
     ["Germany"], ["Jordan"], "pledged", 30e6, "EUR", "Syrian refugees"),
    ("The United States suspended $95 million in aid to Egypt, but Egypt said talks continue.",
     ["United States"], ["Egypt"], "suspended", 95e6, "USD", "aid to Egypt"),
    ("Canada offered to train Ukrainian soldiers in Poland.",
     ["Canada"], ["Ukraine"], "offered", None, "", "soldiers in Poland"),
    ("وتعهدت السعودية بتقديم وديعة بملياري دولار لليمن.",
     ["Saudi Arabia"], ["Yemen"], "pledged", None, "", "دولار لليمن"),
]  # fmt: skip


def test_a_table_of_real_sentences_prefills_as_a_researcher_would(archive: Archive, tmp_path: Path):
    text = "\n".join(row[0] for row in TABLE)
    doc = import_document(archive, tmp_path, text=text)
    stored = archive.document(doc).text
    ann = archive.annotations
    found = [(s.participant_id, a, b) for s in ann.mentions.suggestions(doc)
             if s.participant_id is not None for a, b in s.spans]  # fmt: skip

    def name(pid: int) -> str:
        return ann.participants.get(pid).name

    def aliases(pid: int) -> list[str]:
        p = ann.participants.get(pid)
        return [p.name, p.name_ar, *(a.alias for a in ann.participants.aliases(pid))]

    for quote, sources, recipients, status, value, unit, what_end in TABLE:
        start = stored.index(quote)
        told = read_quote(stored, start, start + len(quote))
        inside = [m for m in found if start <= m[1] < start + len(quote)]
        said = roles(stored, inside, aliases, told.statement)
        assert [name(p) for p, r in said if r == "source"] == sources, quote
        assert [name(p) for p, r in said if r == "recipient"] == recipients, quote
        assert (told.status, told.quantity, told.unit) == (status, value, unit), quote
        assert stored[told.statement[0] : told.statement[1]].endswith(what_end), quote
