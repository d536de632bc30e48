"""Build resources/common_words_ar.json: common Arabic nouns and imperfect verbs, which end a
name after a title (core/annotations/arabic_names.py).

Source, read offline: the Arabic word frequencies of wordfreq 3.1.1 (Robyn Speer,
https://github.com/rspeer/wordfreq; its data under CC BY-SA 4.0), the file
``wordfreq/data/large_ar.msgpack.gz`` of its wheel (unpack the wheel; msgpack reads the file).

- nouns: the 30,000 most frequent words (folded as the title lists fold them) that have no
  article and that the press also writes with it among its 60,000 most frequent (دور and الدور,
  توقيع and التوقيع): a noun or an adjective, where a name takes no article (أوباما, ترامب);
  only those that look like a name by their letters (a long vowel after the first) are kept,
  the others the name rules turn down already.
- imperfect_verbs: the 30,000 most frequent words starting with ي or ت whose form with the
  other prefix is among the 60,000 most frequent (يريد and تريد, تقول and يقول): a verb in
  the imperfect, where a name has no such twin (ترامب, تبون, تميم).

    python scripts/build_common_words.py WORDFREQ_DATA/large_ar.msgpack.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from archiver.core.annotations.title_data import fold_word, looks_like_a_name  # noqa: E402

TOP, PAIRED = 30_000, 60_000
_ABOUT = (
    "Common Arabic words that end a name after a title (core/annotations/arabic_names.py), "
    "derived by scripts/build_common_words.py from word frequencies (see its docstring). "
    "nouns: frequent words that the press also writes with the article (دور, الدور): a word "
    "after a name's first two units is no part of the name when it is one, unless the text "
    "names it alone again and never with the article or a pronoun. imperfect_verbs: frequent "
    "words of the imperfect, by their twin with the other prefix (يريد, تريد): the first word "
    "after a title is no name when it is one (الرئيس يريد الاتفاق)."
)
_SOURCE = (
    "wordfreq 3.1.1 by Robyn Speer (https://github.com/rspeer/wordfreq), its Arabic list "
    "large_ar; wordfreq's data is redistributed under the Creative Commons "
    "Attribution-ShareAlike 4.0 license (https://creativecommons.org/licenses/by-sa/4.0/), "
    "and so is this list derived from it."
)


def _ranks(path: Path) -> dict[str, tuple[int, str]]:
    """Folded word -> (rank, the most frequent surface form)."""
    import msgpack  # type: ignore[import-not-found]  # only to rebuild the list

    with gzip.open(path) as data:
        buckets = msgpack.load(data, raw=False)[1:]
    ranks: dict[str, tuple[int, str]] = {}
    for bucket in buckets:
        for word in bucket:
            ranks.setdefault(fold_word(word), (len(ranks), word))
    return ranks


def build(path: Path) -> dict[str, object]:
    """The resource's content from wordfreq's Arabic list at ``path``."""
    ranks = _ranks(path)

    def paired(folded: str) -> bool:
        return ranks.get(folded, (PAIRED, ""))[0] < PAIRED

    top = [(f, w) for f, (r, w) in ranks.items() if r < TOP and len(f) >= 3]
    nouns = [w for f, w in top
             if not f.startswith("ال") and paired("ال" + f) and looks_like_a_name(f)]  # fmt: skip
    verbs = [w for f, w in top if f[0] in "يت" and paired({"ي": "ت", "ت": "ي"}[f[0]] + f[1:])]
    return {"about": _ABOUT, "source": _SOURCE, "nouns": sorted(nouns),
            "imperfect_verbs": sorted(verbs)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="wordfreq's large_ar.msgpack.gz")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "common_words_ar.json")
    args = parser.parse_args()
    text = json.dumps(build(args.data), ensure_ascii=False, indent=0)
    args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
