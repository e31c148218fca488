#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a private PulseAudio server whose only sink is a null sink, so a test
# can play through the real audio stack and record what came out of the sink's monitor.
set -euo pipefail

for tool in pulseaudio pactl parec; do
    command -v "$tool" >/dev/null || {
        echo "with-null-sink: '$tool' is missing; run tools/install-deps.sh" >&2
        exit 1
    }
done

runtime=$(mktemp -d)
export XDG_RUNTIME_DIR="$runtime" PULSE_RUNTIME_PATH="$runtime/pulse" HOME="$runtime"
unset PULSE_SERVER
pulseaudio --daemonize=no --exit-idle-time=-1 -n --use-pid-file=no --system=no \
    --load="module-null-sink sink_name=unknot_null rate=44100 channels=2" \
    --load="module-native-protocol-unix" \
    --log-target=stderr >"$runtime/pulse.log" 2>&1 &
server=$!
cleanup() {
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -rf "$runtime"
}
trap cleanup EXIT

for _ in $(seq 100); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
done
if ! pactl info >/dev/null 2>&1; then
    echo "with-null-sink: PulseAudio did not start:" >&2
    cat "$runtime/pulse.log" >&2
    exit 1
fi
pactl set-default-sink unknot_null
export PULSE_SINK=unknot_null UNKNOT_MONITOR_SOURCE=unknot_null.monitor
"$@"
