// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/playerclipoutput.h"

#include "audio/audioplayer.h"

namespace unknot {

PlayerClipOutput::PlayerClipOutput(AudioPlayer *player, QObject *parent)
    : ClipOutput(parent), m_player(player)
{
    connect(m_player, &AudioPlayer::finished, this, &ClipOutput::finished);
    connect(m_player, &AudioPlayer::failed, this, &ClipOutput::failed);
    connect(m_player, &AudioPlayer::interrupted, this, &ClipOutput::interrupted);
}

void PlayerClipOutput::play(const QUrl &clip)
{
    m_player->play(clip);
}

void PlayerClipOutput::preload(const QUrl &clip)
{
    m_player->preload(clip);
}

void PlayerClipOutput::pause()
{
    m_player->pause();
}

void PlayerClipOutput::resume()
{
    m_player->resume();
}

void PlayerClipOutput::stop()
{
    m_player->stop();
}

} // namespace unknot
