// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/clipsink.h"

#include "audio/logging.h"

#include <QAudioSink>
#include <QTimer>

#include <algorithm>

namespace unknot {

namespace {
// The sink's buffer, kept full: a clip asked for waits behind this much. PulseAudio starts a
// stream only once its buffer is full (its prebuffering), so what is queued cannot be kept
// below it; the buffer itself is kept small instead.
constexpr int kSinkBufferMs = 40;
constexpr int kFeedMs = 5;
// Idle this long (a hold, a pause between clips): the sink is suspended and feeding stops.
// Clips of one step follow each other closer than this, so they keep the stream running.
constexpr int kRestAfterMs = 600;
} // namespace

ClipSink::ClipSink(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kFeedMs);
    connect(m_timer, &QTimer::timeout, this, &ClipSink::feed);
}

ClipSink::~ClipSink()
{
    closeSink();
}

bool ClipSink::open(const QAudioDevice &device, const QAudioFormat &format, qreal volume)
{
    m_device = device;
    m_format = format;
    m_volume = volume;
    return openSink();
}

bool ClipSink::openSink()
{
    closeSink();
    m_sink = new QAudioSink(m_device, m_format, this);
    m_sink->setBufferSize(m_format.bytesForDuration(kSinkBufferMs * 1000));
    m_sink->setVolume(m_volume);
    m_ownChange = true;
    m_io = m_sink->start();
    m_ownChange = false;
    if (!m_io || m_sink->error() != QAudio::NoError) {
        qCWarning(lcAudio) << "clip stream: the sink did not open" << m_sink->error();
        delete m_sink;
        m_sink = nullptr;
        m_io = nullptr;
        return false;
    }
    connect(m_sink, &QAudioSink::stateChanged, this, &ClipSink::onSinkState);
    m_written = 0;
    m_played = 0;
    m_lastWritten = -1;
    m_mode = Mode::Idle;
    m_idleFor.start();
    m_resting = false;
    feed();
    m_timer->start();
    qCDebug(lcAudio) << "clip stream open" << m_format << "buffer" << m_sink->bufferSize();
    return true;
}

void ClipSink::close()
{
    closeSink();
}

void ClipSink::closeSink()
{
    m_timer->stop();
    if (m_sink) {
        m_ownChange = true;
        m_sink->disconnect(this);
        m_sink->stop();
        delete m_sink;
        m_ownChange = false;
    }
    m_sink = nullptr;
    m_io = nullptr;
    m_mode = Mode::Closed;
    m_pcm.clear();
    m_clipEndAt = -1;
    m_resting = false;
}

void ClipSink::play(const QByteArray &pcm, quint64 serial)
{
    if (m_mode == Mode::Closed)
        return;
    // A paused clip's rest is still queued in the sink: start the sink afresh to drop it.
    if (m_mode == Mode::Paused && !openSink())
        return;
    wake();
    m_pcm = pcm;
    m_serial = serial;
    m_clipOffset = 0;
    m_clipEndAt = -1;
    m_mode = Mode::Playing;
    feed(); // now, not at the next tick
}

void ClipSink::pause()
{
    if (m_mode != Mode::Playing)
        return;
    m_mode = Mode::Paused;
    m_timer->stop();
    m_ownChange = true;
    m_sink->suspend();
    m_ownChange = false;
    m_lastWritten = -1;
}

void ClipSink::resume()
{
    if (m_mode != Mode::Paused)
        return;
    m_mode = Mode::Playing;
    m_ownChange = true;
    m_sink->resume();
    m_ownChange = false;
    feed();
    m_timer->start();
}

void ClipSink::stop()
{
    if (m_mode == Mode::Paused) {
        openSink(); // drops the paused clip's rest
    } else if (m_mode == Mode::Playing) {
        m_mode = Mode::Idle;
        m_idleFor.start();
    }
    m_pcm.clear();
    m_clipOffset = 0;
    m_clipEndAt = -1;
}

void ClipSink::setVolume(qreal volume)
{
    m_volume = volume;
    if (m_sink)
        m_sink->setVolume(m_volume);
}

void ClipSink::rest()
{
    m_timer->stop();
    m_ownChange = true;
    m_sink->suspend();
    m_ownChange = false;
    m_resting = true;
}

void ClipSink::wake()
{
    if (!m_resting)
        return;
    m_resting = false;
    m_ownChange = true;
    m_sink->resume();
    m_ownChange = false;
    m_lastWritten = -1;
    m_timer->start();
}

qint64 ClipSink::queuedBytes() const
{
    return std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
}

qint64 ClipSink::write(const char *data, qint64 size)
{
    const qint64 n = m_io->write(data, size);
    if (n > 0)
        m_written += n;
    return std::max<qint64>(0, n);
}

void ClipSink::feed()
{
    if (!m_sink || !m_io || m_mode == Mode::Paused || m_mode == Mode::Closed || m_resting)
        return;
    const int frame = m_format.bytesPerFrame();
    qint64 want = m_sink->bytesFree();
    want -= want % frame;
    while (want > 0) {
        qint64 n = 0;
        if (m_mode == Mode::Playing && m_clipEndAt < 0) {
            const qint64 offset = m_clipOffset.load();
            const qint64 left = m_pcm.size() - offset;
            n = write(m_pcm.constData() + offset, std::min(want, left));
            m_clipOffset = offset + n;
            if (offset + n >= m_pcm.size())
                m_clipEndAt = m_written;
        } else {
            static const QByteArray silence(4096, '\0');
            n = write(silence.constData(), std::min<qint64>(want, silence.size()));
        }
        if (n <= 0)
            break;
        want -= n;
    }
    m_played = m_written - queuedBytes();
    kickStalledStream();
    if (m_mode == Mode::Playing && m_clipEndAt >= 0 && m_played.load() >= m_clipEndAt) {
        m_mode = Mode::Idle;
        m_idleFor.start();
        m_pcm.clear();
        m_clipEndAt = -1;
        emit clipFinished(m_serial);
    } else if (m_mode == Mode::Idle && m_idleFor.elapsed() > kRestAfterMs) {
        rest();
    }
}

void ClipSink::kickStalledStream()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // PulseAudio holds a stream that took nothing for longer than its buffer lasts (a new
    // stream, or one that ran dry) until it is filled past its prebuffering; corking and
    // uncorking it (Qt's suspend() and resume(), which triggers) starts it now. Linux only:
    // elsewhere (OpenSL ES, AAudio, Core Audio) the same would be an audible stutter.
    if (m_written != m_lastWritten) {
        m_lastWritten = m_written;
        m_sinceProgress.restart();
    } else if (m_underrun || m_sinceProgress.elapsed() > 2 * kSinkBufferMs) {
        m_underrun = false;
        m_ownChange = true;
        m_sink->suspend();
        m_sink->resume();
        m_ownChange = false;
        m_sinceProgress.restart();
    }
#endif
}

void ClipSink::onSinkState()
{
    if (m_ownChange || !m_sink)
        return;
    const QAudio::State s = m_sink->state();
    const QAudio::Error e = m_sink->error();
    if (s == QAudio::SuspendedState && m_mode != Mode::Paused && !m_resting) {
        qCInfo(lcAudio) << "clip stream suspended by the system";
        if (m_mode == Mode::Playing) {
            m_mode = Mode::Paused;
            m_timer->stop();
            emit interrupted(false);
        }
    } else if (s == QAudio::StoppedState && e != QAudio::NoError) {
        qCWarning(lcAudio) << "clip stream stopped with an error" << e;
        closeSink();
        emit interrupted(true);
    } else if (s == QAudio::IdleState && m_mode == Mode::Playing) {
        // An underrun while a clip plays: heard as a gap. Not an interruption: the next
        // write continues.
        ++m_underruns;
        m_underrun = true;
        qCDebug(lcAudio) << "clip stream underrun while a clip plays";
    } else if (s == QAudio::IdleState && m_mode == Mode::Idle) {
        m_underrun = true;
    }
}

} // namespace unknot
