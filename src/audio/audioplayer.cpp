// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioplayer.h"

#include "logging.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace unknot {

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
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
}

AudioPlayer::~AudioPlayer() = default;

qreal AudioPlayer::volume() const
{
    return m_output->volume();
}

void AudioPlayer::setVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(float(volume), m_output->volume()))
        return;
    m_output->setVolume(float(volume));
    emit volumeChanged();
}

qint64 AudioPlayer::positionMs() const
{
    return m_player->position();
}

void AudioPlayer::play(const QUrl &clip)
{
    qCDebug(lcAudio) << "play" << clip;
    m_player->stop();
    if (m_source != clip) {
        m_source = clip;
        m_player->setSource(clip);
        emit sourceChanged();
    } else {
        m_player->setPosition(0);
    }
    setState(State::Loading);
    m_player->play();
}

void AudioPlayer::pause()
{
    if (m_state != State::Playing && m_state != State::Loading)
        return;
    m_player->pause();
    setState(State::Paused);
}

void AudioPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Loading);
    m_player->play();
}

void AudioPlayer::stop()
{
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
