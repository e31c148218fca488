// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "custom/customtechniques.h"
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

// Version 2: the file carries custom techniques (a version 1 reader could not use the entries
// that name them). A file without any is still written as version 1.
inline constexpr int kFormatVersion = 2;
// The slot for custom techniques and their recordings has a version of its own.
inline constexpr int kCustomTechniquesVersion = 1;
// Recordings travel inside the file (base64): room for about 80 spoken cues of 10 seconds
// (mono 16-bit WAV at 22.05 kHz), checked before the file is read into memory.
inline constexpr qint64 kMaxBytes = 48 * 1024 * 1024;
// A file without custom techniques is a few KiB: the old limit still applies to it.
inline constexpr qint64 kMaxBytesWithoutTechniques = 256 * 1024;
inline constexpr int kMaxEntries = 100;
// The file's name ends in ".unknotplan"; its type, where a system knows it by name.
inline constexpr char kSuffix[] = "unknotplan";
inline constexpr char kMimeType[] = "application/vnd.unknot.plan+json";
inline constexpr int kMaxCustomTechniques = 100;

// `carried`: CustomTechniques::carry() of each custom technique the entries name.
QByteArray write(const QList<PlanEntry> &entries, const QDateTime &exportedAt,
                 const QList<QJsonObject> &carried = {});

struct Contents
{
    bool ok = false;
    QString error;                 // plain words, when !ok
    QList<PlanEntry> entries;      // usable ones, in the file's order (addedOn not set)
    QStringList unknownTechniques; // ids named by entries that were left out
    // The custom techniques the file carries, checked, recordings decoded (nothing written).
    // Entries naming them keep the ids they had on the other phone (Checked::carriedId).
    QList<CustomTechniques::Checked> techniques;
    int recordingsCarried = 0;
};
// `isKnown` says whether this phone has a technique.
Contents parse(const QByteArray &json, const std::function<bool(const QString &)> &isKnown);

} // namespace PlanFile

} // namespace unknot
