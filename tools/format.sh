#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats every C++, Objective-C++, Java and QML file in place with the committed settings.
set -euo pipefail
cd "$(dirname "$0")/.."
qmlformat=$(command -v qmlformat6 || command -v qmlformat || echo /usr/lib/qt6/bin/qmlformat)
find app src tests tools platforms \( -name '*.cpp' -o -name '*.h' -o -name '*.mm' -o -name '*.java' \) \
    -print0 | xargs -0 -r clang-format -i
find qml tests -name '*.qml' -print0 | xargs -0 -r -n1 "$qmlformat" -i
