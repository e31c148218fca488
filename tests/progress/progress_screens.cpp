// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the Progress tab with real records (not a test): the history list, the
// overview from top to bottom, and a region's detail with its pain chart and the rising-pain
// notice, in the whole app window.
// Usage: progress_screens DATABASE|--empty OUTDIR [WxH ...]
//        (sizes by default 390x844 412x915 1024x768 800x1280)
// A copy of DATABASE is used (e.g. from `bench_progress --seed FILE 100000`); three sessions
// with rising pain are added to it for the left shoulder. Writes
// OUTDIR/progress-<light|dark>-<W>x<H>-<history|overview-N|region-N>.png
#include "core/appcore.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "ui/findobject.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

using namespace unknot;

namespace {

const QString kRisingRegion = QStringLiteral("shoulder-left");

void settle(int ms = 700)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool addRisingPain(const QString &path)
{
    Database db(QStringLiteral("screens-seed"));
    if (!db.open(path))
        return false;
    SessionRepository repo(db.connection());
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < 3; ++i) {
        SessionRecord r;
        r.techniqueId = QStringLiteral("front-of-shoulder-release");
        r.regionId = kRisingRegion;
        r.startedAt = now.addSecs(-3600 + i * 600);
        r.endedAt = r.startedAt.addSecs(420);
        r.stepsCompleted = r.stepsTotal = 6;
        r.completed = true;
        r.painBefore = 5;
        r.painAfter = 3 + 2 * i;
        if (repo.add(r) <= 0)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: progress_screens DATABASE OUTDIR [WxH ...]\n");
        return 2;
    }
    QStringList sizes = args.mid(3);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("390x844"), QStringLiteral("412x915"), QStringLiteral("1024x768"),
                 QStringLiteral("800x1280")};
    const QString out = args.at(2);
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("unknot.sqlite"));
    const bool empty = args.at(1) == QLatin1String("--empty"); // the empty states
    if (!empty && (!QFile::copy(args.at(1), db) || !addRisingPain(db))) {
        std::fprintf(stderr, "cannot prepare a copy of %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppCore::Config config;
    config.databasePath = db;
    config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    AppCore core(config);
    AppCore::setInstance(&core);

    int written = 0;
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        core.settings()->setThemeMode(theme);
        for (const QString &size : sizes) {
            const int w = size.section(QLatin1Char('x'), 0, 0).toInt();
            const int h = size.section(QLatin1Char('x'), 1, 1).toInt();
            QQmlApplicationEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
            engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Unknot/Main.qml")));
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
            if (!window)
                return 1;
            window->resize(w, h);
            const auto shot = [&](const QString &name) {
                settle();
                const QString file =
                    QStringLiteral("%1/progress-%2%3-%4-%5.png")
                        .arg(out, empty ? QStringLiteral("empty-") : QString(), theme, size, name);
                if (window->grabWindow().save(file)) {
                    std::printf("%s\n", qPrintable(file));
                    ++written;
                }
            };
            // A scrolling page, one screenful (less a margin of overlap) per picture.
            const auto shootScrolled = [&](QQuickItem *page, const QString &name) {
                settle(); // pages build their lower parts after the first frame
                for (int n = 0; page; ++n) {
                    const qreal top = n * page->height() * 0.85;
                    const qreal end = page->property("contentHeight").toReal() - page->height();
                    page->setProperty("contentY", std::min(top, std::max<qreal>(0, end)));
                    shot(QStringLiteral("%1-%2").arg(name).arg(n + 1));
                    if (top >= end)
                        break;
                }
            };
            findObject(window, "navBar")->setProperty("currentIndex", 1);
            settle();
            QObject *tabs = findObject(window, "progressTabs");
            tabs->setProperty("currentIndex", 0);
            shot(QStringLiteral("history"));
            tabs->setProperty("currentIndex", 1);
            shootScrolled(qobject_cast<QQuickItem *>(findObject(window, "progressOverview")),
                          QStringLiteral("overview"));
            if (empty)
                continue;
            QMetaObject::invokeMethod(findObject(window, "progressPage"), "openRegion",
                                      Q_ARG(QVariant, kRisingRegion));
            settle();
            shootScrolled(qobject_cast<QQuickItem *>(findObject(window, "regionDetailPage")),
                          QStringLiteral("region"));
        }
    }
    return written > 0 ? 0 : 1;
}
