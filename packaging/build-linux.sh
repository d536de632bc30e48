#!/usr/bin/env bash
# Build a one-folder Linux bundle with PyInstaller and pack it as dist/archiver-linux.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh app
.venv/bin/python -m pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean packaging/archiver.spec
cp packaging/archiver.desktop packaging/io.github.archiver.Archiver.metainfo.xml dist/archiver/
tar -C dist -czf dist/archiver-linux.tar.gz archiver
echo "dist/archiver-linux.tar.gz"
