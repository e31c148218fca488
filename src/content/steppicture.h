// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace unknot {

class TechniqueCheck;
struct Technique;

// A step's picture as the content file describes it (FORMAT.md, "Step picture"): which view of
// the body figure, which region to zoom to, where the hand, thumb or ball presses and which way
// the body moves. Points are in the figure's view-box units and drawn for the person's LEFT
// side; the app mirrors them for the right side (and for the second side of an each-side
// technique).
struct StepPicture
{
    QString view;   // "front" or "back"
    QString region; // a base region id of the technique, e.g. "forearm-wrist"
    bool hasPin = false;
    QPointF pin;
    QString tool; // what presses: thumb, fingers, grip or ball (with a pin only)
    // The movement the user makes (move steps; optional on position steps).
    bool hasArrow = false;
    QPointF arrowFrom;
    QPointF arrowTo;
    double arrowBend = 0; // -1..1: how far the arrow bows to its left (0: straight)
    // A shift step moves the pin: from the previous pin to this one (derived, not written).
    bool hasShift = false;
    QPointF shiftFrom;
    QString description; // what a screen reader reads

    bool isValid() const { return !view.isEmpty(); }
};

namespace StepPictures {

// The figure's view box (assets/bodymap/bodymap.json); points must lie inside it.
inline constexpr double kViewBoxWidth = 240;
inline constexpr double kViewBoxHeight = 520;

const QStringList &views();
const QStringList &tools();

// Reads the "picture" of every step that has one of `object` into `technique.steps` (already read)
// and checks it against the format: fields, the technique's regions, and that the pin only moves
// where the step says so (locate and shift steps).
void read(const QJsonObject &object, Technique &technique, TechniqueCheck &check);

} // namespace StepPictures
} // namespace unknot
