#!/bin/sh
# Reproduce docs/screenshots/*.png with the real window under Xvfb.
# Needs: apt-get install -y --no-install-recommends xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 imagemagick
set -e
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1400x900x24" "$PY" scripts/screenshots_readme.py
env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1400x900x24" "$PY" scripts/screenshots_history.py
