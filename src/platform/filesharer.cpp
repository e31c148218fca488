// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesharer.h"

#include <QStandardPaths>

namespace unknot {

QString FileSharer::shareFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QLatin1String("/share");
}

} // namespace unknot
