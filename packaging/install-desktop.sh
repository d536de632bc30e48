#!/bin/sh
# Put this unpacked bundle on the desktop for the current user: `archiver` on PATH
# (~/.local/bin), the menu entry with "Open with Archiver", the AppStream metadata and the icons.
# Run it from the bundle's folder again after moving the folder; --remove takes it all away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.archiver.archiver
bin=${XDG_BIN_HOME:-$HOME/.local/bin}
data=${XDG_DATA_HOME:-$HOME/.local/share}
icons=$(cd "$here/share/icons/hicolor" && find . -name "$app_id.*")
if [ "${1:-}" = --remove ]; then
  rm -f "$bin/archiver" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  for icon in $icons; do rm -f "$data/icons/hicolor/$icon"; done
else
  mkdir -p "$bin" "$data/applications" "$data/metainfo"
  ln -sf "$here/archiver" "$bin/archiver"
  # The menu entry starts this bundle by its full path: ~/.local/bin need not be on PATH.
  sed -e "s|^Exec=archiver |Exec=\"$here/archiver\" |" -e "s|^TryExec=archiver|TryExec=$here/archiver|" \
    "$here/share/applications/$app_id.desktop" >"$data/applications/$app_id.desktop"
  cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
  for icon in $icons; do
    mkdir -p "$data/icons/hicolor/$(dirname "$icon")"
    cp "$here/share/icons/hicolor/$icon" "$data/icons/hicolor/$icon"
  done
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$data/icons/hicolor" || true
echo "archiver: ${1:-installed} for $(id -un) ($bin/archiver, $data/applications/$app_id.desktop)"
