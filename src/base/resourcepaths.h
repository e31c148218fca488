// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace unknot {

// Where bundled assets live. The app reads them from Qt resources (":/assets/..."), which work
// the same on desktop, Android and iOS; tests may point at a folder on disk instead.
struct ResourcePaths
{
    QString contentDir = QStringLiteral(":/assets/content/techniques");
    QString audioDir = QStringLiteral(":/assets/audio");

    // A file path (":/..." or absolute) as a URL that QMediaPlayer and QML understand.
    static QUrl toUrl(const QString &path);
};

} // namespace unknot
