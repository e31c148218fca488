// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeclock.h"
#include "session/clipoutput.h"

#include <QFileInfo>
#include <QStringList>

// Plays "clips" on the fake clock: each lasts clipMs (or the length set for its name) and
// reports finished() at its end, exactly like the real player does; pause keeps the position.
class FakeClipOutput : public unknot::ClipOutput
{
public:
    explicit FakeClipOutput(FakeClock *clock) : m_clock(clock) {}

    // "count-1", "01" ... (file name without extension), with the time it was started.
    QStringList log;
    QString preloaded;
    int resumes = 0;
    qint64 clipMs = 1500;

    static QString nameOf(const QUrl &clip) { return QFileInfo(clip.path()).completeBaseName(); }
    QString playing() const { return m_timer ? m_name : QString(); }
    bool isPaused() const { return m_paused; }
    qint64 positionMs() const
    {
        return m_paused ? m_position : m_position + (m_clock->elapsedMs() - m_since);
    }

    void play(const QUrl &clip) override
    {
        stop();
        m_name = nameOf(clip);
        log << QStringLiteral("%1@%2").arg(m_name).arg(m_clock->elapsedMs());
        m_length = clipMs;
        m_position = 0;
        start();
    }
    void preload(const QUrl &clip) override { preloaded = nameOf(clip); }
    void pause() override
    {
        if (!m_timer)
            return;
        m_position = positionMs();
        m_clock->cancel(std::exchange(m_timer, 0));
        m_paused = true;
    }
    void resume() override
    {
        if (!m_paused)
            return;
        ++resumes;
        start();
    }
    void stop() override
    {
        if (m_timer)
            m_clock->cancel(std::exchange(m_timer, 0));
        m_paused = false;
    }
    void interrupt()
    {
        pause();
        emit interrupted();
    }

private:
    void start()
    {
        m_paused = false;
        m_since = m_clock->elapsedMs();
        m_timer = m_clock->schedule(m_length - m_position, [this] {
            m_timer = 0;
            emit finished();
        });
    }

    FakeClock *m_clock;
    QString m_name;
    qint64 m_length = 0;
    qint64 m_position = 0;
    qint64 m_since = 0;
    int m_timer = 0;
    bool m_paused = false;
};
