// SPDX-License-Identifier: GPL-3.0-or-later
// Starts `unknot` and the empty window alternately, several times each, and prints the median
// time from process start to first rendered frame and the median peak memory, with ratios.
// Usage: bench_startup [runs] [extra arguments for unknot...]
//        bench_startup --history [FILE] [runs]
//   The second form starts `unknot` alternately against an empty database and against a copy
//   of FILE (by default 100,000 sessions over ten years, seeded by bench_progress), and prints
//   both medians and their ratio (target: within 10%).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = -1;
    double peakMiB = -1;
    double cpuMs = -1; // CPU time of all its threads up to the first frame
};

Sample runOnce(const QString &program, const QStringList &args, const QString &dataHome,
               const QString &database = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("QT_QUICK_BACKEND")))
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome);
    if (!database.isEmpty())
        env.insert(QStringLiteral("UNKNOT_DATABASE"), database);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);

    Sample s;
    QElapsedTimer timer;
    timer.start();
    p.start(program, QStringList(args) << QStringLiteral("--bench-first-frame"));
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        if (s.ms < 0 && out.contains("first-frame"))
            s.ms = timer.nsecsElapsed() / 1e6;
        if (timer.elapsed() > 60000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished();
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("peak-rss-kib "))
            s.peakMiB = line.mid(13).toDouble() / 1024.0;
        else if (line.startsWith("cpu-ms "))
            s.cpuMs = line.mid(7).toDouble();
    }
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

// Empty history against a long one: the same app, the same settings, only the database differs.
int compareHistory(const QStringList &args)
{
    QTemporaryDir data;
    QString source = args.value(0);
    int runs = args.value(1).toInt();
    if (!source.isEmpty() && !QFile::exists(source)) { // `--history 15`: runs, default history
        runs = source.toInt();
        source.clear();
    }
    runs = runs > 0 ? std::max(3, runs) : 9;
    // Each in a folder of its own: each keeps its own daily backups next to it.
    QDir(data.path()).mkpath(QStringLiteral("history"));
    QDir(data.path()).mkpath(QStringLiteral("empty"));
    const QString seeded = data.filePath(QStringLiteral("history/unknot.sqlite"));
    if (source.isEmpty()) {
        std::printf("seeding 100,000 sessions over ten years...\n");
        std::fflush(stdout);
        if (QProcess::execute(QStringLiteral(UNKNOT_BENCH_PROGRESS),
                              {QStringLiteral("--seed"), seeded, QStringLiteral("100000")}) != 0) {
            std::fprintf(stderr, "seeding failed\n");
            return 1;
        }
    } else if (!QFile::copy(source, seeded)) { // the app may write (WAL); keep FILE as it is
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }
    const QString empty = data.filePath(QStringLiteral("empty/unknot.sqlite"));
    const QString app = QStringLiteral(UNKNOT_APP);

    // Untimed runs create the empty database and warm the disk cache for both.
    runOnce(app, {}, data.path(), empty);
    runOnce(app, {}, data.path(), seeded);

    QList<double> emptyMs, fullMs, emptyMem, fullMem, pairRatios;
    for (int i = 0; i < runs; ++i) {
        const Sample e = runOnce(app, {}, data.path(), empty);
        const Sample f = runOnce(app, {}, data.path(), seeded);
        if (e.ms < 0 || f.ms < 0) {
            std::fprintf(stderr, "a run never rendered its first frame\n");
            return 1;
        }
        emptyMs << e.ms;
        fullMs << f.ms;
        pairRatios << f.ms / e.ms; // each pair ran back to back, under the same load
        emptyMem << e.peakMiB;
        fullMem << f.peakMiB;
    }
    const double tEmpty = median(emptyMs), tFull = median(fullMs);
    std::printf("startup with history, %d runs each, offscreen/%s, %s\n", runs,
                qgetenv("QT_QUICK_BACKEND").isEmpty() ? "software"
                                                      : qgetenv("QT_QUICK_BACKEND").constData(),
                qPrintable(QFileInfo(seeded).size() > 0
                               ? QStringLiteral("history file %1 MiB")
                                     .arg(QFileInfo(seeded).size() / 1048576.0, 0, 'f', 1)
                               : QString()));
    std::printf("  empty database : first frame %7.1f ms   peak memory %6.1f MiB\n", tEmpty,
                median(emptyMem));
    std::printf("  with history   : first frame %7.1f ms   peak memory %6.1f MiB\n", tFull,
                median(fullMem));
    std::printf("  ratio          : %.3fx startup (target <= 1.10x); median of the %d paired "
                "ratios %.3fx\n",
                tFull / tEmpty, runs, median(pairRatios));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--history"))
        return compareHistory(args.mid(2));
    const int runs = args.size() > 1 ? std::max(3, args.at(1).toInt()) : 9;
    const QStringList appArgs = args.mid(2);
    QTemporaryDir data;

    // One untimed run each warms the disk cache for both.
    runOnce(QStringLiteral(UNKNOT_EMPTY_WINDOW), {}, data.path());
    runOnce(QStringLiteral(UNKNOT_APP), appArgs, data.path());

    QList<double> appMs, appMem, baseMs, baseMem, pairRatios, appCpu, baseCpu;
    for (int i = 0; i < runs; ++i) {
        const Sample b = runOnce(QStringLiteral(UNKNOT_EMPTY_WINDOW), {}, data.path());
        const Sample a = runOnce(QStringLiteral(UNKNOT_APP), appArgs, data.path());
        if (a.ms < 0 || b.ms < 0) {
            std::fprintf(stderr, "a run never rendered its first frame\n");
            return 1;
        }
        baseMs << b.ms;
        baseMem << b.peakMiB;
        appMs << a.ms;
        appMem << a.peakMiB;
        baseCpu << b.cpuMs;
        appCpu << a.cpuMs;
        pairRatios << a.ms / b.ms; // each pair ran back to back, under the same load
    }

    const double tApp = median(appMs), tBase = median(baseMs);
    const double mApp = median(appMem), mBase = median(baseMem);
    std::printf("startup benchmark, %d runs each, offscreen/%s\n", runs,
                qgetenv("QT_QUICK_BACKEND").isEmpty() ? "software"
                                                      : qgetenv("QT_QUICK_BACKEND").constData());
    std::printf("  empty window : first frame %7.1f ms   peak memory %6.1f MiB\n", tBase, mBase);
    std::printf("  unknot       : first frame %7.1f ms   peak memory %6.1f MiB\n", tApp, mApp);
    std::printf(
        "  ratio        : %.2fx startup (target <= 1.40x)   %+.1f MiB memory (target <= +15 MiB)\n"
        "                 median of the %d paired ratios %.2fx\n",
        tApp / tBase, mApp - mBase, runs, median(pairRatios));
    // CPU time to the first frame (all threads): the work itself, which a busy machine
    // stretches far less than the wall clock. Read beside the ratio, not instead of it.
    const double cApp = median(appCpu), cBase = median(baseCpu);
    if (cApp > 0 && cBase > 0)
        std::printf("  cpu time     : empty window %.1f ms, unknot %.1f ms, %.2fx\n", cBase, cApp,
                    cApp / cBase);
    return 0;
}
