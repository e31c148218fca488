// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/bodymapgeometry.h"

#include "bodymap/svgpathparser.h"
#include "content/regions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace unknot {

namespace {

constexpr int kFormatVersion = 1;

// A tap in the slop zone goes to the nearest region only if the runner-up is at least this
// share of the slop further away; otherwise the tap was ambiguous and selects nothing.
constexpr qreal kClearMarginOfSlop = 0.5;

qreal squaredSegmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    qreal t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp<qreal>(t, 0, 1);
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

// Roughly the centre of the largest circle that fits. Scans a few horizontal lines, takes the
// middle of each line's widest inside stretch and keeps the one furthest from every edge:
// linear in the outline's size, so finding all of them costs about a millisecond.
QPointF findInteriorPoint(const QPolygonF &outline)
{
    const QRectF box = outline.boundingRect();
    QPointF best = box.center();
    qreal bestDistance = -1;
    constexpr int kLines = 16;
    QList<qreal> crossings;
    for (int line = 0; line < kLines; ++line) {
        const qreal y = box.top() + box.height() * (line + 0.5) / kLines;
        crossings.clear();
        for (qsizetype i = 0, n = outline.size(); i < n; ++i) {
            const QPointF a = outline.at(i);
            const QPointF b = outline.at((i + 1) % n);
            if ((a.y() <= y) != (b.y() <= y))
                crossings.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(crossings.begin(), crossings.end());
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
            const QPointF p((crossings.at(i) + crossings.at(i + 1)) / 2, y);
            const qreal d = distanceToOutline(outline, p);
            if (d > bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
    }
    return best;
}

} // namespace

qreal distanceToOutline(const QPolygonF &outline, QPointF point)
{
    qreal best = std::numeric_limits<qreal>::max();
    for (qsizetype i = 0, n = outline.size(); i < n; ++i) {
        best =
            std::min(best, squaredSegmentDistance(point, outline.at(i), outline.at((i + 1) % n)));
    }
    return std::sqrt(best);
}

QString BodyMapGeometry::viewName(BodyView view)
{
    return view == BodyView::Front ? QStringLiteral("front") : QStringLiteral("back");
}

bool BodyMapGeometry::fail(const QString &message)
{
    m_error = message;
    m_loaded = false;
    m_front = {};
    m_back = {};
    return false;
}

bool BodyMapGeometry::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read: %2").arg(fileName, file.errorString()));
    return loadFromData(file.readAll(), fileName);
}

bool BodyMapGeometry::loadFromData(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: not valid JSON at byte %2: %3")
                        .arg(sourceName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("%1: the top level must be an object").arg(sourceName));
    const QJsonObject root = doc.object();

    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version != kFormatVersion)
        return fail(QStringLiteral("%1: formatVersion must be %2, found %3")
                        .arg(sourceName)
                        .arg(kFormatVersion)
                        .arg(root.value(QLatin1String("formatVersion")).toVariant().toString()));

    const QJsonObject box = root.value(QLatin1String("viewBox")).toObject();
    const double width = box.value(QLatin1String("width")).toDouble(-1);
    const double height = box.value(QLatin1String("height")).toDouble(-1);
    if (!(width > 0) || !(height > 0))
        return fail(
            QStringLiteral("%1: viewBox needs a positive width and height").arg(sourceName));
    const QRectF viewRect(0, 0, width, height);

    const QJsonObject views = root.value(QLatin1String("views")).toObject();
    Side sides[2];
    QSet<QString> seenAnywhere;
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        const QString name = viewName(view);
        const QString where = QStringLiteral("%1: view '%2'").arg(sourceName, name);
        if (!views.value(name).isObject())
            return fail(QStringLiteral("%1 is missing").arg(where));
        const QJsonObject v = views.value(name).toObject();
        Side &side = sides[view == BodyView::Front ? 0 : 1];

        side.silhouette = v.value(QLatin1String("silhouette")).toString();
        const SvgPathParseResult silhouette = parseSvgPath(side.silhouette);
        if (!silhouette.ok())
            return fail(QStringLiteral("%1: silhouette: %2").arg(where, silhouette.error));

        const QJsonArray details = v.value(QLatin1String("details")).toArray();
        for (qsizetype i = 0; i < details.size(); ++i) {
            const QString d = details.at(i).toString();
            const SvgPathParseResult detail = parseSvgPath(d);
            if (!detail.ok())
                return fail(
                    QStringLiteral("%1: detail %2: %3").arg(where).arg(i).arg(detail.error));
            side.details << d;
        }

        const QJsonValue regionsValue = v.value(QLatin1String("regions"));
        if (!regionsValue.isArray() || regionsValue.toArray().isEmpty())
            return fail(QStringLiteral("%1 has no regions").arg(where));
        QSet<QString> seenHere;
        const QJsonArray regions = regionsValue.toArray();
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const QJsonObject r = regions.at(i).toObject();
            BodyMapRegion region;
            region.id = r.value(QLatin1String("id")).toString();
            const QString at =
                QStringLiteral("%1, region %2 ('%3')").arg(where).arg(i).arg(region.id);
            if (region.id.isEmpty())
                return fail(QStringLiteral("%1: has no id").arg(at));
            if (!Regions::isKnownId(region.id))
                return fail(QStringLiteral("%1: unknown region id").arg(at));
            if (seenHere.contains(region.id))
                return fail(QStringLiteral("%1: appears twice on this view").arg(at));
            region.svgPath = r.value(QLatin1String("path")).toString();
            const SvgPathParseResult parsed = parseSvgPath(region.svgPath);
            if (!parsed.ok())
                return fail(QStringLiteral("%1: path: %2").arg(at, parsed.error));
            region.path = parsed.path;
            region.bounds = region.path.boundingRect();
            if (region.bounds.isEmpty())
                return fail(QStringLiteral("%1: path encloses no area").arg(at));
            if (!viewRect.contains(region.bounds))
                return fail(QStringLiteral("%1: path reaches outside the view box").arg(at));
            region.outline = region.path.toFillPolygon();
            region.interiorPoint = findInteriorPoint(region.outline);
            seenHere.insert(region.id);
            seenAnywhere.insert(region.id);
            side.regions.append(region);
        }
    }

    for (const QString &id : Regions::allIds()) {
        if (!seenAnywhere.contains(id))
            return fail(QStringLiteral("%1: region '%2' is on neither view").arg(sourceName, id));
    }

    m_viewBox = QSizeF(width, height);
    m_front = sides[0];
    m_back = sides[1];
    m_error.clear();
    m_loaded = true;
    return true;
}

const BodyMapRegion *BodyMapGeometry::region(BodyView view, const QString &id) const
{
    for (const BodyMapRegion &r : side(view).regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString BodyMapGeometry::regionAt(BodyView view, QPointF point, qreal touchSlop) const
{
    const QList<BodyMapRegion> &regions = side(view).regions;
    for (const BodyMapRegion &r : regions) {
        if (r.bounds.contains(point) && r.path.contains(point))
            return r.id;
    }
    if (!(touchSlop > 0))
        return {};

    // Only shapes whose box is near enough can be the nearest or the runner-up that matters.
    const qreal margin = touchSlop * kClearMarginOfSlop;
    const qreal reach = touchSlop + margin;
    const BodyMapRegion *nearest = nullptr;
    qreal nearestDistance = std::numeric_limits<qreal>::max();
    qreal runnerUpDistance = std::numeric_limits<qreal>::max();
    for (const BodyMapRegion &r : regions) {
        if (!r.bounds.adjusted(-reach, -reach, reach, reach).contains(point))
            continue;
        const qreal d = distanceToOutline(r.outline, point);
        if (d < nearestDistance) {
            runnerUpDistance = nearestDistance;
            nearestDistance = d;
            nearest = &r;
        } else if (d < runnerUpDistance) {
            runnerUpDistance = d;
        }
    }
    if (!nearest || nearestDistance > touchSlop)
        return {};
    if (runnerUpDistance - nearestDistance < margin)
        return {};
    return nearest->id;
}

} // namespace unknot
