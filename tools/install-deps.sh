#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Unknot needs to build, run, test and generate narration.
# Idempotent: installs only what is missing; uses sudo when not root.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ clang libclang-rt-14-dev pkg-config
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-l10n-tools qt6-tools-dev
  qt6-declarative-dev-tools libqt6sql6-sqlite libqt6svg6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-shapes
  qml6-module-qtquick-dialogs qml6-module-qt-labs-settings qml6-module-qtmultimedia
  qml6-module-qttest qml6-module-qt-labs-platform
  # audio playback (GStreamer backend of Qt Multimedia 6.4) and the sound test
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
  pulseaudio pulseaudio-utils sox libsox-fmt-mp3
  # a custom step without a recording is spoken by Qt TextToSpeech (flite works offline)
  qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin
  # the export test reads the PDF report's text back (pdftotext)
  poppler-utils
  # headless UI, fonts, notifications
  xvfb xauth fonts-dejavu-core dbus
  # static checks: clazy over the C++ (tools/clazy.sh), javac over the Android Java files (the
  # JDK also runs the Android reminder logic's tests)
  clazy default-jdk-headless
  # reminders: a real notification server for the desktop test
  dunst
  # narration generation (tools/make-narration.sh)
  festival festvox-us-slt-hts lame
  # app icons from assets/icons/app-icon.svg (tools/make-icons.sh)
  librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
