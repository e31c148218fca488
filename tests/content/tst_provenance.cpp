// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/provenance.h"

#include <QSignalSpy>
#include <QTest>

using namespace unknot;

// The About section's provenance: the bundled file is complete, and a file that breaks a rule
// is reported, not shown half-read.
class TestProvenance : public QObject
{
    Q_OBJECT

private slots:
    void bundledFileIsValid()
    {
        ContentProvenance p;
        QVERIFY2(p.valid(), qPrintable(p.problem()));
        QVERIFY(p.reviewedOn().isValid());
        QVERIFY(!p.reviewedOnText().isEmpty());
        QVERIFY(!p.reviewedBy().isEmpty());
        QVERIFY(!p.basedOn().isEmpty());
    }

    void brokenFilesAreReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray sources = R"("basedOn": ["The active-release pattern."])";
        QTest::newRow("not JSON") << QByteArray("{") << "is not a JSON object";
        QTest::newRow("wrong version")
            << QByteArray(
                   R"({"formatVersion": 2, "reviewedOn": "2026-12-02", "reviewedBy": "A", )" +
                   sources + "}")
            << "formatVersion must be 1";
        QTest::newRow("not a date")
            << QByteArray(
                   R"({"formatVersion": 1, "reviewedOn": "2 Dec 2026", "reviewedBy": "A", )" +
                   sources + "}")
            << "reviewedOn must be a date written YYYY-MM-DD";
        QTest::newRow("no reviewer")
            << QByteArray(R"({"formatVersion": 1, "reviewedOn": "2026-12-02", )" + sources + "}")
            << "reviewedBy must be text of 1 to 300 characters";
        QTest::newRow("no sources")
            << QByteArray(
                   R"({"formatVersion": 1, "reviewedOn": "2026-12-02", "reviewedBy": "A", "basedOn": []})")
            << "basedOn must list 1 to 6 sources";
        QTest::newRow("unknown field")
            << QByteArray(R"({"formatVersion": 1, "reviewer": "A"})")
            << "\"reviewer\" is not a provenance field (fields: formatVersion, reviewedOn, "
               "reviewedBy, basedOn)";
    }

    void brokenFilesAreReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        ContentProvenance p;
        QSignalSpy changed(&p, &ContentProvenance::changed);
        QVERIFY(!p.parse(json));
        QCOMPARE(p.problem(), problem);
        QVERIFY(!p.valid());
        QVERIFY(p.basedOn().isEmpty());
        QVERIFY(!p.reviewedOn().isValid());
        QCOMPARE(changed.count(), 1);
    }

    void missingFileIsReported()
    {
        ContentProvenance p;
        p.setSource(QStringLiteral("/nonexistent/provenance.json"));
        QVERIFY(!p.valid());
        QVERIFY(
            p.problem().startsWith(QLatin1String("/nonexistent/provenance.json cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
