// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/resourcepaths.h"
#include "content/catalog.h"
#include "content/regionlistmodel.h"
#include "content/regions.h"
#include "content/steplistmodel.h"
#include "content/techniquelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace unknot;

// The bundled library as the app loads it, and the models the UI shows it through.
class TestCatalog : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        // Lists in text ("A and B") follow the locale; tests run in the C locale otherwise.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const ResourcePaths paths;
        m_catalog.load(paths.contentDir, paths.audioDir);
    }

    void bundledContentLoadsWithoutProblems()
    {
        QVERIFY2(m_catalog.problemList().isEmpty(),
                 qPrintable(m_catalog.problemTexts().join(QLatin1Char('\n'))));
        QVERIFY(m_catalog.techniqueCount() > 0);
    }

    void regionModelListsEveryRegionWithCounts()
    {
        RegionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QCOMPARE(model.rowCount(), Regions::allIds().size());
        QCOMPARE(model.index(0).data(RegionListModel::RegionIdRole).toString(),
                 QStringLiteral("neck"));
        QCOMPARE(model.index(1).data(RegionListModel::NameRole).toString(),
                 QStringLiteral("Left shoulder"));
        // Counted by hand from assets/content/techniques/*.json: every technique there works
        // both sides or the centre, so left and right list the same number.
        const QList<std::pair<const char *, int>> expected{{"neck", 2},
                                                           {"shoulder-left", 4},
                                                           {"shoulder-right", 4},
                                                           {"upper-back", 1},
                                                           {"elbow-left", 4},
                                                           {"elbow-right", 4},
                                                           {"forearm-wrist-left", 5},
                                                           {"forearm-wrist-right", 5},
                                                           {"hand-left", 3},
                                                           {"hand-right", 3},
                                                           {"lower-back", 2},
                                                           {"hip-left", 3},
                                                           {"hip-right", 3},
                                                           {"glute-left", 2},
                                                           {"glute-right", 2},
                                                           {"hamstring-left", 2},
                                                           {"hamstring-right", 2},
                                                           {"quadriceps-left", 3},
                                                           {"quadriceps-right", 3},
                                                           {"knee-itband-left", 2},
                                                           {"knee-itband-right", 2},
                                                           {"calf-achilles-left", 3},
                                                           {"calf-achilles-right", 3},
                                                           {"foot-left", 2},
                                                           {"foot-right", 2}};
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(RegionListModel::RegionIdRole).toString(),
                     QLatin1String(expected.at(row).first));
            QCOMPARE(index.data(RegionListModel::TechniqueCountRole).toInt(),
                     expected.at(row).second);
        }
    }

    void techniqueModelFollowsRegionAndSide()
    {
        TechniqueListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QSignalSpy counted(&model, &TechniqueListModel::countChanged);
        model.setRegionId(QStringLiteral("forearm-wrist-left"));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(counted.count(), 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id =
                model.index(row).data(TechniqueListModel::TechniqueIdRole).toString();
            QVERIFY(m_catalog.technique(id)->serves(QStringLiteral("forearm-wrist-left")));
            QVERIFY(model.index(row).data(TechniqueListModel::MinutesRole).toInt() >= 1);
        }
        model.setRegionId(QStringLiteral("no-such-region"));
        QCOMPARE(model.rowCount(), 0);
    }

    void techniqueModelFiltersByGoal()
    {
        TechniqueListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        model.setRegionId(QStringLiteral("forearm-wrist-left"));
        const int all = model.rowCount();
        QSignalSpy counted(&model, &TechniqueListModel::countChanged);
        QSignalSpy goalsChanged(&model, &TechniqueListModel::goalsChanged);

        model.setGoal(QStringLiteral("carpal-tunnel"));
        QCOMPARE(model.goal(), QStringLiteral("carpal-tunnel"));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < all);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(goalsChanged.count(), 1); // the chosen chip shows as selected
        QStringList selected;
        for (const QVariant &goal : model.goals()) {
            if (goal.toMap().value(QStringLiteral("selected")).toBool())
                selected << goal.toMap().value(QStringLiteral("goalId")).toString();
        }
        QCOMPARE(selected, QStringList{QStringLiteral("carpal-tunnel")});
        QCOMPARE(all, 5);
        // Forearm flexor, forearm ball and thumb base; not the scar or back-of-forearm work.
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(TechniqueListModel::TechniqueIdRole).toString();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("forearm-ball-release"),
                                   QStringLiteral("forearm-flexor-release"),
                                   QStringLiteral("thumb-base-release")}));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(index.data(TechniqueListModel::GoalsRole)
                        .toStringList()
                        .contains(QStringLiteral("carpal-tunnel")));
            QVERIFY(index.data(TechniqueListModel::GoalNamesRole)
                        .toStringList()
                        .contains(QStringLiteral("Carpal tunnel")));
        }

        model.setGoal(QStringLiteral("running")); // no running technique for the forearm
        QCOMPARE(model.rowCount(), 0);
        model.setGoal({});
        QCOMPARE(model.rowCount(), all);
    }

    void techniqueModelOffersTheRegionsGoalsAsChips()
    {
        TechniqueListModel model;
        model.setCatalog(&m_catalog);
        model.setRegionId(QStringLiteral("forearm-wrist-right"));
        QStringList ids;
        for (const QVariant &goal : model.goals()) {
            const QVariantMap g = goal.toMap();
            ids << g.value(QStringLiteral("goalId")).toString();
            model.setGoal(g.value(QStringLiteral("goalId")).toString());
            QCOMPARE(g.value(QStringLiteral("count")).toInt(), model.rowCount());
            QVERIFY(!g.value(QStringLiteral("name")).toString().isEmpty());
        }
        // Fixed order (ContentTerms), and only goals some technique here serves.
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("flexibility"), QStringLiteral("range-of-motion"),
                              QStringLiteral("carpal-tunnel"), QStringLiteral("scar-tissue")}));
        QCOMPARE(model.goals().at(2).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Carpal tunnel"));
    }

    void techniqueModelWithoutRegionBrowsesEveryTechniqueByGoal()
    {
        TechniqueListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QCOMPARE(model.rowCount(), m_catalog.techniqueCount());
        QCOMPARE(model.goals().size(), 6); // the library serves every goal
        model.setGoal(QStringLiteral("running"));
        QStringList regions;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id =
                model.index(row).data(TechniqueListModel::TechniqueIdRole).toString();
            regions << m_catalog.technique(id)->regions;
        }
        for (const QString &runningRegion :
             {QStringLiteral("hamstring"), QStringLiteral("quadriceps"),
              QStringLiteral("calf-achilles")})
            QVERIFY2(regions.contains(runningRegion), qPrintable(runningRegion));
    }

    void techniqueModelShowsWhatEachTechniqueNeeds()
    {
        TechniqueListModel model;
        model.setCatalog(&m_catalog);
        model.setRegionId(QStringLiteral("forearm-wrist-left"));
        const auto rowOf = [&model](const QString &id) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row).data(TechniqueListModel::TechniqueIdRole).toString() == id)
                    return model.index(row);
            }
            return QModelIndex();
        };
        const QModelIndex ball = rowOf(QStringLiteral("forearm-ball-release"));
        QVERIFY(ball.isValid());
        QCOMPARE(ball.data(TechniqueListModel::EquipmentNamesRole).toStringList(),
                 (QStringList{QStringLiteral("Massage ball"), QStringLiteral("Table")}));
        QCOMPARE(ball.data(TechniqueListModel::IntensityNameRole).toString(),
                 QStringLiteral("Firm"));
        QCOMPARE(ball.data(TechniqueListModel::StepCountRole).toInt(), 8);
        QCOMPARE(ball.data(TechniqueListModel::BothSidesRole).toBool(), true);
        const QModelIndex thumb = rowOf(QStringLiteral("thumb-base-release"));
        QVERIFY(thumb.isValid());
        QCOMPARE(thumb.data(TechniqueListModel::IntensityNameRole).toString(),
                 QStringLiteral("Gentle"));
    }

    void techniqueModelSumsUpWhatATechniqueTakesInOneLine()
    {
        TechniqueListModel model;
        model.setCatalog(&m_catalog);
        model.setRegionId(QStringLiteral("forearm-wrist-left"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(TechniqueListModel::TechniqueIdRole).toString() !=
                QLatin1String("forearm-ball-release"))
                continue;
            // Per side 70 s of holds and 2 x 8 x 4 s of repetitions, both sides: 268 s.
            QCOMPARE(index.data(TechniqueListModel::MinutesRole).toInt(), 4);
            QCOMPARE(index.data(TechniqueListModel::FactsRole).toString(),
                     QStringLiteral("4 min \u00b7 Firm \u00b7 Massage ball and Table \u00b7 Both "
                                    "sides"));
            return;
        }
        QFAIL("forearm-ball-release is not listed for the left forearm");
    }

    void stepModelShowsTheTechnique()
    {
        const Technique &first = m_catalog.techniques().first();
        StepListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QVERIFY(!model.valid());
        model.setTechniqueId(first.id);
        QVERIFY(model.valid());
        QCOMPARE(model.title(), first.title);
        QCOMPARE(model.cautions(), first.cautions);
        QCOMPARE(model.rowCount(), first.steps.size());
        QCOMPARE(model.index(0).data(StepListModel::TextRole).toString(), first.steps.first().text);
        QCOMPARE(model.index(0).data(StepListModel::NumberRole).toInt(), 1);
        QVERIFY(!model.index(0).data(StepListModel::TimingTextRole).toString().isEmpty());
    }

    void stepModelNamesTimingEquipmentAndSides()
    {
        StepListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QSignalSpy changed(&model, &StepListModel::techniqueChanged);
        model.setTechniqueId(QStringLiteral("forearm-ball-release"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.equipmentNames(),
                 (QStringList{QStringLiteral("Massage ball"), QStringLiteral("Table")}));
        QCOMPARE(model.intensityName(), QStringLiteral("Firm"));
        QCOMPARE(model.goalNames(),
                 (QStringList{QStringLiteral("Carpal tunnel"), QStringLiteral("Range of motion")}));
        QCOMPARE(model.goalsText(), QStringLiteral("Carpal tunnel and Range of motion"));
        QCOMPARE(model.side(), QStringLiteral("both"));
        QVERIFY(model.bothSides());
        QCOMPARE(model.minutes(), 4); // 268 s, as in the list's facts line
        // Contraindications first, then cautions.
        const QStringList notes = model.safetyNotes();
        const qsizetype dont = model.contraindications().size();
        QCOMPARE(notes.size(), dont + model.cautions().size());
        QVERIFY(notes.at(0).startsWith(QLatin1String("Do not use after a recent wrist")));
        QVERIFY(notes.at(1).startsWith(QLatin1String("Skip this if you take blood-thinning")));
        QCOMPARE(notes.at(dont), model.cautions().first());
        QVERIFY(notes.at(dont).startsWith(QLatin1String("Stop if tingling")));
        QVERIFY(model.healthFlags().contains(QLatin1String("blood-thinners")));
        const QStringList timings{QStringLiteral("Hold 15 seconds"),
                                  QStringLiteral("Hold 15 seconds"),
                                  QStringLiteral("Hold 10 seconds"),
                                  QStringLiteral("8 slow repetitions, 4 s each"),
                                  QStringLiteral("Hold 10 seconds"),
                                  QStringLiteral("Hold 10 seconds"),
                                  QStringLiteral("8 slow repetitions, 4 s each"),
                                  QStringLiteral("Hold 10 seconds")};
        QCOMPARE(model.rowCount(), int(timings.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(StepListModel::TimingTextRole).toString(),
                     timings.at(row));
        model.setTechniqueId(QStringLiteral("neck-side-release"));
        QCOMPARE(model.side(), QStringLiteral("each-side"));
        QVERIFY(model.bothSides()); // the session runs both sides of the neck
        model.setTechniqueId(QStringLiteral("base-of-skull-release"));
        QCOMPARE(model.side(), QStringLiteral("centre"));
        QVERIFY(!model.bothSides());
        model.setTechniqueId(QStringLiteral("no-such-technique"));
        QVERIFY(!model.valid());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.minutes(), 0);
    }

    void sidesDecideWhichRegionsATechniqueServes()
    {
        Technique t;
        t.regions = {QStringLiteral("hamstring")};
        t.sides = {Side::Left, Side::Right};
        QVERIFY(t.serves(QStringLiteral("hamstring-left")));
        QVERIFY(t.serves(QStringLiteral("hamstring-right")));
        QVERIFY(!t.serves(QStringLiteral("calf-achilles-left")));
        t.sides = {Side::Right};
        QVERIFY(!t.serves(QStringLiteral("hamstring-left")));
        QVERIFY(t.serves(QStringLiteral("hamstring-right")));
        Technique centre;
        centre.regions = {QStringLiteral("neck")};
        centre.sides = {Side::Centre};
        QVERIFY(centre.serves(QStringLiteral("neck")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
