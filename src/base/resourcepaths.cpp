// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/resourcepaths.h"

namespace unknot {

QUrl ResourcePaths::toUrl(const QString &path)
{
    if (path.startsWith(QLatin1String(":/")))
        return QUrl(QLatin1String("qrc") + path);
    return QUrl::fromLocalFile(path);
}

} // namespace unknot
