// SPDX-License-Identifier: GPL-3.0-or-later
// Starts `unknot` and the empty window alternately, several times each, and prints the median
// time from process start to first rendered frame and the median peak memory, with ratios.
// Usage: bench_startup [runs] [extra arguments for unknot...]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = -1;
    double peakMiB = -1;
};

Sample runOnce(const QString &program, const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("QT_QUICK_BACKEND")))
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome);
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
    }
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(3, args.at(1).toInt()) : 9;
    const QStringList appArgs = args.mid(2);
    QTemporaryDir data;

    // One untimed run each warms the disk cache for both.
    runOnce(QStringLiteral(UNKNOT_EMPTY_WINDOW), {}, data.path());
    runOnce(QStringLiteral(UNKNOT_APP), appArgs, data.path());

    QList<double> appMs, appMem, baseMs, baseMem;
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
    }

    const double tApp = median(appMs), tBase = median(baseMs);
    const double mApp = median(appMem), mBase = median(baseMem);
    std::printf("startup benchmark, %d runs each, offscreen/%s\n", runs,
                qgetenv("QT_QUICK_BACKEND").isEmpty() ? "software"
                                                      : qgetenv("QT_QUICK_BACKEND").constData());
    std::printf("  empty window : first frame %7.1f ms   peak memory %6.1f MiB\n", tBase, mBase);
    std::printf("  unknot       : first frame %7.1f ms   peak memory %6.1f MiB\n", tApp, mApp);
    std::printf(
        "  ratio        : %.2fx startup (target <= 1.40x)   %+.1f MiB memory (target <= +15 MiB)\n",
        tApp / tBase, mApp - mBase);
    return 0;
}
