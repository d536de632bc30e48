"""The common Arabic words of ``resources/common_words_ar.json`` (derived from wordfreq's
frequencies, CC BY-SA 4.0, by scripts/build_common_words.py), read once for every user."""

from __future__ import annotations

import json
from functools import lru_cache

from archiver.core.resources import resource_path


@lru_cache(maxsize=1)
def common_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The nouns and the imperfect verbs, as listed."""
    data = json.loads(resource_path("common_words_ar.json").read_text(encoding="utf-8"))
    return tuple(data["nouns"]), tuple(data["imperfect_verbs"])
