// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"
#include "content/catalog.h"
#include "core/resourcepaths.h"
#include "session/guidedsession.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace unknot;

class TestGuidedSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;
    Database m_db;
    std::unique_ptr<SessionRepository> m_repo;
    std::unique_ptr<AudioPlayer> m_player;
    std::unique_ptr<GuidedSession> m_session;
    const Technique *m_technique = nullptr;

private slots:
    void initTestCase()
    {
        const ResourcePaths paths;
        m_catalog.load(paths.contentDir, paths.audioDir);
        QVERIFY(m_catalog.techniqueCount() > 0);
        m_technique = &m_catalog.techniques().first();
    }
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("s.sqlite"))));
        m_repo = std::make_unique<SessionRepository>(m_db.connection());
        m_player = std::make_unique<AudioPlayer>();
        m_session = std::make_unique<GuidedSession>(&m_catalog, m_repo.get(), m_player.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_player.reset();
        m_repo.reset();
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
    }

    void walksEveryStepAndSavesACompletedSession()
    {
        QSignalSpy steps(m_session.get(), &GuidedSession::stepChanged);
        QSignalSpy finished(m_session.get(), &GuidedSession::finished);
        QVERIFY(m_session->start(m_technique->id));
        QVERIFY(m_session->active());
        QCOMPARE(m_session->stepText(), m_technique->steps.first().text);
        // The narration of the first step is what the player was asked to play.
        QCOMPARE(m_player->source(), ResourcePaths::toUrl(m_technique->steps.first().audioPath));
        for (int i = 1; i < m_technique->steps.size(); ++i) {
            m_session->next();
            QCOMPARE(m_session->stepIndex(), i);
            QCOMPARE(m_session->stepText(), m_technique->steps.at(i).text);
            QCOMPARE(m_player->source(), ResourcePaths::toUrl(m_technique->steps.at(i).audioPath));
        }
        m_session->next();
        QVERIFY(!m_session->active());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);

        const auto saved = m_repo->byId(m_session->lastSavedId());
        QVERIFY(saved);
        QCOMPARE(saved->techniqueId, m_technique->id);
        QCOMPARE(saved->regionId, m_catalog.defaultRegionFor(m_technique->id));
        QVERIFY(saved->completed);
        QCOMPARE(saved->stepsCompleted, int(m_technique->steps.size()));
        QVERIFY(saved->endedAt >= saved->startedAt);
    }

    void stoppingEarlyRecordsAnIncompleteSession()
    {
        QVERIFY(m_session->start(m_technique->id, QStringLiteral("neck")));
        m_session->next();
        m_session->stop();
        QVERIFY(!m_session->active());
        QCOMPARE(m_repo->count(), 1);
        const auto saved = m_repo->byId(m_session->lastSavedId());
        QVERIFY(!saved->completed);
        QCOMPARE(saved->stepsCompleted, 1);
        QCOMPARE(saved->regionId, QStringLiteral("neck"));
        QCOMPARE(m_player->state(), AudioPlayer::State::Idle);
    }

    void unknownTechniqueFailsClearly()
    {
        QSignalSpy failed(m_session.get(), &GuidedSession::failed);
        QVERIFY(!m_session->start(QStringLiteral("does-not-exist")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!m_session->active());
        QCOMPARE(m_repo->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuidedSession)
#include "tst_guidedsession.moc"
