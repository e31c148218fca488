// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

// A name people know their problem by ("tennis elbow"), and the techniques that work on it.
struct Condition
{
    QString id;
    QString name;
    QStringList synonyms;
    QStringList techniques; // technique ids
    QStringList regions;    // base region ids: every technique for them fits too
    QString note;           // optional: e.g. when to see a clinician first
};

struct ConditionsLoadResult
{
    QList<Condition> conditions;
    QList<ContentProblem> problems;
};

// Reads assets/content/conditions.json (format in assets/content/FORMAT.md, "Conditions").
// `knownTechniques` are the ids a condition may name; empty skips that check.
namespace Conditions {

inline constexpr char kBundledPath[] = ":/assets/content/conditions.json";
inline constexpr char kFileName[] = "conditions.json";

ConditionsLoadResult load(const QString &fileName, const QStringList &knownTechniques);
ConditionsLoadResult read(const QByteArray &json, const QStringList &knownTechniques);

} // namespace Conditions
} // namespace unknot
