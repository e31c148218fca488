// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/csvexport.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "storage/sessionrepository.h"

#include <QDateTime>
#include <QIODevice>

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
    const SessionRepository repository(db);
    QByteArray chunk;
    bool written = true;
    const auto stamp = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    const auto optionalNumber = [](std::optional<int> v) {
        return v ? QString::number(*v) : QString();
    };
    const auto yesNo = [](bool b) {
        return b ? QStringLiteral("yes") : QStringLiteral("no");
    };
    const bool read = repository.forEachOldestFirst([&](const SessionRecord &r) {
        if (!written)
            return;
        // Times in the offset the session was recorded in, as everywhere in the app.
        const QStringList row = {stamp(r.startedAt),
                                 stamp(r.endedAt),
                                 field(r.techniqueId),
                                 field(catalog ? catalog->titleOf(r.techniqueId) : QString()),
                                 field(r.regionId),
                                 field(Regions::displayName(r.regionId)),
                                 field(r.sides),
                                 yesNo(r.completed),
                                 QString::number(r.stepsCompleted),
                                 QString::number(r.stepsTotal),
                                 optionalNumber(r.painBefore),
                                 optionalNumber(r.painAfter),
                                 yesNo(r.stoppedForPain),
                                 field(r.note)};
        chunk += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (chunk.size() > 64 * 1024) {
            written = out->write(chunk) >= 0;
            chunk.clear();
        }
    });
    if (!read || !written)
        return false;
    return out->write(chunk) >= 0;
}

} // namespace unknot
