// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioplayer.h"

#include "logging.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace unknot {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() = default;

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
                if (s == QMediaPlayer::PlayingState && m_state == State::Loading)
                    setState(State::Playing);
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

qreal AudioPlayer::volume() const
{
    return m_volume;
}

void AudioPlayer::setVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_output)
        m_output->setVolume(float(volume));
    emit volumeChanged();
}

qint64 AudioPlayer::positionMs() const
{
    return m_player ? m_player->position() : 0;
}

void AudioPlayer::play(const QUrl &clip)
{
    qCDebug(lcAudio) << "play" << clip;
    QMediaPlayer *p = player();
    p->stop();
    if (m_source != clip) {
        m_source = clip;
        p->setSource(clip);
        emit sourceChanged();
    } else {
        p->setPosition(0);
    }
    setState(State::Loading);
    p->play();
}

void AudioPlayer::pause()
{
    if (m_state != State::Playing && m_state != State::Loading)
        return;
    player()->pause();
    setState(State::Paused);
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
    if (m_player)
        m_player->stop();
    setState(State::Idle);
}

void AudioPlayer::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

} // namespace unknot
