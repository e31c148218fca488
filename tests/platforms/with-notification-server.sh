#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private D-Bus session bus whose notification service is a real dunst,
# drawing on a private Xvfb display; everything started here is stopped on exit.
#
# dunst's context menu is how a test clicks an action button: `dunstctl context` makes dunst
# pipe the actions of the shown notifications, one per line ("#Start now (summary) [id,start]"),
# to its "dmenu" command and invoke the one that command prints. Ours prints the line whose
# action key is in $UNKNOT_PICK_ACTION_FILE (the test writes it before each click).
set -euo pipefail

for tool in Xvfb dbus-daemon dunst dunstctl dbus-send dbus-monitor; do
    command -v "$tool" >/dev/null || {
        echo "with-notification-server: '$tool' is missing; run tools/install-deps.sh" >&2
        exit 1
    }
done

runtime=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$runtime"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR="$runtime" HOME="$runtime" XDG_CONFIG_HOME="$runtime/config"
unset WAYLAND_DISPLAY

Xvfb -displayfd 3 -nolisten tcp -screen 0 800x600x24 3>"$runtime/display" \
    2>"$runtime/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do
    [ -s "$runtime/display" ] && break
    sleep 0.1
done
[ -s "$runtime/display" ] || { echo "with-notification-server: Xvfb did not start" >&2; cat "$runtime/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$runtime/display")"

dbus-daemon --session --nofork --nopidfile --address="unix:path=$runtime/bus" \
    2>"$runtime/dbus.log" &
pids+=($!)
export DBUS_SESSION_BUS_ADDRESS="unix:path=$runtime/bus"
for _ in $(seq 100); do
    dbus-send --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetId >/dev/null 2>&1 && break
    sleep 0.1
done

export UNKNOT_PICK_ACTION_FILE="$runtime/pick-action"
cat >"$runtime/pick-action.sh" <<'PICK'
#!/bin/sh
key=$(cat "$UNKNOT_PICK_ACTION_FILE" 2>/dev/null)
grep -m1 -F ",$key]"
PICK
chmod +x "$runtime/pick-action.sh"
cat >"$runtime/dunstrc" <<CONF
[global]
    dmenu = $runtime/pick-action.sh
    idle_threshold = 0
    history_length = 50
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
CONF
dunst -config "$runtime/dunstrc" >"$runtime/dunst.log" 2>&1 &
pids+=($!)
has_server() {
    dbus-send --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
        grep -q true
}
for _ in $(seq 100); do
    has_server && break
    sleep 0.1
done
has_server || { echo "with-notification-server: dunst did not start:" >&2; cat "$runtime/dunst.log" >&2; exit 1; }

"$@"
