// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "custom/customtechniquerules.h"

#include <QVariantList>
#include <QVariantMap>

// A draft that passes every rule: what a careful user types into the editor for a shoulder.
inline QVariantMap validShoulderDraft()
{
    QVariantMap draft = unknot::CustomTechniqueRules::newDraft(QStringLiteral("shoulder-left"));
    draft[QStringLiteral("title")] = QStringLiteral("Shoulder pin and reach");
    draft[QStringLiteral("purpose")] = QStringLiteral("Eases a tight front of the shoulder.");
    draft[QStringLiteral("startingPosition")] = QStringLiteral("Sit tall on a firm chair.");
    draft[QStringLiteral("cautions")] = QStringList{QStringLiteral("Stop if the pain gets sharp.")};
    draft[QStringLiteral("contraindications")] =
        QStringList{QStringLiteral("Do not use it on a fresh injury.")};
    const QStringList texts = {QStringLiteral("Sit tall and let the working arm hang."),
                               QStringLiteral("Find the tender spot below the collarbone."),
                               QStringLiteral("Press two fingers on the spot."),
                               QStringLiteral("Reach the arm slowly forward."),
                               QStringLiteral("Let go of the spot."),
                               QStringLiteral("Move the fingers a little lower."),
                               QStringLiteral("Reach forward again."),
                               QStringLiteral("Rest the arm and breathe.")};
    QVariantList steps = draft.value(QStringLiteral("steps")).toList();
    for (int i = 0; i < steps.size(); ++i) {
        QVariantMap step = steps.at(i).toMap();
        step[QStringLiteral("text")] = texts.at(i);
        step[QStringLiteral("seconds")] = 3;
        steps[i] = step;
    }
    draft[QStringLiteral("steps")] = steps;
    return draft;
}

inline QVariantMap withStep(QVariantMap draft, int index, const QString &key, const QVariant &value)
{
    QVariantList steps = draft.value(QStringLiteral("steps")).toList();
    QVariantMap step = steps.at(index).toMap();
    step[key] = value;
    steps[index] = step;
    draft[QStringLiteral("steps")] = steps;
    return draft;
}
