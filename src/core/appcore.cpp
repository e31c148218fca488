// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcore.h"

#include "appsettings.h"
#include "audioplayer.h"
#include "catalog.h"
#include "database.h"
#include "deeplink.h"
#include "guidedsession.h"
#include "historymodel.h"
#include "logging.h"
#include "sessionrepository.h"

#include <QJSEngine>
#include <QPointer>

namespace unknot {

namespace {
QPointer<AppCore> s_instance;
}

AppCore::AppCore(const Config &config, QObject *parent)
    : QObject(parent), m_database(std::make_unique<Database>()), m_catalog(new Catalog(this)),
      m_settings(new AppSettings(config.settingsPath, this)), m_player(new AudioPlayer(this)),
      m_startupLink(config.startupLink)
{
    m_catalog->load(config.resources.contentDir, config.resources.audioDir);

    const QString dbPath =
        config.databasePath.isEmpty() ? Database::defaultFilePath() : config.databasePath;
    if (!m_database->open(dbPath))
        m_storageError = m_database->errorText();
    // With no usable database the repository's writes fail and say so; the app still runs.
    m_repository = std::make_unique<SessionRepository>(m_database->connection());

    m_player->setVolume(m_settings->voiceVolume());
    connect(m_settings, &AppSettings::voiceVolumeChanged, this,
            [this] { m_player->setVolume(m_settings->voiceVolume()); });

    m_session = new GuidedSession(m_catalog, m_repository.get(), m_player, this);
    m_history = new HistoryModel(m_repository.get(), m_catalog, this);
    connect(m_session, &GuidedSession::saved, m_history, &HistoryModel::reload);
}

AppCore::~AppCore()
{
    // The session and models use the repository; end them before the database closes.
    delete m_session;
    delete m_history;
    m_repository.reset();
    m_database->close();
}

void AppCore::setInstance(AppCore *core)
{
    s_instance = core;
}

AppCore *AppCore::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppCore::create", "construct the AppCore before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppCore::openLink(const QString &link)
{
    const DeepLink parsed = DeepLink::parse(link);
    qCInfo(lcLinks) << "open" << link;
    if (parsed.kind == DeepLink::Kind::Invalid) {
        emit linkFailed(parsed.error);
        return;
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

void AppCore::openStartupLink()
{
    const QString link = std::exchange(m_startupLink, QString());
    if (!link.isEmpty())
        openLink(link);
}

} // namespace unknot
