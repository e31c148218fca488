// SPDX-License-Identifier: GPL-3.0-or-later
// What the user records about their safety (the practitioner's clearance of each region, the
// health checklist, the first-launch acknowledgement) is stored in real files, survives a
// restart, rejects bad input without storing any of it, and decides whether a session may start.
#include "content/healthflags.h"
#include "core/appcore.h"
#include "safety/clearancerepository.h"
#include "safety/healthchecklist.h"
#include "safety/onboarding.h"
#include "safety/safety.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "transfer/jsonexport.h"
#include "transfer/jsonimport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace unknot;

class TestSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppCore> makeCore(bool firstLaunchFlow = false)
    {
        AppCore::Config config;
        config.databasePath = m_dir->filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
        config.firstLaunchFlow = firstLaunchFlow;
        return std::make_unique<AppCore>(config);
    }
    static QStringList kinds(const QVariantMap &check)
    {
        QStringList out;
        for (const QVariant &r : check.value(QStringLiteral("reasons")).toList())
            out << r.toMap().value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                       r.toMap().value(QStringLiteral("regionId")).toString() +
                       r.toMap().value(QStringLiteral("flag")).toString();
        return out;
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // A records file from before version 5 keeps its clearances, and takes the new state.
    void migrationKeepsRecordedClearances()
    {
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, 4), qPrintable(error));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO region_status (region_id, clearance, cleared_by, note, updated_at)"
                " VALUES ('neck', 'not-cleared', 'Dr. Ortiz', 'wait for the scan', 5)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorText()));
        ClearanceRepository repo(database.connection());
        const std::optional<RegionClearance> neck = repo.byRegion(QStringLiteral("neck"));
        QVERIFY(neck);
        QCOMPARE(neck->clearance, Clearance::NotCleared);
        QCOMPARE(neck->clearedBy, QStringLiteral("Dr. Ortiz"));
        QCOMPARE(neck->note, QStringLiteral("wait for the scan"));
        QVERIFY(!neck->clearedOn.isValid());
        RegionClearance care{QStringLiteral("shoulder-left"),
                             Clearance::ClearedWithCare,
                             QDate(2026, 11, 30),
                             QStringLiteral("A. Chen"),
                             QString(),
                             7};
        QVERIFY2(repo.save(care), qPrintable(repo.errorText()));
        QCOMPARE(repo.byRegion(QStringLiteral("shoulder-left"))->clearedOn, QDate(2026, 11, 30));
        QCOMPARE(repo.all().size(), 2);
        // The table still refuses a state nobody knows.
        QVERIFY(!QSqlQuery(database.connection())
                     .exec(QStringLiteral("UPDATE region_status SET clearance = 'maybe'")));
        database.close();
    }

    // A backup keeps "cleared with care" and the clearance date; restoring it elsewhere brings
    // both back (files from before the date was kept restore without one).
    void backupKeepsTheNewClearanceFields()
    {
        QByteArray json;
        {
            const auto core = makeCore();
            QCOMPARE(core->safety()->setClearance(
                         QStringLiteral("neck"), QStringLiteral("cleared-with-care"),
                         QStringLiteral("2026-10-01"), QStringLiteral("Dr. Ortiz"), QString()),
                     QString());
            Database db;
            QVERIFY(db.open(m_dir->filePath(QStringLiteral("unknot.sqlite"))));
            QString error;
            json = exportJson(db.connection(), QDateTime::currentDateTimeUtc(), &error);
            QVERIFY2(!json.isEmpty(), qPrintable(error));
            db.close();
        }
        QTemporaryDir other;
        Database db(QStringLiteral("restore"));
        QVERIFY(db.open(other.filePath(QStringLiteral("unknot.sqlite"))));
        const JsonImport::Result result = JsonImport::importJson(db.connection(), json);
        QVERIFY2(result.ok, qPrintable(result.error));
        const std::optional<RegionClearance> neck =
            ClearanceRepository(db.connection()).byRegion(QStringLiteral("neck"));
        QVERIFY(neck);
        QCOMPARE(neck->clearance, Clearance::ClearedWithCare);
        QCOMPARE(neck->clearedOn, QDate(2026, 10, 1));
        QCOMPARE(neck->clearedBy, QStringLiteral("Dr. Ortiz"));
        db.close();
    }

    // What the region page records comes back after a restart; "unknown" forgets it.
    void clearanceIsStoredAndSurvivesARestart()
    {
        {
            const auto core = makeCore();
            QSignalSpy changed(core->safety(), &Safety::clearancesChanged);
            QCOMPARE(core->safety()->setClearance(
                         QStringLiteral("forearm-wrist-left"), QStringLiteral("cleared-with-care"),
                         QStringLiteral("2026-11-20"), QStringLiteral("  Dr. Ortiz "),
                         QStringLiteral("light pressure only")),
                     QString());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(core->safety()->setClearance(QStringLiteral("neck"),
                                                  QStringLiteral("not-cleared"), QString(),
                                                  QString(), QString()),
                     QString());
        }
        const auto core = makeCore();
        const QVariantMap left = core->safety()->clearanceOf(QStringLiteral("forearm-wrist-left"));
        QCOMPARE(left.value(QStringLiteral("recorded")).toBool(), true);
        QCOMPARE(left.value(QStringLiteral("clearance")).toString(),
                 QStringLiteral("cleared-with-care"));
        QCOMPARE(left.value(QStringLiteral("clearedOn")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(left.value(QStringLiteral("clearedBy")).toString(), QStringLiteral("Dr. Ortiz"));
        QCOMPARE(left.value(QStringLiteral("note")).toString(),
                 QStringLiteral("light pressure only"));
        const QVariantMap states = core->safety()->regionStates();
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.value(QStringLiteral("neck")).toString(), QStringLiteral("not-cleared"));

        QCOMPARE(core->safety()->setClearance(QStringLiteral("neck"), QStringLiteral("unknown"),
                                              QString(), QString(), QString()),
                 QString());
        QVERIFY(!core->safety()->regionStates().contains(QStringLiteral("neck")));
        QCOMPARE(core->safety()
                     ->clearanceOf(QStringLiteral("neck"))
                     .value(QStringLiteral("recorded"))
                     .toBool(),
                 false);
    }

    void badClearanceIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown region") << "tail"
                                        << "cleared"
                                        << ""
                                        << ""
                                        << ""
                                        << "tail";
        QTest::newRow("unknown state") << "neck"
                                       << "maybe"
                                       << ""
                                       << ""
                                       << ""
                                       << "maybe";
        QTest::newRow("not a date") << "neck"
                                    << "cleared"
                                    << "30.11.2026"
                                    << ""
                                    << ""
                                    << "not a date";
        QTest::newRow("future date")
            << "neck"
            << "cleared" << QDate::currentDate().addDays(2).toString(Qt::ISODate) << ""
            << ""
            << "future";
        QTest::newRow("long name") << "neck"
                                   << "cleared"
                                   << "" << QString(121, QLatin1Char('x')) << ""
                                   << "too long";
        QTest::newRow("long note") << "neck"
                                   << "cleared"
                                   << ""
                                   << "" << QString(2001, QLatin1Char('x')) << "too long";
    }
    void badClearanceIsRefusedAndStoresNothing()
    {
        QFETCH(QString, region);
        QFETCH(QString, state);
        QFETCH(QString, day);
        QFETCH(QString, name);
        QFETCH(QString, note);
        QFETCH(QString, says);
        const auto core = makeCore();
        // Something recorded before must survive a refused change.
        QCOMPARE(core->safety()->setClearance(QStringLiteral("neck"), QStringLiteral("cleared"),
                                              QString(), QStringLiteral("Dr. Ortiz"), QString()),
                 QString());
        QSignalSpy changed(core->safety(), &Safety::clearancesChanged);
        const QString error = core->safety()->setClearance(region, state, day, name, note);
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(changed.count(), 0);
        const QVariantMap neck = core->safety()->clearanceOf(QStringLiteral("neck"));
        QCOMPARE(neck.value(QStringLiteral("clearance")).toString(), QStringLiteral("cleared"));
        QCOMPARE(neck.value(QStringLiteral("clearedBy")).toString(), QStringLiteral("Dr. Ortiz"));
        QCOMPARE(core->safety()->regionStates().size(), 1);
    }

    // Ticked checklist items are kept; an item not on the checklist is refused.
    void healthAnswersAreStored()
    {
        {
            const auto core = makeCore();
            QCOMPARE(core->safety()->tickedHealthFlags(), QStringList());
            QCOMPARE(core->safety()->setHealthAnswer(QStringLiteral("blood-thinners"), true),
                     QString());
            QCOMPARE(core->safety()->setHealthAnswer(QStringLiteral("pregnancy"), true), QString());
            QCOMPARE(core->safety()->setHealthAnswer(QStringLiteral("pregnancy"), false),
                     QString());
            QVERIFY(!core->safety()->setHealthAnswer(QStringLiteral("hiccups"), true).isEmpty());
        }
        const auto core = makeCore();
        QCOMPARE(core->safety()->tickedHealthFlags(),
                 QStringList{QStringLiteral("blood-thinners")});
        const QVariantList items = core->safety()->healthItems();
        QCOMPARE(items.size(), HealthChecklist::items().size());
        int ticked = 0;
        for (const QVariant &item : items) {
            const QVariantMap m = item.toMap();
            QVERIFY(!m.value(QStringLiteral("question")).toString().isEmpty());
            if (m.value(QStringLiteral("ticked")).toBool()) {
                ++ticked;
                QCOMPARE(m.value(QStringLiteral("flag")).toString(),
                         QStringLiteral("blood-thinners"));
            }
        }
        QCOMPARE(ticked, 1);
    }

    // The checklist asks exactly the flags content may carry (src/content/healthflags.h), in
    // its order.
    void checklistCoversTheContentVocabulary()
    {
        QStringList flags;
        for (const HealthChecklist::Item &item : HealthChecklist::items()) {
            flags << item.flag;
            QVERIFY(!item.caution.isEmpty());
        }
        QCOMPARE(flags, HealthFlags::ids());
    }

    // A ticked item raises the caution on the techniques that carry its flag, and only there.
    void tickedItemsRaiseTheMatchingCautions()
    {
        const auto core = makeCore();
        Safety *safety = core->safety();
        // The techniques' flags as content declares them (a fixture: only these two carry any).
        safety->setFlagSource([](const QString &techniqueId) {
            if (techniqueId == QLatin1String("forearm-flexor-release"))
                return QStringList{QStringLiteral("blood-thinners"), QStringLiteral("fracture")};
            if (techniqueId == QLatin1String("neck-side-release"))
                return QStringList{QStringLiteral("pregnancy")};
            return QStringList();
        });
        const QString forearm = QStringLiteral("forearm-flexor-release");
        QCOMPARE(safety->healthCautionsFor(forearm), QStringList());
        QCOMPARE(kinds(safety->checkStart(forearm, QStringLiteral("both"))), QStringList());

        QCOMPARE(safety->setHealthAnswer(QStringLiteral("blood-thinners"), true), QString());
        QCOMPARE(safety->setHealthAnswer(QStringLiteral("diabetic-feet"), true), QString());
        const QStringList cautions = safety->healthCautionsFor(forearm);
        QCOMPARE(cautions.size(), 1);
        QCOMPARE(cautions.first(), HealthChecklist::item(QStringLiteral("blood-thinners")).caution);
        QCOMPARE(safety->healthCautionsFor(QStringLiteral("neck-side-release")), QStringList());

        const QVariantMap check = safety->checkStart(forearm, QStringLiteral("forearm-wrist-left"));
        QCOMPARE(kinds(check), QStringList{QStringLiteral("health-flag:blood-thinners")});
        QCOMPARE(check.value(QStringLiteral("needsConfirmation")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("blocked")).toBool(), false);
        QVERIFY(check.value(QStringLiteral("reasons"))
                    .toList()
                    .first()
                    .toMap()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("blood thinners")));
        // The block setting is about regions: a ticked item still only asks.
        core->settings()->setBlockUnclearedRegions(true);
        QCOMPARE(safety->setClearance(QStringLiteral("forearm-wrist-left"),
                                      QStringLiteral("cleared"), QString(), QString(), QString()),
                 QString());
        const QVariantMap leftOnly =
            safety->checkStart(forearm, QStringLiteral("forearm-wrist-left"), true);
        QCOMPARE(kinds(leftOnly), QStringList{QStringLiteral("health-flag:blood-thinners")});
        QCOMPARE(leftOnly.value(QStringLiteral("blocked")).toBool(), false);
    }

    // With the bundled content's own flags: a ticked item asks before the techniques that
    // carry it (the firm ball work for blood thinners) and not before the others.
    void bundledTechniquesCarryTheirFlags()
    {
        const auto core = makeCore();
        Safety *safety = core->safety();
        QCOMPARE(safety->setHealthAnswer(QStringLiteral("blood-thinners"), true), QString());
        QCOMPARE(kinds(safety->checkStart(QStringLiteral("forearm-ball-release"),
                                          QStringLiteral("both"))),
                 QStringList{QStringLiteral("health-flag:blood-thinners")});
        QCOMPARE(kinds(safety->checkStart(QStringLiteral("forearm-flexor-release"),
                                          QStringLiteral("both"))),
                 QStringList());
        QCOMPARE(safety->healthCautionsFor(QStringLiteral("calf-ball-release")).size(), 1);
        QCOMPARE(safety->healthCautionsFor(QStringLiteral("seated-calf-release")), QStringList());
    }

    // A region the practitioner did not clear asks first (with their name and note); the block
    // setting refuses it, and then also refuses regions with no clearance recorded.
    void notClearedRegionsAskOrAreBlocked()
    {
        const auto core = makeCore();
        Safety *safety = core->safety();
        const QString forearm = QStringLiteral("forearm-flexor-release");
        QCOMPARE(safety->setClearance(
                     QStringLiteral("forearm-wrist-right"), QStringLiteral("not-cleared"),
                     QString(), QStringLiteral("Dr. Ortiz"), QStringLiteral("wait for the scan")),
                 QString());
        QCOMPARE(safety->setClearance(QStringLiteral("forearm-wrist-left"),
                                      QStringLiteral("cleared"), QString(), QString(), QString()),
                 QString());

        // Both sides (the default from the left side's page) work the right one too.
        QVariantMap both = safety->checkStart(forearm, QStringLiteral("forearm-wrist-left"));
        QCOMPARE(kinds(both), QStringList{QStringLiteral("not-cleared:forearm-wrist-right")});
        QCOMPARE(both.value(QStringLiteral("needsConfirmation")).toBool(), true);
        const QString why = both.value(QStringLiteral("reasons"))
                                .toList()
                                .first()
                                .toMap()
                                .value(QStringLiteral("text"))
                                .toString();
        QVERIFY2(why.contains(QStringLiteral("Dr. Ortiz")) &&
                     why.contains(QStringLiteral("wait for the scan")),
                 qPrintable(why));
        // The cleared side alone goes ahead; so does a side named by word.
        QCOMPARE(kinds(safety->checkStart(forearm, QStringLiteral("forearm-wrist-left"), true)),
                 QStringList());
        QCOMPARE(kinds(safety->checkStart(forearm, QStringLiteral("left"))), QStringList());
        QCOMPARE(kinds(safety->checkStart(forearm, QStringLiteral("right"))),
                 QStringList{QStringLiteral("not-cleared:forearm-wrist-right")});
        // A region with nothing recorded goes ahead while the setting is off.
        QCOMPARE(kinds(safety->checkStart(QStringLiteral("neck-side-release"), QString())),
                 QStringList());

        core->settings()->setBlockUnclearedRegions(true);
        both = safety->checkStart(forearm, QStringLiteral("both"));
        QCOMPARE(both.value(QStringLiteral("blocked")).toBool(), true);
        QCOMPARE(both.value(QStringLiteral("needsConfirmation")).toBool(), false);
        const QVariantMap neck = safety->checkStart(QStringLiteral("neck-side-release"), QString());
        QCOMPARE(neck.value(QStringLiteral("blocked")).toBool(), true);
        QCOMPARE(kinds(neck), QStringList{QStringLiteral("not-recorded:neck")});
        // The technique also works the elbow, whose clearance is not recorded; once it is,
        // the left side may start.
        QCOMPARE(kinds(safety->checkStart(forearm, QStringLiteral("left"))),
                 QStringList{QStringLiteral("not-recorded:elbow-left")});
        QCOMPARE(safety->setClearance(QStringLiteral("elbow-left"), QStringLiteral("cleared"),
                                      QString(), QString(), QString()),
                 QString());
        const QVariantMap left = safety->checkStart(forearm, QStringLiteral("left"));
        QCOMPARE(left.value(QStringLiteral("blocked")).toBool(), false);
        QCOMPARE(kinds(left), QStringList());
    }

    // The acknowledgement is kept with its date and wording version; a new wording asks again.
    void acknowledgementIsKeptUntilTheWordingChanges()
    {
        const QString settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(settingsPath);
            Onboarding onboarding(&settings, 1);
            QVERIFY(!onboarding.needed()); // inactive: tests and tools are never asked
            onboarding.setActive(true);
            QVERIFY(onboarding.needed());
            QCOMPARE(onboarding.acknowledgedVersion(), 0);
            const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
            QSignalSpy acknowledged(&onboarding, &Onboarding::acknowledged);
            onboarding.acknowledge();
            QCOMPARE(acknowledged.count(), 1);
            QVERIFY(!onboarding.needed());
            QVERIFY(onboarding.acknowledgedAt() >= before);
            QVERIFY(onboarding.acknowledgedAt() <= QDateTime::currentDateTimeUtc());
        }
        {
            AppSettings settings(settingsPath); // the next start
            Onboarding same(&settings, 1);
            same.setActive(true);
            QVERIFY(!same.needed());
            QCOMPARE(same.acknowledgedVersion(), 1);
            QVERIFY(same.acknowledgedAt().isValid());
            Onboarding reworded(&settings, 2);
            reworded.setActive(true);
            QVERIFY(reworded.needed());
            reworded.acknowledge();
            QCOMPARE(reworded.acknowledgedVersion(), 2);
        }
        // Through the core, as main builds it.
        const auto core = makeCore(true);
        QVERIFY(core->safety()->onboarding()->active());
        QCOMPARE(core->safety()->onboarding()->needed(), Onboarding::kWordingVersion != 2);
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
