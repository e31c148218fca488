// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/keepoffzones.h"

#include "bodymap/svgpathparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unknot {

bool KeepOffZones::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot open: %2").arg(fileName, file.errorString()));
    return loadFromData(file.readAll(), fileName);
}

bool KeepOffZones::loadFromData(const QByteArray &json, const QString &sourceName)
{
    m_zones.clear();
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(
            QStringLiteral("%1: not a JSON object (%2)").arg(sourceName, parseError.errorString()));
    if (doc.object().value(QLatin1String("formatVersion")).toInt() != 1)
        return fail(QStringLiteral("%1: formatVersion must be 1").arg(sourceName));
    const QJsonArray zones = doc.object().value(QLatin1String("zones")).toArray();
    if (zones.isEmpty())
        return fail(QStringLiteral("%1: \"zones\" must be a non-empty list").arg(sourceName));
    for (const QJsonValue &value : zones) {
        const QJsonObject o = value.toObject();
        KeepOffZone zone;
        zone.id = o.value(QLatin1String("id")).toString();
        zone.name = o.value(QLatin1String("name")).toString();
        zone.reason = o.value(QLatin1String("reason")).toString();
        const QString view = o.value(QLatin1String("view")).toString();
        if (zone.id.isEmpty() || zone.name.isEmpty() || zone.reason.isEmpty())
            return fail(
                QStringLiteral("%1: every zone needs an id, a name and a reason").arg(sourceName));
        if (view != QLatin1String("front") && view != QLatin1String("back"))
            return fail(
                QStringLiteral("%1: zone %2: view must be front or back").arg(sourceName, zone.id));
        zone.view = view == QLatin1String("front") ? BodyView::Front : BodyView::Back;
        const QJsonArray paths = o.value(QLatin1String("paths")).toArray();
        if (paths.isEmpty())
            return fail(QStringLiteral("%1: zone %2 has no paths").arg(sourceName, zone.id));
        for (const QJsonValue &p : paths) {
            const SvgPathParseResult parsed = parseSvgPath(p.toString());
            if (!parsed.ok() || parsed.path.isEmpty())
                return fail(QStringLiteral("%1: zone %2: %3")
                                .arg(sourceName, zone.id,
                                     parsed.ok() ? QStringLiteral("empty path") : parsed.error));
            zone.path.addPath(parsed.path);
        }
        // Shapes of one zone never overlap (one per side), so winding filling is the union.
        zone.path.setFillRule(Qt::WindingFill);
        m_zones.append(zone);
    }
    return true;
}

const KeepOffZone *KeepOffZones::zoneAt(BodyView view, QPointF point) const
{
    for (const KeepOffZone &zone : m_zones) {
        if (zone.view == view && zone.path.contains(point))
            return &zone;
    }
    return nullptr;
}

bool KeepOffZones::fail(const QString &message)
{
    m_zones.clear();
    m_error = message;
    return false;
}

} // namespace unknot
