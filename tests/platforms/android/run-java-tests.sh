#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the Android reminder logic that needs neither Android nor Qt (plain java.time) with
# the Debian JDK, and runs ReminderLogicTest on the shared schedule fixture and on a schedule
# the C++ hand-over code wrote.
# usage: run-java-tests.sh <source root> <fixture json> <reminderwire_sample executable>
set -euo pipefail
root=$1 fixture=$2 sample=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$sample" "$work/from-cpp.txt"
javac -Xlint:all -Werror -d "$work/classes" \
    "$root/platforms/android/src/app/unknot/ReminderRule.java" \
    "$root/platforms/android/src/app/unknot/ReminderSchedule.java" \
    "$root/platforms/android/src/app/unknot/AlarmPlan.java" \
    "$root"/tests/platforms/android/*.java
java -cp "$work/classes" app.unknot.ReminderLogicTest "$fixture" "$work/from-cpp.txt"
