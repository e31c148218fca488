// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/clipstream.h"

#include "audio/clipsink.h"
#include "audio/logging.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace unknot {

namespace {
// Decoded clips kept (narration is small); the oldest are dropped beyond this.
constexpr qint64 kCacheBytes = 32 * 1024 * 1024;

// The format clips are decoded to and the sink is opened with, when the device takes it.
QAudioFormat wantedFormat()
{
    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}
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

ClipStream::ClipStream(QObject *parent) : QObject(parent) {}

ClipStream::~ClipStream()
{
    close();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    if (m_decoder)
        m_decoder->stop();
}

// Runs `call` on the sink's thread: queued, or waiting for it (open and close report back).
template <typename F> void ClipStream::onSink(F &&call, bool wait)
{
    if (!m_sink)
        return;
    QMetaObject::invokeMethod(m_sink, std::forward<F>(call),
                              wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
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
    QAudioFormat format = wantedFormat();
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    if (format != m_format) {
        m_pcm.clear(); // decoded for another format
        m_pcmOrder.clear();
    }
    m_format = format;
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("ClipSink"));
        m_sink = new ClipSink;
        m_sink->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_sink, &QObject::deleteLater);
        connect(m_sink, &ClipSink::clipFinished, this, &ClipStream::onClipFinished);
        connect(m_sink, &ClipSink::interrupted, this, &ClipStream::onInterrupted);
        m_thread->start(QThread::TimeCriticalPriority);
    }
    bool opened = false;
    ClipSink *sink = m_sink;
    const qreal volume = m_volume;
    onSink([sink, device, format, volume, &opened] { opened = sink->open(device, format, volume); },
           true);
    if (!opened)
        return false;
    m_state = State::Idle;
    return true;
}

void ClipStream::close()
{
    ClipSink *sink = m_sink;
    if (m_state != State::Closed)
        onSink([sink] { sink->close(); }, true);
    m_state = State::Closed;
    m_clip.clear();
    ++m_serial;
    m_waitingForDecode = false;
}

qint64 ClipStream::clipBytesWritten() const
{
    return m_sink ? m_sink->clipBytesWritten() : 0;
}

qint64 ClipStream::playedBytes() const
{
    return m_sink ? m_sink->playedBytes() : 0;
}

int ClipStream::underruns() const
{
    return m_sink ? m_sink->underruns() : 0;
}

bool ClipStream::isResting() const
{
    return m_sink && m_sink->isResting();
}

void ClipStream::play(const QUrl &clip)
{
    if (!isOpen() && !open()) {
        emit failed(clip, tr("No audio output is available."));
        return;
    }
    m_clip = clip;
    ++m_serial;
    m_state = State::Playing;
    if (m_pcm.contains(clip)) {
        startClip(clip);
        return;
    }
    // Whatever played (or was paused) before stops now, not when this clip is decoded.
    ClipSink *sink = m_sink;
    onSink([sink] { sink->stop(); });
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
    ClipSink *sink = m_sink;
    const QByteArray pcm = m_pcm.value(clip);
    const quint64 serial = m_serial;
    onSink([sink, pcm, serial] { sink->play(pcm, serial); });
}

void ClipStream::onClipFinished(quint64 serial)
{
    if (serial != m_serial || m_state != State::Playing)
        return;
    m_state = State::Idle;
    m_clip.clear();
    emit finished();
}

void ClipStream::onInterrupted(bool closed)
{
    const bool wasPlaying = m_state == State::Playing || (closed && m_state == State::Paused);
    if (closed) {
        m_state = State::Closed;
        m_clip.clear();
        ++m_serial;
        m_waitingForDecode = false;
    } else if (m_state == State::Playing) {
        m_state = State::Paused;
    }
    if (wasPlaying)
        emit interrupted();
}

void ClipStream::pause()
{
    if (m_state != State::Playing)
        return;
    m_state = State::Paused;
    ClipSink *sink = m_sink;
    onSink([sink] { sink->pause(); });
}

void ClipStream::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Playing;
    ClipSink *sink = m_sink;
    onSink([sink] { sink->resume(); });
}

void ClipStream::stop()
{
    if (m_state == State::Playing || m_state == State::Paused) {
        m_state = State::Idle;
        ClipSink *sink = m_sink;
        onSink([sink] { sink->stop(); });
    }
    m_clip.clear();
    ++m_serial;
    m_waitingForDecode = false;
}

void ClipStream::setVolume(qreal volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    ClipSink *sink = m_sink;
    const qreal v = m_volume;
    onSink([sink, v] { sink->setVolume(v); });
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
    if (!m_format.isValid())
        m_format = wantedFormat(); // not opened yet: what open() will most likely choose
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
