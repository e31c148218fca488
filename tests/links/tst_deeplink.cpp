// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/deeplink.h"

#include <QTest>

using unknot::DeepLink;

class TestDeepLink : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("techniqueId");
        QTest::newRow("technique")
            << "unknot://technique/forearm-flexor-release" << int(DeepLink::Kind::OpenTechnique)
            << "forearm-flexor-release";
        QTest::newRow("start") << "unknot://session/start?technique=neck-release"
                               << int(DeepLink::Kind::StartSession) << "neck-release";
        QTest::newRow("surrounding space")
            << "  unknot://technique/a1  " << int(DeepLink::Kind::OpenTechnique) << "a1";
    }
    void valid()
    {
        QFETCH(QString, link);
        QFETCH(int, kind);
        QFETCH(QString, techniqueId);
        const DeepLink parsed = DeepLink::parse(link);
        QCOMPARE(int(parsed.kind), kind);
        QCOMPARE(parsed.techniqueId, techniqueId);
        QVERIFY(parsed.error.isEmpty());
    }

    void regionAndBodyMap()
    {
        const DeepLink region = DeepLink::parse(QStringLiteral("unknot://region/shoulder-left"));
        QCOMPARE(region.kind, DeepLink::Kind::OpenRegion);
        QCOMPARE(region.regionId, QStringLiteral("shoulder-left"));
        QVERIFY(region.techniqueId.isEmpty());
        QCOMPARE(DeepLink::parse(QStringLiteral("unknot://bodymap")).kind,
                 DeepLink::Kind::OpenBodyMap);
        QCOMPARE(DeepLink::parse(QStringLiteral("unknot://bodymap/")).kind,
                 DeepLink::Kind::OpenBodyMap);
    }

    void planLinks()
    {
        QCOMPARE(DeepLink::parse(QStringLiteral("unknot://plan")).kind, DeepLink::Kind::OpenPlan);
        QCOMPARE(DeepLink::parse(QStringLiteral("unknot://plan/")).kind, DeepLink::Kind::OpenPlan);
        QCOMPARE(DeepLink::parse(QStringLiteral("unknot://plan/start")).kind,
                 DeepLink::Kind::StartPlan);
    }

    void newReminder()
    {
        const DeepLink link = DeepLink::parse(QStringLiteral(
            "unknot://reminder/new?time=07:30&days=mon,wed,fri&technique=forearm-flexor-release"
            "&label=Before%20work"));
        QCOMPARE(link.kind, DeepLink::Kind::NewReminder);
        QCOMPARE(link.minuteOfDay, 7 * 60 + 30);
        QCOMPARE(link.weekdays, 1 | 4 | 16);
        QCOMPARE(link.techniqueId, QStringLiteral("forearm-flexor-release"));
        QVERIFY(link.regionId.isEmpty());
        QCOMPARE(link.label, QStringLiteral("Before work"));
        QVERIFY(link.problems.isEmpty());
        QVERIFY(link.error.isEmpty());

        const DeepLink region =
            DeepLink::parse(QStringLiteral("unknot://reminder/new?time=0:05&days=SUN&region=neck"));
        QCOMPARE(region.minuteOfDay, 5);
        QCOMPARE(region.weekdays, 64);
        QCOMPARE(region.regionId, QStringLiteral("neck"));
        QVERIFY(region.problems.isEmpty());

        // A technique with the region its session is recorded against: both kept.
        const DeepLink both = DeepLink::parse(
            QStringLiteral("unknot://reminder/new?time=07:30&days=mon&technique=a&region=neck"));
        QCOMPARE(both.techniqueId, QStringLiteral("a"));
        QCOMPARE(both.regionId, QStringLiteral("neck"));
        QVERIFY(both.problems.isEmpty());
    }

    // Partial and hostile reminder links still open the editor (kind NewReminder) with what
    // was usable, and say in `problems` what was not.
    void newReminderPartial_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("minuteOfDay");
        QTest::addColumn<int>("weekdays");
        QTest::addColumn<QString>("techniqueId");
        QTest::addColumn<QString>("regionId");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << "unknot://reminder/new" << -1 << 0 << ""
                                 << ""
                                 << ""
                                 << "The link gives no time.";
        QTest::newRow("no days") << "unknot://reminder/new?time=07:30" << 450 << 0 << ""
                                 << ""
                                 << ""
                                 << "The link gives no days of the week.";
        QTest::newRow("24:00") << "unknot://reminder/new?time=24:00&days=mon" << -1 << 1 << ""
                               << ""
                               << ""
                               << "The time in the link is not a time of day (expected e.g. "
                                  "07:30).";
        QTest::newRow("unknown day")
            << "unknot://reminder/new?time=07:30&days=mon,funday" << 450 << 1 << ""
            << ""
            << ""
            << "The link names days Unknot does not know: funday (use "
               "mon to sun).";
        QTest::newRow("time twice")
            << "unknot://reminder/new?time=07:30&time=08:00&days=mon" << -1 << 1 << ""
            << ""
            << ""
            << "The link gives more than one time.";
        QTest::newRow("bad technique id")
            << "unknot://reminder/new?time=07:30&days=mon&technique=../../etc" << 450 << 1 << ""
            << ""
            << ""
            << "The technique named in the link is not a technique id.";
        QTest::newRow("bad region id")
            << "unknot://reminder/new?time=07:30&days=mon&region=Neck!" << 450 << 1 << ""
            << ""
            << ""
            << "The region named in the link is not a region id.";
        QTest::newRow("long label")
            << "unknot://reminder/new?time=07:30&days=mon&label=" + QString(81, QLatin1Char('x'))
            << 450 << 1 << ""
            << ""
            << ""
            << "The label in the link is longer than 80 characters.";
        QTest::newRow("control characters in label")
            << "unknot://reminder/new?time=07:30&days=mon&label=a%00b%E2%80%AEc" << 450 << 1 << ""
            << ""
            << ""
            << "The label in the link holds characters that cannot be shown.";
    }
    void newReminderPartial()
    {
        QFETCH(QString, link);
        QFETCH(int, minuteOfDay);
        QFETCH(int, weekdays);
        QFETCH(QString, techniqueId);
        QFETCH(QString, regionId);
        QFETCH(QString, label);
        QFETCH(QString, problem);
        const DeepLink parsed = DeepLink::parse(link);
        QCOMPARE(parsed.kind, DeepLink::Kind::NewReminder);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.minuteOfDay, minuteOfDay);
        QCOMPARE(parsed.weekdays, weekdays);
        QCOMPARE(parsed.techniqueId, techniqueId);
        QCOMPARE(parsed.regionId, regionId);
        QCOMPARE(parsed.label, label);
        QVERIFY2(parsed.problems.contains(problem), qPrintable(parsed.problems.join('|')));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "This link is not an Unknot link.";
        QTest::newRow("other scheme") << "https://technique/x"
                                      << "This link is not an Unknot link.";
        QTest::newRow("garbage") << "unknot:/\x01%%"
                                 << "This link is not an Unknot link.";
        QTest::newRow("no id") << "unknot://technique/"
                               << "This link does not name a technique.";
        QTest::newRow("nested path") << "unknot://technique/a/b"
                                     << "This link does not name a technique.";
        QTest::newRow("upper case id") << "unknot://technique/Neck"
                                       << "This link does not name a technique.";
        QTest::newRow("start without id") << "unknot://session/start"
                                          << "This link does not name a technique to start.";
        QTest::newRow("start bad id") << "unknot://session/start?technique=../etc"
                                      << "This link does not name a technique to start.";
        QTest::newRow("region without id") << "unknot://region/"
                                           << "This link does not name a body region.";
        QTest::newRow("region with query") << "unknot://region/neck?x=1"
                                           << "This link does not name a body region.";
        QTest::newRow("bodymap with path") << "unknot://bodymap/x"
                                           << "Unknot does not know what to do with this link.";
        QTest::newRow("plan with other action") << "unknot://plan/stop"
                                                << "Unknot does not know what to do with this "
                                                   "plan link.";
        QTest::newRow("plan with query") << "unknot://plan/start?x=1"
                                         << "Unknot does not know what to do with this link.";
        QTest::newRow("reminder without new") << "unknot://reminder/edit?time=07:30"
                                              << "Unknot does not know what to do with this link.";
        QTest::newRow("unknown host") << "unknot://reminders/7"
                                      << "Unknot does not know what to do with this link.";
        QTest::newRow("unknown action") << "unknot://session/stop?technique=a"
                                        << "Unknot does not know what to do with this link.";
    }
    void invalid()
    {
        QFETCH(QString, link);
        QFETCH(QString, error);
        const DeepLink parsed = DeepLink::parse(link);
        QCOMPARE(int(parsed.kind), int(DeepLink::Kind::Invalid));
        QCOMPARE(parsed.error, error);
        QVERIFY(parsed.techniqueId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
