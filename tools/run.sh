#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds only the desktop app (release) and launches it. Any arguments
# are passed to the app, e.g. tools/run.sh unknot://technique/forearm-flexor-release
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset desktop-release
# Only the app: the tests and benchmarks are tools/test.sh's business.
cmake --build --preset desktop-release --target unknot
exec build/desktop-release/bin/unknot "$@"
