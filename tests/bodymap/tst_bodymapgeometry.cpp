// SPDX-License-Identifier: GPL-3.0-or-later
// The body-map geometry as shipped: every tap lands on the region the user meant.
#include "bodymap/bodymapgeometry.h"
#include "bodymap/svgpathparser.h"
#include "content/regions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace unknot;

namespace {

// Total filled area of a path (its polygons do not overlap after a boolean operation).
qreal area(const QPainterPath &path)
{
    qreal total = 0;
    for (const QPolygonF &poly : path.toFillPolygons()) {
        qreal a = 0;
        for (qsizetype i = 0, n = poly.size(); i < n; ++i) {
            const QPointF p = poly.at(i);
            const QPointF q = poly.at((i + 1) % n);
            a += p.x() * q.y() - q.x() * p.y();
        }
        total += std::abs(a) / 2;
    }
    return total;
}

const BodyView kViews[] = {BodyView::Front, BodyView::Back};

} // namespace

class TestBodyMapGeometry : public QObject
{
    Q_OBJECT

private:
    BodyMapGeometry m_geometry;
    QByteArray m_json;

    QByteArray withChange(const std::function<void(QJsonObject &)> &change) const
    {
        QJsonObject root = QJsonDocument::fromJson(m_json).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

    static QJsonObject setFirstRegion(QJsonObject root, const QString &view, const QString &key,
                                      const QString &value)
    {
        QJsonObject views = root[QLatin1String("views")].toObject();
        QJsonObject v = views[view].toObject();
        QJsonArray regions = v[QLatin1String("regions")].toArray();
        QJsonObject first = regions.at(0).toObject();
        first[key] = value;
        regions[0] = first;
        v[QLatin1String("regions")] = regions;
        views[view] = v;
        root[QLatin1String("views")] = views;
        return root;
    }

    QPointF centreOf(BodyView view, const QString &id) const
    {
        const BodyMapRegion *r = m_geometry.region(view, id);
        return r ? r->interiorPoint : QPointF(-1, -1);
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(UNKNOT_SOURCE_DIR "/assets/bodymap/bodymap.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_json = file.readAll();
        QVERIFY2(m_geometry.loadFromData(m_json, QStringLiteral("bodymap.json")),
                 qPrintable(m_geometry.errorString()));
    }

    void viewBoxIsPortrait()
    {
        QVERIFY(m_geometry.viewBox().height() > m_geometry.viewBox().width());
        QVERIFY(!m_geometry.silhouette(BodyView::Front).isEmpty());
        QVERIFY(!m_geometry.silhouette(BodyView::Back).isEmpty());
    }

    void everyRegionIdAppears()
    {
        for (const QString &id : Regions::allIds()) {
            QVERIFY2(m_geometry.region(BodyView::Front, id) ||
                         m_geometry.region(BodyView::Back, id),
                     qPrintable(id));
        }
    }

    void pointWellInsideHitsItsRegion_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("id");
        for (BodyView view : kViews) {
            for (const BodyMapRegion &r : m_geometry.regions(view)) {
                const QString name = BodyMapGeometry::viewName(view) + QLatin1Char(' ') + r.id;
                QTest::newRow(qPrintable(name)) << int(view) << r.id;
            }
        }
    }

    void pointWellInsideHitsItsRegion()
    {
        QFETCH(int, view);
        QFETCH(QString, id);
        const BodyView v = BodyView(view);
        const BodyMapRegion *r = m_geometry.region(v, id);
        QVERIFY(r);
        // "Well inside": a fingertip's centre that far from every edge is unambiguous.
        QVERIFY2(distanceToOutline(r->outline, r->interiorPoint) >= 5.0,
                 qPrintable(QStringLiteral("only %1 units from the edge")
                                .arg(distanceToOutline(r->outline, r->interiorPoint))));
        QCOMPARE(m_geometry.regionAt(v, r->interiorPoint), id);
        QCOMPARE(m_geometry.regionAt(v, r->interiorPoint, 12), id);
    }

    // Points picked by eye on the figure, independent of the computed interior points.
    void knownPointsHitKnownRegions_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("id");
        const int front = int(BodyView::Front);
        const int back = int(BodyView::Back);
        // Front: the person's left is on the viewer's right (x > 120).
        QTest::newRow("front neck") << front << QPointF(120, 85) << QStringLiteral("neck");
        QTest::newRow("front left shoulder")
            << front << QPointF(172, 118) << QStringLiteral("shoulder-left");
        QTest::newRow("front right shoulder")
            << front << QPointF(68, 118) << QStringLiteral("shoulder-right");
        QTest::newRow("front left hand")
            << front << QPointF(197, 300) << QStringLiteral("hand-left");
        QTest::newRow("front right hand")
            << front << QPointF(43, 300) << QStringLiteral("hand-right");
        QTest::newRow("front left quadriceps")
            << front << QPointF(145, 310) << QStringLiteral("quadriceps-left");
        QTest::newRow("front right knee")
            << front << QPointF(99, 380) << QStringLiteral("knee-itband-right");
        QTest::newRow("front left foot")
            << front << QPointF(145, 492) << QStringLiteral("foot-left");
        QTest::newRow("front left hip") << front << QPointF(150, 238) << QStringLiteral("hip-left");
        // Back: the person's left is on the viewer's left (x < 120).
        QTest::newRow("back upper back")
            << back << QPointF(120, 150) << QStringLiteral("upper-back");
        QTest::newRow("back lower back")
            << back << QPointF(120, 215) << QStringLiteral("lower-back");
        QTest::newRow("back left shoulder")
            << back << QPointF(68, 118) << QStringLiteral("shoulder-left");
        QTest::newRow("back right glute")
            << back << QPointF(145, 268) << QStringLiteral("glute-right");
        QTest::newRow("back left hamstring")
            << back << QPointF(95, 330) << QStringLiteral("hamstring-left");
        QTest::newRow("back right calf")
            << back << QPointF(143, 420) << QStringLiteral("calf-achilles-right");
        QTest::newRow("back left heel") << back << QPointF(96, 494) << QStringLiteral("foot-left");
        QTest::newRow("back right hand")
            << back << QPointF(197, 300) << QStringLiteral("hand-right");
    }

    void knownPointsHitKnownRegions()
    {
        QFETCH(int, view);
        QFETCH(QPointF, point);
        QFETCH(QString, id);
        QCOMPARE(m_geometry.regionAt(BodyView(view), point), id);
    }

    void pointsBetweenRegionsHitNothing_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QPointF>("point");
        const int front = int(BodyView::Front);
        const int back = int(BodyView::Back);
        QTest::newRow("front head") << front << QPointF(120, 40);
        QTest::newRow("front chest") << front << QPointF(120, 150);
        QTest::newRow("front between hand and thigh") << front << QPointF(176, 300);
        QTest::newRow("front between the knees") << front << QPointF(120, 380);
        QTest::newRow("front shin") << front << QPointF(143, 430);
        QTest::newRow("front outside the figure") << front << QPointF(10, 10);
        QTest::newRow("back between the heels") << back << QPointF(120, 495);
        QTest::newRow("back back of knee") << back << QPointF(99, 380);
        QTest::newRow("back upper arm") << back << QPointF(177, 160);
    }

    void pointsBetweenRegionsHitNothing()
    {
        QFETCH(int, view);
        QFETCH(QPointF, point);
        QCOMPARE(m_geometry.regionAt(BodyView(view), point), QString());
    }

    // The gap between two neighbours belongs to neither, with or without touch slop.
    void gapBetweenNeighboursHitsNothing_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const int front = int(BodyView::Front);
        const int back = int(BodyView::Back);
        QTest::newRow("elbow / forearm") << front << "elbow-left"
                                         << "forearm-wrist-left";
        QTest::newRow("forearm / hand") << front << "forearm-wrist-right"
                                        << "hand-right";
        QTest::newRow("quadriceps / knee") << front << "quadriceps-left"
                                           << "knee-itband-left";
        QTest::newRow("hip / quadriceps") << front << "hip-right"
                                          << "quadriceps-right";
        QTest::newRow("left / right quadriceps") << front << "quadriceps-left"
                                                 << "quadriceps-right";
        QTest::newRow("upper / lower back") << back << "upper-back"
                                            << "lower-back";
        QTest::newRow("glute / hamstring") << back << "glute-left"
                                           << "hamstring-left";
        QTest::newRow("left / right glute") << back << "glute-left"
                                            << "glute-right";
        QTest::newRow("calf / heel") << back << "calf-achilles-right"
                                     << "foot-right";
    }

    void gapBetweenNeighboursHitsNothing()
    {
        QFETCH(int, view);
        QFETCH(QString, a);
        QFETCH(QString, b);
        const BodyView v = BodyView(view);
        const BodyMapRegion *ra = m_geometry.region(v, a);
        const BodyMapRegion *rb = m_geometry.region(v, b);
        QVERIFY(ra && rb);
        // Walk from one centre to the other; find the stretch that is in neither shape.
        const QPointF from = ra->interiorPoint;
        const QPointF to = rb->interiorPoint;
        qreal gapStart = -1;
        qreal gapEnd = -1;
        const int steps = 2000;
        for (int i = 0; i <= steps; ++i) {
            const QPointF p = from + (to - from) * (qreal(i) / steps);
            const QString hit = m_geometry.regionAt(v, p);
            QVERIFY2(hit == a || hit == b || hit.isEmpty(), qPrintable(hit));
            if (hit.isEmpty()) {
                if (gapStart < 0)
                    gapStart = qreal(i) / steps;
                gapEnd = qreal(i) / steps;
            }
        }
        QVERIFY2(gapStart > 0, "the two shapes touch: no gap between them");
        const QPointF middle = from + (to - from) * ((gapStart + gapEnd) / 2);
        QCOMPARE(m_geometry.regionAt(v, middle), QString());
        QCOMPARE(m_geometry.regionAt(v, middle, 10), QString());
    }

    void sidesAreAnatomicallyCorrect()
    {
        const qreal mid = m_geometry.viewBox().width() / 2;
        for (BodyView view : kViews) {
            for (const BodyMapRegion &r : m_geometry.regions(view)) {
                const Side side = Regions::sideOf(r.id);
                if (side == Side::Centre) {
                    QVERIFY2(r.bounds.left() < mid && r.bounds.right() > mid, qPrintable(r.id));
                    continue;
                }
                // Front: facing the viewer, the person's left is on the viewer's right.
                const bool onViewersRight = r.bounds.left() > mid;
                const bool onViewersLeft = r.bounds.right() < mid;
                QVERIFY2(onViewersRight || onViewersLeft,
                         qPrintable(r.id + " crosses the midline"));
                const bool personsLeft = side == Side::Left;
                const bool expectViewersRight = (view == BodyView::Front) == personsLeft;
                QVERIFY2(onViewersRight == expectViewersRight,
                         qPrintable(BodyMapGeometry::viewName(view) + QLatin1Char(' ') + r.id));
            }
        }
        QVERIFY(centreOf(BodyView::Front, QStringLiteral("shoulder-left")).x() >
                centreOf(BodyView::Front, QStringLiteral("shoulder-right")).x());
        QVERIFY(centreOf(BodyView::Back, QStringLiteral("shoulder-left")).x() <
                centreOf(BodyView::Back, QStringLiteral("shoulder-right")).x());
    }

    void limbsAreMirrorImages()
    {
        const qreal w = m_geometry.viewBox().width();
        for (BodyView view : kViews) {
            for (const BodyMapRegion &r : m_geometry.regions(view)) {
                if (Regions::sideOf(r.id) != Side::Left)
                    continue;
                const QString other = Regions::baseOf(r.id) + QLatin1String("-right");
                const BodyMapRegion *m = m_geometry.region(view, other);
                QVERIFY2(m, qPrintable(other));
                QVERIFY(qAbs(r.bounds.left() - (w - m->bounds.right())) < 0.11);
                QVERIFY(qAbs(r.bounds.top() - m->bounds.top()) < 0.11);
                QVERIFY(qAbs(area(r.path) - area(m->path)) < 0.5);
            }
        }
    }

    void shapesDoNotOverlap()
    {
        for (BodyView view : kViews) {
            const QList<BodyMapRegion> &regions = m_geometry.regions(view);
            for (qsizetype i = 0; i < regions.size(); ++i) {
                for (qsizetype j = i + 1; j < regions.size(); ++j) {
                    const BodyMapRegion &a = regions.at(i);
                    const BodyMapRegion &b = regions.at(j);
                    if (!a.bounds.intersects(b.bounds))
                        continue;
                    const qreal shared = area(a.path.intersected(b.path));
                    QVERIFY2(shared < 0.01,
                             qPrintable(QStringLiteral("%1: %2 and %3 share %4")
                                            .arg(BodyMapGeometry::viewName(view), a.id, b.id)
                                            .arg(shared)));
                }
            }
        }
    }

    void shapesLieInsideTheFigure()
    {
        for (BodyView view : kViews) {
            const QPainterPath figure = parseSvgPath(m_geometry.silhouette(view)).path;
            for (const BodyMapRegion &r : m_geometry.regions(view)) {
                const qreal outside = area(r.path.subtracted(figure));
                QVERIFY2(outside < 0.01, qPrintable(r.id));
                QVERIFY(area(r.path) > 100); // a real target, not a sliver
            }
        }
    }

    // Small regions get extended targets; extension never takes a tap from a neighbour.
    void touchSlopExtendsSmallRegions_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QPointF>("direction"); // away from the shape, into open space
        const int front = int(BodyView::Front);
        const int back = int(BodyView::Back);
        QTest::newRow("front left hand, outside") << front << "hand-left" << QPointF(1, 0);
        QTest::newRow("front right hand, below") << front << "hand-right" << QPointF(0, 1);
        QTest::newRow("front left elbow, outside") << front << "elbow-left" << QPointF(1, 0);
        QTest::newRow("front left foot, below") << front << "foot-left" << QPointF(0, 1);
        QTest::newRow("back right foot, outside") << back << "foot-right" << QPointF(1, 0);
        QTest::newRow("back left elbow, outside") << back << "elbow-left" << QPointF(-1, 0);
    }

    void touchSlopExtendsSmallRegions()
    {
        QFETCH(int, view);
        QFETCH(QString, id);
        QFETCH(QPointF, direction);
        const BodyView v = BodyView(view);
        const BodyMapRegion *r = m_geometry.region(v, id);
        QVERIFY(r);
        // Walk out of the shape to its edge, then 4 units further.
        QPointF p = r->interiorPoint;
        while (r->path.contains(p))
            p += direction * 0.25;
        p += direction * 4;
        QCOMPARE(m_geometry.regionAt(v, p), QString());
        QCOMPARE(m_geometry.regionAt(v, p, 8), id);
        QCOMPARE(m_geometry.regionAt(v, p, 2), QString()); // beyond the slop
    }

    void touchSlopNeverStealsFromANeighbour()
    {
        // Equidistant from both feet: ambiguous, so nothing, however generous the slop.
        const BodyMapRegion *left = m_geometry.region(BodyView::Front, QStringLiteral("foot-left"));
        const BodyMapRegion *right =
            m_geometry.region(BodyView::Front, QStringLiteral("foot-right"));
        QVERIFY(left && right);
        const QPointF between((left->bounds.left() + right->bounds.right()) / 2,
                              left->bounds.center().y());
        QCOMPARE(m_geometry.regionAt(BodyView::Front, between, 30), QString());

        // Inside a region, slop never moves the hit elsewhere.
        for (BodyView view : kViews) {
            for (const BodyMapRegion &r : m_geometry.regions(view)) {
                for (const QPointF &p : r.outline) {
                    const QPointF inward = p + (r.interiorPoint - p) * 0.05;
                    if (r.path.contains(inward))
                        QCOMPARE(m_geometry.regionAt(view, inward, 12), r.id);
                }
            }
        }

        // Just outside the elbow, towards the forearm: the forearm is about as close, so a
        // slop tap there selects nothing rather than guessing.
        const BodyMapRegion *elbow =
            m_geometry.region(BodyView::Front, QStringLiteral("elbow-left"));
        const BodyMapRegion *forearm =
            m_geometry.region(BodyView::Front, QStringLiteral("forearm-wrist-left"));
        QVERIFY(elbow && forearm);
        const QPointF a = elbow->interiorPoint;
        const QPointF b = forearm->interiorPoint;
        QPointF p = a;
        while (elbow->path.contains(p))
            p += (b - a) / 1000;
        QCOMPARE(m_geometry.regionAt(BodyView::Front, p + (b - a) / 1000, 10), QString());
    }

    void parsesAllCommandForms()
    {
        // Absolute and relative forms of the same unit square give the same shape.
        const QPainterPath abs = parseSvgPath(u"M0 0 L10 0 L10 10 L0 10 Z").path;
        const QPainterPath rel = parseSvgPath(u"m0,0 l10,0 0,10 -10,0 z").path;
        const QPainterPath hv = parseSvgPath(u"M0 0H10V10H0Z").path;
        const QPainterPath hvRel = parseSvgPath(u"m0 0h10v10h-10z").path;
        for (const QPainterPath &p : {rel, hv, hvRel}) {
            QCOMPARE(p.boundingRect(), abs.boundingRect());
            QCOMPARE(area(p), 100.0);
        }
        // Implicit repetition after M is a line; numbers run together as SVG allows.
        const SvgPathParseResult packed = parseSvgPath(u"M.5.5 10-2e-1 1.5e1,10.5z");
        QVERIFY2(packed.ok(), qPrintable(packed.error));
        QCOMPARE(packed.path.elementAt(0).x, 0.5);
        QCOMPARE(packed.path.elementAt(0).y, 0.5);
        QCOMPARE(packed.path.elementAt(1).x, 10.0);
        QCOMPARE(packed.path.elementAt(1).y, -0.2);
        QCOMPARE(packed.path.elementAt(2).x, 15.0);
        QCOMPARE(packed.path.elementAt(2).y, 10.5);
        // Numbers convert exactly as a full decimal conversion would, short or long.
        const SvgPathParseResult numbers = parseSvgPath(
            u"M0.1 -0.3 L1.2345678901234567 2e30 L-.5e+1 0007.250 L1e-300 123456789012345678");
        QVERIFY2(numbers.ok(), qPrintable(numbers.error));
        QCOMPARE(numbers.path.elementAt(0).x, 0.1);
        QCOMPARE(numbers.path.elementAt(0).y, -0.3);
        QCOMPARE(numbers.path.elementAt(1).x, 1.2345678901234567);
        QCOMPARE(numbers.path.elementAt(1).y, 2e30);
        QCOMPARE(numbers.path.elementAt(2).x, -5.0);
        QCOMPARE(numbers.path.elementAt(2).y, 7.25);
        QCOMPARE(numbers.path.elementAt(3).x, 1e-300);
        QCOMPARE(numbers.path.elementAt(3).y, 123456789012345678.0);
        // Curves: C with S reflecting its control point; Q with T.
        const SvgPathParseResult cubic = parseSvgPath(u"M0 0 C0 10 10 10 10 0 S20 -10 20 0");
        QVERIFY(cubic.ok());
        QCOMPARE(cubic.path.elementCount(), 7);
        QCOMPARE(QPointF(cubic.path.elementAt(4)), QPointF(10, -10)); // reflected control
        const SvgPathParseResult quad = parseSvgPath(u"M0 0 q5 10 10 0 t10 0");
        QVERIFY(quad.ok());
        QCOMPARE(QPointF(quad.path.elementAt(quad.path.elementCount() - 1)), QPointF(20, 0));
        QVERIFY(quad.path.contains(QPointF(15, -2))); // the T arc bulges up, mirroring q
        // After Z, drawing continues from the subpath's start.
        const SvgPathParseResult closed = parseSvgPath(u"M5 5 l10 0 0 10 z l-5 0");
        QVERIFY(closed.ok());
        QCOMPARE(QPointF(closed.path.elementAt(closed.path.elementCount() - 1)), QPointF(0, 5));
    }

    void reportsMalformedPaths_data()
    {
        QTest::addColumn<QString>("d");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "  " << 0 << "empty";
        QTest::newRow("no move first") << "L1 2" << 0 << "must start";
        QTest::newRow("number first") << "1 2" << 0 << "before any command";
        QTest::newRow("missing coordinate") << "M1 2 L3" << 7 << "expected number 2 of 2";
        QTest::newRow("unsupported arc")
            << "M0 0 A5 5 0 0 1 10 10" << 5 << "unsupported command 'A'";
        QTest::newRow("unknown letter") << "M0 0 X1" << 5 << "unsupported command 'X'";
        QTest::newRow("bad exponent") << "M0 0 L1e 2" << 7 << "found 'e'";
        QTest::newRow("double comma") << "M0,,0" << 3 << "expected number 2 of 2";
        QTest::newRow("lone sign") << "M0 0 C1 2 3 4 5 -" << 16 << "expected number 6 of 6";
        QTest::newRow("number after Z") << "M0 0 L1 1 Z 4" << 12 << "after 'Z'";
        QTest::newRow("stray character") << "M0 0 L1 1 #" << 10 << "unexpected character '#'";
    }

    void reportsMalformedPaths()
    {
        QFETCH(QString, d);
        QFETCH(int, offset);
        QFETCH(QString, mentions);
        const SvgPathParseResult r = parseSvgPath(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorOffset, offset);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY2(r.error.contains(QString::number(offset)), qPrintable(r.error));
        QVERIFY(r.path.isEmpty());
    }

    void rejectsBadGeometryInWords()
    {
        BodyMapGeometry g;
        QVERIFY(!g.loadFromData("{", QStringLiteral("broken.json")));
        QVERIFY2(g.errorString().startsWith(QLatin1String("broken.json: not valid JSON")),
                 qPrintable(g.errorString()));

        QVERIFY(!g.loadFromData(withChange([](QJsonObject &root) {
                                    root = setFirstRegion(root, QStringLiteral("back"),
                                                          QStringLiteral("id"),
                                                          QStringLiteral("shoulder-lef"));
                                }),
                                QStringLiteral("bodymap.json")));
        QVERIFY2(g.errorString().contains(QLatin1String("bodymap.json: view 'back'")),
                 qPrintable(g.errorString()));
        QVERIFY2(g.errorString().contains(QLatin1String("('shoulder-lef'): unknown region id")),
                 qPrintable(g.errorString()));
        QVERIFY(!g.isLoaded());
        QVERIFY(g.regions(BodyView::Back).isEmpty());

        QVERIFY(!g.loadFromData(withChange([](QJsonObject &root) {
                                    root = setFirstRegion(root, QStringLiteral("front"),
                                                          QStringLiteral("path"),
                                                          QStringLiteral("M0 0 L5"));
                                }),
                                QStringLiteral("bodymap.json")));
        QVERIFY2(g.errorString().contains(QLatin1String("view 'front', region 0 ('neck'): path: "
                                                        "expected number 2 of 2 for 'L'")),
                 qPrintable(g.errorString()));
        QVERIFY2(g.errorString().contains(QLatin1String("at character 7")),
                 qPrintable(g.errorString()));

        // The neck appears on both views; two renames leave it on neither.
        QVERIFY(!g.loadFromData(
            withChange([](QJsonObject &root) {
                for (const QString &view : {QStringLiteral("front"), QStringLiteral("back")}) {
                    root = setFirstRegion(root, view, QStringLiteral("id"),
                                          QStringLiteral("upper-back"));
                }
            }),
            QStringLiteral("bodymap.json")));
        QVERIFY2(g.errorString().contains(QLatin1String("appears twice")) ||
                     g.errorString().contains(QLatin1String("'neck' is on neither view")),
                 qPrintable(g.errorString()));

        QVERIFY(!g.loadFromData(
            withChange([](QJsonObject &root) { root[QLatin1String("formatVersion")] = 2; }),
            QStringLiteral("bodymap.json")));
        QVERIFY2(g.errorString().contains(QLatin1String("formatVersion must be 1, found 2")),
                 qPrintable(g.errorString()));

        QVERIFY(!g.load(QStringLiteral("/nonexistent/bodymap.json")));
        QVERIFY2(
            g.errorString().startsWith(QLatin1String("/nonexistent/bodymap.json: cannot be read")),
            qPrintable(g.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestBodyMapGeometry)
#include "tst_bodymapgeometry.moc"
