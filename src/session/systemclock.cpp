// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/systemclock.h"

#include <QTimer>

namespace unknot {

SystemClock::SystemClock(QObject *parent) : QObject(parent)
{
    m_elapsed.start();
}

int SystemClock::schedule(qint64 delayMs, std::function<void()> callback)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    // Coarse timers may fire 5 % late: a 60 s hold would end 3 s late.
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id, callback = std::move(callback)] {
        if (QTimer *t = m_timers.take(id))
            t->deleteLater();
        callback();
    });
    m_timers.insert(id, timer);
    timer->start(int(std::max<qint64>(0, delayMs)));
    return id;
}

void SystemClock::cancel(int id)
{
    if (QTimer *t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

} // namespace unknot
