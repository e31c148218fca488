// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QMediaPlayer;
class QAudioOutput;

namespace unknot {

// Plays one narration clip at a time through Qt Multimedia, with the project's own states and
// signals so the rest of the app never depends on QMediaPlayer's. Sessions use it as the
// fallback of their ClipStream (session/streamclipoutput.h).
class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Playing, Paused, Error };
    Q_ENUM(State)

    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    State state() const { return m_state; }
    QUrl source() const { return m_source; }
    // Applies the user's volume (kept in AppSettings) to the output, 0 to 1.
    void setVolume(qreal volume);

    void play(const QUrl &clip);
    void pause();
    // Continues the paused clip from where it was paused.
    void resume();
    void stop();

signals:
    void stateChanged();
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
    QMediaPlayer *player();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    qreal m_volume = 1.0; // applied when the output is created
    QUrl m_source;
    State m_state = State::Idle;
};

} // namespace unknot
