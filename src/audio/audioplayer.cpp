// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioplayer.h"

#include "logging.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace unknot {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() = default;

QMediaPlayer *AudioPlayer::player(int index)
{
    if (m_players[index])
        return m_players[index];
    auto *p = new QMediaPlayer(this);
    auto *output = new QAudioOutput(this);
    output->setVolume(float(m_volume));
    // Always attach an output: without one, the GStreamer backend does not play in real time.
    p->setAudioOutput(output);
    m_players[index] = p;
    m_outputs[index] = output;
    watch(p, index);
    return p;
}

void AudioPlayer::watch(QMediaPlayer *p, int index)
{
    // Only the active player speaks for the class; the primed one stays silent.
    connect(p, &QMediaPlayer::mediaStatusChanged, this,
            [this, index](QMediaPlayer::MediaStatus status) {
                if (index != m_active)
                    return;
                if (status == QMediaPlayer::EndOfMedia && m_state == State::Playing) {
                    setState(State::Idle);
                    emit finished();
                } else if (status == QMediaPlayer::InvalidMedia) {
                    setState(State::Error);
                    emit failed(tr("This clip cannot be played: %1").arg(m_source.toString()));
                }
            });
    connect(p, &QMediaPlayer::playbackStateChanged, this,
            [this, index](QMediaPlayer::PlaybackState s) {
                if (index != m_active)
                    return;
                if (s == QMediaPlayer::PlayingState && m_state == State::Loading) {
                    setState(State::Playing);
                } else if (s == QMediaPlayer::PausedState && m_state == State::Playing) {
                    // Nobody here asked for a pause: the system took the audio away.
                    setState(State::Paused);
                    emit interrupted();
                }
            });
    connect(p, &QMediaPlayer::errorOccurred, this,
            [this, index](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError)
                    return;
                qCWarning(lcAudio).noquote() << "playback error" << error << text;
                if (index != m_active) {
                    m_preloaded.clear();
                    return;
                }
                setState(State::Error);
                emit failed(text);
            });
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
    for (QAudioOutput *output : m_outputs)
        if (output)
            output->setVolume(float(volume));
    emit volumeChanged();
}

qint64 AudioPlayer::positionMs() const
{
    return m_players[m_active] ? m_players[m_active]->position() : 0;
}

void AudioPlayer::play(const QUrl &clip)
{
    qCDebug(lcAudio) << "play" << clip;
    // Set the state first: stopping the old clip must not read as an interruption.
    setState(State::Loading);
    active()->stop();
    if (m_preloadEnabled && m_preloaded == clip && !clip.isEmpty() && preloadReady()) {
        m_active = 1 - m_active;
        m_preloaded.clear();
    } else if (active()->source() != clip) {
        active()->setSource(clip);
    } else {
        active()->setPosition(0);
    }
    if (m_source != clip) {
        m_source = clip;
        emit sourceChanged();
    }
    active()->play();
}

bool AudioPlayer::preloadReady()
{
    // Started while still loading, a GStreamer player can stay silent: only a fully primed
    // player takes over; otherwise the clip loads in the active one as usual.
    const QMediaPlayer::MediaStatus status = player(1 - m_active)->mediaStatus();
    return status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia;
}

void AudioPlayer::preload(const QUrl &clip)
{
    if (!m_preloadEnabled || clip.isEmpty() || clip == m_preloaded)
        return;
    QMediaPlayer *spare = player(1 - m_active);
    spare->stop();
    if (spare->source() != clip)
        spare->setSource(clip); // loads and prerolls without playing
    m_preloaded = clip;
}

void AudioPlayer::pause()
{
    if (m_state != State::Playing && m_state != State::Loading)
        return;
    setState(State::Paused);
    active()->pause();
}

void AudioPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Loading);
    active()->play();
}

void AudioPlayer::stop()
{
    setState(State::Idle);
    if (m_players[m_active])
        m_players[m_active]->stop();
}

void AudioPlayer::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

} // namespace unknot
