// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"
#include "base/resourcepaths.h"
#include "content/catalog.h"
#include "monitorrecorder.h"

#include <QSignalSpy>
#include <QTest>

using namespace unknot;

// Run through with-null-sink.sh: plays a session's first step through the real player and
// asserts that the null sink's monitor heard it.
class TestSoundOutput : public QObject
{
    Q_OBJECT

private slots:
    void firstStepIsAudible()
    {
        const QString monitor = qEnvironmentVariable("UNKNOT_MONITOR_SOURCE");
        if (monitor.isEmpty())
            QFAIL("UNKNOT_MONITOR_SOURCE is not set: run this test through with-null-sink.sh");

        Catalog catalog;
        const ResourcePaths paths;
        catalog.load(paths.contentDir, paths.audioDir);
        QVERIFY(catalog.techniqueCount() > 0);
        const Step &step = catalog.techniques().first().steps.first();

        MonitorRecorder recorder(monitor);
        QVERIFY(recorder.start());
        // An idle null sink renders nothing, so there may be no samples before playback; any
        // that do arrive must be silence.
        QTest::qWait(300);
        const qsizetype silenceEnd = recorder.sampleCount();

        AudioPlayer player;
        QSignalSpy finished(&player, &AudioPlayer::finished);
        QSignalSpy failed(&player, &AudioPlayer::failed);
        player.play(ResourcePaths::toUrl(step.audioPath));
        QVERIFY2(finished.wait(30000), failed.isEmpty()
                                           ? "the clip never finished"
                                           : qPrintable(failed.first().first().toString()));
        QTest::qWait(300); // the sink's latency
        const qsizetype playEnd = recorder.sampleCount();
        recorder.stop();

        const double before = recorder.rms(0, silenceEnd);
        const double during = recorder.rms(silenceEnd, playEnd);
        const double loud = recorder.loudShare(silenceEnd, playEnd, 300);
        qInfo("monitor level before %.1f, during %.1f (of 32767); %.0f%% of 50 ms windows loud",
              before, during, loud * 100);
        QVERIFY2(before < 30, "the sink was not silent before playing");
        QVERIFY2(playEnd > silenceEnd, "the monitor recorded nothing while the clip played");
        QVERIFY2(during > 500, "no sound came out while the narration played");
        QVERIFY2(loud > 0.3, "sound came out only briefly: the clip did not play through");
        // The recording lasted about as long as the clip (a few seconds of speech).
        QVERIFY(playEnd - silenceEnd > MonitorRecorder::kSampleRate);
    }
};

QTEST_GUILESS_MAIN(TestSoundOutput)
#include "tst_soundoutput.moc"
