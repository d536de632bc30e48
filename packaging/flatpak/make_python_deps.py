#!/usr/bin/env python3
"""Write python3-requirements.json, the Flatpak module of Archiver's Python dependencies.

    python3 packaging/flatpak/make_python_deps.py

What flatpak-pip-generator does, from requirements/app.lock and for both Flathub architectures:
pip resolves each pinned package to a wheel for the runtime's Python (no download: its
``--dry-run --report``), and the module lists each wheel by URL and SHA-256 — the pure ones
once, the compiled ones per architecture — so the Flatpak build itself needs no network.
PySide6 and shiboken6 are left out: io.qt.PySide.BaseApp provides them, built on the
runtime's Qt. The file is made before each build, not kept in the repository (.gitignore):
run it again after changing the lock file or the runtime's Python.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "app.lock"
OUT = Path(__file__).with_name("python3-requirements.json")
RUNTIME_PYTHON = "3.13"  # org.kde.Platform 6.10 (freedesktop 25.08)
ARCHES = ("x86_64", "aarch64")
FROM_BASE_APP = {"pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"}


def pinned() -> list[str]:
    """The lock's ``name==version`` lines that apply to the runtime's Python, PySide6 aside."""
    found = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;]+)\s*(?:;\s*(.+))?$", line)
        if not match or match[1].lower() in FROM_BASE_APP:
            continue
        marker = match[3] or ""
        if "python_full_version < '3.12'" in marker or "sys_platform == 'win32'" in marker:
            continue
        found.append(f"{match[1]}=={match[2]}")
    return found


def wheels(requirements: list[str], arch: str) -> dict[str, tuple[str, str]]:
    """Each package's wheel for ``arch``: name → (url, sha256)."""
    platforms = [f"manylinux_2_{n}_{arch}" for n in (39, 34, 28, 27, 17)] + [
        f"manylinux2014_{arch}"
    ]
    with tempfile.TemporaryDirectory() as target:
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--no-deps",
                   "--ignore-installed", "--only-binary=:all:", "--python-version", RUNTIME_PYTHON,
                   "--target", target, "--report", "-", *(f"--platform={p}" for p in platforms),
                   *requirements]  # fmt: skip
        # The package index itself, not this machine's pip settings (local wheel folders, mirrors).
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    found = {}
    for item in json.loads(done.stdout)["install"]:
        info = item["download_info"]
        found[item["metadata"]["name"].lower()] = (
            info["url"],
            info["archive_info"]["hashes"]["sha256"],
        )
    return found


def module(requirements: list[str]) -> dict[str, object]:
    """The Flatpak module: every wheel as a source, installed offline into /app."""
    by_arch = {arch: wheels(requirements, arch) for arch in ARCHES}
    sources: list[dict[str, object]] = []
    for name in sorted(by_arch[ARCHES[0]]):
        urls = {arch: by_arch[arch][name] for arch in ARCHES}
        if len({url for url, _ in urls.values()}) == 1:
            url, sha = urls[ARCHES[0]]
            sources.append({"type": "file", "url": url, "sha256": sha})
            continue
        for arch, (url, sha) in urls.items():
            sources.append({"type": "file", "url": url, "sha256": sha, "only-arches": [arch]})
    names = " ".join(f'"{r.split("==")[0]}"' for r in requirements)
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}"'
            f" --prefix=${{FLATPAK_DEST}} --no-build-isolation --no-deps {names}"
        ],
        "sources": sources,
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(module(pinned()), indent=2) + "\n", encoding="utf-8")
    print(OUT)
