// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/texttospeechspeaker.h"

#include "audio/logging.h"

#include <QTextToSpeech>
#include <QTimer>

namespace unknot {

namespace {
// Far longer than any cue takes to say (220 characters at a slow pace); only a hung engine
// reaches it.
constexpr int kGiveUpMs = 30000;
} // namespace

TextToSpeechSpeaker::TextToSpeechSpeaker(QString engine, QObject *parent)
    : CueSpeaker(parent), m_engineName(std::move(engine))
{}

TextToSpeechSpeaker::~TextToSpeechSpeaker() = default;

QTextToSpeech *TextToSpeechSpeaker::engine()
{
    if (m_tried)
        return m_broken ? nullptr : m_tts;
    m_tried = true;
    if (m_engineName == QLatin1String("none") || QTextToSpeech::availableEngines().isEmpty()) {
        qCInfo(lcAudio) << "no text-to-speech engine: steps without a recording get captions";
        m_broken = true;
        return nullptr;
    }
    m_tts =
        m_engineName.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engineName, this);
    if (m_tts->state() == QTextToSpeech::Error) {
        qCWarning(lcAudio).noquote() << "text-to-speech engine" << m_tts->engine()
                                     << "failed to start:" << m_tts->errorString();
        m_broken = true;
        return nullptr;
    }
    m_tts->setVolume(m_volume);
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(kGiveUpMs);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_speaking)
            return;
        qCWarning(lcAudio) << "text-to-speech did not finish; going on without it";
        m_tts->stop();
        m_speaking = false;
        emit finished();
    });
    connect(m_tts, &QTextToSpeech::stateChanged, this, &TextToSpeechSpeaker::onStateChanged);
    qCInfo(lcAudio) << "text-to-speech engine" << m_tts->engine() << "ready";
    return m_tts;
}

bool TextToSpeechSpeaker::isAvailable()
{
    return engine() != nullptr;
}

void TextToSpeechSpeaker::onStateChanged()
{
    switch (m_tts->state()) {
    case QTextToSpeech::Speaking:
        m_started = true;
        break;
    case QTextToSpeech::Ready:
        if (m_speaking && m_started) {
            m_speaking = false;
            m_watchdog->stop();
            emit finished();
        }
        break;
    case QTextToSpeech::Error:
        giveUp(m_tts->errorString());
        break;
    default:
        break;
    }
}

void TextToSpeechSpeaker::giveUp(const QString &message)
{
    qCWarning(lcAudio).noquote() << "text-to-speech failed:" << message;
    m_broken = true;
    const bool wasSpeaking = std::exchange(m_speaking, false);
    if (m_watchdog)
        m_watchdog->stop();
    if (wasSpeaking)
        emit failed(message);
}

void TextToSpeechSpeaker::speak(const QString &text)
{
    QTextToSpeech *tts = engine();
    if (!tts) {
        emit failed(QStringLiteral("no text-to-speech engine"));
        return;
    }
    m_speaking = true;
    m_started = false;
    m_watchdog->start();
    tts->say(text);
}

void TextToSpeechSpeaker::pause()
{
    if (!m_speaking || !m_tts)
        return;
    m_watchdog->stop();
    m_tts->pause();
}

void TextToSpeechSpeaker::resume()
{
    if (!m_speaking || !m_tts)
        return;
    m_watchdog->start();
    m_tts->resume();
}

void TextToSpeechSpeaker::stop()
{
    if (!m_tts)
        return;
    m_speaking = false;
    m_watchdog->stop();
    m_tts->stop();
}

void TextToSpeechSpeaker::setVolume(qreal volume)
{
    m_volume = volume;
    if (m_tts)
        m_tts->setVolume(volume);
}

} // namespace unknot
