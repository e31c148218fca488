// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <vector>

class QAudioDecoder;
class QFile;
class QThread;

namespace unknot {

class ClipSink;

// Plays decoded clips back to back through one long-lived audio sink, so a clip starts with
// no pipeline set-up: the sink is opened once (open()) and stays open. Clips are decoded ahead
// (prepare()) into PCM in the sink's format and kept.
//
// The sink is fed on a thread of its own (ClipSink), so a busy GUI thread cannot starve it;
// only a little audio is ever queued ahead of what is heard, so a clip asked for starts within
// a few tens of milliseconds. Idle, the sink rests (suspended, no timer). pause() holds the
// sink at the exact sample; resume() continues from it.
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
    qint64 clipBytesWritten() const;
    // Bytes the sink has played since open() (written minus what is still queued).
    qint64 playedBytes() const;
    // Times the sink ran dry while a clip played since open().
    int underruns() const;
    // Idle and resting: the sink suspended and nothing feeding it.
    bool isResting() const;

signals:
    // The current clip's last sample has been played (not emitted on stop()).
    void finished();
    // The clip cannot be decoded (or the sink failed); `clip` says which.
    void failed(const QUrl &clip, const QString &message);
    // The system took the audio away (the sink was suspended or stopped with an error).
    void interrupted();
    void decoded(const QUrl &clip);

private:
    void startNextDecode();
    void decoderBuffer();
    void decoderFinished();
    void decoderError();
    void startClip(const QUrl &clip);
    void onClipFinished(quint64 serial);
    void onInterrupted(bool closed);
    template <typename F> void onSink(F &&call, bool wait = false);

    QAudioFormat m_format;
    QThread *m_thread = nullptr;
    ClipSink *m_sink = nullptr; // lives on m_thread
    State m_state = State::Closed;
    qreal m_volume = 1.0;

    QUrl m_clip;          // the clip playing (or paused, or waiting to be decoded)
    quint64 m_serial = 0; // counts plays, so a late "finished" of a stopped clip is ignored
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
