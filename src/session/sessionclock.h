// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace unknot {

// Where the session engine gets its time from: the real clock in the app, a fake one that tests
// advance by hand, so a ten-minute technique runs in a millisecond and to the millisecond.
class SessionClock
{
public:
    SessionClock() = default;
    virtual ~SessionClock() = default;
    Q_DISABLE_COPY_MOVE(SessionClock)

    // Monotonic milliseconds; only differences mean anything.
    virtual qint64 elapsedMs() const = 0;
    // Wall-clock time, with the local offset, for what is recorded.
    virtual QDateTime now() const = 0;
    // Calls `callback` once, `delayMs` from now. Returns an id for cancel().
    virtual int schedule(qint64 delayMs, std::function<void()> callback) = 0;
    virtual void cancel(int id) = 0;
};

} // namespace unknot
