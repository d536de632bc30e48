#!/usr/bin/env python3
"""Keep the interface's translations: extract the strings, compile them, count what is done.

    scripts/translations.py update [AREA ...]   lupdate the sources into resources/translations
    scripts/translations.py compile [--out DIR] the .ts files into archiver_<lang>.qm
    scripts/translations.py stats               finished / total for each language and area

Each area has its own .ts per language (ar/<area>.ts; en/<area>.ts holds only the English
plural forms), so translators of different parts of the app never edit the same file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from archiver.gui.translation_files import LANGUAGES, compile_translations, pyside_tool

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "archiver" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
ANNOTATIONS = ("annotations/*.py", "memos/*.py")
CARRY = ("backup_flow.py", "bundle_flow.py", "bundle_report.py", "carry_dialogs.py",
         "conflicts_view.py", "trash_dialog.py", "qdpx_flow.py", "team_flow.py",
         "team_report.py", "addon_hooks.py")  # fmt: skip
LIBRARY = ("library_*.py", "bulk_actions.py", "metadata_dialog.py", "import_*.py",
           "ocr_models.py", "errors.py", "open_failure.py", "upgrade_dialog.py")  # fmt: skip
AREAS = {"annotations": ANNOTATIONS, "carry": CARRY, "library": LIBRARY}
CORE = ROOT / "src" / "archiver" / "core"
CORE_STRINGS = {"annotations": ("change_words.py",)}  # the GUI translates these core tables


def area_files(area: str) -> list[Path]:
    """The sources whose strings belong to ``area`` ("window" holds every other GUI module)."""
    if area != "window":
        core = {CORE / name for name in CORE_STRINGS.get(area, ())}
        return sorted({p for pattern in AREAS[area] for p in GUI.glob(pattern)} | core)
    claimed = {p for name in AREAS for p in area_files(name)}
    return sorted(p for p in GUI.rglob("*.py") if p not in claimed)


def all_areas() -> list[str]:
    """Every area's name."""
    return ["window", *AREAS]


def tool(name: str) -> str:
    """The path of pyside6-<name>; the script stops with a message when PySide6 lacks it."""
    found = pyside_tool(name)
    if not found:
        sys.exit(f"translations: pyside6-{name} not found (install PySide6 into this Python)")
    return found


def ts_path(language: str, area: str, root: Path = TRANSLATIONS) -> Path:
    """The .ts file of one language and area."""
    return root / language / f"{area}.ts"


def update(areas: list[str], root: Path = TRANSLATIONS) -> None:
    """Extract each area's strings into its .ts files, keeping what is translated."""
    for area in areas:
        files = [str(p) for p in area_files(area)]
        for language in LANGUAGES:
            target = ts_path(language, area, root)
            target.parent.mkdir(parents=True, exist_ok=True)
            extra = ["-pluralonly"] if language == "en" else []
            cmd = [tool("lupdate"), *extra, "-no-obsolete", "-locations", "none",
                   "-source-language", "en", "-target-language", language,
                   *files, "-ts", str(target)]  # fmt: skip
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def compile_all(out: Path, root: Path = TRANSLATIONS) -> list[Path]:
    """One archiver_<lang>.qm per language from all its areas' .ts files."""
    return compile_translations(root, out)


def counts(path: Path) -> tuple[int, int]:
    """(finished, total) messages of one .ts file."""
    messages = ET.parse(path).getroot().iter("message")
    states = [m.find("translation") for m in messages]
    done = sum(1 for t in states if t is not None and t.get("type") is None and _filled(t))
    return done, len(states)


def _filled(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool(translation.text)


def main(argv: list[str] | None = None) -> int:
    """The command line above."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update")
    up.add_argument("areas", nargs="*", help=f"of {', '.join(all_areas())} (default: all)")
    comp = sub.add_parser("compile")
    comp.add_argument("--out", type=Path, default=TRANSLATIONS)
    sub.add_parser("stats")
    args = parser.parse_args(argv)
    if args.command == "update":
        unknown = sorted(set(args.areas) - set(all_areas()))
        if unknown:
            parser.error(f"no area {', '.join(unknown)} (areas: {', '.join(all_areas())})")
        update(args.areas or all_areas())
    elif args.command == "compile":
        for qm in compile_all(args.out):
            print(qm)
    else:
        for language in LANGUAGES:
            for area in all_areas():
                path = ts_path(language, area)
                done, total = counts(path) if path.exists() else (0, 0)
                print(f"{language} {area:12} {done:5} / {total:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
