#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything (debug) and runs the whole test suite headless,
# then builds the fuzzers with clang and sanitizers and runs each one briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset desktop-debug
cmake --build --preset desktop-debug
ctest --preset desktop-debug -j"$(nproc)"
cmake --preset fuzz
cmake --build --preset fuzz
ctest --preset fuzz
