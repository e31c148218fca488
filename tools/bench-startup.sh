#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup benchmark (not part of the tests): builds release and prints first-frame time and
# peak memory of unknot against an empty Qt Quick Controls window, medians of N runs each.
#   tools/bench-startup.sh [runs]
# With --history: unknot against an empty database and against 100,000 sessions over ten years
# (or a copy of FILE), alternately, medians of N runs each and their ratio.
#   tools/bench-startup.sh --history [FILE] [runs]
# BUILD_DIR=... uses another build directory (configured as Release) instead of the preset's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
if [[ -n "${BUILD_DIR:-}" ]]; then
    build="$BUILD_DIR"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
else
    build=build/desktop-release
    cmake --preset desktop-release
fi
cmake --build "$build" --target bench_startup
if [[ "${1:-}" == "--history" ]]; then
    shift
    exec "$build/tests/benchmarks/startup/bench_startup" --history "$@"
fi
exec "$build/tests/benchmarks/startup/bench_startup" "${1:-15}"
