// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderwire.h"

#include <QStringList>

#include <algorithm>

namespace unknot {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QString reminderScheduleText(const QList<ScheduledReminder> &reminders, const QString &zoneId)
{
    QString text = QStringLiteral("unknot-reminders\t1\t") + zoneId + QLatin1Char('\n');
    for (const ScheduledReminder &reminder : reminders) {
        QList<int> days = reminder.weekdays;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        QStringList dayList;
        for (const int day : std::as_const(days))
            dayList << QString::number(day);
        QStringList fireList;
        for (const QDateTime &fire : reminder.fireTimes)
            fireList << QString::number(fire.toMSecsSinceEpoch());
        const QStringList fields{
            QString::number(reminder.id),   reminder.timeOfDay.toString(QStringLiteral("HH:mm")),
            dayList.join(QLatin1Char(',')), fireList.join(QLatin1Char(',')),
            escaped(reminder.title),        escaped(reminder.body),
            escaped(reminder.openLink),     escaped(reminder.startLink)};
        text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace unknot
