// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"
#include "audio/clipstream.h"
#include "monitorrecorder.h"
#include "session/streamclipoutput.h"
#include "sinkkeepalive.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace unknot;

namespace {
constexpr int kThreshold = 300;
const QUrl kLongClip(QStringLiteral("qrc:/assets/audio/steps/forearm-ball-release/05.mp3"));

// First and last sample over the threshold, in seconds; -1 when none is.
std::pair<double, double> loudSpan(const QByteArray &pcm, int rate, qsizetype from = 0)
{
    const qsizetype n = pcm.size() / 2;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = from; i < n; ++i) {
        qint16 s;
        std::memcpy(&s, pcm.constData() + i * 2, 2);
        if (std::abs(s) > kThreshold) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    return {first < 0 ? -1.0 : double(first) / rate, last < 0 ? -1.0 : double(last) / rate};
}
} // namespace

// Run through with-null-sink.sh: clips through the real sink, heard on its monitor.
class TestClipStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("UNKNOT_MONITOR_SOURCE").isEmpty())
            QFAIL("UNKNOT_MONITOR_SOURCE is not set: run this test through with-null-sink.sh");
        QVERIFY(m_keepAlive.start());
        // A fresh null sink first renders a long block (up to 2 s) before it follows the low
        // latency its streams ask for; nothing played in that time is timed right.
        QTest::qWait(2500);
    }

    void playsADecodedClipToItsEnd()
    {
        ClipStream stream;
        QVERIFY(stream.open());
        QCOMPARE(stream.format().sampleFormat(), QAudioFormat::Int16);
        QSignalSpy decoded(&stream, &ClipStream::decoded);
        const QUrl clip(QStringLiteral("qrc:/assets/audio/shared/release.mp3"));
        stream.prepare(clip);
        QVERIFY(decoded.wait(10000));
        const QByteArray pcm = stream.pcm(clip);
        const double seconds = double(pcm.size()) / stream.format().bytesForDuration(1000000);
        QVERIFY(seconds > 0.3);

        MonitorRecorder recorder(qEnvironmentVariable("UNKNOT_MONITOR_SOURCE"));
        QVERIFY(recorder.start());
        QTest::qWait(300);
        QSignalSpy finished(&stream, &ClipStream::finished);
        QElapsedTimer timer;
        const qsizetype atPlay = recorder.sampleCount();
        timer.start();
        stream.play(clip);
        QVERIFY(finished.wait(10000));
        const double took = timer.elapsed() / 1000.0;
        QTest::qWait(300);
        recorder.sampleCount();
        recorder.stop();
        const double onset = loudSpan(recorder.pcm(), MonitorRecorder::kSampleRate, atPlay).first -
                             double(atPlay) / MonitorRecorder::kSampleRate -
                             loudSpan(pcm, stream.format().sampleRate()).first;
        qInfo("clip %.3f s, finished after %.3f s, heard from %.3f s", seconds, took, onset);
        // Finished once its last sample was played: not before, and not long after.
        QVERIFY(took >= seconds - 0.01);
        QVERIFY(took < seconds + 0.25);
        // Heard from its first sound on, soon after play(): a negative onset means the clip's
        // beginning was cut, a late one that sound waited behind something.
        QVERIFY2(onset >= 0.0, qPrintable(QString::number(onset)));
        QVERIFY2(onset < 0.25, qPrintable(QString::number(onset)));
        QCOMPARE(stream.clipBytesWritten(), pcm.size());
        QVERIFY(recorder.loudShare(0, recorder.sampleCount(), kThreshold) > 0.05);
    }

    // Paused mid-way and resumed, the clip goes on from the exact sample: what is heard is
    // the clip's sound with the pause inserted, nothing skipped, nothing played twice.
    void pauseAndResumeAtTheExactSample()
    {
        ClipStream stream;
        QVERIFY(stream.open());
        QSignalSpy decoded(&stream, &ClipStream::decoded);
        stream.prepare(kLongClip);
        QVERIFY(decoded.wait(10000));
        const QByteArray pcm = stream.pcm(kLongClip);
        const int rate = stream.format().sampleRate();
        QCOMPARE(stream.format().channelCount(), 1);
        const auto [clipFirst, clipLast] = loudSpan(pcm, rate);
        const double clipSeconds = double(pcm.size()) / 2 / rate;
        QVERIFY(clipFirst >= 0);

        MonitorRecorder recorder(qEnvironmentVariable("UNKNOT_MONITOR_SOURCE"));
        QVERIFY(recorder.start());
        QTest::qWait(300);
        const qsizetype start = recorder.sampleCount();
        QSignalSpy finished(&stream, &ClipStream::finished);
        stream.play(kLongClip);
        QTest::qWait(int(clipSeconds * 450)); // 45% in
        QElapsedTimer paused;
        stream.pause();
        paused.start();
        QCOMPARE(stream.state(), ClipStream::State::Paused);
        QTest::qWait(1500);
        QVERIFY(finished.isEmpty());
        const qint64 pauseNs = paused.nsecsElapsed();
        stream.resume();
        QVERIFY(finished.wait(int(clipSeconds * 1000) + 5000));
        QTest::qWait(300);
        recorder.sampleCount();
        recorder.stop();

        const QByteArray heard = recorder.pcm().mid(start * 2);
        QCOMPARE(stream.clipBytesWritten(), pcm.size()); // each byte once
        const auto [heardFirst, heardLast] = loudSpan(heard, MonitorRecorder::kSampleRate);
        const double clipSpan = clipLast - clipFirst;
        const double heardSpan = heardLast - heardFirst - double(pauseNs) / 1e9;
        qInfo("clip's sound spans %.4f s; heard %.4f s once the %.4f s pause is taken out",
              clipSpan, heardSpan, double(pauseNs) / 1e9);
        // 20 ms: the pause's wall-clock length against the sink's; a skip or a repeat of the
        // audio queued ahead (30-60 ms) is beyond it.
        QVERIFY2(std::abs(heardSpan - clipSpan) < 0.02, "the clip skipped or repeated");
    }

    // The sink is fed from a thread of its own: a GUI thread blocked for 300 ms mid-clip (a
    // heavy page being built) leaves no gap in what is heard.
    void aBusyGuiThreadDoesNotStarveTheClip()
    {
        ClipStream stream;
        QVERIFY(stream.open());
        QSignalSpy decoded(&stream, &ClipStream::decoded);
        stream.prepare(kLongClip);
        QVERIFY(decoded.wait(10000));
        const QByteArray pcm = stream.pcm(kLongClip);
        const int rate = stream.format().sampleRate();
        const auto [clipFirst, clipLast] = loudSpan(pcm, rate);
        const double clipSeconds = double(pcm.size()) / 2 / rate;

        MonitorRecorder recorder(qEnvironmentVariable("UNKNOT_MONITOR_SOURCE"));
        QVERIFY(recorder.start());
        QTest::qWait(300);
        const qsizetype start = recorder.sampleCount();
        QSignalSpy finished(&stream, &ClipStream::finished);
        stream.play(kLongClip);
        QTest::qWait(int(clipSeconds * 300)); // 30% in
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 300) {
        }
        QVERIFY(finished.wait(int(clipSeconds * 1000) + 5000));
        QTest::qWait(300);
        recorder.sampleCount();
        recorder.stop();

        const QByteArray heard = recorder.pcm().mid(start * 2);
        const auto [heardFirst, heardLast] = loudSpan(heard, MonitorRecorder::kSampleRate);
        const double clipSpan = clipLast - clipFirst;
        const double heardSpan = heardLast - heardFirst;
        qInfo("clip's sound spans %.4f s; heard over %.4f s with the GUI thread blocked 300 ms; "
              "%d underrun(s)",
              clipSpan, heardSpan, stream.underruns());
        // Fed from the GUI thread, the sink would run dry for the block less its 40 ms buffer
        // (0.26 s); 0.1 s leaves room for the scheduler of a loaded machine.
        QVERIFY2(heardSpan - clipSpan < 0.1, "the clip stalled while the GUI was busy");
    }

    // Idle, the stream rests (the sink suspended, no timer waking the process) and a clip asked
    // for then still plays whole.
    void anIdleStreamRestsAndWakesForAClip()
    {
        ClipStream stream;
        QVERIFY(stream.open());
        QVERIFY(!stream.isResting());
        QTRY_VERIFY_WITH_TIMEOUT(stream.isResting(), 3000);
        const QUrl clip(QStringLiteral("qrc:/assets/audio/shared/release.mp3"));
        QSignalSpy decoded(&stream, &ClipStream::decoded);
        stream.prepare(clip);
        QVERIFY(decoded.wait(10000));
        const double seconds =
            double(stream.pcm(clip).size()) / stream.format().bytesForDuration(1000000);
        QSignalSpy finished(&stream, &ClipStream::finished);
        QElapsedTimer timer;
        timer.start();
        stream.play(clip);
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() / 1000.0 >= seconds - 0.01);
        QCOMPARE(stream.clipBytesWritten(), stream.pcm(clip).size());
        QTRY_VERIFY_WITH_TIMEOUT(stream.isResting(), 3000);
    }

    void aClipThatCannotBeDecodedFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mp3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, 'x'));
        file.close();
        for (const QUrl &clip : {QUrl::fromLocalFile(path), QUrl::fromLocalFile(path + "-none")}) {
            ClipStream stream;
            QVERIFY(stream.open());
            QSignalSpy failed(&stream, &ClipStream::failed);
            QSignalSpy finished(&stream, &ClipStream::finished);
            stream.play(clip);
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.first().first().toUrl(), clip);
            QVERIFY(finished.isEmpty());
            QCOMPARE(stream.state(), ClipStream::State::Idle);
        }
    }

    // The session's output: a clip the stream cannot decode is handed to the player, whose
    // own failure then reaches the session.
    void theSessionOutputFallsBackToThePlayer()
    {
        AudioPlayer player;
        StreamClipOutput output(&player);
        QSignalSpy finished(&output, &ClipOutput::finished);
        QSignalSpy failed(&output, &ClipOutput::failed);
        output.play(QUrl(QStringLiteral("qrc:/assets/audio/shared/count-1.mp3")));
        QVERIFY(finished.wait(10000));
        QVERIFY(!output.usingFallback());
        output.play(QUrl::fromLocalFile(QStringLiteral("/nonexistent/clip.mp3")));
        QTRY_VERIFY_WITH_TIMEOUT(output.usingFallback(), 10000);
        QVERIFY(failed.wait(10000));
    }

private:
    SinkKeepAlive m_keepAlive;
};

QTEST_GUILESS_MAIN(TestClipStream)
#include "tst_clipstream.moc"
