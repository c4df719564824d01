#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only those missing.
# Qt needs its X/EGL client libraries even offscreen; WeasyPrint needs Pango; the tests read
# PDFs back with poppler (pdftotext, pdffonts, pdftoppm) and check them with qpdf; Xvfb gives
# screenshots of a real window.
set -euo pipefail
packages=(
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libdbus-1-3
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  poppler-utils qpdf xvfb fonts-dejavu-core
)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
