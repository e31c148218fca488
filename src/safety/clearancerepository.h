// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/clearance.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace unknot {

// Reads and writes the `region_status` table: one row per region whose clearance the user
// recorded. Each write is one statement: stored whole or not at all.
class ClearanceRepository
{
public:
    explicit ClearanceRepository(QSqlDatabase db);

    // Every recorded region, by id. An empty list with errorText() set when the read failed.
    QList<RegionClearance> all() const;
    // The region's row; nullopt when none is recorded (or the read failed: see errorText()).
    std::optional<RegionClearance> byRegion(const QString &regionId) const;
    // Inserts or replaces the region's row. False when the write failed.
    bool save(const RegionClearance &clearance);
    // Forgets the region's row. False when the write failed.
    bool remove(const QString &regionId);
    QString errorText() const { return m_error; }

private:
    bool fail(const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
