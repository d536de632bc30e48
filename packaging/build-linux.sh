#!/usr/bin/env bash
# Build a one-folder Linux bundle with PyInstaller and pack it as dist/archiver-linux.tar.gz,
# with the desktop file, the AppStream metadata and the icon in every size under share/.
set -euo pipefail
cd "$(dirname "$0")/.."
app_id=io.github.archiver.archiver
scripts/bootstrap.sh app
.venv/bin/python -m pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean packaging/archiver.spec
share=dist/archiver/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp "packaging/$app_id.desktop" "$share/applications/"
cp "packaging/$app_id.metainfo.xml" "$share/metainfo/"
PYTHONPATH=src .venv/bin/python packaging/make_icons.py "$share/icons"
tar -C dist -czf dist/archiver-linux.tar.gz archiver
echo "dist/archiver-linux.tar.gz"
