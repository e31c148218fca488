// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"
#include "content/regionlistmodel.h"
#include "content/regions.h"
#include "content/steplistmodel.h"
#include "content/techniquelistmodel.h"
#include "core/resourcepaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace unknot;

// The bundled library as the app loads it, and the models the UI shows it through.
class TestCatalog : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private slots:
    void initTestCase()
    {
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

    void sidesDecideWhichRegionsATechniqueServes()
    {
        Technique t;
        t.regions = {QStringLiteral("hamstring")};
        t.side = TechniqueSide::Both;
        QVERIFY(t.serves(QStringLiteral("hamstring-left")));
        QVERIFY(t.serves(QStringLiteral("hamstring-right")));
        QVERIFY(!t.serves(QStringLiteral("calf-achilles-left")));
        t.side = TechniqueSide::Right;
        QVERIFY(!t.serves(QStringLiteral("hamstring-left")));
        QVERIFY(t.serves(QStringLiteral("hamstring-right")));
        Technique centre;
        centre.regions = {QStringLiteral("neck")};
        centre.side = TechniqueSide::Centre;
        QVERIFY(centre.serves(QStringLiteral("neck")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
