#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup benchmark (not part of the tests): builds release and prints first-frame time and
# peak memory of unknot against an empty Qt Quick Controls window, medians of N runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset desktop-release
cmake --build --preset desktop-release --target bench_startup
build/desktop-release/tests/benchmarks/startup/bench_startup "${1:-15}"
