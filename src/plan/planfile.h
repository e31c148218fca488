// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace unknot {

// A plan as one JSON file, to carry it to another phone (format: plan/PLAN-FORMAT.md). Reading
// checks everything before anything is used: size, shape, every value; technique ids this
// phone does not have are reported by name and their entries left out.
namespace PlanFile {

inline constexpr int kFormatVersion = 1;
// The slot for custom techniques and their recordings has a version of its own.
inline constexpr int kCustomTechniquesVersion = 1;
inline constexpr qint64 kMaxBytes = 256 * 1024;
inline constexpr int kMaxEntries = 100;
inline constexpr int kMaxCustomTechniques = 100;

QByteArray write(const QList<PlanEntry> &entries, const QDateTime &exportedAt);

struct Contents
{
    bool ok = false;
    QString error;                   // plain words, when !ok
    QList<PlanEntry> entries;        // usable ones, in the file's order (addedOn not set)
    QStringList unknownTechniques;   // ids named by entries that were left out
    int customTechniquesCarried = 0; // custom techniques in the file (not imported yet)
};
// `isKnown` says whether this phone has a technique.
Contents parse(const QByteArray &json, const std::function<bool(const QString &)> &isKnown);

} // namespace PlanFile

} // namespace unknot
