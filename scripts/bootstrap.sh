#!/usr/bin/env bash
# Prepare .venv with pinned dependencies; install the few Debian packages Qt needs if missing.
# Usage: scripts/bootstrap.sh app|dev
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-app}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

missing_debs() {
  local pkgs=()
  # Qt (PySide6 wheels) needs these at run time, offscreen too; the xcb ones for a real window.
  # sqlite3: its .recover is salvage's first try on a damaged database (a page walk otherwise).
  for pkg in sqlite3 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
             libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-xinerama0 \
             libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || pkgs+=("$pkg")
  done
  if ! python3 -c "import ensurepip" 2>/dev/null; then pkgs+=(python3-venv); fi
  # OCR of scans (docs/ocr.md): the tests need it; the app offers it. PostgreSQL for the team tests.
  if [ "$profile" = dev ]; then
    for pkg in $OCR_DEBS $TEAM_DEBS $DESKTOP_DEBS; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || pkgs+=("$pkg")
    done
  fi
  echo "${pkgs[@]:-}"
}
OCR_DEBS="tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng ocrmypdf"
# The team tests start a PostgreSQL server of their own (docs/team.md); the app needs none.
TEAM_DEBS="postgresql"
# The desktop files' validators (tests/test_desktop_integration.py).
DESKTOP_DEBS="desktop-file-utils appstream"

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  need=$(missing_debs)
  if [ -n "$need" ]; then
    echo "Installing Debian packages: $need" >&2
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends $need >/dev/null \
      || echo "Could not install: $need (run: sudo apt-get install $need)" >&2
  fi
fi

if [ "$profile" = app ] && ! command -v ocrmypdf >/dev/null; then
  echo "Optional: to import scanned PDFs and images (OCR), run: sudo apt install $OCR_DEBS" >&2
fi

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Archiver needs Python 3.11 or newer (found $(python3 --version))" >&2; exit 1; }
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=.venv/.installed-$profile
lock=requirements/$profile.lock
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$lock"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
