// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled step's picture, drawn offscreen by the app's own StepPictureView for every side
// it is shown on: its pin lies inside the step's region (the body map's hit test, mirrored for
// the side), is drawn where that region is drawn, and lies outside every keep-off zone.
#include "bodymap/bodymapgeometry.h"
#include "bodymap/bundledbodymap.h"
#include "bodymap/keepoffzones.h"
#include "bodymap/svgpathparser.h"
#include "content/catalog.h"
#include "core/appcore.h"
#include "pictures/picturerules.h"
#include "pictures/steppictureframe.h"
#include "settings/appsettings.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace unknot;

namespace {

// Colour of `over` at `alpha` on `under`, as the renderer blends it.
QColor blended(const QColor &under, const QColor &over, qreal alpha)
{
    auto mix = [&](qreal a, qreal b) {
        return int(std::lround(a * (1 - alpha) + b * alpha));
    };
    return QColor(mix(under.red(), over.red()), mix(under.green(), over.green()),
                  mix(under.blue(), over.blue()));
}

bool near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

class TestStepPictures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_view = nullptr;
    KeepOffZones m_zones;

    StepPictureFrame *frame() const
    {
        return qobject_cast<StepPictureFrame *>(m_view->property("frame").value<QObject *>());
    }
    // Sides a technique is worked on, as the session names them, with the pass.
    static QList<std::pair<QString, int>> sidesOf(const Technique &t)
    {
        QList<std::pair<QString, int>> out;
        for (qsizetype i = 0; i < t.sides.size(); ++i)
            out.append({sideName(t.sides.at(i)), int(i)});
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        m_core = std::make_unique<AppCore>(config);
        AppCore::setInstance(m_core.get());
        QVERIFY(m_core->catalog()->techniqueCount() > 0);
        QVERIFY2(m_zones.load(QString::fromLatin1(kBundledKeepOffPath)),
                 qPrintable(m_zones.errorString()));

        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(m_engine.get());
        component.setData("import QtQuick\nimport Unknot\n"
                          "StepPictureView { width: 320; height: 320 }",
                          QUrl(QStringLiteral("qrc:/tst_steppictures.qml")));
        m_view = qobject_cast<QQuickItem *>(component.create());
        QVERIFY2(m_view, qPrintable(component.errorString()));
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(320, 320);
        m_view->setParentItem(m_window->contentItem());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(frame());
    }

    void cleanupTestCase()
    {
        delete m_view;
        m_window.reset();
        m_engine.reset();
        AppCore::setInstance(nullptr);
        m_core.reset();
    }

    // The content check's rule, over the whole library: a picture on every step, its region
    // drawn on its view, its pin inside that region and outside every keep-off zone.
    void everyBundledStepHasAPictureThatKeepsTheRules()
    {
        const QList<ContentProblem> problems =
            PictureRules::check(m_core->catalog()->techniques(), bundledBodyMapGeometry(), m_zones);
        QStringList texts;
        for (const ContentProblem &p : problems)
            texts << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // The zones the issue names exist, each lies on the figure and says why.
    void keepOffZonesCoverTheNamedPlaces()
    {
        const BodyMapGeometry &g = bundledBodyMapGeometry();
        QStringList ids;
        for (const KeepOffZone &zone : m_zones.zones()) {
            ids << zone.id;
            QVERIFY(!zone.reason.isEmpty());
            const SvgPathParseResult silhouette = parseSvgPath(g.silhouette(zone.view));
            QVERIFY(silhouette.ok());
            QVERIFY2(silhouette.path.contains(zone.path.boundingRect().center()) ||
                         silhouette.path.intersects(zone.path),
                     qPrintable(zone.id));
        }
        for (const char *required : {"front-of-neck", "groin-inner-thigh", "back-of-knee", "spine"})
            QVERIFY2(ids.contains(QLatin1String(required)), required);
    }

    // The rule catches what it names: a pin moved into a zone, or off its region.
    void theRulesCatchABadPin_data()
    {
        QTest::addColumn<QString>("techniqueId");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QPointF>("pin");
        QTest::addColumn<QString>("message");
        QTest::newRow("front of the neck") << "neck-side-release"
                                           << "front" << QPointF(120, 85) << "Front of the neck";
        QTest::newRow("over the spine") << "lower-back-ball-release"
                                        << "back" << QPointF(120, 230) << "Over the spine";
        QTest::newRow("back of the knee") << "seated-hamstring-release"
                                          << "back" << QPointF(99, 381) << "Back of the knee";
        QTest::newRow("groin") << "front-of-thigh-ball-release"
                               << "front" << QPointF(132, 266) << "Groin and inner thigh";
        QTest::newRow("middle of the buttock")
            << "buttock-ball-release"
            << "back" << QPointF(103, 280) << "Middle of the buttock";
        QTest::newRow("off the region") << "lower-back-ball-release"
                                        << "back" << QPointF(60, 40) << "lies outside region";
        QTest::newRow("on the region's edge")
            << "lower-back-ball-release"
            << "back" << QPointF(87.8, 230) << "units of region lower-back's edge";
    }
    void theRulesCatchABadPin()
    {
        QFETCH(QString, techniqueId);
        QFETCH(QString, view);
        QFETCH(QPointF, pin);
        QFETCH(QString, message);
        Technique t = *m_core->catalog()->technique(techniqueId);
        // A real pin step, its pin moved.
        StepPicture &p = t.steps[2].picture;
        QCOMPARE(t.steps.at(2).kind, u"pin");
        QVERIFY(p.hasPin);
        p.view = view;
        p.pin = pin;
        const QList<ContentProblem> problems =
            PictureRules::check({t}, bundledBodyMapGeometry(), m_zones);
        QStringList texts;
        bool found = false;
        for (const ContentProblem &problem : problems) {
            texts << problem.toString();
            found =
                found || (problem.field == u"step 3 picture" && problem.message.contains(message));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no \"%1\" problem in:\n%2")
                                       .arg(message, texts.join(QLatin1Char('\n')))));
    }

    void sidesAreMirrored()
    {
        StepPictureFrame *f = frame();
        f->setTechniqueId(QStringLiteral("forearm-flexor-release"));
        f->setStepIndex(2);
        f->setSide(QStringLiteral("left"));
        QVERIFY(f->valid());
        QCOMPARE(f->regionId(), u"forearm-wrist-left");
        const QPointF left = f->pin();
        f->setSide(QStringLiteral("right"));
        QCOMPARE(f->regionId(), u"forearm-wrist-right");
        QCOMPARE(f->pin(), QPointF(240 - left.x(), left.y()));
        QVERIFY(f->mirrored());

        // One side of the spine, then the other: the second pass is the mirror image.
        f->setTechniqueId(QStringLiteral("lower-back-ball-release"));
        f->setSide(QString());
        f->setPass(0);
        const QPointF first = f->pin();
        f->setPass(1);
        QCOMPARE(f->pin(), QPointF(240 - first.x(), first.y()));
        QCOMPARE(f->regionId(), u"lower-back");

        // A centre technique worked once is never mirrored.
        f->setTechniqueId(QStringLiteral("base-of-skull-release"));
        f->setPass(0);
        QVERIFY(!f->mirrored());
    }

    void pinsAreDrawnInsideTheirRegion_data()
    {
        QTest::addColumn<QString>("techniqueId");
        QTest::addColumn<QString>("theme");
        for (const QString theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            for (const Technique &t : m_core->catalog()->techniques())
                QTest::newRow(qPrintable(t.id + QLatin1Char('-') + theme)) << t.id << theme;
        }
    }
    void pinsAreDrawnInsideTheirRegion()
    {
        QFETCH(QString, techniqueId);
        QFETCH(QString, theme);
        m_core->settings()->setThemeMode(theme);
        const Technique *t = m_core->catalog()->technique(techniqueId);
        QVERIFY(t);
        const BodyMapGeometry &geometry = bundledBodyMapGeometry();
        StepPictureFrame *f = frame();
        QQuickItem *marker = m_view->findChild<QQuickItem *>(QStringLiteral("pinMarker"));
        QVERIFY(marker);
        f->setTechniqueId(techniqueId);
        for (const auto &[side, pass] : sidesOf(*t)) {
            for (int i = 0; i < t->steps.size(); ++i) {
                const QString where = QStringLiteral("%1 step %2, %3 side (pass %4)")
                                          .arg(techniqueId)
                                          .arg(i + 1)
                                          .arg(side)
                                          .arg(pass);
                f->setSide(side);
                f->setPass(pass);
                f->setStepIndex(i);
                QVERIFY2(f->valid(), qPrintable(where));
                QVERIFY2(!f->description().isEmpty(), qPrintable(where));
                if (!f->hasPin())
                    continue;
                const BodyView view = f->view() == u"back" ? BodyView::Back : BodyView::Front;
                // The body map's own hit test: the pin is in the step's region on this side.
                QVERIFY2(
                    geometry.regionAt(view, f->pin()) == f->regionId(),
                    qPrintable(where + QStringLiteral(": pin hits \"%1\", not %2")
                                           .arg(geometry.regionAt(view, f->pin()), f->regionId())));
                QVERIFY2(!m_zones.zoneAt(view, f->pin()), qPrintable(where));

                // The marker is drawn at the pin, and under the pin the region is drawn.
                const QPointF at = f->pinAt();
                const QPointF markerCentre =
                    marker->mapToItem(m_view, QPointF(marker->width() / 2, marker->height() / 2));
                QVERIFY2(QLineF(markerCentre, at).length() < 0.5, qPrintable(where));
                QVERIFY2(QRectF(0, 0, m_view->width(), m_view->height()).contains(at),
                         qPrintable(where + QStringLiteral(": pin is outside the picture")));
                marker->setOpacity(0); // look underneath it
                // The figure is drawn through a layer, which the software renderer updates a
                // frame late: the first grab brings it up to date.
                m_window->grabWindow();
                const QImage image = m_window->grabWindow();
                marker->setOpacity(1);
                const qreal dpr = image.devicePixelRatio();
                const QColor drawn = image.pixelColor(int(at.x() * dpr), int(at.y() * dpr));
                const QColor expected = blended(m_view->property("figureFill").value<QColor>(),
                                                m_view->property("regionTint").value<QColor>(),
                                                m_view->property("regionTintAlpha").toReal());
                QVERIFY2(near(drawn, expected, 12),
                         qPrintable(where + QStringLiteral(": under the pin is %1, the region is "
                                                           "drawn %2")
                                                .arg(describe(drawn), describe(expected))));
            }
        }
    }
};

QTEST_MAIN(TestStepPictures)
#include "tst_steppictures.moc"
