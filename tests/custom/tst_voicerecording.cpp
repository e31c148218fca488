// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audioplayer.h"
#include "audio/texttospeechspeaker.h"
#include "content/catalog.h"
#include "custom/customtechniques.h"
#include "custom/voicerecorder.h"
#include "customdraft.h"
#include "monitorrecorder.h"
#include "platform/microphoneaccess.h"
#include "session/guidedsession.h"
#include "session/sessionplan.h"
#include "session/speakingclipoutput.h"
#include "session/streamclipoutput.h"
#include "sinkkeepalive.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace unknot;

namespace {

constexpr double kToneHz = 440;

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning().noquote() << program << args << p.readAllStandardError();
        return false;
    }
    return true;
}

// The share of the signal's energy at `hz` (Goertzel over 50 ms windows), 0 to 1: near 1 for a
// pure tone of that pitch, near 0 for speech, chimes or silence.
double toneShare(const QByteArray &pcm, qsizetype from, qsizetype to, double hz)
{
    const int rate = MonitorRecorder::kSampleRate;
    const qsizetype window = rate / 20;
    const double w = 2 * M_PI * hz / rate;
    double tone = 0;
    double total = 0;
    for (qsizetype start = from; start + window <= std::min(to, pcm.size() / 2); start += window) {
        double s1 = 0, s2 = 0, energy = 0;
        for (qsizetype i = start; i < start + window; ++i) {
            qint16 v;
            std::memcpy(&v, pcm.constData() + i * 2, 2);
            const double x = v;
            energy += x * x;
            const double s0 = x + 2 * std::cos(w) * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        const double power = s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2;
        tone += 2 * power / double(window); // the tone's share of this window's energy
        total += energy;
    }
    return total > 0 ? tone / total : 0;
}

// The parts of a session the test listens to, wired as AppCore wires them.
struct SessionRig
{
    explicit SessionRig(Catalog *catalog, SessionRepository *repo, const QString &engine)
        : speaker(engine), stream(&player),
          output(&stream, &speaker, SharedClips().named(QStringLiteral("chime"))),
          session(catalog, repo, &output)
    {}
    AudioPlayer player;
    TextToSpeechSpeaker speaker;
    StreamClipOutput stream;
    SpeakingClipOutput output;
    GuidedSession session;
};

} // namespace

// Run through with-null-sink.sh (the session's sink, "unknot_null"); the test adds a second
// null sink, "unknot_tone", whose monitor is the microphone.
// Grants at once and notes each start and end of a recording.
struct NotingMicrophone : unknot::MicrophoneAccess
{
    void request(std::function<void(bool)> done) override { done(true); }
    bool openSettings() override { return false; }
    void setRecording(bool recording) override { recordingCalls << recording; }
    QList<bool> recordingCalls;
};

class TestVoiceRecording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_monitor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionRepository> m_repo;
    Catalog m_catalog;
    NotingMicrophone m_microphone; // before m_custom, which uses it until it goes
    std::unique_ptr<CustomTechniques> m_custom;
    SinkKeepAlive m_keepAlive;

    // Runs step 1 of a technique (one side) and returns where its cue and hold began in the
    // session sink's recording; the recording is in `monitor`.
    void runFirstCue(SessionRig &rig, const QString &id, MonitorRecorder &monitor,
                     qsizetype &cueStart, qsizetype &holdStart)
    {
        cueStart = -1;
        holdStart = -1;
        QObject context;
        connect(&rig.session, &GuidedSession::activityChanged, &context, [&] {
            const qsizetype now = monitor.sampleCount();
            if (rig.session.activity() == QLatin1String("cue") && cueStart < 0)
                cueStart = now;
            if (rig.session.activity() == QLatin1String("hold") && holdStart < 0)
                holdStart = now;
        });
        QSignalSpy failed(&rig.session, &GuidedSession::failed);
        QVERIFY(rig.session.start(id, QStringLiteral("shoulder-left"), true));
        rig.session.begin(2);
        QTRY_VERIFY_WITH_TIMEOUT(holdStart >= 0, 40000);
        QTest::qWait(300); // the sink's latency
        monitor.sampleCount();
        rig.session.stop();
        rig.session.finish();
        QVERIFY(failed.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_monitor = qEnvironmentVariable("UNKNOT_MONITOR_SOURCE");
        if (m_monitor.isEmpty())
            QFAIL("UNKNOT_MONITOR_SOURCE is not set: run this test through with-null-sink.sh");
        // The "microphone": the monitor of a second null sink, made the default source.
        QVERIFY(run(QStringLiteral("pactl"),
                    {QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                     QStringLiteral("sink_name=unknot_tone"), QStringLiteral("rate=44100"),
                     QStringLiteral("channels=1")}));
        QVERIFY(run(QStringLiteral("pactl"),
                    {QStringLiteral("set-default-source"), QStringLiteral("unknot_tone.monitor")}));
        QVERIFY(run(QStringLiteral("sox"),
                    {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("44100"),
                     QStringLiteral("-c"), QStringLiteral("1"), m_dir.filePath("tone.wav"),
                     QStringLiteral("synth"), QStringLiteral("2.5"), QStringLiteral("sine"),
                     QString::number(kToneHz), QStringLiteral("vol"), QStringLiteral("0.5")}));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("voice.sqlite"))));
        m_repo = std::make_unique<SessionRepository>(m_db->connection());
        m_custom = std::make_unique<CustomTechniques>(
            m_db->connection(), m_dir.filePath(QStringLiteral("voice")), &m_catalog, &m_microphone);
        m_custom->load();
        QVERIFY(m_keepAlive.start());
    }

    void recordedToneIsSavedAndHeardInASession()
    {
        VoiceRecorder *recorder = m_custom->recorder();
        QSignalSpy recorded(recorder, &VoiceRecorder::recorded);
        recorder->start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder->state(), VoiceRecorder::State::Recording, 10000);
        QTest::qWait(300);
        QProcess tone;
        tone.start(QStringLiteral("paplay"),
                   {QStringLiteral("--device=unknot_tone"), m_dir.filePath("tone.wav")});
        QVERIFY(tone.waitForFinished(15000));
        QCOMPARE(tone.exitCode(), 0);
        QTest::qWait(200);
        recorder->stop();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 15000);
        QCOMPARE(recorder->state(), VoiceRecorder::State::Idle);
        const QString file = recorded.first().first().toString();
        const QFileInfo saved(QDir(m_custom->voiceDir()).filePath(file));
        qInfo() << "recorded" << saved.fileName() << saved.size() << "bytes";
        QVERIFY(saved.exists());
        QVERIFY(!file.contains(QLatin1String(".part")));
        // The platform heard when the microphone was in use (iOS switches its audio session).
        QCOMPARE(m_microphone.recordingCalls, (QList<bool>{true, false}));
        // What the backend made of "mono, 22.05 kHz" (printed: Qt 6.4's GStreamer backend keeps
        // the source's format; the phones' FFmpeg backend is asked for the smaller one).
        QFile wav(saved.filePath());
        QVERIFY(wav.open(QIODevice::ReadOnly));
        const QByteArray header = wav.read(44);
        if (header.startsWith("RIFF") && header.size() == 44) {
            const auto le = [&header](int at, int bytes) {
                quint32 v = 0;
                for (int i = bytes - 1; i >= 0; --i)
                    v = (v << 8) | quint8(header.at(at + i));
                return v;
            };
            qInfo("recorded WAV: %u channel(s), %u Hz (asked: 1, %d)", le(22, 2), le(24, 4),
                  VoiceRecorder::kSampleRate);
        }
        QVERIFY(QDir(m_custom->voiceDir()).entryList({QStringLiteral("*.part*")}).isEmpty());

        const QVariantMap result =
            m_custom->save(withStep(validShoulderDraft(), 0, QStringLiteral("recording"), file));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const QString id = result.value(QStringLiteral("id")).toString();

        SessionRig rig(&m_catalog, m_repo.get(), QStringLiteral("none"));
        MonitorRecorder monitor(m_monitor);
        QVERIFY(monitor.start());
        QTest::qWait(200);
        qsizetype cue = -1;
        qsizetype hold = -1;
        runFirstCue(rig, id, monitor, cue, hold);
        QVERIFY(!QTest::currentTestFailed());
        monitor.stop();
        QVERIFY(cue >= 0 && hold > cue);
        const double seconds = double(hold - cue) / MonitorRecorder::kSampleRate;
        const double share = toneShare(monitor.pcm(), cue, hold, kToneHz);
        const double loud = monitor.loudShare(cue, hold, 300);
        qInfo("step 1 cue: %.2f s, %.0f%% of windows loud, %.0f%% of the energy at %.0f Hz",
              seconds, loud * 100, share * 100, kToneHz);
        // The tone lasted 2.5 s: the recording of it is what played, at its pitch.
        QVERIFY2(seconds > 2.0, "the recording was cut short");
        QVERIFY2(loud > 0.6, "the recording was not heard");
        QVERIFY2(share > 0.6, "what was heard is not the recorded tone");
        // Decoded into the gapless stream, not handed to the fallback player.
        QVERIFY(!rig.stream.usingFallback());
        // The shared chime of the captions fallback is not a 440 Hz tone: the check can tell.
        QVERIFY(m_custom->remove(id));
    }

    void speechSpeaksAStepWithoutARecording()
    {
        const QVariantMap result = m_custom->save(validShoulderDraft());
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const QString id = result.value(QStringLiteral("id")).toString();
        SessionRig rig(&m_catalog, m_repo.get(), QStringLiteral("flite"));
        MonitorRecorder monitor(m_monitor);
        QVERIFY(monitor.start());
        QTest::qWait(200);
        QVERIFY(rig.session.start(id, QStringLiteral("shoulder-left"), true));
        QCOMPARE(rig.session.voiceSource(), QStringLiteral("speech"));
        rig.session.stop();
        qsizetype cue = -1;
        qsizetype hold = -1;
        runFirstCue(rig, id, monitor, cue, hold);
        QVERIFY(!QTest::currentTestFailed());
        monitor.stop();
        QVERIFY(cue >= 0 && hold > cue);
        const double loud = monitor.loudShare(cue, hold, 300);
        qInfo("step 1 spoken: %.2f s, %.0f%% of windows loud",
              double(hold - cue) / MonitorRecorder::kSampleRate, loud * 100);
        // "Sit tall and let the working arm hang." takes flite over a second.
        QVERIFY2(double(hold - cue) / MonitorRecorder::kSampleRate > 1.0, "nothing was said");
        QVERIFY2(loud > 0.3, "the speech was not heard");
        QVERIFY2(toneShare(monitor.pcm(), cue, hold, kToneHz) < 0.3, "a tone, not speech");
        QVERIFY(m_custom->remove(id));
    }

    void captionsAndAChimeWhereThereIsNoSpeech()
    {
        const QVariantMap result = m_custom->save(validShoulderDraft());
        const QString id = result.value(QStringLiteral("id")).toString();
        SessionRig rig(&m_catalog, m_repo.get(), QStringLiteral("none"));
        MonitorRecorder monitor(m_monitor);
        QVERIFY(monitor.start());
        QTest::qWait(200);
        QVERIFY(rig.session.start(id, QStringLiteral("shoulder-left"), true));
        QCOMPARE(rig.session.voiceSource(), QStringLiteral("captions"));
        QCOMPARE(rig.session.stepText(), QStringLiteral("Sit tall and let the working arm hang."));
        rig.session.stop();
        qsizetype cue = -1;
        qsizetype hold = -1;
        runFirstCue(rig, id, monitor, cue, hold);
        QVERIFY(!QTest::currentTestFailed());
        monitor.stop();
        QVERIFY(cue >= 0 && hold > cue);
        const double seconds = double(hold - cue) / MonitorRecorder::kSampleRate;
        const double level = monitor.rms(cue, hold);
        qInfo("step 1 without speech: %.2f s, level %.1f", seconds, level);
        // The chime, briefly, then the hold: the session went on.
        QVERIFY2(level > 30, "no chime marked the step");
        QVERIFY2(seconds < 3, "the step waited for a voice that is not there");
        QVERIFY(m_custom->remove(id));
    }
};

QTEST_MAIN(TestVoiceRecording)
#include "tst_voicerecording.moc"
