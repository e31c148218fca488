// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "firstframewatcher.h"
#include "qmlwarningguard.h"
#include "selftesttour.h"
#include "startupoptions.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace {

void finish(const QmlWarningGuard &guard, const QString &failure)
{
    const QStringList warnings = guard.warnings();
    std::fprintf(stderr, "self-test: %lld QML warning(s)\n",
                 static_cast<long long>(warnings.size()));
    if (!failure.isEmpty())
        std::fprintf(stderr, "self-test: FAILED: %s\n", qPrintable(failure));
    QCoreApplication::exit(!failure.isEmpty() ? 4 : warnings.isEmpty() ? 0 : 2);
}

} // namespace

void SelfTest::run(QQuickWindow *window, unknot::AppCore &core, const StartupOptions &options,
                   const QmlWarningGuard &guard)
{
    auto *tour = new SelfTestTour(window, &core, window);
    if (options.link.isEmpty() && options.screenshotPath.isEmpty()) {
        tour->start([&guard](const QString &failure) { finish(guard, failure); });
        return;
    }
    // Let page transitions started by a link settle before looking.
    QTimer::singleShot(800, window, [window, tour, options, &guard] {
        QStringList missing;
        for (const QString &name : options.expectShown) {
            if (!tour->isShown(name))
                missing << name;
        }
        if (!options.screenshotPath.isEmpty())
            FirstFrame::saveScreenshot(window, options.screenshotPath);
        finish(guard, missing.isEmpty()
                          ? QString()
                          : QStringLiteral("not shown: %1 (the Body tab shows \"%2\")")
                                .arg(missing.join(QLatin1String(", ")), tour->bodyPage()));
    });
}
