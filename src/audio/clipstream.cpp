// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/clipstream.h"

#include "audio/logging.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioDevice>
#include <QAudioSink>
#include <QFile>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace unknot {

namespace {
// The sink's buffer, kept full: a clip asked for waits behind this much. PulseAudio starts a
// stream only once its buffer is full (its prebuffering), so what is queued cannot be kept
// below it; the buffer itself is kept small instead.
constexpr int kSinkBufferMs = 40;
constexpr int kFeedMs = 5;
// Decoded clips kept (narration is small); the oldest are dropped beyond this.
constexpr qint64 kCacheBytes = 32 * 1024 * 1024;

QString openPath(const QUrl &clip)
{
    if (clip.scheme() == QLatin1String("qrc"))
        return QLatin1Char(':') + clip.path();
    if (clip.isLocalFile())
        return clip.toLocalFile();
    if (clip.scheme().isEmpty())
        return clip.path();
    return {};
}

void putSample(char *out, QAudioFormat::SampleFormat format, float v)
{
    v = std::clamp(v, -1.0f, 1.0f);
    switch (format) {
    case QAudioFormat::UInt8: {
        const quint8 s = quint8(std::lround((v + 1.0f) * 127.5f));
        std::memcpy(out, &s, 1);
        break;
    }
    case QAudioFormat::Int16: {
        const qint16 s = qint16(std::lround(v * 32767.0f));
        std::memcpy(out, &s, 2);
        break;
    }
    case QAudioFormat::Int32: {
        const qint32 s = qint32(std::lround(double(v) * 2147483647.0));
        std::memcpy(out, &s, 4);
        break;
    }
    case QAudioFormat::Float:
        std::memcpy(out, &v, 4);
        break;
    default:
        break;
    }
}
} // namespace

ClipStream::ClipStream(QObject *parent) : QObject(parent), m_feedTimer(new QTimer(this))
{
    m_feedTimer->setTimerType(Qt::PreciseTimer);
    m_feedTimer->setInterval(kFeedMs);
    connect(m_feedTimer, &QTimer::timeout, this, &ClipStream::feed);
}

ClipStream::~ClipStream()
{
    close();
    if (m_decoder)
        m_decoder->stop();
}

bool ClipStream::open()
{
    if (isOpen())
        return true;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        qCWarning(lcAudio) << "clip stream: no audio output";
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    if (format != m_format) {
        m_pcm.clear(); // decoded for another format
        m_pcmOrder.clear();
    }
    m_format = format;
    m_sink = new QAudioSink(device, m_format, this);
    m_sink->setBufferSize(m_format.bytesForDuration(kSinkBufferMs * 1000));
    m_sink->setVolume(m_volume);
    m_ownChange = true;
    m_device = m_sink->start();
    m_ownChange = false;
    if (!m_device || m_sink->error() != QAudio::NoError) {
        qCWarning(lcAudio) << "clip stream: the sink did not open" << m_sink->error();
        delete m_sink;
        m_sink = nullptr;
        m_device = nullptr;
        return false;
    }
    connect(m_sink, &QAudioSink::stateChanged, this, &ClipStream::onSinkState);
    m_written = 0;
    m_state = State::Idle;
    m_lastWritten = -1;
    feed();
    m_feedTimer->start();
    qCDebug(lcAudio) << "clip stream open" << m_format << "buffer" << m_sink->bufferSize();
    return true;
}

void ClipStream::close()
{
    m_feedTimer->stop();
    if (m_sink) {
        m_ownChange = true;
        m_sink->disconnect(this);
        m_sink->stop();
        delete m_sink;
        m_ownChange = false;
    }
    m_sink = nullptr;
    m_device = nullptr;
    m_state = State::Closed;
    m_clip.clear();
    m_clipPcm.clear();
    m_waitingForDecode = false;
}

void ClipStream::trigger()
{
    // PulseAudio holds a stream that ran dry until its buffer is full again (prebuffering);
    // corking and uncorking it (Qt's suspend() and resume(), which triggers) starts it now.
    m_ownChange = true;
    m_sink->suspend();
    m_sink->resume();
    m_ownChange = false;
}

void ClipStream::restartSink()
{
    // Drops what is queued (a paused clip's rest) by starting the sink afresh.
    const State before = m_state;
    close();
    if (before != State::Closed)
        open();
}

qint64 ClipStream::queuedBytes() const
{
    if (!m_sink)
        return 0;
    return std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
}

qint64 ClipStream::playedBytes() const
{
    return m_written - queuedBytes();
}

qint64 ClipStream::write(const char *data, qint64 size)
{
    const qint64 n = m_device->write(data, size);
    if (n > 0)
        m_written += n;
    return std::max<qint64>(0, n);
}

void ClipStream::feed()
{
    if (!m_sink || !m_device || m_state == State::Paused || m_state == State::Closed)
        return;
    const int frame = m_format.bytesPerFrame();
    qint64 want = m_sink->bytesFree();
    want -= want % frame;
    while (want > 0) {
        qint64 n = 0;
        if (m_state == State::Playing && m_clipEndAt < 0 && !m_waitingForDecode) {
            const qint64 left = m_clipPcm.size() - m_clipOffset;
            n = write(m_clipPcm.constData() + m_clipOffset, std::min(want, left));
            m_clipOffset += n;
            if (m_clipOffset >= m_clipPcm.size())
                m_clipEndAt = m_written;
        } else {
            static const QByteArray silence(4096, '\0');
            n = write(silence.constData(), std::min<qint64>(want, silence.size()));
        }
        if (n <= 0)
            break;
        want -= n;
    }
    // A stream that takes nothing for longer than its buffer lasts is held by PulseAudio
    // (a new stream, or one that ran dry, waits to be filled past its prebuffering).
    if (m_written != m_lastWritten) {
        m_lastWritten = m_written;
        m_sinceProgress.restart();
    } else if (m_underrun || m_sinceProgress.elapsed() > 2 * kSinkBufferMs) {
        m_underrun = false;
        trigger();
        m_sinceProgress.restart();
    }
    if (m_state == State::Playing && m_clipEndAt >= 0 && playedBytes() >= m_clipEndAt) {
        m_state = State::Idle;
        m_clip.clear();
        m_clipPcm.clear();
        m_clipEndAt = -1;
        emit finished();
    }
}

void ClipStream::play(const QUrl &clip)
{
    if (!isOpen() && !open()) {
        emit failed(clip, tr("No audio output is available."));
        return;
    }
    if (m_state == State::Paused) {
        // The paused clip's rest is still queued in the sink: start it afresh.
        m_ownChange = true;
        restartSink();
        m_ownChange = false;
    }
    m_clip = clip;
    m_clipPcm.clear();
    m_clipOffset = 0;
    m_clipEndAt = -1;
    m_state = State::Playing;
    if (m_pcm.contains(clip)) {
        startClip(clip);
        return;
    }
    m_waitingForDecode = true;
    if (m_decoding != clip) {
        m_decodeQueue.removeAll(clip);
        m_decodeQueue.prepend(clip);
        startNextDecode();
    }
}

void ClipStream::startClip(const QUrl &clip)
{
    m_waitingForDecode = false;
    m_clipPcm = m_pcm.value(clip);
    feed(); // now, not at the next tick
}

void ClipStream::pause()
{
    if (m_state != State::Playing)
        return;
    m_state = State::Paused;
    m_feedTimer->stop();
    m_ownChange = true;
    m_sink->suspend();
    m_lastWritten = -1;
    m_ownChange = false;
}

void ClipStream::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Playing;
    m_ownChange = true;
    m_sink->resume();
    m_ownChange = false;
    feed();
    m_feedTimer->start();
}

void ClipStream::stop()
{
    if (m_state == State::Paused) {
        restartSink();
    } else if (m_state == State::Playing) {
        m_state = State::Idle;
    }
    m_clip.clear();
    m_clipPcm.clear();
    m_clipOffset = 0;
    m_clipEndAt = -1;
    m_waitingForDecode = false;
}

void ClipStream::setVolume(qreal volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

void ClipStream::onSinkState()
{
    if (m_ownChange || !m_sink)
        return;
    const QAudio::State s = m_sink->state();
    const QAudio::Error e = m_sink->error();
    if (s == QAudio::SuspendedState && m_state != State::Paused) {
        qCInfo(lcAudio) << "clip stream suspended by the system";
        const bool wasPlaying = m_state == State::Playing;
        m_state = wasPlaying ? State::Paused : m_state;
        m_feedTimer->stop();
        if (wasPlaying)
            emit interrupted();
    } else if (s == QAudio::StoppedState && e != QAudio::NoError) {
        qCWarning(lcAudio) << "clip stream stopped with an error" << e;
        const bool wasPlaying = m_state == State::Playing || m_state == State::Paused;
        close();
        if (wasPlaying)
            emit interrupted();
    } else if (s == QAudio::ActiveState && m_state == State::Paused) {
        // The system gave the audio back; the session decides when to resume.
    }
    // IdleState (an underrun) is not an interruption: the next write continues.
    if (s == QAudio::IdleState && m_state != State::Paused)
        m_underrun = true;
}

void ClipStream::prepare(const QUrl &clip)
{
    if (clip.isEmpty() || m_pcm.contains(clip) || m_decoding == clip ||
        m_decodeQueue.contains(clip))
        return;
    m_decodeQueue.append(clip);
    startNextDecode();
}

void ClipStream::startNextDecode()
{
    if (!m_decoding.isEmpty() || m_decodeQueue.isEmpty())
        return;
    if (!m_format.isValid()) {
        // Not opened yet: decode for the format open() will most likely choose.
        m_format.setSampleRate(44100);
        m_format.setChannelCount(1);
        m_format.setSampleFormat(QAudioFormat::Int16);
    }
    m_decoding = m_decodeQueue.takeFirst();
    m_decodeMono.clear();
    m_decodeRate = 0;
    if (!m_decoder) {
        m_decoder = new QAudioDecoder(this);
        connect(m_decoder, &QAudioDecoder::bufferReady, this, &ClipStream::decoderBuffer);
        connect(m_decoder, &QAudioDecoder::finished, this, &ClipStream::decoderFinished);
        connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
                &ClipStream::decoderError);
    }
    m_decoder->stop();
    m_decoder->setAudioFormat(m_format);
    delete m_decodeFile;
    m_decodeFile = nullptr;
    const QString path = openPath(m_decoding);
    if (!path.isEmpty()) {
        m_decodeFile = new QFile(path, this);
        if (!m_decodeFile->open(QIODevice::ReadOnly)) {
            // Reported from the event loop, like a decoding error.
            QTimer::singleShot(0, this, &ClipStream::decoderError);
            return;
        }
        m_decoder->setSourceDevice(m_decodeFile);
    } else {
        m_decoder->setSource(m_decoding);
    }
    m_decoder->start();
}

void ClipStream::decoderBuffer()
{
    const QAudioBuffer b = m_decoder->read();
    const QAudioFormat f = b.format();
    if (!b.isValid() || !f.isValid())
        return;
    if (m_decodeRate == 0)
        m_decodeRate = f.sampleRate();
    const int channels = f.channelCount();
    const int bytes = f.bytesPerSample();
    const char *data = b.constData<char>();
    const qsizetype frames = b.frameCount();
    m_decodeMono.reserve(m_decodeMono.size() + size_t(frames));
    for (qsizetype i = 0; i < frames; ++i) {
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += f.normalizedSampleValue(data + (i * channels + c) * bytes);
        m_decodeMono.push_back(sum / float(channels));
    }
}

void ClipStream::decoderFinished()
{
    if (m_decoding.isEmpty())
        return;
    const QUrl clip = m_decoding;
    // Resample (linearly) to the sink's rate and write in its sample format and channels.
    const int outRate = m_format.sampleRate();
    const int inRate = m_decodeRate > 0 ? m_decodeRate : outRate;
    const size_t inFrames = m_decodeMono.size();
    const qint64 outFrames =
        inRate == outRate ? qint64(inFrames) : qint64(double(inFrames) * outRate / inRate);
    const int channels = m_format.channelCount();
    const int bytes = m_format.bytesPerSample();
    QByteArray pcm(outFrames * channels * bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < outFrames; ++i) {
        float v;
        if (inRate == outRate) {
            v = m_decodeMono[size_t(i)];
        } else {
            const double pos = double(i) * inRate / outRate;
            const size_t lo = size_t(pos);
            const size_t hi = std::min(inFrames - 1, lo + 1);
            const float t = float(pos - double(lo));
            v = m_decodeMono[lo] * (1 - t) + m_decodeMono[hi] * t;
        }
        for (int c = 0; c < channels; ++c)
            putSample(pcm.data() + (i * channels + c) * bytes, m_format.sampleFormat(), v);
    }
    m_decodeMono = {};
    m_decoding.clear();
    if (pcm.isEmpty()) {
        qCWarning(lcAudio) << "clip stream: nothing decoded from" << clip;
        if (m_clip == clip && m_waitingForDecode) {
            stop();
            emit failed(clip, tr("This clip cannot be played: %1").arg(clip.toString()));
        }
        startNextDecode();
        return;
    }
    m_pcm.insert(clip, pcm);
    m_pcmOrder.append(clip);
    qint64 total = 0;
    for (const QByteArray &p : std::as_const(m_pcm))
        total += p.size();
    while (total > kCacheBytes && m_pcmOrder.size() > 1) {
        const QUrl old = m_pcmOrder.takeFirst();
        total -= m_pcm.take(old).size();
    }
    emit decoded(clip);
    if (m_clip == clip && m_waitingForDecode && m_state == State::Playing)
        startClip(clip);
    startNextDecode();
}

void ClipStream::decoderError()
{
    if (m_decoding.isEmpty())
        return;
    const QUrl clip = m_decoding;
    const QString text = m_decoder ? m_decoder->errorString() : QString();
    qCWarning(lcAudio).noquote() << "clip stream: cannot decode" << clip.toString() << text;
    if (m_decoder)
        m_decoder->stop();
    m_decodeMono = {};
    m_decoding.clear();
    if (m_clip == clip && m_waitingForDecode) {
        stop();
        emit failed(clip, tr("This clip cannot be played: %1").arg(clip.toString()));
    }
    startNextDecode();
}

} // namespace unknot
