#!/usr/bin/env bash
# Regenerates the packaging icons in assets/ from assets/icon.svg: one PNG per size for Linux (assets/icons),
# icon.ico for Windows and icon.icns for macOS. The results are committed; run this only when the logo changes.
# Needs rsvg-convert, ImageMagick and png2icns (Debian/Ubuntu: apt-get install librsvg2-bin imagemagick icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../assets"
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png \
  icons/256x256.png icon.ico
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png \
  icons/512x512.png icons/1024x1024.png >/dev/null
echo "Icons written to assets/."
