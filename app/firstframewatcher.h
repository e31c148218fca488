// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;
class QString;

namespace FirstFrame {

// Calls `onFirstFrame` once, after the window has shown its first frame.
void watch(QQuickWindow *window, std::function<void()> onFirstFrame);
// The same for the engine's first window. Returns false when the engine created no window.
bool watch(QQmlApplicationEngine &engine, std::function<void()> onFirstFrame);

// Saves what the window shows as an image file.
bool saveScreenshot(QQuickWindow *window, const QString &path);

// The process's peak resident memory in KiB (0 where the platform does not tell).
long peakResidentKiB();

// CPU time the process has used so far (all threads, user and system), in milliseconds;
// -1 where the platform does not tell. Less sensitive to a busy machine than the wall clock.
double cpuMilliseconds();

// Prints the markers the startup benchmark reads: "first-frame", "peak-rss-kib N" and
// "cpu-ms N".
void printBenchmarkMarkers();

} // namespace FirstFrame
