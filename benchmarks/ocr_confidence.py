"""How well Tesseract's word confidence tells misread words: the threshold of doubtful words.

    .venv/bin/python benchmarks/ocr_confidence.py [--json]

Renders two short articles of our own (below: English in Noto Serif, Arabic in Noto Naskh
Arabic) with ImageMagick's pango at 200 and 110 dpi, then makes worn copies (blurred,
speckled, rotated and JPEG-compressed, halved; the noise seeded, so each run makes the same
scans), reads every scan once through ``ocr.run.ocr_pages`` (OCRmyPDF and Tesseract with
ara+eng, as the import reads it) and matches the words Tesseract gives, with their
confidences, to the article's. Prints, for thresholds from 40 to 90, how many of the wrong
words and of the right ones a threshold marks. Needs ImageMagick with pango and
fonts-noto-core.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import tempfile
import textwrap
import unicodedata
from pathlib import Path

from archiver.core.imports.ocr.run import ocr_pages

ARTICLES = {
    "en": (
        "The city council voted on Tuesday to close the old bridge over the river for repairs,"
        " after engineers found cracks in two of its supports. Traffic will be sent through the"
        " northern ring road until the work is finished, which the mayor expects to take about"
        " four months.\nShop owners near the bridge said they feared losing customers during"
        " the busiest season of the year. The council promised to review parking fees in the"
        " centre and to run extra buses from the station every fifteen minutes."
    ),
    "ar": (
        "صوت المجلس البلدي يوم الثلاثاء على إغلاق الجسر القديم فوق النهر لإصلاحه، بعد أن اكتشف"
        " المهندسون تشققات في اثنتين من دعاماته. وستحول حركة السير إلى الطريق الدائري الشمالي"
        " حتى انتهاء الأشغال التي يتوقع رئيس البلدية أن تستغرق نحو أربعة أشهر.\nوقال أصحاب"
        " المحلات القريبة من الجسر إنهم يخشون خسارة زبائنهم في أكثر مواسم السنة ازدحاما. ووعد"
        " المجلس بمراجعة رسوم الوقوف في وسط المدينة وتسيير حافلات إضافية من المحطة كل ربع ساعة."
    ),
}
FONTS = {"en": ("Noto Serif", 11, 9, 8), "ar": ("Noto Naskh Arabic", 14, 11, 10)}
WIDTH = {"en": 72, "ar": 64}  # characters a line
WORN = {  # name: (base scan, ImageMagick operations)
    "clean": ("clean", []),
    "blur": ("clean", ["-blur", "0x1.6"]),
    "noise": ("clean", ["-attenuate", "0.9", "+noise", "Gaussian"]),
    "both": (
        "clean",
        ["-blur", "0x1.2", "-attenuate", "1.2", "+noise", "Gaussian", "-level", "10%,90%"],
    ),
    "rot": (
        "clean",
        ["-background", "white", "-rotate", "1.5", "-blur", "0x1.0", "-quality", "12", "JPEG:-"],
    ),
    "half": (
        "clean",
        ["-resize", "50%", "-blur", "0x0.8", "-attenuate", "0.5", "+noise", "Gaussian"],
    ),
    "small": ("small", []),
    "small-both": ("small", ["-blur", "0x0.9", "-attenuate", "0.6", "+noise", "Gaussian"]),
    "small-speck": ("small", ["-attenuate", "0.3", "+noise", "Impulse"]),
    "tiny": ("tiny", []),
}
PUNCTUATION = "\"'()[]{}«».,;:!?،؛؟…-–—‘’"
THRESHOLDS = (40, 50, 60, 65, 70, 75, 80, 85, 90)


def _key(word: str) -> str:
    """A word compared: NFC, no harakat or tatweel, no punctuation around it."""
    text = unicodedata.normalize("NFC", word).strip(PUNCTUATION).replace(",", "،")
    return "".join(ch for ch in text if not ("\u064b" <= ch <= "\u0652" or ch == "\u0640"))


def _render(lang: str, size: int, dpi: int, target: Path) -> None:
    lines = [line for p in ARTICLES[lang].split("\n") for line in textwrap.wrap(p, WIDTH[lang])]
    markup = f'<span font="{FONTS[lang][0]} {size}">' + "\n".join(lines) + "</span>"
    subprocess.run(["convert", "-density", str(dpi), "-background", "white", f"pango:{markup}",
                    "-bordercolor", "white", "-border", "60", "-colorspace", "Gray", "-depth", "8",
                    str(target)], check=True)  # fmt: skip


def _worn(base: Path, operations: list[str], target: Path) -> None:
    if operations[-1:] == ["JPEG:-"]:  # through a JPEG of low quality, back to PNG
        jpeg = subprocess.run(["convert", str(base), "-seed", "1", *operations],
                              check=True, capture_output=True).stdout  # fmt: skip
        subprocess.run(["convert", "JPEG:-", str(target)], input=jpeg, check=True)
        return
    subprocess.run(["convert", str(base), "-seed", "1", *operations, "-colorspace", "Gray",
                    str(target)], check=True)  # fmt: skip


def scans(folder: Path) -> list[tuple[str, str, Path]]:
    """Every scan: (language, name, path)."""
    out = []
    for lang, (_, clean, small, tiny) in FONTS.items():
        bases = {"clean": (clean, 200), "small": (small, 110), "tiny": (tiny, 110)}
        for base, (size, dpi) in bases.items():
            _render(lang, size, dpi, folder / f"{lang}-{base}.png")
        for name, (base, operations) in WORN.items():
            path = folder / f"{lang}-{name}.png"
            if operations:
                _worn(folder / f"{lang}-{base}.png", operations, path)
            out.append((lang, name, path))
    return out


def judged(lang: str, path: Path) -> list[tuple[int, bool]]:
    """Each word Tesseract read in the scan: its confidence, and whether it is right."""
    read = [word for page in ocr_pages(path, path.name, image=True) for word in page.words]
    truth = [_key(w) for w in ARTICLES[lang].split()]
    got = [_key(w) for w, _ in read]
    right = [False] * len(read)
    matcher = difflib.SequenceMatcher(None, truth, got, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            right[block.b + k] = True
    return [(confidence, ok) for (_, confidence), ok in zip(read, right, strict=True)]


def table(words: list[tuple[int, bool]]) -> list[dict[str, float]]:
    """For each threshold: the wrong and the right words under it, and the share wrong."""
    wrong = [c for c, ok in words if not ok]
    right = [c for c, ok in words if ok]
    rows = []
    for limit in THRESHOLDS:
        bad, good = sum(c < limit for c in wrong), sum(c < limit for c in right)
        rows.append({"under": limit, "wrong_marked": bad, "wrong": len(wrong),
                     "right_marked": good, "right": len(right),
                     "marked_wrong_share": round(bad / (bad + good), 2) if bad + good else 0.0})  # fmt: skip
    return rows


def main() -> None:
    """Make the scans, read them, print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        read = {(lang, name): judged(lang, path) for lang, name, path in scans(Path(folder))}
    result: dict[str, object] = {
        "scans": {f"{lang}-{name}": len(words) for (lang, name), words in read.items()}
    }
    for lang in ("en", "ar", ""):
        words = [w for (k, _), ws in read.items() if k.startswith(lang) for w in ws]
        result[lang or "all"] = table(words)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    for part in ("en", "ar", "all"):
        print(part)
        rows = result[part]
        assert isinstance(rows, list)
        for row in rows:
            print(f"  under {row['under']}: wrong marked {row['wrong_marked']}/{row['wrong']},"
                  f" right marked {row['right_marked']}/{row['right']},"
                  f" marked that are wrong {row['marked_wrong_share']:.0%}")  # fmt: skip


if __name__ == "__main__":
    main()
