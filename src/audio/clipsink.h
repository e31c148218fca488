// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>

class QAudioSink;
class QIODevice;
class QTimer;

namespace unknot {

// The feeding half of ClipStream. It lives on a thread of its own, so a GUI thread busy
// building a heavy page cannot starve the narration: it owns the audio sink and keeps the
// sink's small buffer full (the clip, else silence) from a timer on that thread. While nothing
// plays it rests: the sink is suspended and the timer stopped, so an idle stream costs no
// wake-ups. Its slots are called through queued invocations; the counters may be read from
// any thread.
class ClipSink : public QObject
{
    Q_OBJECT

public:
    explicit ClipSink(QObject *parent = nullptr);
    ~ClipSink() override;

    bool open(const QAudioDevice &device, const QAudioFormat &format, qreal volume);
    void close();
    // Starts `pcm` (in the open format) at once; `serial` comes back with clipFinished().
    void play(const QByteArray &pcm, quint64 serial);
    void pause();
    void resume();
    void stop();
    void setVolume(qreal volume);

    // Bytes of the current clip handed to the sink so far (each byte once, in order).
    qint64 clipBytesWritten() const { return m_clipOffset.load(); }
    // Bytes the sink has played since open() (written minus what is still queued).
    qint64 playedBytes() const { return m_played.load(); }
    // Times the sink ran dry while a clip was playing (heard as a click or a gap).
    int underruns() const { return m_underruns.load(); }
    // True while idle and resting (no timer running).
    bool isResting() const { return m_resting.load(); }

signals:
    void clipFinished(quint64 serial);
    // The system took the audio away: suspended (`closed` false) or stopped with an error.
    void interrupted(bool closed);

private:
    enum class Mode { Closed, Idle, Playing, Paused };

    bool openSink();
    void closeSink();
    void feed();
    qint64 write(const char *data, qint64 size);
    qint64 queuedBytes() const;
    void rest();
    void wake();
    void onSinkState();
    void kickStalledStream();

    QAudioDevice m_device;
    QAudioFormat m_format;
    qreal m_volume = 1.0;
    QAudioSink *m_sink = nullptr;
    QIODevice *m_io = nullptr;
    QTimer *m_timer;
    Mode m_mode = Mode::Closed;
    bool m_ownChange = false; // a sink state change we asked for
    bool m_underrun = false;
    qint64 m_written = 0; // bytes written to the sink since open()
    qint64 m_lastWritten = -1;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_idleFor;

    QByteArray m_pcm; // the clip playing
    quint64 m_serial = 0;
    qint64 m_clipEndAt = -1; // m_written when its last byte went in; -1 while writing

    std::atomic<qint64> m_clipOffset{0};
    std::atomic<qint64> m_played{0};
    std::atomic<int> m_underruns{0};
    std::atomic<bool> m_resting{false};
};

} // namespace unknot
