// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

// An unknot:// link, as passed on the command line or by a notification:
//   unknot://technique/<id>                     opens that technique
//   unknot://session/start?technique=<id>       starts its guided session
//   unknot://region/<id>                        lists the techniques for a body region
//   unknot://bodymap                            opens the body map
//   unknot://plan                               opens the user's plan
//   unknot://plan/start                         starts the techniques the plan has due today
//   unknot://reminder/new?time=07:30&days=mon,wed,fri&technique=<id>   (or &region=<id>,
//                         optional &label=...) opens the reminder editor filled in
struct DeepLink
{
    enum class Kind {
        Invalid,
        OpenTechnique,
        StartSession,
        OpenRegion,
        OpenBodyMap,
        NewReminder,
        OpenPlan,
        StartPlan
    };

    Kind kind = Kind::Invalid;
    QString techniqueId;
    QString error; // plain words, set when kind is Invalid

    QString regionId; // OpenRegion; NewReminder: what it opens when it is a region
    // NewReminder: what the link gave that was usable. A reminder link with some bad or missing
    // parts is still a NewReminder (the editor opens with the rest); `problems` says, in plain
    // words, what was left out.
    int minuteOfDay = -1; // -1: no usable time
    int weekdays = 0;     // bitmask, Monday = 1 .. Sunday = 64; 0: no usable day
    QString label;
    QStringList problems;

    static DeepLink parse(const QString &text);
};

} // namespace unknot
