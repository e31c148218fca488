// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: tests/audio/with-null-sink.sh bench_session_gap [rounds] [--verbose]
//
// Runs a short both-sides session (real clock, bundled narration) into the null sink through
// the output sessions use (StreamClipOutput: one sink kept open, clips decoded ahead), and
// records the sink's monitor. For every
// clip the engine asks for, the gap is the time from the request (the previous segment's end:
// a hold or a repetition timed out, or the previous clip finished) to the clip's first audible
// sample on the monitor, minus the clip's own leading silence (found by decoding the clip with
// the same threshold). Monitor samples are put on the same monotonic clock as the requests:
// each buffer's arrival time minus the duration of the samples it ends.
#include "audio/audioplayer.h"
#include "content/catalog.h"
#include "session/clipoutput.h"
#include "session/guidedsession.h"
#include "session/streamclipoutput.h"
#include "sinkkeepalive.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QAudioDecoder>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

using namespace unknot;

namespace {

constexpr int kRate = 44100;    // the sink's rate: the monitor is not resampled, only mixed to mono
constexpr int kThreshold = 256; // |sample| on the 16-bit scale, about -42 dBFS
constexpr qint64 kSearchMs = 3000; // no sound this long after a request: "silent"

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Records the monitor (parec, mono, 16-bit, at the sink's rate) on a thread of its own and
// timestamps every buffer on arrival. Sample i was rendered at t0 + i / rate, where t0 is the
// smallest (arrival - samples so far / rate) seen: arrival can only be late, never early.
class MonitorClock
{
public:
    explicit MonitorClock(QString source) : m_source(std::move(source)) {}
    ~MonitorClock() { stop(); }

    bool start()
    {
        std::atomic<int> started{0};
        m_thread.reset(QThread::create([this, &started] {
            QProcess parec;
            parec.start(QStringLiteral("parec"),
                        {QStringLiteral("--device=%1").arg(m_source), QStringLiteral("--raw"),
                         QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                         QStringLiteral("--rate=%1").arg(kRate),
                         QStringLiteral("--latency-msec=5")});
            started = parec.waitForStarted(5000) ? 1 : -1;
            if (started < 0)
                return;
            while (!m_stop) {
                if (!parec.waitForReadyRead(100))
                    continue;
                const QByteArray data = parec.readAllStandardOutput();
                const qint64 arrival = nowNs();
                QMutexLocker lock(&m_mutex);
                m_pcm += data;
                const qint64 samples = m_pcm.size() / 2;
                m_t0 = std::min(m_t0, arrival - samples * 1000000000LL / kRate);
                m_arrivals.push_back({arrival, samples});
            }
            parec.terminate();
            parec.waitForFinished(3000);
        }));
        m_thread->start();
        while (started == 0)
            QThread::msleep(5);
        return started > 0;
    }

    void stop()
    {
        if (!m_thread)
            return;
        m_stop = true;
        m_thread->wait();
        m_thread.reset();
    }

    // Copies of what was recorded, for the analysis after stop().
    QByteArray pcm() const { return m_pcm; }
    qint64 t0() const { return m_t0; }
    qint64 indexAt(qint64 ns) const { return (ns - m_t0) * kRate / 1000000000LL; }
    qint64 nsAt(qint64 index) const { return m_t0 + index * 1000000000LL / kRate; }
    // How late buffers arrived past the fitted line (median, ms): the clock fit's spread.
    double medianLatenessMs() const
    {
        std::vector<double> late;
        for (const auto &[arrival, samples] : m_arrivals)
            late.push_back(double(arrival - nsAt(samples)) / 1e6);
        if (late.empty())
            return 0;
        std::nth_element(late.begin(), late.begin() + late.size() / 2, late.end());
        return late[late.size() / 2];
    }

private:
    QString m_source;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QByteArray m_pcm;
    qint64 m_t0 = std::numeric_limits<qint64>::max();
    std::vector<std::pair<qint64, qint64>> m_arrivals;
};

qint16 sampleAt(const QByteArray &pcm, qint64 i)
{
    qint16 s;
    std::memcpy(&s, pcm.constData() + i * 2, 2);
    return s;
}

// The clip decoded the way it is played (mono, the sink's rate): its leading silence and its
// level, to tell a clip played at its level from one played near-silent.
struct ClipInfo
{
    qint64 leadSamples = -1;
    qint64 samples = 0;
    double rms = 0;
};

ClipInfo decode(const QUrl &clip)
{
    ClipInfo info;
    QFile file(QLatin1Char(':') + clip.path());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(clip.toString()));
        return info;
    }
    QAudioDecoder decoder;
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    decoder.setAudioFormat(format);
    decoder.setSourceDevice(&file);
    QByteArray pcm;
    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer b = decoder.read();
        if (b.format().sampleFormat() == QAudioFormat::Int16 && b.format().channelCount() == 1 &&
            b.format().sampleRate() == kRate)
            pcm.append(b.constData<char>(), b.byteCount());
        else
            std::fprintf(stderr, "unexpected decoded format for %s\n", qPrintable(clip.toString()));
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&] {
        std::fprintf(stderr, "decoding %s: %s\n", qPrintable(clip.toString()),
                     qPrintable(decoder.errorString()));
        loop.quit();
    });
    decoder.start();
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    info.samples = pcm.size() / 2;
    double sum = 0;
    for (qint64 i = 0; i < info.samples; ++i) {
        const int s = sampleAt(pcm, i);
        if (info.leadSamples < 0 && std::abs(s) > kThreshold)
            info.leadSamples = i;
        sum += double(s) * s;
    }
    info.rms = info.samples ? std::sqrt(sum / double(info.samples)) : 0;
    return info;
}

// The session's audio, with each request timestamped.
class TimedClipOutput : public ClipOutput
{
public:
    struct Request
    {
        qint64 ns;
        QUrl clip;
        QString after; // what ended before it (see label())
    };

    explicit TimedClipOutput(ClipOutput *inner) : m_inner(inner)
    {
        connect(inner, &ClipOutput::finished, this, &ClipOutput::finished);
        connect(inner, &ClipOutput::failed, this, &ClipOutput::failed);
        connect(inner, &ClipOutput::interrupted, this, &ClipOutput::interrupted);
    }

    void play(const QUrl &clip) override
    {
        const qint64 ns = nowNs();
        m_inner->play(clip);
        // The activity is the segment being entered; what came before decides the kind.
        m_requests.push_back({ns, clip, m_nextLabel});
    }
    void preload(const QUrl &clip) override { m_inner->preload(clip); }
    void pause() override { m_inner->pause(); }
    void resume() override { m_inner->resume(); }
    void stop() override { m_inner->stop(); }

    // Called as each segment starts (before its clip is asked for): names what ended.
    void segmentStarted(const QString &activity)
    {
        if (m_previousTimed)
            m_nextLabel =
                activity == QLatin1String("chime") ? QStringLiteral("step") : QStringLiteral("rep");
        else
            m_nextLabel = QStringLiteral("clip");
        m_previousTimed =
            activity == QLatin1String("hold") || activity == QLatin1String("repetition");
    }

    std::vector<Request> m_requests;

private:
    ClipOutput *m_inner;
    bool m_previousTimed = false;
    QString m_nextLabel = QStringLiteral("clip");
};

Technique benchTechnique()
{
    const QString shared = QStringLiteral(":/assets/audio/shared/");
    Technique t;
    t.id = QStringLiteral("bench-gap");
    t.title = QStringLiteral("Gap benchmark");
    t.regions = {QStringLiteral("forearm-wrist")};
    t.sides = {Side::Left, Side::Right};
    Step hold;
    hold.kind = QStringLiteral("pin");
    hold.text = QStringLiteral("Ease off the pressure");
    hold.timing.seconds = 1;
    hold.audioPath = QStringLiteral(":/assets/audio/steps/forearm-ball-release/05.mp3");
    Step reps;
    reps.kind = QStringLiteral("move");
    reps.text = QStringLiteral("And release");
    reps.timing.reps = 3;
    reps.timing.tempoSeconds = 1.5;
    reps.audioPath = shared + QStringLiteral("release.mp3");
    Step rest = hold;
    rest.text = QStringLiteral("And release");
    rest.audioPath = shared + QStringLiteral("release.mp3");
    t.steps = {hold, reps, rest};
    return t;
}

struct Gap
{
    QString clip;
    QString after;
    double ms = 0;
    double level = 0; // recorded level over the clip / decoded level
    enum class Result { Heard, Overlap, Silent } result = Result::Heard;
};

QString shortName(const QUrl &clip)
{
    const QStringList parts = clip.path().split(QLatin1Char('/'));
    return parts.mid(std::max<qsizetype>(0, parts.size() - 2)).join(QLatin1Char('/'));
}

// One session through the stream; the gaps of its clip requests.
std::vector<Gap> runSession(Catalog *catalog, SessionRepository *repo, const QString &monitor,
                            QHash<QUrl, ClipInfo> &clips)
{
    AudioPlayer player; // the stream's fallback, as in the app
    StreamClipOutput inner(&player);
    TimedClipOutput output(&inner);
    GuidedSession session(catalog, repo, &output);
    QObject::connect(&session, &GuidedSession::activityChanged, &output,
                     [&] { output.segmentStarted(session.activity()); });

    MonitorClock rec(monitor);
    if (!rec.start()) {
        std::fprintf(stderr, "parec did not start\n");
        return {};
    }
    // Warm up the media stack once (plug-in registry, sink stream) before anything is timed.
    {
        QEventLoop loop;
        QObject::connect(&inner, &ClipOutput::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        inner.play(QUrl(QStringLiteral("qrc:/assets/audio/shared/count-1.mp3")));
        loop.exec();
        inner.stop();
    }
    QThread::msleep(300);

    QEventLoop loop;
    QObject::connect(&session, &GuidedSession::phaseChanged, &loop, [&] {
        if (session.phase() == GuidedSession::Phase::Review)
            loop.quit();
    });
    QObject::connect(&session, &GuidedSession::failed, &loop, [](const QString &m) {
        std::fprintf(stderr, "session failed: %s\n", qPrintable(m));
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    session.start(QStringLiteral("bench-gap"));
    session.begin(-1);
    loop.exec();
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit); // the sink's latency
    settle.exec();
    session.finish();
    rec.stop();

    const QByteArray pcm = rec.pcm();
    const qint64 total = pcm.size() / 2;
    std::printf("  monitor: %.1f s recorded, buffers arrive a median %.2f ms after the fit\n",
                double(total) / kRate, rec.medianLatenessMs());
    std::vector<Gap> gaps;
    const auto &requests = output.m_requests;
    for (size_t r = 0; r < requests.size(); ++r) {
        const auto &req = requests[r];
        if (!clips.contains(req.clip))
            clips.insert(req.clip, decode(req.clip));
        const ClipInfo &info = clips.value(req.clip);
        Gap g;
        g.clip = shortName(req.clip);
        g.after = req.after;
        const qint64 from = std::max<qint64>(0, rec.indexAt(req.ns));
        // Still sounding just before the request: the previous clip's tail hides the start.
        bool tail = false;
        for (qint64 i = std::max<qint64>(0, from - kRate / 100); i < from && i < total; ++i)
            tail = tail || std::abs(sampleAt(pcm, i)) > kThreshold;
        const qint64 limit = std::min(total, from + kSearchMs * kRate / 1000);
        qint64 onset = -1;
        for (qint64 i = from; i < limit && onset < 0; ++i)
            if (std::abs(sampleAt(pcm, i)) > kThreshold)
                onset = i;
        if (tail) {
            g.result = Gap::Result::Overlap;
        } else if (onset < 0 || info.leadSamples < 0) {
            g.result = Gap::Result::Silent;
        } else {
            const qint64 clipStart = onset - info.leadSamples;
            g.ms = double(rec.nsAt(clipStart) - req.ns) / 1e6;
            double sum = 0;
            const qint64 end = std::min(total, clipStart + info.samples);
            for (qint64 i = std::max<qint64>(0, clipStart); i < end; ++i)
                sum += double(sampleAt(pcm, i)) * sampleAt(pcm, i);
            const double rms = end > clipStart ? std::sqrt(sum / double(end - clipStart)) : 0;
            g.level = info.rms > 0 ? rms / info.rms : 0;
        }
        gaps.push_back(g);
    }
    return gaps;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

struct Summary
{
    double median = std::nan("");
    double worst = std::nan("");
    int heard = 0;
    int overlap = 0;
    int silent = 0;
    int quiet = 0;
};

Summary summarize(const std::vector<Gap> &gaps, const QString &after = {})
{
    Summary s;
    std::vector<double> ms;
    for (const Gap &g : gaps) {
        if (!after.isEmpty() && g.after != after)
            continue;
        switch (g.result) {
        case Gap::Result::Heard:
            ++s.heard;
            ms.push_back(g.ms);
            s.quiet += g.level < 0.5 ? 1 : 0;
            break;
        case Gap::Result::Overlap:
            ++s.overlap;
            break;
        case Gap::Result::Silent:
            ++s.silent;
            break;
        }
    }
    s.median = percentile(ms, 0.5);
    s.worst = ms.empty() ? std::nan("") : *std::max_element(ms.begin(), ms.end());
    return s;
}

// Underruns the clip stream reports (its debug line), from any thread.
std::atomic<int> g_underruns{0};
QtMessageHandler g_previousHandler = nullptr;

void countUnderruns(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("underrun while a clip plays")))
        ++g_underruns;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The stream session again while the GUI thread is kept busy: every 200 ms it is blocked for
// 120 ms, as building a heavy page does (the progress overview took over 100 ms to open). The
// narration is fed from the stream's own thread, so gaps and underruns should not grow.
std::vector<Gap> runWithBusyUi(Catalog *catalog, SessionRepository *repo, const QString &monitor,
                               QHash<QUrl, ClipInfo> &clips, bool busy, int *underruns)
{
    QTimer hog;
    hog.setInterval(200);
    int blocked = 0;
    QObject::connect(&hog, &QTimer::timeout, [&blocked] {
        const qint64 until = nowNs() + 120'000'000;
        while (nowNs() < until) {
        }
        ++blocked;
    });
    QLoggingCategory::setFilterRules(QStringLiteral("unknot.audio.debug=true"));
    g_underruns = 0;
    g_previousHandler = qInstallMessageHandler(countUnderruns);
    if (busy)
        hog.start();
    std::vector<Gap> gaps = runSession(catalog, repo, monitor, clips);
    hog.stop();
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    *underruns = g_underruns.load();
    std::printf("  GUI thread blocked %d times for 120 ms; %d underrun(s)\n", blocked, *underruns);
    return gaps;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 2;
    bool verbose = false;
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg == QLatin1String("--verbose"))
            verbose = true;
        else if (arg.toInt() > 0)
            rounds = arg.toInt();
    }
    const QString monitor = qEnvironmentVariable("UNKNOT_MONITOR_SOURCE");
    if (monitor.isEmpty()) {
        std::fprintf(stderr, "UNKNOT_MONITOR_SOURCE is not set: run this benchmark through "
                             "tests/audio/with-null-sink.sh\n");
        return 1;
    }

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return 1;
    }
    SessionRepository repo(db.connection());
    Catalog catalog;
    catalog.setTechniques({benchTechnique()});

    // An idle null sink renders nothing: keep it busy so the monitor's samples are time.
    SinkKeepAlive keepAlive;
    if (!keepAlive.start()) {
        std::fprintf(stderr, "pacat did not start\n");
        return 1;
    }
    QThread::msleep(300);

    QHash<QUrl, ClipInfo> clips;
    std::vector<Gap> all;
    for (int round = 0; round < rounds; ++round) {
        std::printf("round %d\n", round + 1);
        std::fflush(stdout);
        std::vector<Gap> gaps = runSession(&catalog, &repo, monitor, clips);
        if (verbose) {
            for (const Gap &g : gaps) {
                if (g.result == Gap::Result::Heard)
                    std::printf("    after %-6s %-34s %7.1f ms  level %.2f\n", qPrintable(g.after),
                                qPrintable(g.clip), g.ms, g.level);
                else
                    std::printf("    after %-6s %-34s %s\n", qPrintable(g.after),
                                qPrintable(g.clip),
                                g.result == Gap::Result::Overlap ? "previous sound still playing"
                                                                 : "no sound within 3 s");
            }
        }
        all.insert(all.end(), gaps.begin(), gaps.end());
    }

    // Off the GUI thread: the stream while the UI thread is busy (separate from the rows above).
    std::vector<Gap> busy;
    std::vector<Gap> calm;
    int busyUnderruns = 0;
    int calmUnderruns = 0;
    {
        for (int round = 0; round < rounds; ++round) {
            for (const bool blocked : {false, true}) {
                std::printf("round %d, stream, GUI thread %s (underruns counted)\n", round + 1,
                            blocked ? "busy" : "idle");
                std::fflush(stdout);
                int underruns = 0;
                std::vector<Gap> gaps =
                    runWithBusyUi(&catalog, &repo, monitor, clips, blocked, &underruns);
                (blocked ? busyUnderruns : calmUnderruns) += underruns;
                std::vector<Gap> &all = blocked ? busy : calm;
                all.insert(all.end(), gaps.begin(), gaps.end());
            }
        }
    }

    std::printf("\nclip leading silence (threshold %d):", kThreshold);
    for (auto it = clips.cbegin(); it != clips.cend(); ++it)
        std::printf(" %s %.1f ms;", qPrintable(shortName(it.key())),
                    double(it.value().leadSamples) * 1000.0 / kRate);
    std::printf("\n\ngap from a segment's end to the next clip's first sound, sessions: %d\n",
                rounds);
    std::printf("%-22s %6s %10s %10s %7s %6s %6s\n", "after", "heard", "median", "worst", "overlap",
                "silent", "quiet");
    auto row = [](const char *label, const Summary &s) {
        std::printf("%-22s %6d %7.1f ms %7.1f ms %7d %6d %6d\n", label, s.heard, s.median, s.worst,
                    s.overlap, s.silent, s.quiet);
    };
    row("any (all requests)", summarize(all));
    row("step's end -> chime", summarize(all, QStringLiteral("step")));
    row("repetition -> count", summarize(all, QStringLiteral("rep")));
    row("clip ended -> clip", summarize(all, QStringLiteral("clip")));
    if (!busy.empty()) {
        const Summary c = summarize(calm);
        const Summary b = summarize(busy);
        std::printf("stream, GUI thread idle: median %.1f ms, worst %.1f ms, underruns while a "
                    "clip played: %d\n",
                    c.median, c.worst, calmUnderruns);
        std::printf("stream, GUI thread blocked 120 ms in every 200 ms: median %.1f ms, worst "
                    "%.1f ms, underruns while a clip played: %d; overlap %d, silent %d, quiet "
                    "%d\n",
                    b.median, b.worst, busyUnderruns, b.overlap, b.silent, b.quiet);
    }
    std::printf("quiet: heard at under half the clip's decoded level; silent: nothing over the "
                "threshold within 3 s\n");
    return 0;
}
