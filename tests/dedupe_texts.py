"""Articles written for the duplicate tests (not copied from any source), and the damage a
PDF extraction does to a text, simulated."""

from __future__ import annotations

import random

HARBOUR_AR = """توسعة ميناء صفاقس التجاري تنطلق في الخريف

أعلنت وزارة النقل أن أشغال توسعة ميناء صفاقس التجاري ستنطلق في شهر أكتوبر القادم بكلفة تقدر بمئتين وأربعين مليون دينار.
وتشمل المرحلة الأولى بناء رصيف جديد بطول ستمئة متر وتعميق الحوض الرئيسي حتى يستقبل السفن الكبيرة.
وقال المدير العام للميناء إن المشروع سيرفع طاقة الاستيعاب إلى ضعف ما هي عليه اليوم، وسيخلق نحو ألفي موطن شغل خلال فترة الإنجاز.
ويأمل المصدرون في الجهة أن تنخفض مدة انتظار الحاويات التي تتجاوز أحيانا أسبوعا كاملا في ذروة موسم زيت الزيتون.
وأكدت الوزارة أن دراسة الأثر البيئي أنجزت بالتعاون مع خبراء من الجامعة، وأن الأشغال لن تمس المنطقة الرطبة المجاورة.
ومن المنتظر أن تستمر الأشغال ثلاث سنوات، على أن تدخل الأرصفة الجديدة حيز الاستغلال تدريجيا بداية من سنة 2028.
"""

LIBRARY_EN = """City library reopens after two years of repairs

The central library reopened on Monday after a renovation that took almost two years and cost
the city council eleven million pounds. Visitors found a new reading room under the restored
glass roof, a children's floor with its own entrance, and longer opening hours on weekdays.
The head librarian said that the old card catalogue had been digitised during the closure and
that the rare maps collection would be shown in a permanent exhibition from the spring.
Local schools have already booked the new workshop rooms for the autumn term, and a volunteer
group will run reading clubs for older residents twice a week.
Council members thanked the builders for finishing on time despite the delays caused by the
discovery of a medieval wall under the east wing, which now stands behind a glass floor.
"""

OTHER_AR = """مهرجان الزيتون في القلعة الكبرى يستقبل زواره

افتتحت مساء الجمعة الدورة الجديدة لمهرجان الزيتون بالقلعة الكبرى بحضور عدد كبير من الفلاحين والحرفيين.
ويتضمن البرنامج معرضا للآلات الفلاحية وورشات لتذوق الزيت وندوة حول تغير المناخ وأثره على المحاصيل.
"""


def swap_words(text: str, rng: random.Random, count: int = 3) -> str:
    """Swap ``count`` pairs of neighbouring words (a line's words out of order)."""
    words = text.split(" ")
    for _ in range(count):
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def split_and_merge(text: str, rng: random.Random, count: int = 3) -> str:
    """Split ``count`` words in two and run ``count`` pairs of words together."""
    words = text.split(" ")
    for _ in range(count):
        i = rng.randrange(len(words))
        if len(words[i]) > 3:
            cut = rng.randrange(1, len(words[i]) - 1)
            words[i : i + 1] = [words[i][:cut], words[i][cut:]]
        j = rng.randrange(len(words) - 1)
        words[j : j + 2] = [words[j] + words[j + 1]]
    return " ".join(words)


def drop_letters(text: str, rng: random.Random, share: float = 0.05) -> str:
    """Drop one letter from ``share`` of the words."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 2 and word.isalpha() and rng.random() < share:
            cut = rng.randrange(len(word))
            words[i] = word[:cut] + word[cut + 1 :]
    return " ".join(words)


def move_line(text: str, rng: random.Random) -> str:
    """Move one line of the body elsewhere."""
    lines = text.strip("\n").split("\n")
    taken = rng.randrange(2, len(lines))
    line = lines.pop(taken)
    lines.insert(rng.choice([i for i in range(2, len(lines) + 1) if i != taken]), line)
    return "\n".join(lines) + "\n"


def extraction_noise(text: str, seed: int) -> str:
    """All of the above at once."""
    rng = random.Random(seed)
    text = move_line(text, rng)
    return drop_letters(split_and_merge(swap_words(text, rng), rng), rng)
