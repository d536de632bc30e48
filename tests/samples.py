"""Short Arabic and English texts written for the tests (not copied from any source)."""

ARTICLE_AR = """قمة جديدة لتحالف الداعمين تبحث ضمانات أمن أوكرانيا في لندن

تستضيف بريطانيا يوم الخميس اجتماعاً لتحالف الداعمين لأوكرانيا، بمشاركة أكثر من 30 دولة.
وقال مسؤولون إن فرنسا وأستراليا والدنمارك والسويد مستعدة للمساهمة في مراقبة وقف إطلاق النار.
أوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي بسبب انخفاض المخزون.
ويشارك الرئيس الأوكراني في الاجتماع عن بعد من روما، بينما تستمر المحادثات في كييف.
وأكد المشاركون أن السلام الدائم يتطلب دعماً طويل الأمد.
"""

ARTICLE_EN = """Allies discuss air defence for Ukraine

Ministers from thirty countries met in London on Thursday. France and Sweden offered to help
monitor a ceasefire, while the United States paused deliveries of interceptor missiles.
"""

MIXED = """تقرير عن الدعم العسكري لأوكرانيا

يتناول هذا التقرير الدعم العسكري المقدم خلال العام.

The report was prepared for the Kyiv Security Forum in English and Arabic.
"""

UNRELATED_AR = """مهرجان السينما في تونس

افتتح مهرجان السينما دورته الجديدة بعرض فيلم كوميدي، وحضر الحفل عدد كبير من الفنانين.
"""

WORDS = [
    "سلام",
    "حرب",
    "دعم",
    "وزير",
    "قمة",
    "اتفاق",
    "مراقبة",
    "قوات",
    "حدود",
    "شحنات",
    "صواريخ",
    "تحالف",
    "دولة",
    "اقتصاد",
]


def distinct_text(seed: int, words: int = 80) -> str:
    """A text of its own for each seed, so files are not near-duplicates of each other."""
    import random

    rng = random.Random(seed)
    return f"وثيقة {seed}\n\n" + " ".join(rng.choice(WORDS) for _ in range(words))
