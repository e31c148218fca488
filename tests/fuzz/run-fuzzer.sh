#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer binary for a while from its seed corpus, without writing into the source
# tree. Usage: run-fuzzer.sh <fuzzer> <seed-dir> <seconds>
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
# New inputs go to the scratch corpus; crash reproducers next to the fuzzer binary.
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$(dirname "$fuzzer")/crash-" "$work/corpus" "$seeds"
