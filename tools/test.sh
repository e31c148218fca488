#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything (debug) and runs the whole test suite headless,
# then clazy over src/ and app/ (fails on any warning; a few minutes, so not a ctest test),
# then builds the fuzzers with clang and sanitizers and runs each one briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset desktop-debug
cmake --build --preset desktop-debug
ctest --preset desktop-debug -j"$(nproc)"
bash tests/lint/check-clazy.sh build/desktop-debug
cmake --preset fuzz
cmake --build --preset fuzz
ctest --preset fuzz
