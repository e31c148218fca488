// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframewatcher.h"

#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

namespace FirstFrame {

void watch(QQuickWindow *window, std::function<void()> onFirstFrame)
{
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(window, &QQuickWindow::frameSwapped, window,
                             [once, window, callback = std::move(onFirstFrame)] {
                                 QObject::disconnect(*once);
                                 // Let the swap finish before acting on it (not at all if
                                 // the window is gone by then).
                                 QTimer::singleShot(0, window, callback);
                             });
}

bool watch(QQmlApplicationEngine &engine, std::function<void()> onFirstFrame)
{
    const QList<QObject *> roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!window)
        return false;
    watch(window, std::move(onFirstFrame));
    return true;
}

bool saveScreenshot(QQuickWindow *window, const QString &path)
{
    return window->grabWindow().save(path);
}

long peakResidentKiB()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
#endif
    return 0;
}

double cpuMilliseconds()
{
#ifdef CLOCK_PROCESS_CPUTIME_ID
    timespec t{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0)
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#endif
    return -1;
}

void printBenchmarkMarkers()
{
    std::printf("first-frame\npeak-rss-kib %ld\ncpu-ms %.1f\n", peakResidentKiB(),
                cpuMilliseconds());
    std::fflush(stdout);
}

} // namespace FirstFrame
