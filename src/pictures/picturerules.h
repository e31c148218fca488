// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"
#include "content/technique.h"

#include <QList>

namespace unknot {

class BodyMapGeometry;
class KeepOffZones;

namespace PictureRules {

// The rules every bundled step picture keeps, checked on every side it is shown for: each step
// has a picture; its region is drawn on its view; its pin lies inside that region's shape (not
// on its edge) and outside every keep-off zone of the figure (front of the neck, groin and inner
// thigh, back of the knee, over the spine, middle of the buttock).
QList<ContentProblem> check(const QList<Technique> &techniques, const BodyMapGeometry &geometry,
                            const KeepOffZones &zones);

} // namespace PictureRules
} // namespace unknot
