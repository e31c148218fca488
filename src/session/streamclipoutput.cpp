// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/streamclipoutput.h"

#include "audio/audioplayer.h"
#include "audio/clipstream.h"
#include "audio/logging.h"

#include <QTimer>

namespace unknot {

namespace {
// Nothing asked of the stream this long (and nothing paused): its sink is closed.
constexpr int kIdleCloseMs = 120000;
} // namespace

StreamClipOutput::StreamClipOutput(AudioPlayer *fallback, QObject *parent)
    : ClipOutput(parent), m_player(fallback), m_stream(new ClipStream(this)),
      m_idleClose(new QTimer(this))
{
    m_idleClose->setSingleShot(true);
    m_idleClose->setInterval(kIdleCloseMs);
    connect(m_idleClose, &QTimer::timeout, this, [this] {
        if (m_stream->state() == ClipStream::State::Idle)
            m_stream->close();
    });
    connect(m_stream, &ClipStream::finished, this, [this] {
        if (!m_usingFallback) {
            m_idleClose->start();
            emit finished();
        }
    });
    connect(m_stream, &ClipStream::interrupted, this, [this] {
        if (!m_usingFallback)
            emit interrupted();
    });
    connect(m_stream, &ClipStream::failed, this, [this](const QUrl &clip, const QString &text) {
        if (m_usingFallback)
            return;
        qCWarning(lcAudio).noquote() << "stream failed, the player takes over:" << text;
        playFallback(clip);
    });
    connect(m_player, &AudioPlayer::finished, this, [this] {
        if (m_usingFallback)
            emit finished();
    });
    connect(m_player, &AudioPlayer::interrupted, this, [this] {
        if (m_usingFallback)
            emit interrupted();
    });
    connect(m_player, &AudioPlayer::failed, this, [this](const QString &text) {
        if (m_usingFallback)
            emit failed(text);
    });
}

StreamClipOutput::~StreamClipOutput() = default;

void StreamClipOutput::setVolume(qreal volume)
{
    m_stream->setVolume(volume);
    m_player->setVolume(volume);
}

bool StreamClipOutput::openStream()
{
    m_idleClose->start();
    return m_stream->isOpen() || m_stream->open();
}

void StreamClipOutput::playFallback(const QUrl &clip)
{
    m_usingFallback = true;
    m_player->play(clip);
}

void StreamClipOutput::play(const QUrl &clip)
{
    if (m_usingFallback)
        m_player->stop();
    if (!openStream()) {
        playFallback(clip);
        return;
    }
    m_usingFallback = false;
    m_stream->play(clip);
}

void StreamClipOutput::preload(const QUrl &clip)
{
    // Without a stream the fallback player loads each clip when it is played.
    if (openStream())
        m_stream->prepare(clip);
}

void StreamClipOutput::pause()
{
    if (m_usingFallback)
        m_player->pause();
    else
        m_stream->pause();
    m_idleClose->stop();
}

void StreamClipOutput::resume()
{
    m_idleClose->start();
    if (m_usingFallback)
        m_player->resume();
    else
        m_stream->resume();
}

void StreamClipOutput::stop()
{
    m_idleClose->start();
    m_stream->stop();
    if (m_usingFallback)
        m_player->stop();
    m_usingFallback = false;
}

} // namespace unknot
