// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

namespace unknot {

// What the session engine needs from audio: one clip at a time, a primed next clip, exact
// pause and resume. The app's is StreamClipOutput (gapless, with the AudioPlayer as
// fallback); tests use a fake.
class ClipOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void play(const QUrl &clip) = 0;
    virtual void preload(const QUrl &clip) = 0;
    virtual void pause() = 0;
    // Continues a paused clip where it was; does nothing when none is paused.
    virtual void resume() = 0;
    virtual void stop() = 0;
    // Whether a step without a clip can be spoken (session/cuevoice.h); else it gets captions.
    virtual bool canSpeak() { return false; }

signals:
    // The clip played to its end.
    void finished();
    void failed(const QString &message);
    // The system took the audio away (a call, another app).
    void interrupted();
};

} // namespace unknot
