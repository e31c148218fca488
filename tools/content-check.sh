#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the technique content with unknot-content-check (the app's own reader plus the
# authoring rules), building only that program first. Prints each problem; exit 0 = clean.
# With no arguments: the bundled content and its narration. Otherwise the arguments are the
# checker's: [--audio DIR] CONTENT_DIR. Build folder: $UNKNOT_BUILD_DIR (build/desktop-debug).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UNKNOT_BUILD_DIR:-${root}/build/desktop-debug}"
if [ ! -f "${build}/CMakeCache.txt" ]; then
  (cd "$root" && cmake --preset desktop-debug >/dev/null)
fi
cmake --build "$build" --target unknot-content-check >/dev/null
if [ "$#" -eq 0 ]; then
  set -- --audio "${root}/assets/audio" "${root}/assets/content/techniques"
fi
exec "${build}/bin/unknot-content-check" "$@"
