// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/resourcepaths.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
Q_MOC_INCLUDE("settings/appsettings.h")
Q_MOC_INCLUDE("content/catalog.h")
Q_MOC_INCLUDE("session/guidedsession.h")
Q_MOC_INCLUDE("progress/historymodel.h")
Q_MOC_INCLUDE("progress/progressstats.h")
Q_MOC_INCLUDE("transfer/transfercontroller.h")
Q_MOC_INCLUDE("reminders/reminders.h")
Q_MOC_INCLUDE("safety/safety.h")
Q_MOC_INCLUDE("plan/plan.h")
Q_MOC_INCLUDE("custom/customtechniques.h")

namespace unknot {

class AppSettings;
class Catalog;
class CorePreparation;
class CustomTechniques;
class Database;
class GuidedSession;
class Plan;
class HistoryModel;
class FileSharer;
class MicrophoneAccess;
class ReminderNotifier;
class Safety;
class Reminders;
class ScreenAwake;
class ProgressStats;
class TransferController;
class SessionRepository;
class StorageGuard;
class StreamClipOutput;
class SpeakingClipOutput;
class TextToSpeechSpeaker;

// Wires the model layer together and hands it to QML as the `App` singleton. Constructed by
// main (or a test) with its paths; holds no logic of its own beyond routing links.
class AppCore : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(unknot::Catalog *catalog READ catalog CONSTANT)
    Q_PROPERTY(unknot::GuidedSession *session READ session CONSTANT)
    Q_PROPERTY(unknot::HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(unknot::ProgressStats *progress READ progress CONSTANT)
    Q_PROPERTY(unknot::TransferController *transfer READ transfer CONSTANT)
    Q_PROPERTY(unknot::AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(unknot::Reminders *reminders READ reminders CONSTANT)
    Q_PROPERTY(unknot::Safety *safety READ safety CONSTANT)
    Q_PROPERTY(unknot::Plan *plan READ plan CONSTANT)
    Q_PROPERTY(unknot::CustomTechniques *customTechniques READ customTechniques CONSTANT)
    Q_PROPERTY(QString storageError READ storageError NOTIFY storageErrorChanged)

public:
    struct Config
    {
        QString databasePath;    // empty: the platform's app data location
        QString settingsPath;    // empty: the platform's default settings
        ResourcePaths resources; // bundled content and audio
        QString startupLink;     // an unknot:// link to open once the UI is up
        // The first-launch introduction is asked for (App.safety.onboarding), and links wait
        // for its acknowledgement. main turns it on; tests not about it leave it off.
        bool firstLaunchFlow = false;
        // What the OS does for the core (platforms/<os>/, see platform/platformservices.h);
        // null where the platform has none, and in tests. Must outlive the core.
        ScreenAwake *screenAwake = nullptr;
        FileSharer *fileSharer = nullptr;
        ReminderNotifier *reminderNotifier = nullptr;
        MicrophoneAccess *microphoneAccess = nullptr;
        // The text-to-speech engine for steps without a recording: empty, the platform's
        // default; "none", captions only (see audio/texttospeechspeaker.h).
        QString speechEngine;
        // Where the user's step recordings are kept; empty: "voice" beside the database.
        QString voiceDir;
        // How long the records check waits before trying again when it could not run (the
        // file busy or unreadable); tests shorten it.
        int storageCheckRetryMs = 60000;
    };

    explicit AppCore(const Config &config, QObject *parent = nullptr);
    // With the content already being parsed (and the SQLite driver loaded) on a worker thread.
    AppCore(const Config &config, CorePreparation prepared, QObject *parent = nullptr);
    ~AppCore() override;

    // Starts what reads the whole records file: the full integrity check, then the day's
    // backup, on a thread. main calls it once the first frame is shown; without that call it
    // starts a few seconds after construction.
    void startBackgroundChecks();
    // Reads the user's own techniques into the catalog (once; startBackgroundChecks() does it,
    // and a link that may name one does it first).
    void loadCustomTechniques();

    // The app left the screen or came back (main forwards QGuiApplication's signal).
    void setApplicationState(Qt::ApplicationState state);

    // The instance QML gets; set by whoever constructs the core before QML loads.
    static void setInstance(AppCore *core);
    static AppCore *create(QQmlEngine *, QJSEngine *);

    Catalog *catalog() const { return m_catalog; }
    GuidedSession *session() const { return m_session; }
    HistoryModel *history() const { return m_history; }
    ProgressStats *progress() const { return m_progress; }
    TransferController *transfer() const { return m_transfer; }
    AppSettings *settings() const { return m_settings; }
    Reminders *reminders() const { return m_reminders; }
    Safety *safety() const { return m_safety; }
    Plan *plan() const { return m_plan; }
    CustomTechniques *customTechniques() const { return m_custom; }
    QString storageError() const { return m_storageError; }
    // What sessions play through (C++ only: tests check the volume reaches it).
    StreamClipOutput *audioOutput() const { return m_audio; }
    TextToSpeechSpeaker *speaker() const { return m_speaker; }

    // Routes an unknot:// link to the signals below, and a file (a plan opened with Unknot) to
    // the plan's import offer; while the first-launch introduction waits for its
    // acknowledgement, keeps either and routes it right after.
    Q_INVOKABLE void openLink(const QString &link);
    // Routes the link given at start-up, once; the UI calls this when it is ready.
    Q_INVOKABLE void openStartupLink();

signals:
    void techniqueRequested(const QString &techniqueId);
    void sessionRequested(const QString &techniqueId);
    void regionRequested(const QString &regionId);
    void bodyMapRequested();
    // unknot://plan and unknot://plan/start.
    void planRequested();
    void planStartRequested();
    void linkFailed(const QString &message);
    void storageErrorChanged();

private:
    void setStorageError(const QString &message);
    void openHeldLinks();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionRepository> m_repository;
    Catalog *m_catalog;
    AppSettings *m_settings;
    StreamClipOutput *m_audio;
    TextToSpeechSpeaker *m_speaker;
    SpeakingClipOutput *m_voice; // m_audio with the device's speech for steps with no clip
    GuidedSession *m_session;
    HistoryModel *m_history;
    ProgressStats *m_progress;
    TransferController *m_transfer;
    Reminders *m_reminders = nullptr;
    Safety *m_safety = nullptr;
    QStringList m_heldLinks; // arrived before the acknowledgement
    Plan *m_plan = nullptr;
    CustomTechniques *m_custom = nullptr;
    StorageGuard *m_guard = nullptr;
    QString m_storageError;
    bool m_customLoaded = false;
    bool m_leftScreen = false; // the app left the screen since it was last active
    QString m_startupLink;
};

} // namespace unknot
