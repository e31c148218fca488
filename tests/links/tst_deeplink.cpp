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
