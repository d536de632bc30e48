"""A small demo archive for the user guide's screenshots: our own short Arabic and English
reports (and the sample article when it is beside the checkout), with their coding."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_NAME = "coalition-of-the-willing.ar.txt"
SAMPLE_FILE = "2025-07-09-coalition.txt"  # dated by its name

# Our own text in the manner of the sample, used when the sample is not there; it holds
# every quote of CODING on the sample.
FALLBACK_SAMPLE = (
    "اجتماع جديد لتحالف الراغبين يناقش ضمانات أمن أوكرانيا في لندن\n\n"
    "تستضيف بريطانيا الخميس اجتماعاً لتحالف الراغبين بقيادة الرئيس الفرنسي ورئيس الوزراء "
    "البريطاني. وقد قادت جهود تقديم ضمانات أمنية لأوكرانيا كل من فرنسا وبريطانيا منذ الربيع.\n\n"
    "وأعلنت فرنسا وأستراليا والدنمارك والسويد أنها من الدول المستعدة للمساهمة في مراقبة وقف "
    "إطلاق النار إذا تم التوصل إليه.\n\n"
    "وفي واشنطن أوقفت وزارة الدفاع الأمريكية شحنات صواريخ دفاع جوي كانت مقررة لكييف، "
    "فيما أبدت اليابان دعمها بشكل غير رسمي للتحالف.\n"
)
ARTICLES = {  # our own short reports, dated by their file names
    "2025-09-20-resumed.txt": "استئناف الشحنات إلى أوكرانيا\n\nأعلنت الولايات المتحدة استئناف "
    "شحنات صواريخ الدفاع الجوي إلى أوكرانيا. ورفضت المجر المشاركة في بعثة المراقبة. وتعهدت "
    "الدنمارك بتمويل بقيمة 500 مليون يورو يُسلَّم حتى نهاية 2026.\n",
    "2025-11-04-delivery.txt": "الدفعة الأولى من صواريخ سكالب\n\nسلّمت فرنسا الدفعة الأولى من "
    "صواريخ سكالب لأوكرانيا، وقال وزير الدفاع الفرنسي إن دفعة ثانية ستصل في الربيع.\n",
    "2025-10-02-geneva.txt": "محادثات جنيف حول الممرات الانسانية\n\nاستضافت سويسرا محادثات "
    "بين ممثلين عن اوكرانيا وروسيا برعاية الأمم المتحدة حول الممرات الانسانية وتبادل الأسرى. "
    "وقال المبعوث الأممي إن الجولة المقبلة ستعقد في الشهر القادم.\n",
    "2025-08-15-eu-aid.md": "# EU agrees new air-defence aid for Ukraine\n\nThe European "
    "Union agreed on Friday a package of 2 billion euros for Ukraine's air defence. Germany "
    "pledged to deliver two more Patriot systems by the end of the year, while Hungary said "
    "it would not take part.\n",
    "2025-06-30-markets.txt": "أسواق الخليج تغلق على ارتفاع\n\nأغلقت معظم أسواق الأسهم "
    "الخليجية على ارتفاع يوم الاثنين بدعم من أسهم البنوك والطاقة، وسط ترقب لقرار "
    "الفائدة الأمريكي.\n",
}
CODING = (  # file, sources, status, category, what, quote, target date
    (SAMPLE_FILE, ("France", "Australia", "Denmark", "Sweden"), "offered", "monitoring",
     "المساهمة في مراقبة وقف إطلاق النار", "المستعدة للمساهمة في مراقبة وقف إطلاق النار", None),
    (SAMPLE_FILE, ("United States",), "suspended", "military", "شحنات صواريخ دفاع جوي",
     "أوقفت وزارة الدفاع الأمريكية شحنات صواريخ دفاع جوي", None),
    (SAMPLE_FILE, ("Japan",), "unclear", "diplomatic", "دعم غير رسمي", "أبدت دعمها بشكل غير رسمي", None),
    (SAMPLE_FILE, ("France", "United Kingdom"), "pledged", "diplomatic", "ضمانات أمنية لأوكرانيا",
     "قادت جهود تقديم ضمانات أمنية لأوكرانيا", "2026-03"),
    ("2025-09-20-resumed.txt", ("United States",), "delivered", "military",
     "استئناف شحنات صواريخ الدفاع الجوي", "استئناف شحنات صواريخ الدفاع الجوي", None),
    ("2025-09-20-resumed.txt", ("Hungary",), "refused", "monitoring", "المشاركة في بعثة المراقبة",
     "رفضت المجر المشاركة في بعثة المراقبة", None),
    ("2025-09-20-resumed.txt", ("Denmark",), "pledged", "financial", "تمويل بقيمة 500 مليون يورو",
     "تعهدت الدنمارك بتمويل بقيمة 500 مليون يورو", "2026-12"),
    ("2025-11-04-delivery.txt", ("France",), "delivered", "military", "الدفعة الأولى من صواريخ سكالب",
     "سلّمت فرنسا الدفعة الأولى من صواريخ سكالب", None),
    ("2025-08-15-eu-aid.md", ("Germany",), "pledged", "military", "two more Patriot systems",
     "pledged to deliver two more Patriot systems", "2025-12"),
)  # fmt: skip
ORGANISE = {  # tags, collections, saved searches and a memo, named in each language
    "en": {
        "tags": {"region/europe": ("2025-08-15-eu-aid.md", "2025-10-02-geneva.txt"),
                 "air-defence": ("2025-09-20-resumed.txt", "2025-08-15-eu-aid.md", SAMPLE_FILE)},
        "collections": {"Ukraine": (SAMPLE_FILE, "2025-10-02-geneva.txt"),
                        "Ukraine/aid": ("2025-09-20-resumed.txt", "2025-11-04-delivery.txt",
                                        "2025-08-15-eu-aid.md")},
        "saved": {"Air defence": '"الدفاع الجوي" OR "air defence"',
                  "Ukraine 2025": "اوكرانيا date:2025"},
        "memo": "Check the date of the guarantees against the summit's communiqué.",
    },
    "ar": {
        "tags": {"منطقة/أوروبا": ("2025-08-15-eu-aid.md", "2025-10-02-geneva.txt"),
                 "دفاع جوي": ("2025-09-20-resumed.txt", "2025-08-15-eu-aid.md", SAMPLE_FILE)},
        "collections": {"أوكرانيا": (SAMPLE_FILE, "2025-10-02-geneva.txt"),
                        "أوكرانيا/المساعدات": ("2025-09-20-resumed.txt", "2025-11-04-delivery.txt",
                                               "2025-08-15-eu-aid.md")},
        "saved": {"الدفاع الجوي": '"الدفاع الجوي" OR "air defence"',
                  "أوكرانيا 2025": "اوكرانيا date:2025"},
        "memo": "يُراجَع تاريخ الضمانات في البيان الختامي للقمة.",
    },
}  # fmt: skip
MEMO_QUOTE = "قادت جهود تقديم ضمانات أمنية لأوكرانيا"


def sample_path() -> Path | None:
    """The sample article beside the checkout (or in $SHARED_DIR), when it is there."""
    places = [Path(os.environ["SHARED_DIR"])] if os.environ.get("SHARED_DIR") else []
    places += [ROOT.parent / "shared", ROOT.parents[1] / "shared", Path("/work/shared")]
    for place in places:
        if (place / "samples" / SAMPLE_NAME).is_file():
            return place / "samples" / SAMPLE_NAME
    return None


def write_articles(folder: Path, sample: Path | None) -> Path:
    """The reports as files in ``folder`` (the sample's text, else ours); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    text = sample.read_text(encoding="utf-8") if sample else FALLBACK_SAMPLE
    (folder / SAMPLE_FILE).write_text(text, encoding="utf-8")
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def build(root: Path, folder: Path, language: str = "en") -> dict[str, int]:
    """Import ``folder`` into a new archive at ``root`` and code it (an earlier session);
    returns the document ids by file name."""
    from archiver.core.annotations.model import MemoTarget
    from archiver.core.archive import Archive

    with Archive.open(root) as archive:
        report = archive.import_paths([folder])
        ids = {Path(d.path).name: d.id for d in report.imported}
        people = archive.annotations.participants
        for file, sources, status, category, what, quote, target in CODING:
            text = archive.document(ids[file]).text
            if quote not in text:
                continue
            start = text.index(quote)
            actors = [people.resolve(name).id for name in sources]
            archive.commitments.add(ids[file], actors, status=status, category=category,
                                    what=what, quote=(start, start + len(quote)),
                                    target_date=target)  # fmt: skip
        names = ORGANISE[language]
        organise(archive, ids, names)
        text = archive.document(ids[SAMPLE_FILE]).text
        start = text.index(MEMO_QUOTE)
        target = MemoTarget(kind="quote", document_id=ids[SAMPLE_FILE], start=start,
                            end=start + len(MEMO_QUOTE))  # fmt: skip
        archive.memos.add(target, names["memo"])
    return ids


def organise(archive, ids: dict[str, int], names: dict) -> None:  # type: ignore[no-untyped-def]
    """Tags, collections and saved searches of the demo."""
    notes = archive.annotations
    for tag, files in names["tags"].items():
        notes.tags.add_many([ids[f] for f in files], [tag])
    for path, files in names["collections"].items():
        notes.collections.add(path)
        notes.collections.put(notes.collections.find(path).id, [ids[f] for f in files])
    for name, query in names["saved"].items():
        notes.saved.add(name, query)
