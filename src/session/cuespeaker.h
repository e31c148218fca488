// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace unknot {

// Speaks a step's words when no recording or narration clip exists for them (the device's
// text-to-speech: audio/texttospeechspeaker.h). One text at a time.
class CueSpeaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether speech can be used at all (may load the engine the first time it is asked).
    virtual bool isAvailable() = 0;
    virtual void speak(const QString &text) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    // Ends the text at once; finished() is not emitted.
    virtual void stop() = 0;
    virtual void setVolume(qreal volume) = 0;

signals:
    void finished();
    // The engine broke down; isAvailable() is false from now on.
    void failed(const QString &message);
};

} // namespace unknot
