// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"
#include "content/catalog.h"
#include "monitorrecorder.h"
#include "session/fixturetechnique.h"
#include "session/guidedsession.h"
#include "session/streamclipoutput.h"
#include "sinkkeepalive.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace unknot;

// Run through with-null-sink.sh: a short technique runs to its end through the real player and
// clock; the null sink's monitor must hear every step, and the session must be saved. Through
// the output the app uses (StreamClipOutput).
class TestSessionAudio : public QObject
{
    Q_OBJECT

private slots:
    void shortTechniqueIsHeardStepByStepAndSaved()
    {
        const QString monitor = qEnvironmentVariable("UNKNOT_MONITOR_SOURCE");
        if (monitor.isEmpty())
            QFAIL("UNKNOT_MONITOR_SOURCE is not set: run this test through with-null-sink.sh");

        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("audio.sqlite"))));
        SessionRepository repo(db.connection());
        Catalog catalog;
        const QString shared = QStringLiteral(":/assets/audio/shared/");
        catalog.setTechniques(
            {SessionFixture::shortCentre({shared + QStringLiteral("release.mp3"),
                                          shared + QStringLiteral("switch-sides.mp3")})});
        AudioPlayer player;
        StreamClipOutput output(&player);
        GuidedSession session(&catalog, &repo, &output);

        SinkKeepAlive keepAlive;
        QVERIFY(keepAlive.start());
        MonitorRecorder recorder(monitor);
        QVERIFY(recorder.start());
        QTest::qWait(300);
        const qsizetype silenceEnd = recorder.sampleCount();

        // Where each step begins in the recording.
        QList<qsizetype> stepStarts;
        connect(&session, &GuidedSession::stepChanged, this, [&] {
            if (session.running())
                stepStarts << recorder.sampleCount();
        });
        QSignalSpy failed(&session, &GuidedSession::failed);
        QVERIFY(session.start(QStringLiteral("fixture-short-centre")));
        session.begin(3);
        QTRY_VERIFY_WITH_TIMEOUT(session.phase() == GuidedSession::Phase::Review, 40000);
        QTest::qWait(300); // the sink's latency
        const qsizetype end = recorder.sampleCount();
        recorder.stop();
        session.finish(1, QStringLiteral("fine"));
        QVERIFY(!output.usingFallback());
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QCOMPARE(stepStarts.size(), 2);
        const double before = recorder.rms(0, silenceEnd);
        qInfo("monitor level before %.1f", before);
        QVERIFY2(before < 30, "the sink was not silent before the session");
        stepStarts << end;
        for (int i = 0; i + 1 < stepStarts.size(); ++i) {
            const double loud = recorder.loudShare(stepStarts.at(i), stepStarts.at(i + 1), 300);
            const double level = recorder.rms(stepStarts.at(i), stepStarts.at(i + 1));
            qInfo("step %d: %.2f s, level %.1f, %.0f%% of 50 ms windows loud", i + 1,
                  double(stepStarts.at(i + 1) - stepStarts.at(i)) / MonitorRecorder::kSampleRate,
                  level, loud * 100);
            QVERIFY2(loud > 0.15, qPrintable(QStringLiteral("step %1 was not heard").arg(i + 1)));
        }
        // The second step counts three repetitions of 1.5 s: it cannot be shorter.
        QVERIFY(stepStarts.at(2) - stepStarts.at(1) > 4 * MonitorRecorder::kSampleRate);

        const SessionRecord r = repo.page(0, 1).value(0);
        QCOMPARE(r.techniqueId, QStringLiteral("fixture-short-centre"));
        QVERIFY(r.completed);
        QCOMPARE(r.stepsCompleted, 2);
        QCOMPARE(r.painBefore, 3);
        QCOMPARE(r.painAfter, 1);
        QCOMPARE(r.note, QStringLiteral("fine"));
        QVERIFY(r.endedAt > r.startedAt);
    }
};

QTEST_GUILESS_MAIN(TestSessionAudio)
#include "tst_sessionaudio.moc"
