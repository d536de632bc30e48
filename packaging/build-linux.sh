#!/usr/bin/env bash
# Build the one-folder Linux bundle (dist/archiver/) with PyInstaller and pack it as
# dist/archiver-linux.tar.gz: one executable for the CLI and the app, the compiled translations,
# Qt's Arabic qtbase translation, the data files, an Arabic font, the desktop file, the AppStream
# metadata and the icon in every size under share/. Runs on a fresh Debian/Ubuntu checkout.
# What the bundle holds and leaves out, and its size: docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
app_id=io.github.archiver.archiver
scripts/bootstrap.sh app
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/build.lock
.venv/bin/python scripts/translations.py compile >/dev/null  # archiver_<lang>.qm for the bundle
export QT_QPA_PLATFORM=offscreen  # the spec's analysis and make_icons.py start Qt without a screen
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/archiver.spec
bundle=dist/archiver
# An Arabic Naskh face (SIL OFL) when the build machine has it (Debian: fonts-noto-core);
# without it the app uses the system's fonts (docs/packaging.md).
fonts=$bundle/_internal/archiver/resources/fonts
mkdir -p "$fonts"
for face in NotoNaskhArabic-Regular NotoNaskhArabic-Bold; do
  found=$(find /usr/share/fonts -name "$face.ttf" -print -quit 2>/dev/null || true)
  if [ -n "$found" ]; then cp "$found" "$fonts/"; else echo "build-linux: no $face.ttf (apt install fonts-noto-core)" >&2; fi
done
share=$bundle/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp "packaging/$app_id.desktop" "$share/applications/"
cp "packaging/$app_id.metainfo.xml" "$share/metainfo/"
PYTHONPATH=src .venv/bin/python packaging/make_icons.py "$share/icons"
cp packaging/install-desktop.sh "$bundle/"
tar -C dist -czf dist/archiver-linux.tar.gz archiver
echo "build-linux: $(($(date +%s) - start)) s; bundle $(du -sm "$bundle" | cut -f1) MiB," \
  "dist/archiver-linux.tar.gz $(du -m dist/archiver-linux.tar.gz | cut -f1) MiB" >&2
echo "dist/archiver-linux.tar.gz"
