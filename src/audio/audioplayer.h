// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QMediaPlayer;
class QAudioOutput;

namespace unknot {

// Plays one narration clip at a time through Qt Multimedia, with the project's own states and
// signals so the rest of the app never depends on QMediaPlayer's.
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
    qint64 positionMs() const;

    Q_INVOKABLE void play(const QUrl &clip);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();

signals:
    void stateChanged();
    void volumeChanged();
    void sourceChanged();
    // The clip played to its end (not emitted on stop()).
    void finished();
    void failed(const QString &message);

private:
    void setState(State s);
    // The media stack is created on first use: loading it costs start-up time and memory that
    // the first screen does not need.
    QMediaPlayer *player();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    qreal m_volume = 1.0;
    QUrl m_source;
    State m_state = State::Idle;
};

} // namespace unknot
