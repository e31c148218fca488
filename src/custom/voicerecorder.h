// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QAudioInput;
class QMediaCaptureSession;
class QMediaRecorder;

namespace unknot {

class AudioPlayer;
class MicrophoneAccess;

// Records one step's voice with the microphone (Qt Multimedia: QMediaCaptureSession +
// QAudioInput + QMediaRecorder) into the voice folder, and plays a recording back.
//
// A recording is written under a ".part" name and renamed when the recorder has finished the
// file, so an app killed mid-way leaves only a ".part" file, which no step refers to and which
// CustomTechniques sweeps away. The microphone permission is asked on the first start().
class VoiceRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The voice recorder is provided by CustomTechniques")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool recording READ recording NOTIFY stateChanged)
    Q_PROPERTY(int seconds READ seconds NOTIFY secondsChanged)
    // The file name (inside the voice folder) of the recording last finished.
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY recorded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    // The file being played back, empty when none.
    Q_PROPERTY(QString playingFile READ playingFile NOTIFY playingChanged)

public:
    enum class State { Idle, AskingPermission, Recording, Finishing, Denied, Failed };
    Q_ENUM(State)

    // The longest recording: a spoken cue is a few sentences.
    static constexpr int kMaxSeconds = 60;
    static constexpr int kSampleRate = 22050;

    // `microphone` null: no permission to ask. Not owned.
    VoiceRecorder(QString voiceDir, MicrophoneAccess *microphone, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    State state() const { return m_state; }
    bool recording() const { return m_state == State::Recording; }
    int seconds() const { return int(m_durationMs / 1000); }
    QString lastFile() const { return m_lastFile; }
    QString errorText() const { return m_error; }
    QString playingFile() const { return m_playingFile; }
    QString voiceDir() const { return m_voiceDir; }

    // Asks for the microphone if needed, then records until stop().
    Q_INVOKABLE void start();
    // Ends the recording; recorded() follows once the file is complete.
    Q_INVOKABLE void stop();
    // Ends the recording (or the question for the microphone, or the finishing of a file) and
    // throws it away; nothing otherwise.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void play(const QString &file);
    Q_INVOKABLE void stopPlaying();
    // The system settings page where a refused microphone can be allowed; false without one.
    Q_INVOKABLE bool openMicrophoneSettings();

    // The extension recordings get ("wav" where the platform can write it).
    static QString fileExtension();

signals:
    void stateChanged();
    void secondsChanged();
    void recorded(const QString &file);
    void playingChanged();

private:
    void setState(State state, const QString &error = {});
    void begin();
    void onRecorderStateChanged();
    void ensureRecorder();

    QString m_voiceDir;
    MicrophoneAccess *m_microphone;
    QMediaCaptureSession *m_session = nullptr;
    QAudioInput *m_input = nullptr;
    QMediaRecorder *m_recorder = nullptr;
    AudioPlayer *m_player = nullptr;
    State m_state = State::Idle;
    QString m_error;
    QString m_partPath;  // being written
    QString m_finalName; // what it is renamed to
    QString m_lastFile;
    QString m_playingFile;
    qint64 m_durationMs = 0;
    bool m_cancelled = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace unknot
