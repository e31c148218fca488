// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/clipoutput.h"

class QTimer;

namespace unknot {

class AudioPlayer;
class ClipStream;

// The session's audio through a ClipStream (one sink kept open, clips decoded ahead), so the
// next clip starts with no pipeline set-up. The AudioPlayer is the fallback: it plays when the
// stream cannot be opened or a clip cannot be decoded.
//
// The stream opens with the session's first request and closes after a while with nothing
// asked of it, so no sink is held open outside sessions.
class StreamClipOutput : public ClipOutput
{
    Q_OBJECT

public:
    explicit StreamClipOutput(AudioPlayer *fallback, QObject *parent = nullptr);
    ~StreamClipOutput() override;

    void play(const QUrl &clip) override;
    void preload(const QUrl &clip) override;
    void pause() override;
    void resume() override;
    void stop() override;

    // The user's voice volume (AppSettings), 0 to 1, for the stream and the fallback alike.
    void setVolume(qreal volume);

    ClipStream *stream() const { return m_stream; }
    // True while the current clip plays through the fallback player.
    bool usingFallback() const { return m_usingFallback; }

private:
    bool openStream();
    void playFallback(const QUrl &clip);

    AudioPlayer *m_player;
    ClipStream *m_stream;
    QTimer *m_idleClose;
    bool m_usingFallback = false;
};

} // namespace unknot
