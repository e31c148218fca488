// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <vector>

class QAudioDecoder;
class QAudioSink;
class QFile;
class QIODevice;
class QTimer;

namespace unknot {

// Plays decoded clips back to back through one long-lived audio sink, so a clip starts with
// no pipeline set-up: the sink is opened once (open()), stays open and is fed silence while
// no clip plays. Clips are decoded ahead (prepare()) into PCM in the sink's format and kept.
//
// Only a little audio is ever queued ahead of what is heard (see clipstream.cpp), so a clip
// asked for starts within a few tens of milliseconds. pause() holds the sink at the exact
// sample; resume() continues from it.
class ClipStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Idle, Playing, Paused };
    Q_ENUM(State)

    explicit ClipStream(QObject *parent = nullptr);
    ~ClipStream() override;

    // Opens the sink and starts feeding it silence; false when no sink can be opened.
    bool open();
    void close();
    bool isOpen() const { return m_state != State::Closed; }
    State state() const { return m_state; }
    QAudioFormat format() const { return m_format; }

    // Decodes `clip` in the background (clips are decoded one at a time, in the order asked).
    void prepare(const QUrl &clip);
    bool isDecoded(const QUrl &clip) const { return m_pcm.contains(clip); }
    // The decoded samples of a clip (empty when not decoded), in format().
    QByteArray pcm(const QUrl &clip) const { return m_pcm.value(clip); }

    // Starts `clip`; when it is still being decoded it starts as soon as it is. A clip that
    // cannot be decoded is reported by failed().
    void play(const QUrl &clip);
    void pause();
    void resume();
    void stop();
    qreal volume() const { return m_volume; }
    void setVolume(qreal volume);

    // Bytes of the current clip handed to the sink so far (each byte once, in order).
    qint64 clipBytesWritten() const { return m_clipOffset; }
    // Bytes the sink has played since open() (written minus what is still queued).
    qint64 playedBytes() const;

signals:
    // The current clip's last sample has been played (not emitted on stop()).
    void finished();
    // The clip cannot be decoded (or the sink failed); `clip` says which.
    void failed(const QUrl &clip, const QString &message);
    // The system took the audio away (the sink was suspended or stopped with an error).
    void interrupted();
    void decoded(const QUrl &clip);

private:
    void feed();
    qint64 queuedBytes() const;
    qint64 write(const char *data, qint64 size);
    void startNextDecode();
    void decoderBuffer();
    void decoderFinished();
    void decoderError();
    void startClip(const QUrl &clip);
    void onSinkState();
    void restartSink();
    void trigger();

    QAudioFormat m_format;
    QAudioSink *m_sink = nullptr;
    QIODevice *m_device = nullptr;
    QTimer *m_feedTimer = nullptr;
    State m_state = State::Closed;
    bool m_ownChange = false; // a sink state change we asked for
    bool m_underrun = false;
    qint64 m_lastWritten = -1;
    QElapsedTimer m_sinceProgress;
    qreal m_volume = 1.0;
    qint64 m_written = 0; // bytes written to the sink since open()

    QUrl m_clip;          // the clip playing (or paused, or waiting to be decoded)
    QByteArray m_clipPcm; // its samples
    qint64 m_clipOffset = 0;
    qint64 m_clipEndAt = -1; // m_written when its last byte went in; -1 while writing
    bool m_waitingForDecode = false;

    // Decoding.
    QHash<QUrl, QByteArray> m_pcm;
    QList<QUrl> m_pcmOrder; // oldest first, for dropping when the cache grows too big
    QList<QUrl> m_decodeQueue;
    QAudioDecoder *m_decoder = nullptr;
    QFile *m_decodeFile = nullptr;
    QUrl m_decoding;
    std::vector<float> m_decodeMono; // the clip being decoded, mixed to mono
    int m_decodeRate = 0;
};

} // namespace unknot
