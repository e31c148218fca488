// SPDX-License-Identifier: GPL-3.0-or-later
// The body map as QML sees it: regions of a view, head to feet, with names, states and
// whether techniques exist, from the geometry bundled with the app.
#include "bodymap/bodymapmodel.h"
#include "bodymap/bundledbodymap.h"
#include "content/catalog.h"
#include "content/regions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace unknot;

class TestBodyMapModel : public QObject
{
    Q_OBJECT

private:
    static QVariant at(const BodyMapModel &m, int row, int role)
    {
        return m.data(m.index(row), role);
    }
    static QStringList ids(const BodyMapModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << at(m, i, BodyMapModel::RegionIdRole).toString();
        return out;
    }

private slots:
    void bundledGeometryLoads()
    {
        const BodyMapGeometry &g = bundledBodyMapGeometry();
        QVERIFY2(g.isLoaded(), qPrintable(g.errorString()));
        // Shared: the second call does not parse again.
        QCOMPARE(&bundledBodyMapGeometry(), &g);
    }

    void listsTheRegionsOfOneView()
    {
        BodyMapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.view(), QStringLiteral("front"));
        const QStringList front = ids(model);
        QVERIFY(front.contains(QStringLiteral("quadriceps-left")));
        QVERIFY(!front.contains(QStringLiteral("upper-back")));
        QCOMPARE(model.count(), front.size());
        QVERIFY(model.silhouette().startsWith(QLatin1Char('M')));
        QVERIFY(model.detailsPath().startsWith(QLatin1Char('M')));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setView(QStringLiteral("back"));
        QCOMPARE(reset.size(), 1);
        const QStringList back = ids(model);
        QVERIFY(back.contains(QStringLiteral("upper-back")));
        QVERIFY(!back.contains(QStringLiteral("quadriceps-left")));
        for (const QString &id : Regions::allIds())
            QVERIFY2(front.contains(id) || back.contains(id), qPrintable(id));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("unknown body-map view.*sideways"));
        model.setView(QStringLiteral("sideways"));
        QCOMPARE(model.view(), QStringLiteral("back"));
    }

    void rolesDescribeEachRegion()
    {
        BodyMapModel model;
        const int row = model.indexOf(QStringLiteral("shoulder-left"));
        QVERIFY(row >= 0);
        QCOMPARE(at(model, row, BodyMapModel::NameRole).toString(),
                 QStringLiteral("Left shoulder"));
        QCOMPARE(at(model, row, BodyMapModel::ViewRole).toString(), QStringLiteral("front"));
        QVERIFY(at(model, row, BodyMapModel::SvgPathRole).toString().startsWith(QLatin1Char('M')));
        const QRectF bounds = at(model, row, BodyMapModel::BoundsRole).toRectF();
        const QPointF centre = at(model, row, BodyMapModel::CentreRole).toPointF();
        QVERIFY(bounds.contains(centre));
        // The person's left is on the viewer's right in the front view.
        QVERIFY(centre.x() > model.viewBoxWidth() / 2);
        QCOMPARE(model.regionAt(QStringLiteral("front"), centre.x(), centre.y()),
                 QStringLiteral("shoulder-left"));
        QCOMPARE(model.regionAt(QStringLiteral("back"), centre.x(), centre.y()),
                 QStringLiteral("shoulder-right"));
        QCOMPARE(model.regionAt(QStringLiteral("nowhere"), centre.x(), centre.y()), QString());
        const QHash<int, QByteArray> names = model.roleNames();
        for (const char *role : {"regionId", "name", "svgPath", "view", "hasTechniques",
                                 "regionState", "centre", "bounds"}) {
            QVERIFY2(names.values().contains(role), role);
        }
    }

    void headToFeetOrder()
    {
        BodyMapModel model;
        for (const QString &view : {QStringLiteral("front"), QStringLiteral("back")}) {
            model.setView(view);
            QCOMPARE(at(model, 0, BodyMapModel::RegionIdRole).toString(), QStringLiteral("neck"));
            const QString last =
                at(model, model.rowCount() - 1, BodyMapModel::RegionIdRole).toString();
            QVERIFY2(last.startsWith(QLatin1String("foot-")), qPrintable(last));
            qreal previousTop = 0;
            for (int i = 0; i < model.rowCount(); ++i) {
                const QRectF b = at(model, i, BodyMapModel::BoundsRole).toRectF();
                // Small overlaps in height are fine (forearm beside hip); going back up is not.
                QVERIFY2(b.top() >= previousTop - 10,
                         qPrintable(at(model, i, BodyMapModel::RegionIdRole).toString()));
                previousTop = std::max(previousTop, b.top());
            }
        }
    }

    void techniquesAndStatesUpdateTheirRoles()
    {
        BodyMapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int neck = model.indexOf(QStringLiteral("neck"));
        const int hand = model.indexOf(QStringLiteral("hand-left"));
        QCOMPARE(at(model, neck, BodyMapModel::HasTechniquesRole).toBool(), false);

        Catalog catalog;
        Technique t;
        t.id = QStringLiteral("neck-test");
        t.regions = {QStringLiteral("neck")};
        catalog.setTechniques({t});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCatalog(&catalog);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(at(model, neck, BodyMapModel::HasTechniquesRole).toBool(), true);
        QCOMPARE(at(model, hand, BodyMapModel::HasTechniquesRole).toBool(), false);

        changed.clear();
        QSignalSpy statesChanged(&model, &BodyMapModel::regionStatesChanged);
        model.setRegionStates({{QStringLiteral("hand-left"), QStringLiteral("pain-rising")}});
        QCOMPARE(statesChanged.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{BodyMapModel::StateRole});
        QCOMPARE(at(model, hand, BodyMapModel::StateRole).toString(),
                 QStringLiteral("pain-rising"));
        QCOMPARE(at(model, neck, BodyMapModel::StateRole).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestBodyMapModel)
#include "tst_bodymapmodel.moc"
