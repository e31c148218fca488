// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/clipoutput.h"

#include <QPointer>

namespace unknot {

class CueSpeaker;

// The session's output with the device's voice added: clips go to the inner output (the gapless
// stream); a step's speech address (session/cuevoice.h) is spoken by the speaker, or, when no
// speech works, answered with the chime so the user still hears that a step began (the words
// are on screen). Either way the session never waits on a voice that is not there.
class SpeakingClipOutput : public ClipOutput
{
    Q_OBJECT

public:
    // Neither is owned; `speaker` may be null (no speech on this device).
    SpeakingClipOutput(ClipOutput *inner, CueSpeaker *speaker, QUrl chime,
                       QObject *parent = nullptr);

    void play(const QUrl &clip) override;
    void preload(const QUrl &clip) override;
    void pause() override;
    void resume() override;
    void stop() override;
    bool canSpeak() override;

private:
    enum class Playing { Nothing, Clip, Speech };

    ClipOutput *m_inner;
    QPointer<CueSpeaker> m_speaker;
    QUrl m_chime;
    Playing m_playing = Playing::Nothing;
};

} // namespace unknot
