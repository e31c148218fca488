#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates every app icon from the one drawing, assets/icons/app-icon.svg:
#   Android  platforms/android/res/mipmap-*/ic_launcher_{foreground,monochrome}.png (adaptive icon)
#   iOS      platforms/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png (opaque)
#   desktop  platforms/linux/icons/hicolor/*/apps/app.unknot.{png,svg}
#   stores   assets/icons/generated/store-512.png (Google Play listing)
# The results are committed, so a build needs none of these tools. Needs rsvg-convert
# (librsvg2-bin) and python3. Run from anywhere: tools/make-icons.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
source_svg="$root/assets/icons/app-icon.svg"
background="#1F7A6E" # the rect with id="background" in the drawing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

# The layers, taken from the one drawing: the foreground alone (transparent), and the
# foreground in one colour (Android themes it; only its alpha counts).
python3 - "$source_svg" "$work" <<'PY'
import re, sys
svg = open(sys.argv[1]).read()
foreground = re.sub(r'<rect id="background"[^>]*/>', "", svg)
if foreground == svg:
    sys.exit("make-icons: no element with id=\"background\" in the drawing")
open(f"{sys.argv[2]}/foreground.svg", "w").write(foreground)
open(f"{sys.argv[2]}/monochrome.svg", "w").write(re.sub(r"#F6F4F0", "#000000", foreground))
PY

render() { # svg size output
    mkdir -p "$(dirname "$3")"
    rsvg-convert --width "$2" --height "$2" --output "$3" "$1"
}

# Android adaptive icon layers: 108 dp at each density.
declare -A density=([mdpi]=108 [hdpi]=162 [xhdpi]=216 [xxhdpi]=324 [xxxhdpi]=432)
for d in "${!density[@]}"; do
    out="$root/platforms/android/res/mipmap-$d"
    render "$work/foreground.svg" "${density[$d]}" "$out/ic_launcher_foreground.png"
    render "$work/monochrome.svg" "${density[$d]}" "$out/ic_launcher_monochrome.png"
done

# iOS: one 1024-point icon (Xcode 14+ derives the rest); the App Store refuses an alpha channel.
ios="$root/platforms/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png"
render "$source_svg" 1024 "$ios"
python3 "$root/tools/png_drop_alpha.py" "$ios" "$background"

# Desktop: the hicolor theme's sizes and the drawing itself.
for size in 48 64 128 256 512; do
    render "$source_svg" "$size" "$root/platforms/linux/icons/hicolor/${size}x${size}/apps/app.unknot.png"
done
mkdir -p "$root/platforms/linux/icons/hicolor/scalable/apps"
cp "$source_svg" "$root/platforms/linux/icons/hicolor/scalable/apps/app.unknot.svg"

# Google Play's listing icon: 512 px, full square (Play applies its own mask).
render "$source_svg" 512 "$root/assets/icons/generated/store-512.png"

echo "make-icons: done"
