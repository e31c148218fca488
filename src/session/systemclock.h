// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessionclock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace unknot {

// The real clock: a monotonic timer and precise single-shot QTimers.
class SystemClock : public QObject, public SessionClock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);

    qint64 elapsedMs() const override { return m_elapsed.elapsed(); }
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    int schedule(qint64 delayMs, std::function<void()> callback) override;
    void cancel(int id) override;

private:
    QElapsedTimer m_elapsed;
    QHash<int, QTimer *> m_timers;
    int m_nextId = 1;
};

} // namespace unknot
