// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/cuespeaker.h"

class QTextToSpeech;
class QTimer;

namespace unknot {

// The device's text-to-speech (Qt TextToSpeech) as the session's speaker. The engine is loaded
// the first time speech is asked for, never at start-up. A text that never ends (an engine
// that hangs) is given up after a generous time, so a session cannot stall on it.
class TextToSpeechSpeaker : public CueSpeaker
{
    Q_OBJECT

public:
    // `engine`: a Qt TextToSpeech engine name ("flite", "speechd", ...); empty: the platform's
    // default; "none": no speech at all (captions), as a user or a test may want.
    explicit TextToSpeechSpeaker(QString engine = {}, QObject *parent = nullptr);
    ~TextToSpeechSpeaker() override;

    bool isAvailable() override;
    void speak(const QString &text) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setVolume(qreal volume) override;

private:
    QTextToSpeech *engine();
    void onStateChanged();
    void giveUp(const QString &message);

    QString m_engineName;
    QTextToSpeech *m_tts = nullptr;
    QTimer *m_watchdog = nullptr;
    bool m_tried = false;
    bool m_broken = false;
    bool m_speaking = false; // a text was asked for and has not ended
    bool m_started = false;  // the engine reported it speaks the text
    qreal m_volume = 1.0;
};

} // namespace unknot
