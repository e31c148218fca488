// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/pdfreport.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "progress/progressqueries.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace unknot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfReport", text);
}

struct RegionRow
{
    QString regionId;
    int sessions = 0;
    double before = -1;
    double after = -1;
    QString clearance;
};

// Draws top to bottom, starting a new page when the next block does not fit.
class Layout
{
public:
    Layout(QPdfWriter *writer, QPainter *painter) : m_writer(writer), m_painter(painter)
    {
        const QRect page = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
        m_width = page.width();
        m_height = page.height();
    }
    int width() const { return m_width; }
    void ensure(int height)
    {
        if (m_y + height > m_height) {
            m_writer->newPage();
            m_y = 0;
        }
    }
    void text(const QString &s, int pointSize, bool bold = false, QColor colour = Qt::black)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSize(pointSize);
        f.setBold(bold);
        m_painter->setFont(f);
        m_painter->setPen(colour);
        const QRect box =
            m_painter->boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, s);
        ensure(box.height());
        m_painter->drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap, s);
        m_y += box.height();
    }
    void row(const QStringList &cells, const QList<int> &widths, bool bold = false,
             QColor colour = Qt::black)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSize(9);
        f.setBold(bold);
        m_painter->setFont(f);
        m_painter->setPen(colour);
        const int h = m_painter->fontMetrics().height() * 5 / 4;
        ensure(h);
        int x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const int w = m_width * widths.at(i) / 100;
            m_painter->drawText(
                QRect(x, m_y, w, h), Qt::AlignVCenter | Qt::AlignLeft,
                m_painter->fontMetrics().elidedText(cells.at(i), Qt::ElideRight, w - 8));
            x += w;
        }
        m_y += h;
    }
    void gap(int points) { m_y += points * m_writer->resolution() / 72; }
    void rule()
    {
        m_painter->setPen(QPen(Qt::gray, 2));
        m_painter->drawLine(0, m_y, m_width, m_y);
        gap(4);
    }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

QString number(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(v, 'f', 1);
}

QString signedNumber(double v)
{
    const QString digits = QLocale().toString(std::abs(v), 'f', 1);
    return v > 0   ? QStringLiteral("+") + digits
           : v < 0 ? QStringLiteral("\u2212") + digits
                   : digits;
}

} // namespace

bool writePdfReport(const QSqlDatabase &db, const Catalog *catalog, const QString &filePath,
                    QDate today, int days, QString *error)
{
    const QDate from = today.addDays(1 - days);
    const ProgressQueries queries(db);
    const qint64 fromDay = ProgressQueries::dayNumber(from);
    const qint64 toDay = ProgressQueries::dayNumber(today);

    // Adherence from the per-day totals.
    int daysWorked = 0, sessions = 0, completed = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(CASE WHEN completed > 0 THEN 1 END), "
                             "TOTAL(sessions), TOTAL(completed) FROM daily_activity "
                             "WHERE day BETWEEN :from AND :to"));
    q.bindValue(QStringLiteral(":from"), fromDay);
    q.bindValue(QStringLiteral(":to"), toDay);
    if (q.exec() && q.next()) {
        daysWorked = q.value(0).toInt();
        sessions = q.value(1).toInt();
        completed = q.value(2).toInt();
    }
    const ProgressQueries::Streaks streaks = queries.streaks(today);

    // Regions in the period, by the local day each session started on.
    QList<RegionRow> regions;
    for (const ProgressQueries::RegionInPeriod &r : queries.regionsBetween(from, today))
        regions.append({r.regionId, r.sessions, r.averageBefore.value_or(-1),
                        r.averageAfter.value_or(-1), QString()});
    QHash<QString, QString> clearanceOf;
    QStringList clearedElsewhere;
    if (q.exec(QStringLiteral("SELECT region_id, clearance, cleared_by FROM region_status "
                              "ORDER BY region_id"))) {
        while (q.next()) {
            clearanceOf.insert(q.value(0).toString(), q.value(1).toString());
            const QString state = q.value(1).toString() == QLatin1String("cleared") ? tr("cleared")
                                  : q.value(1).toString() == QLatin1String("not-cleared")
                                      ? tr("not cleared")
                                      : tr("not recorded");
            clearedElsewhere << QStringLiteral("%1: %2%3")
                                    .arg(Regions::displayName(q.value(0).toString()), state,
                                         q.value(2).toString().isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (%1)").arg(q.value(2).toString()));
        }
    }

    for (RegionRow &r : regions)
        r.clearance = clearanceOf.value(r.regionId);
    const QList<SessionRecord> notes = SessionRepository(db).notedBetween(from, today, 12);

    QPdfWriter writer(filePath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Unknot session report"));
    writer.setCreator(QStringLiteral("Unknot"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(filePath);
        return false;
    }
    Layout page(&writer, &painter);
    const QLocale locale;
    const QColor muted(0x5A, 0x64, 0x6B);

    page.text(tr("Unknot — session report"), 18, true);
    page.text(QCoreApplication::translate("PdfReport", "Period: %1 to %2 (%n day(s)). Prepared %3.",
                                          nullptr, days)
                  .arg(locale.toString(from, QLocale::LongFormat),
                       locale.toString(today, QLocale::LongFormat),
                       locale.toString(today, QLocale::ShortFormat)),
              10, false, muted);
    page.gap(10);
    page.text(tr("Adherence"), 13, true);
    page.rule();
    page.text(tr("Days with a completed session: %1 of %2 (%3%).")
                  .arg(daysWorked)
                  .arg(days)
                  .arg(qRound(100.0 * daysWorked / days)),
              10);
    page.text(
        tr("Sessions: %1 recorded, %2 completed.").arg(sessions).arg(completed) + QLatin1Char(' ') +
            QCoreApplication::translate("PdfReport", "Current streak: %n day(s);", nullptr,
                                        streaks.current) +
            QLatin1Char(' ') +
            QCoreApplication::translate("PdfReport", "best: %n day(s).", nullptr, streaks.best),
        10);
    page.gap(10);

    page.text(tr("Pain by region (0–10, average in the period)"), 13, true);
    page.rule();
    const QList<int> widths = {28, 11, 13, 13, 11, 24};
    page.row({tr("Region"), tr("Sessions"), tr("Before"), tr("After"), tr("Change"),
              tr("Trend, clearance")},
             widths, true);
    QStringList rising;
    for (const RegionRow &r : regions) {
        const ProgressQueries::Trend trend = queries.painTrend(r.regionId);
        const QString trendText = trend == ProgressQueries::Trend::Rising ? tr("rising")
                                  : trend == ProgressQueries::Trend::Higher
                                      ? tr("higher than before")
                                  : trend == ProgressQueries::Trend::Steady ? tr("same as before")
                                  : trend == ProgressQueries::Trend::Lower ? tr("lower than before")
                                  : trend == ProgressQueries::Trend::Easing ? tr("easing")
                                                                            : tr("too few ratings");
        if (trend == ProgressQueries::Trend::Rising)
            rising << Regions::displayName(r.regionId);
        const QString clearance = r.clearance == QLatin1String("cleared") ? tr("cleared")
                                  : r.clearance == QLatin1String("not-cleared")
                                      ? tr("not cleared")
                                      : tr("clearance not recorded");
        const double change = r.before >= 0 && r.after >= 0 ? r.after - r.before : 0;
        page.row({Regions::displayName(r.regionId), QString::number(r.sessions), number(r.before),
                  number(r.after),
                  r.before >= 0 && r.after >= 0 ? signedNumber(change) : QStringLiteral("–"),
                  trendText + QStringLiteral(", ") + clearance},
                 widths, false,
                 trend == ProgressQueries::Trend::Rising ? QColor(0xB3, 0x26, 0x1E)
                                                         : QColor(Qt::black));
    }
    if (regions.isEmpty())
        page.text(tr("No sessions in this period."), 10, false, muted);
    if (!rising.isEmpty()) {
        page.gap(6);
        page.text(tr("Pain after sessions has risen over the last three sessions for: %1.")
                      .arg(rising.join(QStringLiteral(", "))),
                  10, true, QColor(0xB3, 0x26, 0x1E));
    }
    page.gap(10);

    page.text(tr("Practitioner clearance"), 13, true);
    page.rule();
    page.text(clearedElsewhere.isEmpty() ? tr("No clearance recorded in the app.")
                                         : clearedElsewhere.join(QStringLiteral("; ")),
              10);
    page.gap(10);

    page.text(tr("Notes (most recent first)"), 13, true);
    page.rule();
    if (notes.isEmpty())
        page.text(tr("No notes in this period."), 10, false, muted);
    for (const SessionRecord &n : notes) {
        const QString technique = catalog ? catalog->titleOf(n.techniqueId) : QString();
        page.text(QStringLiteral("%1 · %2 · %3")
                      .arg(locale.toString(n.startedAt.date(), QLocale::ShortFormat),
                           Regions::displayName(n.regionId),
                           technique.isEmpty() ? n.techniqueId : technique),
                  9, true, muted);
        page.text(n.note, 10);
        page.gap(3);
    }
    painter.end();
    return true;
}

} // namespace unknot
