// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupoptions.h"

#include <QFileInfo>

#include <cstring>

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions o;
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--self-test"))
            o.selfTest = true;
        else if (arg == QLatin1String("--bench-first-frame"))
            o.benchFirstFrame = true;
        else if (arg.startsWith(QLatin1String("--screenshot=")))
            o.screenshotPath = arg.section(QLatin1Char('='), 1);
        else if (arg.startsWith(QLatin1String("--window-size="))) {
            const QStringList wh = arg.section(QLatin1Char('='), 1).split(QLatin1Char('x'));
            if (wh.size() == 2)
                o.windowSize = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        } else if (arg.startsWith(QLatin1String("--expect-shown="))) {
            o.expectShown =
                arg.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (!arg.startsWith(QLatin1String("--")) && o.link.isEmpty()) {
            // A file named on the command line (`unknot plan.unknotplan`, or a file manager's
            // Exec=unknot %u) is made absolute here: a second start hands it to the running
            // instance, whose working folder is another. Links have a scheme and stay as given.
            o.link = arg.contains(QLatin1Char(':')) ? arg : QFileInfo(arg).absoluteFilePath();
        }
    }
    return o;
}

void StartupOptions::prepareEnvironment(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--self-test") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
                qputenv("QT_QUICK_BACKEND", "software");
        }
    }
}
