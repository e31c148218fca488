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

#include <cmath>

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
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row).data(RegionListModel::RegionIdRole).toString();
            QCOMPARE(model.index(row).data(RegionListModel::TechniqueCountRole).toInt(),
                     int(m_catalog.techniquesFor(id).size()));
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
        int expected = 0;
        for (const Technique *t : m_catalog.techniquesFor(QStringLiteral("forearm-wrist-left")))
            expected += t->goals.contains(QStringLiteral("carpal-tunnel")) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
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
        const QModelIndex first = model.index(0);
        const Technique *t =
            m_catalog.technique(first.data(TechniqueListModel::TechniqueIdRole).toString());
        QVERIFY(t);
        QCOMPARE(first.data(TechniqueListModel::EquipmentNamesRole).toStringList().size(),
                 t->equipment.size());
        QVERIFY(!first.data(TechniqueListModel::IntensityNameRole).toString().isEmpty());
        QCOMPARE(first.data(TechniqueListModel::StepCountRole).toInt(), t->steps.size());
        QCOMPARE(first.data(TechniqueListModel::BothSidesRole).toBool(), t->sides.size() == 2);
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
            QCOMPARE(index.data(TechniqueListModel::FactsRole).toString(),
                     QStringLiteral("%1 min \u00b7 Firm \u00b7 Massage ball and Table \u00b7 Both "
                                    "sides")
                         .arg(index.data(TechniqueListModel::MinutesRole).toInt()));
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
        const Technique *t = m_catalog.technique(QStringLiteral("forearm-ball-release"));
        QVERIFY(t);
        QCOMPARE(model.equipmentNames(),
                 (QStringList{QStringLiteral("Massage ball"), QStringLiteral("Table")}));
        QCOMPARE(model.intensityName(), QStringLiteral("Firm"));
        QCOMPARE(model.goalNames(),
                 (QStringList{QStringLiteral("Carpal tunnel"), QStringLiteral("Range of motion")}));
        QCOMPARE(model.goalsText(), QStringLiteral("Carpal tunnel and Range of motion"));
        QCOMPARE(model.side(), QStringLiteral("both"));
        QVERIFY(model.bothSides());
        QCOMPARE(model.minutes(), int(std::lround(t->totalMilliseconds() / 60000.0)));
        QCOMPARE(model.safetyNotes(), t->contraindications + t->cautions);
        for (int row = 0; row < model.rowCount(); ++row) {
            const StepTiming &timing = t->steps.at(row).timing;
            const QString text = model.index(row).data(StepListModel::TimingTextRole).toString();
            if (timing.isRepetitions())
                QCOMPARE(text, QStringLiteral("%1 slow repetitions, %2 s each")
                                   .arg(timing.reps)
                                   .arg(timing.tempoSeconds));
            else
                QCOMPARE(text, QStringLiteral("Hold %1 seconds").arg(timing.seconds));
        }
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
