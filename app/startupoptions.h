// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// What the command line asks of this run.
struct StartupOptions
{
    bool selfTest = false;        // open every page offscreen; exit non-zero on QML warnings
    bool benchFirstFrame = false; // print first-frame and memory markers, then exit
    QString link;                 // an unknot:// link to open
    QString screenshotPath;       // with --self-test: save the first frame as an image
    QSize windowSize;             // --window-size=WxH, e.g. a tablet for a screenshot
    QStringList expectShown;      // --expect-shown=a,b: with a link, items it must show

    static StartupOptions parse(const QStringList &arguments);
    // Before QGuiApplication exists: headless runs default to the offscreen platform and the
    // software renderer, unless the caller chose otherwise.
    static void prepareEnvironment(int argc, char **argv);
};
