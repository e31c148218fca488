// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/clearance.h"

namespace unknot {

QString clearanceName(Clearance clearance)
{
    switch (clearance) {
    case Clearance::Cleared:
        return QStringLiteral("cleared");
    case Clearance::ClearedWithCare:
        return QStringLiteral("cleared-with-care");
    case Clearance::NotCleared:
        return QStringLiteral("not-cleared");
    case Clearance::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Clearance> clearanceFromName(const QString &name)
{
    for (Clearance c : {Clearance::Unknown, Clearance::Cleared, Clearance::ClearedWithCare,
                        Clearance::NotCleared}) {
        if (clearanceName(c) == name)
            return c;
    }
    return std::nullopt;
}

} // namespace unknot
