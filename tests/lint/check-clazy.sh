#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clazy (the Qt-aware static analysis, checks level0 to level2) over every C++ file of
# src/ and app/ as the build compiles it, and fails on any warning. Needs a configured build
# folder with compile_commands.json (the top CMakeLists exports it) whose generated headers
# exist (build the app first). Runs one clazy per core.
# Usage: tests/lint/check-clazy.sh [BUILD_DIR]   (default: build/desktop-debug)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/desktop-debug}
db="$build/compile_commands.json"

if ! command -v clazy-standalone >/dev/null; then
    echo "clazy: clazy-standalone not found; install clazy (tools/install-deps.sh)"
    exit 1
fi
if [ ! -f "$db" ]; then
    echo "clazy: no $db; configure the build first"
    exit 1
fi
mapfile -t files < <(python3 - "$db" "$root" <<'PY'
import json, sys
db, root = sys.argv[1], sys.argv[2]
for f in sorted({e["file"] for e in json.load(open(db))}):
    if f.startswith((root + "/src/", root + "/app/")):
        print(f)
PY
)
if [ ${#files[@]} -eq 0 ]; then
    echo "clazy: no src/ or app/ files in $db"
    exit 1
fi

log=$(mktemp)
trap 'rm -f -- "$log"' EXIT
printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 4 clazy-standalone -p "$db" -checks=level2 \
        --ignore-dirs="^(/usr/|$build/)" >"$log" 2>&1
# Each warning once (a header's warning is reported by every file that includes it).
warnings=$(grep -E 'warning: .*\[-Wclazy-' "$log" | sort -u)
errors=$(grep -E ' error: ' "$log" | sort -u)
if [ -n "$errors" ]; then
    echo "$errors"
    echo "clazy: the files above did not compile for clazy"
    exit 1
fi
if [ -n "$warnings" ]; then
    echo "$warnings"
    echo "clazy: $(echo "$warnings" | wc -l) warning(s) in ${#files[@]} files"
    exit 1
fi
echo "clazy: no warnings in ${#files[@]} files (level0 to level2)"
