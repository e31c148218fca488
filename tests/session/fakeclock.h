// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessionclock.h"

#include <QMap>
#include <QTimeZone>

// A clock that only moves when the test says so; due callbacks fire in time order, each with
// the clock reading its exact due time.
class FakeClock : public unknot::SessionClock
{
public:
    qint64 elapsedMs() const override { return m_now; }
    QDateTime now() const override { return m_epoch.addMSecs(m_now); }
    int schedule(qint64 delayMs, std::function<void()> callback) override
    {
        const int id = m_nextId++;
        m_due.insert({m_now + std::max<qint64>(0, delayMs), id}, std::move(callback));
        return id;
    }
    void cancel(int id) override
    {
        for (auto it = m_due.begin(); it != m_due.end(); ++it)
            if (it.key().second == id) {
                m_due.erase(it);
                return;
            }
    }
    void advance(qint64 ms)
    {
        const qint64 target = m_now + ms;
        while (!m_due.isEmpty() && m_due.firstKey().first <= target) {
            const auto key = m_due.firstKey();
            std::function<void()> callback = m_due.take(key);
            m_now = key.first;
            callback();
        }
        m_now = target;
    }
    bool hasPending() const { return !m_due.isEmpty(); }

private:
    QDateTime m_epoch{QDate(2025, 3, 14), QTime(9, 30), QTimeZone(3600)};
    qint64 m_now = 0;
    int m_nextId = 1;
    QMap<std::pair<qint64, int>, std::function<void()>> m_due;
};
