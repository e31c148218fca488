// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <array>

class QMediaPlayer;
class QAudioOutput;
class QTimer;

namespace unknot {

// Plays one narration clip at a time through Qt Multimedia, with the project's own states and
// signals so the rest of the app never depends on QMediaPlayer's.
//
// Two media players take turns: while one plays, the other can be primed with the clip that
// comes next (preload()), so starting it costs no decoding or pipeline set-up.
class AudioPlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The audio player is provided by the app core")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qreal volume READ volume WRITE setVolume NOTIFY volumeChanged)
    Q_PROPERTY(QUrl source READ source NOTIFY sourceChanged)

public:
    enum class State { Idle, Loading, Playing, Paused, Error };
    Q_ENUM(State)

    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    State state() const { return m_state; }
    QUrl source() const { return m_source; }
    qreal volume() const;
    void setVolume(qreal volume);
    // Position in the current clip; kept exactly across pause() and resume().
    qint64 positionMs() const;

    // Off: every clip is loaded when it is asked for. Off by default: on Qt 6.4's GStreamer
    // backend a player only loaded ahead drops the start of its clip for as long as it waited
    // (short clips came out silent); priming by a short muted play fixes that and cuts the gap
    // (bench_session_gap: about 65 ms instead of 155 ms), but under CPU load the real-audio
    // test still heard too little of the first step with it (timer-based priming racing the
    // pipeline's start), so it is not yet trusted.
    bool preloadEnabled() const { return m_preloadEnabled; }
    void setPreloadEnabled(bool on);

    Q_INVOKABLE void play(const QUrl &clip);
    // Primes the idle player with `clip`, so that a later play(clip) starts at once. Priming
    // takes a moment; a play(clip) before that loads the clip as if it had not been primed.
    Q_INVOKABLE void preload(const QUrl &clip);
    Q_INVOKABLE void pause();
    // Continues the paused clip from where it was paused.
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();

signals:
    void stateChanged();
    void volumeChanged();
    void sourceChanged();
    // The clip played to its end (not emitted on stop()).
    void finished();
    void failed(const QString &message);
    // Playback stopped without being asked to (the system took the audio, e.g. a call).
    void interrupted();

private:
    void setState(State s);
    void setSource(const QUrl &clip);
    // The media stack is created on first use: loading it costs start-up time and memory that
    // the first screen does not need.
    QMediaPlayer *player(int index);
    QMediaPlayer *active() { return player(m_active); }
    void watch(QMediaPlayer *p, int index);
    bool preloadReady();
    void finishPriming();
    void abandonPreload();

    std::array<QMediaPlayer *, 2> m_players{};
    std::array<QAudioOutput *, 2> m_outputs{};
    int m_active = 0;
    QUrl m_preloaded;   // the source primed (or being primed) in the other player
    QUrl m_nextPreload; // asked for while another was still priming
    bool m_primed = false;
    QTimer *m_primeTimer = nullptr;
    bool m_preloadEnabled = false;
    qreal m_volume = 1.0;
    QUrl m_source;
    State m_state = State::Idle;
};

} // namespace unknot
