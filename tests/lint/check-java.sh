#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks every Java file under platforms/android as far as can be done without the Android SDK:
# javac parses each one (syntax errors fail; names are not resolved, since android.* is not
# here: --should-stop=ifNoError=PARSE stops javac after parsing, a hidden but long-standing
# javac option), and each file's package must match its folder, as the Android build expects.
set -uo pipefail
root=${1:-$(git rev-parse --show-toplevel)}
cd "$root/platforms/android" || exit 1

if ! command -v javac >/dev/null; then
    echo "java: javac not found; install default-jdk-headless (tools/install-deps.sh)"
    exit 1
fi
mapfile -d '' files < <(find . -name '*.java' -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
    echo "java: no Java files under platforms/android"
    exit 1
fi

status=0
out=$(mktemp -d)
trap 'rm -rf -- "$out"' EXIT
if ! javac -proc:none -nowarn -d "$out" --should-stop=ifError=PARSE \
    --should-stop=ifNoError=PARSE "${files[@]}"; then
    status=1
fi
for file in "${files[@]}"; do
    folder=$(dirname "${file#./src/}")
    declared=$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$file" | head -n1)
    if [ "${declared//./\/}" != "$folder" ]; then
        echo "java: $file declares package '${declared}', but its folder says '${folder//\//.}'"
        status=1
    fi
done
[ $status -eq 0 ] && echo "java: ${#files[@]} file(s) parse, packages match their folders"
exit $status
