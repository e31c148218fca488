// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace unknot {

// What the user's practitioner said about working on one body region.
enum class Clearance { Unknown, Cleared, ClearedWithCare, NotCleared };

// The names stored in region_status.clearance and used in QML and exports:
// "unknown", "cleared", "cleared-with-care", "not-cleared".
QString clearanceName(Clearance clearance);
std::optional<Clearance> clearanceFromName(const QString &name);

// One row of region_status.
struct RegionClearance
{
    QString regionId; // a full region id ("shoulder-left", "neck")
    Clearance clearance = Clearance::Unknown;
    QDate clearedOn;   // the day the practitioner said so; null when not given
    QString clearedBy; // the practitioner's name
    QString note;
    qint64 updatedAt = 0; // ms since epoch, UTC: when the user last changed the row
};

} // namespace unknot
