// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/speakingclipoutput.h"

#include "session/cuespeaker.h"
#include "session/cuevoice.h"
#include "session/logging.h"

namespace unknot {

SpeakingClipOutput::SpeakingClipOutput(ClipOutput *inner, CueSpeaker *speaker, QUrl chime,
                                       QObject *parent)
    : ClipOutput(parent), m_inner(inner), m_speaker(speaker), m_chime(std::move(chime))
{
    connect(m_inner, &ClipOutput::finished, this, [this] {
        if (m_playing == Playing::Clip) {
            m_playing = Playing::Nothing;
            emit finished();
        }
    });
    connect(m_inner, &ClipOutput::failed, this, [this](const QString &message) {
        if (m_playing == Playing::Clip) {
            m_playing = Playing::Nothing;
            emit failed(message);
        }
    });
    connect(m_inner, &ClipOutput::interrupted, this, &ClipOutput::interrupted);
    if (m_speaker) {
        connect(m_speaker, &CueSpeaker::finished, this, [this] {
            if (m_playing == Playing::Speech) {
                m_playing = Playing::Nothing;
                emit finished();
            }
        });
        connect(m_speaker, &CueSpeaker::failed, this, [this](const QString &message) {
            qCWarning(lcSession).noquote() << "speech failed, captions from now on:" << message;
            if (m_playing == Playing::Speech) {
                m_playing = Playing::Nothing;
                emit failed(message);
            }
        });
    }
}

bool SpeakingClipOutput::canSpeak()
{
    return m_speaker && m_speaker->isAvailable();
}

void SpeakingClipOutput::play(const QUrl &clip)
{
    stop();
    if (!CueVoice::isSpeech(clip)) {
        m_playing = Playing::Clip;
        m_inner->play(clip);
    } else if (canSpeak()) {
        m_playing = Playing::Speech;
        m_speaker->speak(CueVoice::wordsOf(clip));
    } else {
        m_playing = Playing::Clip;
        m_inner->play(m_chime);
    }
}

void SpeakingClipOutput::preload(const QUrl &clip)
{
    if (!CueVoice::isSpeech(clip))
        m_inner->preload(clip);
    else if (!canSpeak())
        m_inner->preload(m_chime);
}

void SpeakingClipOutput::pause()
{
    if (m_playing == Playing::Speech && m_speaker)
        m_speaker->pause();
    else
        m_inner->pause();
}

void SpeakingClipOutput::resume()
{
    if (m_playing == Playing::Speech && m_speaker)
        m_speaker->resume();
    else
        m_inner->resume();
}

void SpeakingClipOutput::stop()
{
    if (m_playing == Playing::Speech && m_speaker)
        m_speaker->stop();
    m_inner->stop();
    m_playing = Playing::Nothing;
}

} // namespace unknot
