// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictures/picturerules.h"

#include "bodymap/bodymapgeometry.h"
#include "bodymap/keepoffzones.h"
#include "pictures/steppictureframe.h"

namespace unknot::PictureRules {

namespace {

// A pin this close to its region's edge reads as on the border, or in the neighbour.
constexpr qreal kMinInset = 2;

} // namespace

QList<ContentProblem> check(const QList<Technique> &techniques, const BodyMapGeometry &geometry,
                            const KeepOffZones &zones)
{
    QList<ContentProblem> problems;
    for (const Technique &t : techniques) {
        // Every side the picture is shown for: the right side, and the second side of a
        // centre area worked one side at a time, show it mirrored.
        QList<bool> mirrors;
        for (qsizetype s = 0; s < t.sides.size(); ++s)
            mirrors << (t.sides.at(s) == Side::Right || (t.sides.at(s) == Side::Centre && s == 1));
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            const StepPicture &picture = t.steps.at(i).picture;
            const QString field = QStringLiteral("step %1 picture").arg(i + 1);
            auto report = [&](const QString &message) {
                problems.append({t.sourceFile, t.id, field, message});
            };
            if (!picture.isValid()) {
                report(QStringLiteral("is missing; every bundled step has a picture"));
                continue;
            }
            for (const bool mirror : std::as_const(mirrors)) {
                const StepPicture shown = mirror ? mirroredPicture(picture) : picture;
                const BodyView view = pictureView(shown);
                const QString regionId = pictureRegionId(picture, t.isCentre(), mirror);
                const BodyMapRegion *region = geometry.region(view, regionId);
                if (!region) {
                    report(QStringLiteral("region %1 is not drawn on the %2 view")
                               .arg(regionId, picture.view));
                    break;
                }
                if (!shown.hasPin)
                    continue;
                const QString at = QStringLiteral("[%1, %2]").arg(shown.pin.x()).arg(shown.pin.y());
                if (!region->path.contains(shown.pin))
                    report(QStringLiteral("pin %1 lies outside region %2").arg(at, regionId));
                else if (distanceToOutline(region->outline, shown.pin) < kMinInset)
                    report(QStringLiteral("pin %1 lies within %2 units of region %3's edge; move "
                                          "it inside")
                               .arg(at)
                               .arg(kMinInset)
                               .arg(regionId));
                if (const KeepOffZone *zone = zones.zoneAt(view, shown.pin))
                    report(QStringLiteral("pin %1 lies in the keep-off zone \"%2\": %3")
                               .arg(at, zone->name, zone->reason));
            }
        }
    }
    return problems;
}

} // namespace unknot::PictureRules
