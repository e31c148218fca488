// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"
#include "content/technique.h"

#include <QJsonObject>
#include <QMap>
#include <QVariantMap>

namespace unknot {

// What makes one of the user's own techniques: its id, the editor's draft as a content-format
// technique object, and the check. The check is the bundled content's own (the reader,
// content/techniquereader.h, and the text style of content/authoringrules.h): a custom
// technique is held to the same rules, and its problems name the field they concern.
//
// A draft is what the editor (qml/pages/custom/) edits: {id, region, side, title, purpose,
// startingPosition, intensity, goals, equipment, cautions, contraindications, steps: [{kind,
// text, cue, timing: "hold" | "reps", seconds, reps, tempoSeconds, recording}]}. An empty cue
// speaks the step's text; blank list entries are left out.
namespace CustomTechniqueRules {

inline constexpr QLatin1String kIdPrefix("custom-");
inline constexpr QLatin1String kSourceName("custom");

// "custom-<uuid>": never the id of a bundled technique, never the same twice.
QString newId();
bool isCustomId(const QString &id);

// A new technique for a region (a base id or a full one, "shoulder-left"), laid out in the
// active-release pattern the rules ask for, texts empty.
QVariantMap newDraft(const QString &regionId);
QJsonObject definitionFromDraft(const QVariantMap &draft);
QVariantMap draftFromDefinition(const QJsonObject &definition, const QMap<int, QString> &voices);
// Step index -> recording file of the steps that have one.
QMap<int, QString> voiceFilesOf(const QVariantMap &draft);

// Checks a definition; `problems` gets every defect (empty when it passes).
Technique check(const QJsonObject &definition, QList<ContentProblem> &problems);

} // namespace CustomTechniqueRules
} // namespace unknot
