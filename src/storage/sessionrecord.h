// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace unknot {

// One guided session as it is kept in the history.
struct SessionRecord
{
    qint64 id = 0;
    QString techniqueId;
    QString regionId;
    QString sides; // "left", "right", "left,right" or "" for centre regions
    QDateTime startedAt;
    QDateTime endedAt;
    int stepsCompleted = 0;
    int stepsTotal = 0;
    bool completed = false;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    bool stoppedForPain = false;
    QString note;

    bool operator==(const SessionRecord &) const = default;
};

} // namespace unknot
