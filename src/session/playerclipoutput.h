// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/clipoutput.h"

namespace unknot {

class AudioPlayer;

// The session's audio through the app's AudioPlayer.
class PlayerClipOutput : public ClipOutput
{
    Q_OBJECT

public:
    explicit PlayerClipOutput(AudioPlayer *player, QObject *parent = nullptr);

    void play(const QUrl &clip) override;
    void preload(const QUrl &clip) override;
    void pause() override;
    void resume() override;
    void stop() override;

private:
    AudioPlayer *m_player;
};

} // namespace unknot
