// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/voicerecorder.h"

#include "audio/audioplayer.h"
#include "custom/logging.h"
#include "platform/microphoneaccess.h"

#include <QAudioInput>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QUuid>

namespace unknot {

namespace {

// WAV where the platform encodes it (GStreamer, FFmpeg): no codec between the voice and the
// session's decoder; else whatever compressed audio the platform writes.
QMediaFormat recordingFormat()
{
    const QList<QMediaFormat::FileFormat> writable =
        QMediaFormat().supportedFileFormats(QMediaFormat::Encode);
    if (writable.contains(QMediaFormat::Wave)) {
        QMediaFormat format(QMediaFormat::Wave);
        format.setAudioCodec(QMediaFormat::AudioCodec::Wave);
        return format;
    }
    QMediaFormat format(QMediaFormat::Mpeg4Audio);
    format.setAudioCodec(QMediaFormat::AudioCodec::AAC);
    return format;
}

} // namespace

QString VoiceRecorder::fileExtension()
{
    return recordingFormat().fileFormat() == QMediaFormat::Wave ? QStringLiteral("wav")
                                                                : QStringLiteral("m4a");
}

VoiceRecorder::VoiceRecorder(QString voiceDir, MicrophoneAccess *microphone, QObject *parent)
    : QObject(parent), m_voiceDir(std::move(voiceDir)), m_microphone(microphone)
{}

VoiceRecorder::~VoiceRecorder()
{
    *m_alive = false;
    if (m_recorder && m_recorder->recorderState() != QMediaRecorder::StoppedState) {
        m_cancelled = true;
        m_recorder->stop();
    }
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

void VoiceRecorder::setState(State state, const QString &error)
{
    if (m_state == state && m_error == error)
        return;
    // The microphone is in use from Recording until the file is finished (or dropped).
    const auto capturing = [](State s) {
        return s == State::Recording || s == State::Finishing;
    };
    if (m_microphone && capturing(state) != capturing(m_state))
        m_microphone->setRecording(capturing(state));
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void VoiceRecorder::ensureRecorder()
{
    if (m_recorder)
        return;
    // Created on the first recording: the capture stack costs time and memory nobody else needs.
    m_session = new QMediaCaptureSession(this);
    m_input = new QAudioInput(this);
    m_recorder = new QMediaRecorder(this);
    m_session->setAudioInput(m_input);
    m_session->setRecorder(m_recorder);
    m_recorder->setMediaFormat(recordingFormat());
    // A spoken cue: one channel at 22.05 kHz keeps the voice (speech lies below 8 kHz) at about
    // 43 KiB a second as WAV, a quarter of 48 kHz stereo, so a plan file with its recordings
    // stays small enough to share (plan/PLAN-FORMAT.md). Both setters exist since Qt 6.0; a
    // backend that cannot resample keeps the device's rate.
    m_recorder->setAudioChannelCount(1);
    m_recorder->setAudioSampleRate(kSampleRate);
    m_recorder->setQuality(QMediaRecorder::HighQuality);
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this,
            &VoiceRecorder::onRecorderStateChanged);
    connect(m_recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        const int before = seconds();
        m_durationMs = ms;
        if (seconds() != before)
            emit secondsChanged();
        if (ms >= kMaxSeconds * 1000 && m_state == State::Recording)
            stop();
    });
    connect(m_recorder, &QMediaRecorder::errorOccurred, this,
            [this](QMediaRecorder::Error, const QString &message) {
                qCWarning(lcCustom).noquote() << "recording failed:" << message;
                if (!m_partPath.isEmpty())
                    QFile::remove(std::exchange(m_partPath, {}));
                setState(State::Failed, tr("The recording failed: %1").arg(message));
            });
}

void VoiceRecorder::start()
{
    if (m_state == State::Recording || m_state == State::Finishing ||
        m_state == State::AskingPermission)
        return;
    stopPlaying();
    if (!m_microphone) {
        begin();
        return;
    }
    setState(State::AskingPermission);
    m_microphone->request([this, alive = m_alive](bool granted) {
        if (!*alive)
            return;
        if (granted)
            begin();
        else
            setState(State::Denied, tr("Unknot may not use the microphone. Allow it in the "
                                       "system settings to record your own voice."));
    });
}

void VoiceRecorder::begin()
{
    if (!QDir().mkpath(m_voiceDir)) {
        setState(State::Failed, tr("The folder for recordings cannot be created."));
        return;
    }
    ensureRecorder();
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_finalName = name + QLatin1Char('.') + fileExtension();
    m_partPath = QDir(m_voiceDir).filePath(name + QLatin1String(".part.") + fileExtension());
    m_cancelled = false;
    m_durationMs = 0;
    emit secondsChanged();
    m_recorder->setOutputLocation(QUrl::fromLocalFile(m_partPath));
    setState(State::Recording);
    qCInfo(lcCustom) << "recording to" << m_partPath;
    m_recorder->record();
}

void VoiceRecorder::stop()
{
    if (m_state != State::Recording)
        return;
    setState(State::Finishing);
    m_recorder->stop();
}

void VoiceRecorder::cancel()
{
    if (m_state == State::AskingPermission) {
        setState(State::Idle);
        return;
    }
    if (m_state != State::Recording && m_state != State::Finishing)
        return;
    m_cancelled = true;
    if (m_state == State::Recording)
        m_recorder->stop();
    setState(State::Finishing);
}

void VoiceRecorder::onRecorderStateChanged()
{
    if (m_recorder->recorderState() != QMediaRecorder::StoppedState || m_partPath.isEmpty())
        return;
    // The recorder may have written where it chose; that is the file to keep or drop.
    const QString written = m_recorder->actualLocation().isLocalFile()
                                ? m_recorder->actualLocation().toLocalFile()
                                : m_partPath;
    const QString part = std::exchange(m_partPath, {});
    if (written != part)
        QFile::remove(part);
    if (m_cancelled) {
        QFile::remove(written);
        setState(State::Idle);
        return;
    }
    const QString target = QDir(m_voiceDir).filePath(m_finalName);
    if (QFileInfo(written).size() <= 0 || !QFile::rename(written, target)) {
        QFile::remove(written);
        setState(State::Failed, tr("The recording could not be saved."));
        return;
    }
    qCInfo(lcCustom) << "recorded" << target << m_durationMs << "ms";
    m_lastFile = m_finalName;
    emit recorded(m_lastFile); // while still Finishing: the listener knows which step it was for
    setState(State::Idle);
}

void VoiceRecorder::play(const QString &file)
{
    if (file.isEmpty() || m_state == State::Recording)
        return;
    if (!m_player) {
        m_player = new AudioPlayer(this);
        const auto ended = [this] {
            m_playingFile.clear();
            emit playingChanged();
        };
        connect(m_player, &AudioPlayer::finished, this, ended);
        connect(m_player, &AudioPlayer::failed, this, ended);
    }
    m_playingFile = file;
    emit playingChanged();
    m_player->play(QUrl::fromLocalFile(QDir(m_voiceDir).filePath(file)));
}

void VoiceRecorder::stopPlaying()
{
    if (!m_player || m_playingFile.isEmpty())
        return;
    m_player->stop();
    m_playingFile.clear();
    emit playingChanged();
}

bool VoiceRecorder::openMicrophoneSettings()
{
    return m_microphone && m_microphone->openSettings();
}

} // namespace unknot
