// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace unknot {

class SessionClock;

// A pausable countdown on a SessionClock. It wakes at every whole second of the time left (so a
// display of seconds changes on time) and once at zero; pausing keeps the time left exactly.
class Countdown
{
public:
    using Tick = std::function<void(qint64 remainingMs)>;
    using Done = std::function<void()>;

    explicit Countdown(SessionClock *clock);
    ~Countdown();
    Countdown(const Countdown &) = delete;
    Countdown &operator=(const Countdown &) = delete;

    void start(qint64 durationMs, Tick onTick, Done onDone);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    qint64 remainingMs() const;

private:
    void scheduleWake();
    void wake();
    void consumeElapsed();

    SessionClock *m_clock;
    Tick m_onTick;
    Done m_onDone;
    qint64 m_remaining = 0;
    qint64 m_since = 0; // clock reading when m_remaining was last brought up to date
    int m_timer = 0;
    bool m_running = false;
    bool m_paused = false;
};

} // namespace unknot
