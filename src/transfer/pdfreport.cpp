// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/pdfreport.h"

#include "bodymap/bundledbodymap.h"
#include "bodymap/svgpathparser.h"
#include "content/catalog.h"
#include "content/regions.h"
#include "progress/progressqueries.h"
#include "safety/clearancerepository.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace unknot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfReport", text);
}

// The app's light theme (qml/theme/Theme.qml): paper is light, and the practitioner sees the
// colours the user sees on the body map and the pain chart.
const QColor kText(0x1E, 0x24, 0x28);
const QColor kMuted(0x5A, 0x64, 0x6B);   // textSecondary; pain before a session
const QColor kPrimary(0x1F, 0x7A, 0x6E); // primary; pain after a session, cleared
const QColor kAccent(0xB8, 0x62, 0x1B);  // accent: cleared with care, as the body map shows it
const QColor kRising(0xB3, 0x26, 0x1E);  // danger
const QColor kHigher(0x7A, 0x52, 0x00);  // caution
const QColor kSteady(0x6A, 0x5A, 0xA6);  // painSteady
const QColor kEasing(0x2F, 0x64, 0xB0);  // painEasing (lower and easing)
const QColor kWorked(0xA9, 0xB3, 0xBA);  // worked, too few ratings for a trend
const QColor kFigure(0xF6, 0xF4, 0xF0);  // background: the figure's fill
const QColor kOutline(0x9A, 0xA1, 0xA6); // the figure's and the regions' lines
const QColor kGrid(0xDD, 0xD8, 0xCF);    // outline: chart grid

// Rated sessions a region's chart reads at most (a few a day over three months).
constexpr int kChartLimit = 400;

struct RegionRow
{
    QString regionId;
    int sessions = 0;
    double before = -1;
    double after = -1;
    Clearance clearance = Clearance::Unknown;
    ProgressQueries::Trend trend = ProgressQueries::Trend::Unknown;
    QList<ProgressQueries::PainPoint> points; // rated sessions in the period, oldest first
};

QString trendWords(ProgressQueries::Trend trend)
{
    switch (trend) {
    case ProgressQueries::Trend::Rising:
        return tr("rising");
    case ProgressQueries::Trend::Higher:
        return tr("higher than before");
    case ProgressQueries::Trend::Steady:
        return tr("same as before");
    case ProgressQueries::Trend::Lower:
        return tr("lower than before");
    case ProgressQueries::Trend::Easing:
        return tr("easing");
    case ProgressQueries::Trend::Unknown:
        break;
    }
    return tr("too few ratings");
}

QColor trendColour(ProgressQueries::Trend trend)
{
    switch (trend) {
    case ProgressQueries::Trend::Rising:
        return kRising;
    case ProgressQueries::Trend::Higher:
        return kHigher;
    case ProgressQueries::Trend::Steady:
        return kSteady;
    case ProgressQueries::Trend::Lower:
    case ProgressQueries::Trend::Easing:
        return kEasing;
    case ProgressQueries::Trend::Unknown:
        break;
    }
    return kWorked;
}

// How the report names a clearance, in the table and the clearance section.
QString clearanceWords(Clearance clearance)
{
    switch (clearance) {
    case Clearance::Cleared:
        return tr("cleared");
    case Clearance::ClearedWithCare:
        return tr("cleared with care");
    case Clearance::NotCleared:
        return tr("not cleared");
    case Clearance::Unknown:
        break;
    }
    return tr("clearance not recorded");
}

// A clearance's outline on the map and in the legend: the body map's colours (qml/bodymap),
// solid where the area may be worked, dashed where it may not.
struct ClearanceStyle
{
    QColor colour;
    bool dashed = false;
};
std::optional<ClearanceStyle> clearanceStyle(Clearance clearance)
{
    switch (clearance) {
    case Clearance::Cleared:
        return ClearanceStyle{kPrimary, false};
    case Clearance::ClearedWithCare:
        return ClearanceStyle{kAccent, false};
    case Clearance::NotCleared:
        return ClearanceStyle{kRising, true};
    case Clearance::Unknown:
        break;
    }
    return std::nullopt;
}

QFont reportFont(int pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

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
    int y() const { return m_y; }
    QPainter *painter() const { return m_painter; }
    int mm(double millimetres) const { return qRound(millimetres * m_writer->resolution() / 25.4); }
    void ensure(int height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer->newPage();
            m_y = 0;
        }
    }
    void advance(int height) { m_y += height; }
    void text(const QString &s, int pointSize, bool bold = false, QColor colour = kText)
    {
        m_painter->setFont(reportFont(pointSize, bold));
        m_painter->setPen(colour);
        const QRect box =
            m_painter->boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, s);
        ensure(box.height());
        m_painter->drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap, s);
        m_y += box.height();
    }
    // One table row; a cell too long for its column wraps onto more lines (never cut short).
    void row(const QStringList &cells, const QList<int> &widths, bool bold = false,
             QColor colour = kText)
    {
        m_painter->setFont(reportFont(9, bold));
        m_painter->setPen(colour);
        const int pad = m_painter->fontMetrics().height() / 4;
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        int h = m_painter->fontMetrics().height();
        for (int i = 0; i < cells.size(); ++i) {
            const int w = m_width * widths.at(i) / 100 - pad * 2;
            h = std::max(
                h, m_painter->boundingRect(QRect(0, 0, w, 100000), flags, cells.at(i)).height());
        }
        h += pad * 2;
        ensure(h);
        int x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const int w = m_width * widths.at(i) / 100;
            m_painter->drawText(QRect(x, m_y + pad, w - pad * 2, h - pad * 2), flags, cells.at(i));
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

// One view of the figure, as the app draws it (the bundled geometry), fitted into `box`:
// worked regions filled with their trend's colour, a clearance as a thick outline (solid for
// cleared and cleared with care, in their colours; dashed for not cleared).
void drawFigure(QPainter &p, const QRectF &box, BodyView view, const QHash<QString, QColor> &fills,
                const QHash<QString, Clearance> &clearance)
{
    const BodyMapGeometry &geometry = bundledBodyMapGeometry();
    const QSizeF viewBox = geometry.viewBox();
    const qreal scale = std::min(box.width() / viewBox.width(), box.height() / viewBox.height());
    p.save();
    p.translate(box.center().x() - viewBox.width() * scale / 2,
                box.center().y() - viewBox.height() * scale / 2);
    p.scale(scale, scale);
    const qreal hairline = 0.6; // view-box units: about 0.25 mm at the report's size
    p.setPen(QPen(kOutline, hairline));
    p.setBrush(kFigure);
    p.drawPath(parseSvgPath(geometry.silhouette(view)).path);
    p.setBrush(Qt::NoBrush);
    for (const QString &detail : geometry.details(view))
        p.drawPath(parseSvgPath(detail).path);
    for (const BodyMapRegion &region : geometry.regions(view)) {
        const auto fill = fills.constFind(region.id);
        p.setPen(QPen(kOutline, hairline));
        p.setBrush(fill == fills.cend() ? QBrush(Qt::NoBrush) : QBrush(*fill));
        p.drawPath(region.path);
        if (const std::optional<ClearanceStyle> style =
                clearanceStyle(clearance.value(region.id, Clearance::Unknown))) {
            QPen pen(style->colour, 2.4);
            if (style->dashed)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(region.path);
        }
    }
    p.restore();
}

// A small square of colour and its words; returns the width used.
int drawLegendItem(QPainter &p, int x, int y, int size, const QColor &colour, bool outlineOnly,
                   bool dashed, const QString &words)
{
    p.save();
    if (outlineOnly) {
        QPen pen(colour, size / 6.0);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(QPen(kOutline, 1));
        p.setBrush(colour);
    }
    p.drawRect(QRect(x, y, size, size));
    p.restore();
    p.setPen(kText);
    const QRect text = p.boundingRect(QRect(x + size * 3 / 2, y - size, 100000, size * 3),
                                      Qt::AlignLeft | Qt::AlignVCenter, words);
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, words);
    return size * 3 / 2 + text.width() + size * 2;
}

// Pain before (grey, open circles) and after (teal, filled) each rated session of the period,
// on a 0–10 scale, the period's first day on the left and its last on the right.
void drawPainChart(Layout &page, QRect box, const RegionRow &region, QDate from, QDate to)
{
    QPainter &p = *page.painter();
    const QLocale locale;
    p.setFont(reportFont(9, true));
    p.setPen(kText);
    const int titleHeight = p.fontMetrics().height();
    p.drawText(QRect(box.x(), box.y(), box.width(), titleHeight), Qt::AlignLeft,
               Regions::displayName(region.regionId));
    p.setFont(reportFont(7));
    const int label = p.fontMetrics().height();
    const QRect plot(box.x() + p.fontMetrics().horizontalAdvance(QStringLiteral("10")) + label / 2,
                     box.y() + titleHeight + label / 2, 0, 0);
    const QRect area(plot.topLeft(), QPoint(box.right(), box.bottom() - label - label / 3));
    for (const int level : {0, 5, 10}) {
        const int y = area.bottom() - area.height() * level / 10;
        p.setPen(QPen(kGrid, level == 0 ? 3 : 2));
        p.drawLine(area.left(), y, area.right(), y);
        p.setPen(kMuted);
        p.drawText(QRect(box.x(), y - label / 2, area.left() - box.x() - label / 4, label),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(level));
    }
    p.setPen(kMuted);
    const QString first = locale.toString(from, QLocale::ShortFormat);
    const QString last = locale.toString(to, QLocale::ShortFormat);
    p.drawText(QRect(area.left(), area.bottom() + label / 3, area.width(), label), Qt::AlignLeft,
               first);
    p.drawText(QRect(area.left(), area.bottom() + label / 3, area.width(), label), Qt::AlignRight,
               last);

    const qint64 span = std::max<qint64>(1, from.daysTo(to) + 1);
    const auto xAt = [&](const QDateTime &when) {
        const double day = from.daysTo(when.date()) + when.time().msecsSinceStartOfDay() / 864e5;
        return area.left() + area.width() * std::clamp(day / double(span), 0.0, 1.0);
    };
    const auto yAt = [&](int pain) {
        return area.bottom() - area.height() * pain / 10.0;
    };
    const double dot = page.mm(0.9);
    p.setRenderHint(QPainter::Antialiasing);
    for (const bool after : {false, true}) {
        const QColor colour = after ? kPrimary : kMuted;
        QPainterPath line;
        for (const ProgressQueries::PainPoint &point : region.points) {
            const std::optional<int> pain = after ? point.after : point.before;
            if (!pain)
                continue;
            const QPointF at(xAt(point.startedAt), yAt(*pain));
            if (line.elementCount() == 0)
                line.moveTo(at);
            else
                line.lineTo(at);
        }
        QPen pen(colour, after ? page.mm(0.5) : page.mm(0.3));
        if (!after)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        p.setPen(QPen(colour, page.mm(0.3)));
        p.setBrush(after ? QBrush(colour) : QBrush(Qt::white));
        for (int i = 0; i < line.elementCount(); ++i)
            p.drawEllipse(QPointF(line.elementAt(i).x, line.elementAt(i).y), dot, dot);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    if (region.points.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(area, Qt::AlignCenter, tr("No pain ratings in this period."));
    }
}

} // namespace

bool writePdfReport(const QSqlDatabase &db, const Catalog *catalog, const QString &filePath,
                    QDate today, int days, QString *error,
                    const std::optional<ReportPlanAdherence> &plan)
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
        regions.append({r.regionId,
                        r.sessions,
                        r.averageBefore.value_or(-1),
                        r.averageAfter.value_or(-1),
                        Clearance::Unknown,
                        queries.painTrend(r.regionId),
                        {}});
    QHash<QString, Clearance> clearanceOf;
    QStringList clearedElsewhere;
    for (const RegionClearance &c : ClearanceRepository(db).all()) {
        if (c.clearance == Clearance::Unknown)
            continue;
        clearanceOf.insert(c.regionId, c.clearance);
        QStringList said;
        if (!c.clearedBy.isEmpty())
            said << c.clearedBy;
        if (c.clearedOn.isValid())
            said << QLocale().toString(c.clearedOn, QLocale::ShortFormat);
        clearedElsewhere << QStringLiteral("%1: %2%3")
                                .arg(Regions::displayName(c.regionId), clearanceWords(c.clearance),
                                     said.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(
                                                          said.join(QStringLiteral(", "))));
    }

    for (RegionRow &r : regions) {
        r.clearance = clearanceOf.value(r.regionId, Clearance::Unknown);
        // The period's rated sessions, by the local day each started on.
        for (const ProgressQueries::PainPoint &p : queries.painSeries(r.regionId, kChartLimit)) {
            if (p.startedAt.date() >= from && p.startedAt.date() <= today)
                r.points.append(p);
        }
    }
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

    page.text(tr("Unknot — session report"), 18, true);
    page.text(QCoreApplication::translate("PdfReport", "Period: %1 to %2 (%n day(s)). Prepared %3.",
                                          nullptr, days)
                  .arg(locale.toString(from, QLocale::LongFormat),
                       locale.toString(today, QLocale::LongFormat),
                       locale.toString(today, QLocale::ShortFormat)),
              10, false, kMuted);
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
    if (plan) {
        page.gap(6);
        page.text(tr("Plan: %1").arg(plan->name), 10, true);
        page.text(QCoreApplication::translate(
                      "PdfReport", "%1 of %n planned session(s) done (%2%).", nullptr, plan->due)
                      .arg(plan->done)
                      .arg(plan->due > 0 ? qRound(100.0 * plan->done / plan->due) : 0),
                  10);
        for (const QString &line : plan->lines)
            page.text(line, 10);
        if (!plan->weeks.isEmpty()) {
            page.gap(4);
            const QList<int> widths = {40, 20, 20, 20};
            page.row({tr("Week from"), tr("Planned"), tr("Done"), tr("Kept to")}, widths, true);
            for (const ReportPlanAdherence::Week &w : plan->weeks)
                page.row({locale.toString(w.monday, QLocale::ShortFormat),
                          QString::number(w.planned), QString::number(w.done),
                          w.planned > 0
                              ? QStringLiteral("%1%").arg(qRound(100.0 * w.done / w.planned))
                              : QStringLiteral("–")},
                         widths, false, w.planned > 0 && w.done * 2 < w.planned ? kRising : kText);
        }
    }
    page.gap(10);

    // The body map: where the work was, coloured as the app colours it.
    const bool haveMap = bundledBodyMapGeometry().isLoaded();
    if (haveMap) {
        QHash<QString, QColor> fills;
        for (const RegionRow &r : regions)
            fills.insert(r.regionId, trendColour(r.trend));
        const int mapHeight = page.mm(78);
        painter.setFont(reportFont(8));
        const int legendLine = painter.fontMetrics().height() * 3 / 2;
        page.ensure(page.mm(12) + mapHeight + legendLine * 3);
        page.text(tr("Regions worked"), 13, true);
        page.rule();
        const int half = page.width() / 2;
        painter.setFont(reportFont(8));
        painter.setPen(kMuted);
        const int caption = painter.fontMetrics().height();
        painter.drawText(QRect(0, page.y(), half, caption), Qt::AlignHCenter, tr("Front"));
        painter.drawText(QRect(half, page.y(), half, caption), Qt::AlignHCenter, tr("Back"));
        page.advance(caption);
        drawFigure(painter, QRectF(0, page.y(), half, mapHeight), BodyView::Front, fills,
                   clearanceOf);
        drawFigure(painter, QRectF(half, page.y(), half, mapHeight), BodyView::Back, fills,
                   clearanceOf);
        page.advance(mapHeight + legendLine / 2);
        // The legend: only what the map shows.
        struct Entry
        {
            QColor colour;
            bool outline;
            bool dashed;
            QString words;
        };
        QList<Entry> legend;
        const auto used = [&regions](auto matches) {
            return std::any_of(regions.cbegin(), regions.cend(), matches);
        };
        const QList<std::pair<QList<ProgressQueries::Trend>, QString>> trendLegend = {
            {{ProgressQueries::Trend::Rising}, tr("pain rising")},
            {{ProgressQueries::Trend::Higher}, tr("pain higher than before")},
            {{ProgressQueries::Trend::Steady}, tr("pain the same as before")},
            {{ProgressQueries::Trend::Lower, ProgressQueries::Trend::Easing},
             tr("pain lower or easing")},
            {{ProgressQueries::Trend::Unknown}, tr("worked, too few ratings")}};
        // A plain pair, not a structured binding: clang (clazy) cannot capture one in a lambda.
        for (const auto &entry : trendLegend) {
            const QList<ProgressQueries::Trend> &trends = entry.first;
            if (used([&trends](const RegionRow &r) { return trends.contains(r.trend); }))
                legend.append({trendColour(trends.first()), false, false, entry.second});
        }
        const QList<Clearance> states = clearanceOf.values();
        const QList<std::pair<Clearance, QString>> clearanceLegend = {
            {Clearance::Cleared, tr("cleared by a practitioner")},
            {Clearance::ClearedWithCare, tr("cleared with care")},
            {Clearance::NotCleared, tr("not cleared")}};
        for (const auto &entry : clearanceLegend) {
            if (states.contains(entry.first)) {
                const ClearanceStyle style = *clearanceStyle(entry.first);
                legend.append({style.colour, true, style.dashed, entry.second});
            }
        }
        int x = 0;
        const int square = caption * 2 / 3;
        for (const Entry &e : legend) {
            const int needed = square * 4 + painter.fontMetrics().horizontalAdvance(e.words);
            if (x > 0 && x + needed > page.width()) {
                x = 0;
                page.advance(legendLine);
            }
            x += drawLegendItem(painter, x, page.y() + (legendLine - square) / 2, square, e.colour,
                                e.outline, e.dashed, e.words);
        }
        if (legend.isEmpty()) {
            painter.setPen(kMuted);
            painter.drawText(QRect(0, page.y(), page.width(), legendLine), Qt::AlignLeft,
                             tr("No sessions in this period."));
        }
        page.advance(legendLine);
        page.gap(10);
    }

    page.text(tr("Pain by region (0–10, average in the period)"), 13, true);
    page.rule();
    const QList<int> widths = {25, 10, 10, 10, 10, 35};
    page.row({tr("Region"), tr("Sessions"), tr("Before"), tr("After"), tr("Change"),
              tr("Trend, clearance")},
             widths, true);
    QStringList rising;
    for (const RegionRow &r : regions) {
        if (r.trend == ProgressQueries::Trend::Rising)
            rising << Regions::displayName(r.regionId);
        const QString clearance = clearanceWords(r.clearance);
        const double change = r.before >= 0 && r.after >= 0 ? r.after - r.before : 0;
        page.row({Regions::displayName(r.regionId), QString::number(r.sessions), number(r.before),
                  number(r.after),
                  r.before >= 0 && r.after >= 0 ? signedNumber(change) : QStringLiteral("–"),
                  trendWords(r.trend) + QStringLiteral(", ") + clearance},
                 widths, false, r.trend == ProgressQueries::Trend::Rising ? kRising : kText);
    }
    if (regions.isEmpty())
        page.text(tr("No sessions in this period."), 10, false, kMuted);
    if (!rising.isEmpty()) {
        page.gap(6);
        page.text(tr("Pain after sessions has risen over the last three sessions for: %1.")
                      .arg(rising.join(QStringLiteral(", "))),
                  10, true, kRising);
    }
    page.gap(10);

    // A pain chart per region, two to a row.
    if (!regions.isEmpty()) {
        page.text(tr("Pain before and after each session"), 13, true);
        page.rule();
        painter.setFont(reportFont(8));
        const int legendLine = painter.fontMetrics().height() * 3 / 2;
        const int square = painter.fontMetrics().height() * 2 / 3;
        page.ensure(legendLine);
        int x = drawLegendItem(painter, 0, page.y() + (legendLine - square) / 2, square, kPrimary,
                               false, false, tr("after the session"));
        drawLegendItem(painter, x, page.y() + (legendLine - square) / 2, square, kMuted, true, true,
                       tr("before the session"));
        page.advance(legendLine);
        const int chartHeight = page.mm(34);
        const int gutter = page.mm(8);
        const int chartWidth = (page.width() - gutter) / 2;
        for (qsizetype i = 0; i < regions.size(); i += 2) {
            page.ensure(chartHeight + page.mm(4));
            for (qsizetype k = i; k < std::min(i + 2, regions.size()); ++k)
                drawPainChart(
                    page,
                    QRect(int(k - i) * (chartWidth + gutter), page.y(), chartWidth, chartHeight),
                    regions.at(k), from, today);
            page.advance(chartHeight + page.mm(4));
        }
        page.gap(6);
    }

    page.text(tr("Practitioner clearance"), 13, true);
    page.rule();
    page.text(clearedElsewhere.isEmpty() ? tr("No clearance recorded in the app.")
                                         : clearedElsewhere.join(QStringLiteral("; ")),
              10);
    page.gap(10);

    page.text(tr("Notes (most recent first)"), 13, true);
    page.rule();
    if (notes.isEmpty())
        page.text(tr("No notes in this period."), 10, false, kMuted);
    for (const SessionRecord &n : notes) {
        const QString technique = catalog ? catalog->titleOf(n.techniqueId) : QString();
        page.text(QStringLiteral("%1 · %2 · %3")
                      .arg(locale.toString(n.startedAt.date(), QLocale::ShortFormat),
                           Regions::displayName(n.regionId),
                           technique.isEmpty() ? n.techniqueId : technique),
                  9, true, kMuted);
        page.text(n.note, 10);
        page.gap(3);
    }
    painter.end();
    return true;
}

} // namespace unknot
