// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/csvexport.h"

#include "content/catalog.h"
#include "content/regions.h"

#include <QDateTime>
#include <QIODevice>
#include <QSqlQuery>
#include <QTimeZone>

namespace unknot {

namespace {

QString field(const QString &value)
{
    QString v = value;
    // A note starting like a formula must not run as one when opened in a spreadsheet.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
            QLatin1Char('"');
    return v;
}

QString optionalNumber(const QVariant &v)
{
    return v.isNull() ? QString() : QString::number(v.toInt());
}

} // namespace

bool writeSessionsCsv(const QSqlDatabase &db, const Catalog *catalog, QIODevice *out)
{
    const QStringList header = {QStringLiteral("started_at"),
                                QStringLiteral("ended_at"),
                                QStringLiteral("technique_id"),
                                QStringLiteral("technique"),
                                QStringLiteral("region_id"),
                                QStringLiteral("region"),
                                QStringLiteral("sides"),
                                QStringLiteral("completed"),
                                QStringLiteral("steps_completed"),
                                QStringLiteral("steps_total"),
                                QStringLiteral("pain_before"),
                                QStringLiteral("pain_after"),
                                QStringLiteral("stopped_for_pain"),
                                QStringLiteral("note")};
    if (out->write(header.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT started_at, utc_offset_min, ended_at, technique_id, region_id, sides, "
            "completed, steps_completed, steps_total, pain_before, pain_after, stopped_for_pain, "
            "note FROM sessions ORDER BY started_at, id")))
        return false;
    QByteArray chunk;
    while (q.next()) {
        const QTimeZone zone(q.value(1).toInt() * 60);
        const auto stamp = [&zone](const QVariant &ms) {
            return ms.isNull() ? QString()
                               : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), zone)
                                     .toString(Qt::ISODate);
        };
        const QString techniqueId = q.value(3).toString();
        const QString regionId = q.value(4).toString();
        const QStringList row = {stamp(q.value(0)),
                                 stamp(q.value(2)),
                                 field(techniqueId),
                                 field(catalog ? catalog->titleOf(techniqueId) : QString()),
                                 field(regionId),
                                 field(Regions::displayName(regionId)),
                                 field(q.value(5).toString()),
                                 q.value(6).toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
                                 QString::number(q.value(7).toInt()),
                                 QString::number(q.value(8).toInt()),
                                 optionalNumber(q.value(9)),
                                 optionalNumber(q.value(10)),
                                 q.value(11).toBool() ? QStringLiteral("yes")
                                                      : QStringLiteral("no"),
                                 field(q.value(12).toString())};
        chunk += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (chunk.size() > 64 * 1024) {
            if (out->write(chunk) < 0)
                return false;
            chunk.clear();
        }
    }
    return out->write(chunk) >= 0;
}

} // namespace unknot
