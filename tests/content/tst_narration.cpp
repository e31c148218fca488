// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrationcheck.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const QString kClip = QStringLiteral("steps/counted-release/0%1.mp3");

QString fixture(const QString &name, const QString &part)
{
    return QStringLiteral(UNKNOT_FIXTURES_DIR "/content/narration/%1/%2").arg(name, part);
}

NarrationCheck fixtureCheck(const QString &name)
{
    return NarrationCheck(fixture(name, QStringLiteral("techniques")),
                          fixture(name, QStringLiteral("audio")));
}

// Each problem is exactly the expected text, where "#" in the expected text stands for any digit.
bool matches(const QStringList &problems, const QStringList &expected)
{
    if (problems.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QStringList parts = expected.at(i).split(QLatin1Char('#'));
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        const QString pattern = parts.join(QLatin1String("[0-9]"));
        if (!QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                 .match(problems.at(i))
                 .hasMatch())
            return false;
    }
    return true;
}

QByteArray listed(const QStringList &problems)
{
    return "\n  " + problems.join(QLatin1String("\n  ")).toUtf8();
}

} // namespace

// The bundled narration is complete and fresh for the bundled content; and the check that says
// so catches each way narration goes wrong, shown on small broken fixtures.
class TestNarration : public QObject
{
    Q_OBJECT

private slots:
    void bundledNarrationIsFreshAndComplete()
    {
        NarrationCheck check(QStringLiteral(UNKNOT_SOURCE_DIR "/assets/content/techniques"),
                             QStringLiteral(UNKNOT_SOURCE_DIR "/assets/audio"));
        check.requiredSharedClips = {
            QStringLiteral("shared/chime.mp3"),     QStringLiteral("shared/switch-sides.mp3"),
            QStringLiteral("shared/last-one.mp3"),  QStringLiteral("shared/release.mp3"),
            QStringLiteral("shared/well-done.mp3"), QStringLiteral("shared/left-side.mp3"),
            QStringLiteral("shared/right-side.mp3")};
        check.requireSafetyClips = true;
        // Counts up to eleven: the last of at most twelve repetitions is "Last one".
        for (int n = 1; n <= 11; ++n)
            check.requiredSharedClips << QStringLiteral("shared/count-%1.mp3").arg(n);
        const NarrationCheck::Report report = check.run();
        qInfo("narration: %d clips, %.1f min of audio, %lld bytes (%.2f MB) of the %.0f MB limit",
              report.clipCount, report.totalMilliseconds / 60000.0, report.totalBytes,
              report.totalBytes / 1e6, check.sizeLimitBytes / 1e6);
        QVERIFY2(report.problems.isEmpty(), listed(report.problems));
        QVERIFY(report.clipCount > 200);
        QVERIFY(report.totalBytes < 8'000'000);
    }

    void freshFixturePasses()
    {
        const NarrationCheck::Report report = fixtureCheck(QStringLiteral("fresh")).run();
        QVERIFY2(report.problems.isEmpty(), listed(report.problems));
        QCOMPARE(report.clipCount, 5);
        QVERIFY(report.totalMilliseconds > 2500);
    }

    void catchesBrokenNarration_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        const QString rerun = QStringLiteral("; run tools/make-narration.sh");
        QTest::newRow("cue changed, audio not regenerated")
            << "stale-cue"
            << QStringList{kClip.arg(2) +
                           ": stale, step 2's cue changed after its audio was "
                           "made" +
                           rerun};
        QTest::newRow("clip missing")
            << "missing-clip" << QStringList{kClip.arg(3) + ": is missing"};
        QTest::newRow("step without a clip")
            << "unlisted-clip" << QStringList{kClip.arg(4) + ": not in the manifest" + rerun};
        // Decoded lengths differ by a few milliseconds between decoders: those digits may vary.
        QTest::newRow("clips swapped")
            << "swapped-clips"
            << QStringList{kClip.arg(1) + ": 8 words in 0.6# s is 1#.# words per second, "
                                          "outside 1.5 to 4; is it the clip of another text, or "
                                          "cut short?",
                           kClip.arg(5) + ": 1 words in 2.## s is 0.4 words per second, outside "
                                          "1.5 to 4; is it the clip of another text, or cut "
                                          "short?"};
        QTest::newRow("clip replaced, manifest not updated")
            << "replaced-clip"
            << QStringList{kClip.arg(2) + ": is 2508 bytes, the manifest says 1881",
                           kClip.arg(2) + ": lasts 8## ms, the manifest says 600 ms"};
        QTest::newRow("silent clip")
            << "silent-clip" << QStringList{kClip.arg(3) + ": is silent (peak 0.000)"};
        QTest::newRow("file the manifest does not know")
            << "clip-not-in-manifest"
            << QStringList{kClip.arg(6) + ": on disk but not in the manifest"};
        QTest::newRow("hold shorter than its cue")
            << "hold-shorter-than-cue"
            << QStringList{kClip.arg(1) + ": the hold of 3 s does not outlast the 1045 ms cue by "
                                          "2 s"};
    }

    void catchesBrokenNarration()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const NarrationCheck::Report report = fixtureCheck(fixture).run();
        QVERIFY2(matches(report.problems, expected),
                 "reported:" + listed(report.problems) + "\nexpected:" + listed(expected));
    }

    void catchesAClipThatDoesNotDecode()
    {
        // The decoder's own words vary with the GStreamer version; the verdict must not.
        const NarrationCheck::Report report =
            fixtureCheck(QStringLiteral("undecodable-clip")).run();
        QCOMPARE(report.problems.size(), 1);
        qInfo() << report.problems.first();
        QVERIFY2(report.problems.first().startsWith(kClip.arg(4) + ": does not decode ("),
                 qPrintable(report.problems.first()));
    }

    void catchesAMissingSharedClip()
    {
        NarrationCheck check = fixtureCheck(QStringLiteral("fresh"));
        check.requiredSharedClips = {QStringLiteral("shared/chime.mp3")};
        QCOMPARE(check.run().problems,
                 QStringList{QStringLiteral("shared/chime.mp3: not in the manifest; run "
                                            "tools/make-narration.sh")});
    }

    void catchesNarrationOverTheSizeLimit()
    {
        NarrationCheck check = fixtureCheck(QStringLiteral("fresh"));
        check.sizeLimitBytes = 4000;
        const NarrationCheck::Report report = check.run();
        QVERIFY(report.totalBytes > 4000);
        QCOMPARE(report.problems, QStringList{QStringLiteral("narration: %1 bytes in all, the "
                                                             "limit is 4000")
                                                  .arg(report.totalBytes)});
    }
};

QTEST_GUILESS_MAIN(TestNarration)
#include "tst_narration.moc"
