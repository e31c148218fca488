#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++, Objective-C++, Java or QML file differs from what clang-format / qmlformat would write, using the
# committed .clang-format and .qmlformat.ini. Fix with tools/format.sh.
set -uo pipefail
root=${1:-$(git rev-parse --show-toplevel)}
cd "$root" || exit 1

qmlformat=$(command -v qmlformat6 || command -v qmlformat || echo /usr/lib/qt6/bin/qmlformat)
status=0

while IFS= read -r -d '' file; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        echo "not formatted (clang-format): $file"
        status=1
    fi
done < <(find app src tests tools platforms \( -name '*.cpp' -o -name '*.h' -o -name '*.mm' \
    -o -name '*.java' \) -print0 | sort -z)

while IFS= read -r -d '' file; do
    if ! diff -q <("$qmlformat" "$file" 2>/dev/null) "$file" >/dev/null; then
        echo "not formatted (qmlformat): $file"
        status=1
    fi
done < <(find qml tests -name '*.qml' -print0 | sort -z)

[ $status -eq 0 ] && echo "format: all C++, Objective-C++, Java and QML files conform"
exit $status
