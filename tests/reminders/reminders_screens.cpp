// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the Reminders tab (not a test): the empty tab, a list of reminders with the
// health section, and the editor filled in by a link that was partly wrong, in the whole app
// window, light and dark.
// Usage: reminders_screens OUTDIR [WxH ...]   (sizes by default 390x844 412x915 800x1280)
// Writes OUTDIR/reminders-<light|dark>-<W>x<H>-<empty|list|editor>.png
#include "core/appcore.h"
#include "reminders/reminderlistmodel.h"
#include "reminders/reminders.h"
#include "settings/appsettings.h"
#include "ui/findobject.h"

#include <QDir>
#include <QEventLoop>
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

void settle(int ms = 700)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QVariantMap reminder(int minuteOfDay, int weekdays, const QString &technique, const QString &region,
                     const QString &label)
{
    return {{QStringLiteral("minuteOfDay"), minuteOfDay},
            {QStringLiteral("weekdays"), weekdays},
            {QStringLiteral("techniqueId"), technique},
            {QStringLiteral("regionId"), region},
            {QStringLiteral("label"), label}};
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
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: reminders_screens OUTDIR [WxH ...]\n");
        return 2;
    }
    QStringList sizes = args.mid(2);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("390x844"), QStringLiteral("412x915"), QStringLiteral("800x1280")};
    const QString out = args.at(1);
    QDir().mkpath(out);

    QTemporaryDir dir;
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppCore::Config config;
    config.databasePath = dir.filePath(QStringLiteral("unknot.sqlite"));
    config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    AppCore core(config);
    AppCore::setInstance(&core);

    int written = 0;
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        core.settings()->setThemeMode(theme);
        for (const QString &size : sizes) {
            const int w = size.section(QLatin1Char('x'), 0, 0).toInt();
            const int h = size.section(QLatin1Char('x'), 1, 1).toInt();
            // Each size starts with no reminders, shows the empty tab, then adds three.
            Reminders *reminders = core.reminders();
            while (reminders->list()->rowCount() > 0)
                reminders->remove(reminders->list()->index(0).data(Qt::UserRole + 1).toLongLong());
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
                    QStringLiteral("%1/reminders-%2-%3-%4.png").arg(out, theme, size, name);
                if (window->grabWindow().save(file)) {
                    std::printf("%s\n", qPrintable(file));
                    ++written;
                }
            };
            findObject(window, "navBar")->setProperty("currentIndex", 2);
            shot(QStringLiteral("empty"));
            reminders->save(reminder(7 * 60 + 30, 1 | 4 | 16,
                                     QStringLiteral("forearm-flexor-release"), {},
                                     QStringLiteral("Before work")));
            reminders->save(reminder(2 * 60 + 30, 64, {}, QStringLiteral("shoulder-left"), {}));
            reminders->save(reminder(21 * 60, 127, {}, {}, {}));
            reminders->setEnabled(reminders->list()->reminders().last().id, false);
            shot(QStringLiteral("list"));
            core.openLink(QStringLiteral("unknot://reminder/new?time=07:30&days=mon,wed,fri,"
                                         "someday&technique=forearm-flexor-release"));
            shot(QStringLiteral("editor"));
        }
    }
    return written > 0 ? 0 : 1;
}
