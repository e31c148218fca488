// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_progress [runs [page]]   time queries, saving and every page (or those whose
//                                       name contains `page`)
//        bench_progress --seed FILE N   write N synthetic sessions over 10 years to FILE
#include "core/appcore.h"
#include "plan/plan.h"
#include "progress/historymodel.h"
#include "progress/progressqueries.h"
#include "progress/progressstats.h"
#include "session/guidedsession.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <tuple>

#include <time.h>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

using namespace unknot;

namespace {

// Region and a technique for it, as the app records them.
const QList<std::pair<QString, QString>> kRegions = {
    {QStringLiteral("neck"), QStringLiteral("neck-side-release")},
    {QStringLiteral("shoulder-left"), QStringLiteral("front-of-shoulder-release")},
    {QStringLiteral("shoulder-right"), QStringLiteral("back-of-shoulder-ball-release")},
    {QStringLiteral("forearm-wrist-left"), QStringLiteral("forearm-flexor-release")},
    {QStringLiteral("lower-back"), QStringLiteral("lower-back-ball-release")},
    {QStringLiteral("calf-achilles-left"), QStringLiteral("seated-calf-release")},
    {QStringLiteral("calf-achilles-right"), QStringLiteral("calf-ball-release")},
    {QStringLiteral("foot-right"), QStringLiteral("arch-thumb-release")}};

// Sessions ending today, most days worked, a few a day, realistic pain ratings; written in one
// transaction (seeding speed is not what is measured).
bool seed(const QString &path, int count)
{
    Database db(QStringLiteral("seed"));
    if (!db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return false;
    }
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (technique_id, region_id, sides, started_at, utc_offset_min, "
        "ended_at, steps_completed, steps_total, completed, pain_before, pain_after, "
        "stopped_for_pain, note) VALUES (:technique_id, :region_id, '', :started_at, "
        ":utc_offset_min, :ended_at, :steps_completed, 6, :completed, :pain_before, "
        ":pain_after, 0, :note)"));
    QRandomGenerator rng(42);
    const QDateTime end = QDateTime::currentDateTime();
    const qint64 span = 3650LL * 86400000;
    for (int i = 0; i < count; ++i) {
        const QDateTime start = end.addMSecs(-span + span * i / count);
        const auto &[region, technique] = kRegions.at(rng.bounded(int(kRegions.size())));
        const bool completed = rng.bounded(10) > 0;
        const int before = rng.bounded(3, 9);
        q.bindValue(QStringLiteral(":technique_id"), technique);
        q.bindValue(QStringLiteral(":region_id"), region);
        q.bindValue(QStringLiteral(":started_at"), start.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":utc_offset_min"), start.offsetFromUtc() / 60);
        q.bindValue(QStringLiteral(":ended_at"), start.toMSecsSinceEpoch() + 420000);
        q.bindValue(QStringLiteral(":steps_completed"), completed ? 6 : 3);
        q.bindValue(QStringLiteral(":completed"), completed ? 1 : 0);
        q.bindValue(QStringLiteral(":pain_before"), before);
        q.bindValue(QStringLiteral(":pain_after"), std::max(0, before - int(rng.bounded(4))));
        q.bindValue(QStringLiteral(":note"),
                    i % 40 == 0 ? QStringLiteral("Felt tight in the morning") : QString(""));
        if (!q.exec())
            return false;
    }
    return c.commit();
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// targetMs 0: a figure to know, with no target of its own.
void report(const char *what, double ms, double targetMs)
{
    if (targetMs <= 0)
        std::printf("  %-38s %8.3f ms\n", what, ms);
    else
        std::printf("  %-38s %8.3f ms   (target < %g ms) %s\n", what, ms, targetMs,
                    ms < targetMs ? "ok" : "OVER");
}

// CPU time of the calling (GUI) thread: on a machine shared with other work the wall clock also
// counts the time others ran; this counts only the page's own work.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--seed") == 0) {
        QCoreApplication app(argc, argv);
        return seed(QString::fromLocal8Bit(argv[2]), atoi(argv[3])) ? 0 : 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(path, 100000))
        return 1;
    std::printf("progress benchmark: 100,000 sessions over 10 years (seeded in %.1f s), median "
                "of %d runs\n",
                seeding.elapsed() / 1000.0, runs);

    {
        Database db;
        if (!db.open(path))
            return 1;
        const ProgressQueries queries(db.connection());
        const QDate today = QDate::currentDate();
        report("streaks", medianMs(runs, [&] { queries.streaks(today); }), 10);
        report("sessions per week (12 weeks)",
               medianMs(runs, [&] { queries.weeklyCompleted(today, 12); }), 10);
        report("calendar (17 weeks)",
               medianMs(runs, [&] { queries.activeDays(today.addDays(-7 * 17), today); }), 10);
        report("region summaries", medianMs(runs, [&] { queries.regionSummaries(); }), 10);
        report("pain series (one region, 30)",
               medianMs(runs, [&] { queries.painSeries(QStringLiteral("neck"), 30); }), 10);
        report("pain trend (one region)",
               medianMs(runs, [&] { queries.painTrend(QStringLiteral("neck")); }), 10);
        report("whole overview refresh",
               medianMs(runs,
                        [&] {
                            ProgressStats stats(db.connection());
                            stats.refresh();
                        }),
               10);
        SessionRepository repo(db.connection());
        int n = 0;
        const auto saveOne = [&] {
            SessionRecord r;
            r.techniqueId = QStringLiteral("neck-side-release");
            r.regionId = QStringLiteral("neck");
            r.startedAt = QDateTime::currentDateTime().addSecs(++n);
            r.endedAt = r.startedAt.addSecs(300);
            r.completed = true;
            r.painBefore = 5;
            r.painAfter = 3;
            repo.add(r);
        };
        // The app commits with synchronous=FULL (a saved session survives power loss); the
        // same save with NORMAL shows what that costs.
        report("save one session (synchronous=FULL)", medianMs(runs, saveOne), 2);
        SessionRecord running;
        running.techniqueId = QStringLiteral("neck-side-release");
        running.regionId = QStringLiteral("neck");
        running.startedAt = QDateTime::currentDateTime().addDays(1);
        running.stepsTotal = 1000;
        running.id = repo.add(running);
        report("a running session's step (FULL)",
               medianMs(runs,
                        [&] {
                            ++running.stepsCompleted;
                            repo.update(running);
                        }),
               2);
        QSqlQuery sync(db.connection());
        sync.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        report("save one session (NORMAL, for comparison)", medianMs(runs, saveOne), 0);
        sync.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        report("first history page (50)", medianMs(runs, [&] { repo.page(0, 50); }), 10);
    }

    // Opening the file: the app reads only the header and schema before the first frame; the
    // full check (every page) runs on a thread after it.
    report("open the database (app: deferred)",
           medianMs(runs,
                    [&] {
                        Database db(QStringLiteral("open"));
                        db.open(path, Database::Check::Deferred);
                    }),
           10);
    report("full integrity check (on a thread)",
           medianMs(std::max(3, runs / 3), [&] { Database::checkFile(path); }), 0);
    report("open with the full check at once",
           medianMs(std::max(3, runs / 3),
                    [&] {
                        Database db(QStringLiteral("open"));
                        db.open(path);
                    }),
           0);

    // Opening the progress screen with the real core: re-reading everything it shows (the
    // overview's aggregates and the first history page), creating the page and rendering the
    // frame that shows it.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppCore::Config config;
    config.databasePath = path;
    config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    QElapsedTimer coreTimer;
    coreTimer.start();
    AppCore core(config);
    const double coreMs = coreTimer.nsecsElapsed() / 1e6;
    AppCore::setInstance(&core);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQuickWindow window;
    // As in the app (a QML Window sets it): asynchronous Loaders incubate between frames.
    engine.setIncubationController(window.incubationController());
    window.resize(412, 915);
    window.show();
    // Phases of the last openPage(): data, creating the page, the first frame; then what the
    // page built after its first frame (asynchronous loaders) until it was complete.
    double dataMs = 0, createMs = 0, frameMs = 0, completeMs = 0, cpuMs = 0;
    int completeFrames = 0;
    // Renders frames, letting the incubator run between them as the app's event loop does,
    // until no Loader in `page` is still loading: the page is complete. Returns the frames.
    const auto renderUntilComplete = [&](QObject *page) {
        const auto loading = [&] {
            const QList<QQuickItem *> items = page->findChildren<QQuickItem *>();
            return std::any_of(items.cbegin(), items.cend(), [](const QQuickItem *item) {
                return item->inherits("QQuickLoader") &&
                       item->property("status").toInt() == 2; // Loader.Loading
            });
        };
        int frames = 1;
        while (loading() && frames < 600) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
            window.grabWindow();
            ++frames;
        }
        return frames;
    };
    // Opens a page as the app does: re-reads what it shows (refresh), creates it from `qml`
    // (after `import Unknot`), lets `setup` act on it, and renders the first frame; then renders
    // until it is complete. With `tap`, the page is opened (untimed) first and what is timed is
    // the tap on it (e.g. another tab) up to its first frame and until complete.
    // The page's QML is compiled once beforehand, as the app's pages are (qmlcachegen).
    // `whenComplete` sees the complete page before it goes.
    const auto openPage = [&](QQmlComponent &component, const std::function<void()> &refresh,
                              const std::function<void(QObject *)> &setup,
                              const std::function<void(QObject *)> &tap,
                              const std::function<void(QObject *)> &whenComplete = {}) -> double {
        std::unique_ptr<QObject> page;
        QElapsedTimer t, phase;
        // Re-reads the data, creates the page and sets it up: dataMs, then `phase` restarted.
        const auto create = [&] {
            if (refresh)
                refresh();
            dataMs = t.nsecsElapsed() / 1e6;
            phase.start();
            page.reset(component.create());
            if (!page) {
                std::fprintf(stderr, "  (not built: %s)\n", qPrintable(component.errorString()));
                return false;
            }
            if (setup)
                setup(page.get());
            return true;
        };
        if (tap) {
            t.start();
            if (!create())
                return -1;
            qobject_cast<QQuickItem *>(page.get())->setParentItem(window.contentItem());
            window.grabWindow();
            renderUntilComplete(page.get());
        }
        const double cpuStart = threadCpuMs();
        t.start();
        if (tap) {
            dataMs = 0;
            phase.start();
            tap(page.get());
        } else if (!create()) {
            return -1;
        }
        createMs = phase.nsecsElapsed() / 1e6;
        phase.restart();
        qobject_cast<QQuickItem *>(page.get())->setParentItem(window.contentItem());
        window.grabWindow(); // polishes, lays out and renders one frame
        frameMs = phase.nsecsElapsed() / 1e6;
        const double firstFrame = t.nsecsElapsed() / 1e6;
        cpuMs = threadCpuMs() - cpuStart;
        completeFrames = renderUntilComplete(page.get());
        completeMs = t.nsecsElapsed() / 1e6;
        if (whenComplete)
            whenComplete(page.get());
        page.reset();
        QCoreApplication::processEvents(); // deferred deletes, before the next run
        return firstFrame;
    };
    const auto refreshProgress = [&] {
        core.progress()->refresh();
        core.history()->reload();
    };
    const auto showTab = [](int tab) {
        return [tab](QObject *page) {
            if (QObject *tabs = page->findChild<QObject *>(QStringLiteral("progressTabs")))
                tabs->setProperty("currentIndex", tab);
        };
    };
    const auto startSession = [&] {
        core.session()->start(QStringLiteral("neck-side-release"), QStringLiteral("neck"));
    };
    const auto beginSteps = [&](QObject *) {
        core.session()->begin(5);
    };
    // A plan as a practitioner might give it: a handful of techniques, some on one side.
    core.plan()->load();
    const QList<std::tuple<const char *, const char *, const char *, int, int>> planned = {
        {"neck-side-release", "both", "daily", 0, 0},
        {"front-of-shoulder-release", "left", "weekly", 3, 0},
        {"forearm-flexor-release", "both", "daily", 0, 0},
        {"lower-back-ball-release", "both", "weekdays", 0, 1 | 4 | 16},
        {"calf-ball-release", "right", "weekly", 2, 0}};
    for (const auto &[technique, side, frequency, times, days] : planned) {
        const QString problem = core.plan()->add(QLatin1String(technique), QLatin1String(side),
                                                 QLatin1String(frequency), times, days);
        if (!problem.isEmpty())
            std::fprintf(stderr, "  (plan: %s)\n", qPrintable(problem));
    }
    const int screenRuns = std::max(3, runs / 3);
    report("app core start (open, recover, models)", coreMs, 0);
    report("refresh what the screen shows", medianMs(runs, refreshProgress), 10);

    // Every page, from tap to first frame; a new page is one more row here.
    struct Page
    {
        const char *name;
        QByteArray qml;
        std::function<void()> refresh;
        std::function<void(QObject *)> setup;
        // Done before each open, untimed: the state the page is opened over.
        std::function<void()> before = {};
        // What is timed is this tap on the open page instead (see openPage).
        std::function<void(QObject *)> tap = {};
    };
    const QByteArray size = " { width: 412; height: 915";
    const QList<Page> pages = {
        {"technique list", "TechniqueListPage" + size + "; regionId: 'neck' }", {}, {}},
        {"technique detail",
         "TechniqueDetailPage" + size + "; techniqueId: 'neck-side-release'; regionId: 'neck' }",
         {},
         {}},
        // As the Start button does: the session is prepared (pain rating first), then its
        // page is opened; "begin": the tap on Begin there, up to the first step's frame.
        {"session", "SessionPage" + size + " }", startSession, {}},
        {"session: begin", "SessionPage" + size + " }", startSession, {}, {}, beginSteps},
        {"progress: history tab", "ProgressPage" + size + " }", refreshProgress, {}},
        // Progress opens on its history; the overview is a tap on its tab.
        {"progress: overview tab",
         "ProgressPage" + size + " }",
         refreshProgress,
         {},
         {},
         showTab(1)},
        {"region detail", "RegionDetailPage" + size + "; regionId: 'neck' }", {}, {}},
        {"reminders list", "RemindersPage" + size + " }", {}, {}},
        {"reminder editor",
         "ReminderEditor" + size + "; draft: App.reminders.newDraft() }",
         {},
         {}},
        {"more", "MorePage" + size + " }", {}, {}},
        {"plan", "PlanPage" + size + " }", {}, {}},
        {"search", "SearchPage" + size + " }", {}, {}},
    };
    // With UNKNOT_SCREENSHOT_DIR set, each page is also saved as it looks once complete, at
    // 390x844 in the light and the dark theme, to compare the look before and after a change.
    const QString shotDir = qEnvironmentVariable("UNKNOT_SCREENSHOT_DIR");
    const auto saveShots = [&](const Page &p, QQmlComponent &component) {
        const QString mode = core.settings()->themeMode();
        window.resize(390, 844);
        for (const char *theme : {"light", "dark"}) {
            core.settings()->setThemeMode(QLatin1String(theme));
            if (p.before)
                p.before();
            const auto fit = [&](QObject *page) {
                if (p.setup)
                    p.setup(page);
                page->setProperty("width", 390);
                page->setProperty("height", 844);
            };
            const QString file = QStringLiteral("%1/%2-%3")
                                     .arg(shotDir,
                                          QString::fromLatin1(p.name)
                                              .replace(QLatin1String(": "), "-")
                                              .replace(' ', '-'),
                                          QLatin1String(theme));
            // The first screen, and the end of the page's longest scrolling content.
            openPage(component, p.refresh, fit, p.tap, [&](QObject *page) {
                window.grabWindow().save(file + QLatin1String(".png"));
                QQuickItem *longest = nullptr;
                for (QQuickItem *item : page->findChildren<QQuickItem *>()) {
                    if (item->inherits("QQuickFlickable") && item->isVisible() &&
                        (!longest || item->property("contentHeight").toReal() >
                                         longest->property("contentHeight").toReal()))
                        longest = item;
                }
                if (!longest)
                    return;
                const qreal end = longest->property("contentHeight").toReal() - longest->height();
                if (end <= 0)
                    return;
                longest->setProperty("contentY", end);
                window.grabWindow().save(file + QLatin1String("-end.png"));
            });
        }
        core.settings()->setThemeMode(mode);
        window.resize(412, 915);
    };
    constexpr double frame = 1000.0 / 60;
    std::printf("\n  pages at 100,000 sessions, median of %d opens (412x915; target: first frame "
                "< 33 ms, two frames)\n",
                screenRuns);
    std::printf("  %-24s %10s %7s %8s %10s %7s   %s\n", "page", "1st frame", "frames", "cpu",
                "complete", "frames", "(median run: data, page, frame ms)");
    for (const Page &p : pages) {
        QList<double> first, complete, data, create, render, cpu;
        QList<int> frames;
        if (argc > 2 && !QByteArray(p.name).contains(argv[2]))
            continue;
        QQmlComponent component(&engine);
        component.setData("import Unknot\nimport Unknot.Core\n" + p.qml, QUrl());
        bool built = true;
        for (int i = 0; i < screenRuns && built; ++i) {
            if (p.before)
                p.before();
            const double ms = openPage(component, p.refresh, p.setup, p.tap);
            built = ms >= 0;
            first << ms;
            complete << completeMs;
            frames << completeFrames;
            data << dataMs;
            create << createMs;
            render << frameMs;
            cpu << cpuMs;
        }
        if (!built)
            continue;
        const auto median = [](QList<double> v) {
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2);
        };
        std::sort(frames.begin(), frames.end());
        const double f = median(first);
        std::printf("  %-24s %7.1f ms %7.0f %5.1f ms %7.1f ms %7d   %s (%.1f, %.1f, %.1f)\n",
                    p.name, f, std::ceil(f / frame), median(cpu), median(complete),
                    frames.at(frames.size() / 2), f < 33 ? "ok  " : "OVER", median(data),
                    median(create), median(render));
        if (!shotDir.isEmpty())
            saveShots(p, component);
    }
    return 0;
}
