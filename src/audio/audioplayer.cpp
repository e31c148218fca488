// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"

#include "audio/logging.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace unknot {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer()
{
    // Qt 6.4's GStreamer player can crash when it is destroyed with a clip still loaded (its
    // decoder reports a removed pad to a half-destroyed player; seen at test teardown): unload
    // the clip first, with nobody listening.
    if (!m_player)
        return;
    disconnect(m_player, nullptr, this, nullptr);
    m_player->stop();
    m_player->setSource(QUrl());
}

QMediaPlayer *AudioPlayer::player()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(float(m_volume));
    // Always attach an output: without one, the GStreamer backend does not play in real time.
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia && m_state == State::Playing) {
                    setState(State::Idle);
                    emit finished();
                } else if (status == QMediaPlayer::InvalidMedia) {
                    setState(State::Error);
                    emit failed(tr("This clip cannot be played: %1").arg(m_source.toString()));
                }
            });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                if (s == QMediaPlayer::PlayingState && m_state == State::Loading) {
                    setState(State::Playing);
                } else if (s == QMediaPlayer::PausedState && m_state == State::Playing) {
                    // Nobody here asked for a pause: the system took the audio away.
                    setState(State::Paused);
                    emit interrupted();
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError)
                    return;
                qCWarning(lcAudio).noquote() << "playback error" << error << text;
                setState(State::Error);
                emit failed(text);
            });
    return m_player;
}

void AudioPlayer::setVolume(qreal volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_output)
        m_output->setVolume(float(m_volume));
}

void AudioPlayer::play(const QUrl &clip)
{
    qCDebug(lcAudio) << "play" << clip;
    // Set the state first: stopping the old clip must not read as an interruption.
    setState(State::Loading);
    QMediaPlayer *p = player();
    p->stop();
    if (p->source() != clip)
        p->setSource(clip);
    else
        p->setPosition(0);
    setSource(clip);
    p->play();
}

void AudioPlayer::setSource(const QUrl &clip)
{
    if (m_source == clip)
        return;
    m_source = clip;
    emit sourceChanged();
}

void AudioPlayer::pause()
{
    if (m_state != State::Playing && m_state != State::Loading)
        return;
    setState(State::Paused);
    player()->pause();
}

void AudioPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Loading);
    player()->play();
}

void AudioPlayer::stop()
{
    setState(State::Idle);
    if (m_player)
        m_player->stop();
}

void AudioPlayer::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

} // namespace unknot
