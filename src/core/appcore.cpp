// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appcore.h"

#include "audio/audioplayer.h"
#include "audio/texttospeechspeaker.h"
#include "content/catalog.h"
#include "content/regions.h"
#include "core/corepreparation.h"
#include "custom/customtechniques.h"
#include "links/deeplink.h"
#include "links/logging.h"
#include "plan/plan.h"
#include "platform/filesharer.h"
#include "platform/remindernotifier.h"
#include "platform/screenawake.h"
#include "progress/historymodel.h"
#include "progress/progressstats.h"
#include "reminders/reminders.h"
#include "safety/onboarding.h"
#include "safety/safety.h"
#include "session/guidedsession.h"
#include "session/sessionplan.h"
#include "session/sessionrecovery.h"
#include "session/speakingclipoutput.h"
#include "session/streamclipoutput.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/storageguard.h"
#include "transfer/transfercontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace unknot {

namespace {
// The instance QML gets (see setInstance()).
QPointer<AppCore> &instance()
{
    static QPointer<AppCore> core;
    return core;
}
// When nobody calls startBackgroundChecks() (no window, or one that never draws).
constexpr int kGuardFallbackMs = 3000;
} // namespace

AppCore::AppCore(const Config &config, QObject *parent)
    : AppCore(config, CorePreparation(config.resources), parent)
{}

AppCore::AppCore(const Config &config, CorePreparation prepared, QObject *parent)
    : QObject(parent), m_database(std::make_unique<Database>()), m_catalog(new Catalog(this)),
      m_settings(new AppSettings(config.settingsPath, this)),
      m_audio(new StreamClipOutput(new AudioPlayer(this), this)),
      m_speaker(new TextToSpeechSpeaker(config.speechEngine, this)),
      m_voice(new SpeakingClipOutput(m_audio, m_speaker,
                                     SharedClips().named(QStringLiteral("chime")), this)),
      m_startupLink(config.startupLink)
{
    const QString dbPath =
        config.databasePath.isEmpty() ? Database::defaultFilePath() : config.databasePath;
    // Years of history must not slow the start: the full integrity check (and then the day's
    // backup) runs on a thread of its own after the first frame; damage it finds is recovered
    // from and told like damage found here.
    if (!m_database->open(dbPath, Database::Check::Deferred)) {
        m_storageError = m_database->errorText();
    } else {
        m_storageError = m_database->notice(); // e.g. a damaged file was replaced by a backup
        m_guard = new StorageGuard(m_database.get(), this);
        connect(m_guard, &StorageGuard::recovered, this, [this](const QString &notice) {
            m_history->reload();
            m_progress->refresh();
            if (m_reminders) // the restored backup's reminders, handed to the notifier
                m_reminders->reload();
            setStorageError(notice);
        });
        connect(m_guard, &StorageGuard::failed, this, &AppCore::setStorageError);
        // A check that could not run proves nothing about the file, which is left alone; the
        // user hears of it once the last attempt has failed too.
        m_guard->setRetryDelay(config.storageCheckRetryMs);
        connect(m_guard, &StorageGuard::notChecked, this,
                [this](const QString &reason, bool willRetry) {
                    if (!willRetry)
                        setStorageError(tr("Unknot could not check your records for damage "
                                           "(%1). Nothing was changed; it will check again "
                                           "the next time it starts.")
                                            .arg(reason));
                });
        m_guard->start(kGuardFallbackMs);
    }
    {
        ContentLoadResult content = prepared.takeContent();
        m_catalog->setTechniques(std::move(content.techniques), std::move(content.problems));
    }
    // With no usable database the repository's writes fail and say so; the app still runs.
    m_repository = std::make_unique<SessionRepository>(m_database->connection());

    // The volume lives in the settings (the slider sets it there); the output applies it.
    m_audio->setVolume(m_settings->voiceVolume());
    m_speaker->setVolume(m_settings->voiceVolume());
    connect(m_settings, &AppSettings::voiceVolumeChanged, this, [this] {
        m_audio->setVolume(m_settings->voiceVolume());
        m_speaker->setVolume(m_settings->voiceVolume());
    });

    // A session the last run left open (the app was killed) is kept as an incomplete one.
    SessionRecovery::closeUnfinished(*m_repository, *m_catalog, QDateTime::currentDateTime());
    m_session = new GuidedSession(m_catalog, m_repository.get(), m_voice, nullptr, this);
    // "Voice off" lives in the session (its switch sets it there); the settings keep it.
    m_session->setVoiceOff(m_settings->voiceOff());
    connect(m_session, &GuidedSession::voiceOffChanged, m_settings,
            [this] { m_settings->setVoiceOff(m_session->voiceOff()); });
    if (ScreenAwake *screen = config.screenAwake) {
        // On while the steps run, unless the system paused them (the app left the screen).
        const auto update = [this, screen] {
            screen->setKeepAwake(m_session->running() && !m_session->interrupted());
        };
        connect(m_session, &GuidedSession::phaseChanged, this, update);
        connect(m_session, &GuidedSession::pausedChanged, this, update);
    }
    m_history = new HistoryModel(m_repository.get(), m_catalog, this);
    // The user's own techniques join the catalog after the first frame (load()).
    m_custom = new CustomTechniques(m_database->connection(),
                                    config.voiceDir.isEmpty()
                                        ? QFileInfo(dbPath).dir().filePath(QStringLiteral("voice"))
                                        : config.voiceDir,
                                    m_catalog, config.microphoneAccess, this);
    m_custom->setSession(m_session);
    connect(m_custom, &CustomTechniques::changed, m_history, &HistoryModel::reload);
    QTimer::singleShot(kGuardFallbackMs, this, [this] { loadCustomTechniques(); });
    connect(m_session, &GuidedSession::saved, m_history, &HistoryModel::reload);
    m_progress = new ProgressStats(m_database->connection(), this);
    connect(m_session, &GuidedSession::saved, m_progress, &ProgressStats::refresh);
    connect(m_history, &HistoryModel::historyEdited, m_progress, &ProgressStats::refresh);
    // Nothing is read for the progress screens before the first frame: the body map reads the
    // region trends once it is up, the overview refreshes when it is opened.
    m_transfer = new TransferController(m_database->connection(), m_catalog, config.fileSharer,
                                        this, m_custom->voiceDir());
    // A restore may bring techniques of the user's own (written on the transfer thread).
    connect(m_transfer, &TransferController::imported, m_custom, [this] {
        if (m_customLoaded)
            m_custom->reload();
    });
    connect(m_transfer, &TransferController::imported, m_history, &HistoryModel::reload);
    connect(m_transfer, &TransferController::imported, m_progress, &ProgressStats::refresh);

    // The plan reads nothing until its card or page asks (after the first frame).
    m_plan = new Plan(m_database->connection(), m_catalog, m_session, config.fileSharer, this);
    m_plan->setCustomTechniques(m_custom);
    connect(m_plan, &Plan::importFailed, this, &AppCore::linkFailed);
    connect(m_transfer, &TransferController::imported, m_plan, [this] {
        if (m_plan->loaded())
            m_plan->load();
    });

    // Reminders reach the notifier at start, after every change, after a restore, after a
    // session (skip-if-done) and when the clock or zone changes (the scheduler's check timer).
    m_reminders = new Reminders(m_database->connection(), m_catalog, config.reminderNotifier, this);
    connect(m_transfer, &TransferController::imported, m_reminders, &Reminders::reload);
    connect(m_session, &GuidedSession::saved, m_reminders, &Reminders::sync);
    if (ReminderNotifier *notifier = config.reminderNotifier) {
        notifier->setLinkHandler([self = QPointer<AppCore>(this)](const QString &link) {
            if (self)
                self->openLink(link);
        });
    }
    m_reminders->startChecking();

    m_safety = new Safety(m_database->connection(), m_catalog, m_settings, this);
    m_safety->onboarding()->setActive(config.firstLaunchFlow);
    connect(m_safety->onboarding(), &Onboarding::acknowledged, this, &AppCore::openHeldLinks);
    connect(m_transfer, &TransferController::imported, m_safety, &Safety::reload);
    if (m_guard)
        connect(m_guard, &StorageGuard::recovered, m_safety, &Safety::reload);
}

AppCore::~AppCore()
{
    // The session and models use the repository; end them before the database closes.
    delete m_session;
    delete m_history;
    delete m_progress;
    delete m_transfer;
    delete m_reminders;
    delete m_safety;
    delete m_plan;
    delete m_custom;
    m_repository.reset();
    m_database->close();
}

void AppCore::setApplicationState(Qt::ApplicationState state)
{
    // Leaving the app pauses the session; it offers to resume on return.
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
        m_session->pauseForInterruption();
    if (state != Qt::ApplicationActive) {
        m_leftScreen = true;
        return;
    }
    // Back in the app: the permission, the clock or the time zone may have changed meanwhile,
    // and "today" may have moved on. (Not on the first activation: construction just did both.)
    if (std::exchange(m_leftScreen, false)) {
        m_reminders->sync();
        m_progress->checkToday();
    }
}

void AppCore::startBackgroundChecks()
{
    if (m_guard)
        m_guard->start();
    loadCustomTechniques();
}

void AppCore::loadCustomTechniques()
{
    if (m_customLoaded)
        return;
    m_customLoaded = true;
    m_custom->load();
}

void AppCore::setStorageError(const QString &message)
{
    m_storageError = message;
    emit storageErrorChanged();
}

void AppCore::setInstance(AppCore *core)
{
    instance() = core;
}

AppCore *AppCore::create(QQmlEngine *, QJSEngine *)
{
    AppCore *core = instance();
    Q_ASSERT_X(core, "AppCore::create", "construct the AppCore before loading QML");
    QJSEngine::setObjectOwnership(core, QJSEngine::CppOwnership);
    return core;
}

void AppCore::openLink(const QString &link)
{
    if (m_safety->onboarding()->needed()) {
        qCInfo(lcLinks) << "kept until the introduction is acknowledged:" << link;
        m_heldLinks << link;
        return;
    }
    // "Open with" and the share sheet hand over a file (a desktop start, a path): a plan to
    // compare and maybe import.
    QUrl url(link);
    if (url.scheme().isEmpty() && QDir::isAbsolutePath(link))
        url = QUrl::fromLocalFile(link);
    if (url.isLocalFile() || url.scheme() == QLatin1String("content")) {
        qCInfo(lcLinks) << "open file" << link;
        loadCustomTechniques();  // the plan may name the user's own techniques
        m_plan->openImport(url); // importOffered() or importFailed() (-> linkFailed) follows
        return;
    }
    const DeepLink parsed = DeepLink::parse(link);
    qCInfo(lcLinks) << "open" << link;
    loadCustomTechniques(); // the link may name one of the user's own techniques
    switch (parsed.kind) {
    case DeepLink::Kind::Invalid:
        emit linkFailed(parsed.error);
        return;
    case DeepLink::Kind::OpenBodyMap:
        emit bodyMapRequested();
        return;
    case DeepLink::Kind::NewReminder:
        m_reminders->openLink(parsed);
        return;
    case DeepLink::Kind::OpenPlan:
        emit planRequested();
        return;
    case DeepLink::Kind::StartPlan:
        emit planStartRequested();
        return;
    case DeepLink::Kind::OpenRegion:
        if (!Regions::isKnownId(parsed.regionId))
            emit linkFailed(
                tr("Unknot does not know the body region \"%1\".").arg(parsed.regionId));
        else
            emit regionRequested(parsed.regionId);
        return;
    case DeepLink::Kind::OpenTechnique:
    case DeepLink::Kind::StartSession:
        break;
    }
    if (!m_catalog->hasTechnique(parsed.techniqueId)) {
        emit linkFailed(
            tr("The technique \"%1\" is not in this version of Unknot.").arg(parsed.techniqueId));
        return;
    }
    if (parsed.kind == DeepLink::Kind::OpenTechnique)
        emit techniqueRequested(parsed.techniqueId);
    else
        emit sessionRequested(parsed.techniqueId);
}

void AppCore::openHeldLinks()
{
    const QStringList held = std::exchange(m_heldLinks, {});
    for (const QString &link : held)
        openLink(link);
}

void AppCore::openStartupLink()
{
    const QString link = std::exchange(m_startupLink, QString());
    if (!link.isEmpty())
        openLink(link);
}

} // namespace unknot
