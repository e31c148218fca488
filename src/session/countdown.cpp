// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/countdown.h"

#include "session/sessionclock.h"

namespace unknot {

Countdown::Countdown(SessionClock *clock) : m_clock(clock) {}

Countdown::~Countdown()
{
    cancel();
}

void Countdown::start(qint64 durationMs, Tick onTick, Done onDone)
{
    cancel();
    m_onTick = std::move(onTick);
    m_onDone = std::move(onDone);
    m_remaining = std::max<qint64>(0, durationMs);
    m_since = m_clock->elapsedMs();
    m_running = true;
    m_paused = false;
    scheduleWake();
}

void Countdown::pause()
{
    if (!m_running || m_paused)
        return;
    consumeElapsed();
    m_clock->cancel(std::exchange(m_timer, 0));
    m_paused = true;
}

void Countdown::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_since = m_clock->elapsedMs();
    scheduleWake();
}

void Countdown::cancel()
{
    if (m_timer)
        m_clock->cancel(std::exchange(m_timer, 0));
    m_running = false;
    m_paused = false;
}

qint64 Countdown::remainingMs() const
{
    if (!m_running)
        return 0;
    if (m_paused)
        return m_remaining;
    return std::max<qint64>(0, m_remaining - (m_clock->elapsedMs() - m_since));
}

void Countdown::consumeElapsed()
{
    const qint64 now = m_clock->elapsedMs();
    m_remaining = std::max<qint64>(0, m_remaining - (now - m_since));
    m_since = now;
}

void Countdown::scheduleWake()
{
    // Next whole second of the time left, or zero.
    qint64 delay = m_remaining % 1000;
    if (delay == 0)
        delay = std::min<qint64>(1000, m_remaining);
    m_timer = m_clock->schedule(delay, [this] { wake(); });
}

void Countdown::wake()
{
    m_timer = 0;
    consumeElapsed();
    if (m_remaining <= 0) {
        m_running = false;
        // The callback may start this countdown again; take it out first.
        Done done = m_onDone;
        done();
        return;
    }
    scheduleWake();
    if (m_onTick)
        m_onTick(m_remaining);
}

} // namespace unknot
