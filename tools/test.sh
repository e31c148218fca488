#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything (debug) and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset desktop-debug
cmake --build --preset desktop-debug
ctest --preset desktop-debug -j"$(nproc)"
