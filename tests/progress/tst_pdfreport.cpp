// SPDX-License-Identifier: GPL-3.0-or-later
// The practitioner's report as it prints: its pages rendered to images by pdftoppm and read by
// pdftotext (poppler-utils), the colours checked where the body map and the pain charts must
// show them.
#include "plan/planrepository.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "transfer/pdfreport.h"
#include "transfer/reportplan.h"
#include "transfer/transfercontroller.h"

#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;

namespace {

// The app's light theme, which the report uses (qml/theme/Theme.qml).
const QColor kRising(0xB3, 0x26, 0x1E);
const QColor kEasing(0x2F, 0x64, 0xB0);
const QColor kAfter(0x1F, 0x7A, 0x6E);
const QColor kAccent(0xB8, 0x62, 0x1B); // cleared with care

QString pdfText(const QString &path)
{
    QProcess p;
    // -layout keeps a table's row on one line.
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Every page at `dpi`, as pdftoppm renders it.
QList<QImage> pdfPages(const QString &path, const QString &prefix, int dpi)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), path, prefix});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<QImage> pages;
    for (int n = 1; n < 20; ++n) {
        // pdftoppm numbers pages -1, -2 ... (zero-padded when there are ten or more).
        QImage page(QStringLiteral("%1-%2.png").arg(prefix).arg(n));
        if (page.isNull())
            page.load(QStringLiteral("%1-%2.png").arg(prefix).arg(n, 2, 10, QLatin1Char('0')));
        if (page.isNull())
            break;
        pages << page.convertToFormat(QImage::Format_RGB32);
    }
    return pages;
}

bool near(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) <= 12 &&
           std::abs(qGreen(pixel) - colour.green()) <= 12 &&
           std::abs(qBlue(pixel) - colour.blue()) <= 12;
}

// A filled area of `colour` at least `size` pixels square: a coloured shape or dot, which the
// thin strokes of text in that colour never make.
bool hasSolidBlock(const QList<QImage> &pages, const QColor &colour, int size)
{
    for (const QImage &image : pages) {
        for (int y = 0; y + size <= image.height(); ++y) {
            for (int x = 0; x + size <= image.width(); ++x) {
                bool all = true;
                for (int dy = 0; dy < size && all; ++dy) {
                    const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y + dy));
                    for (int dx = 0; dx < size && all; ++dx)
                        all = near(line[x + dx], colour);
                }
                if (all)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2026, 3, 31};

    bool add(const char *region, const char *technique, QDate day, int before, int after)
    {
        SessionRecord r;
        r.techniqueId = QString::fromLatin1(technique);
        r.regionId = QString::fromLatin1(region);
        r.startedAt = QDateTime(day, QTime(18, 0), QTimeZone("Europe/Berlin"));
        r.endedAt = r.startedAt.addSecs(300);
        r.stepsTotal = r.stepsCompleted = 6;
        r.completed = true;
        r.painBefore = before;
        r.painAfter = after;
        return SessionRepository(m_db->connection()).add(r) > 0;
    }
    QString write(QDate today, int days, const std::optional<ReportPlanAdherence> &plan = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("report%1.pdf").arg(++m_n));
        QString error;
        if (!writePdfReport(m_db->connection(), nullptr, path, today, days, &error, plan)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftoppm and pdftotext are missing (poppler-utils): run tools/install-deps.sh");
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("records.sqlite"))));
        // Left shoulder: pain after rising over three sessions; neck: easing, and cleared.
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 20), 5, 2));
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 22), 5, 3));
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 24), 5, 6));
        QVERIFY(add("neck", "neck-side-release", QDate(2026, 3, 25), 7, 6));
        QVERIFY(add("neck", "neck-side-release", QDate(2026, 3, 27), 6, 4));
        QVERIFY(add("neck", "neck-side-release", QDate(2026, 3, 30), 5, 2));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO region_status (region_id, clearance, cleared_by, note, updated_at) "
            "VALUES ('neck', 'cleared', 'Dr. Ortiz', '', 1767225600000)")));
        // The right hip (not worked) was cleared with care, on a known day.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO region_status (region_id, clearance, cleared_on, cleared_by, note, "
            "updated_at) VALUES ('hip-right', 'cleared-with-care', '2026-03-02', 'Dr. Lee', '', "
            "1767225600000)")));
    }

    // The body map colours each region worked by its trend, and each region's chart draws its
    // pain after the sessions; a period without sessions shows none of those colours.
    void bodyMapAndChartsAreColouredByWhatHappened()
    {
        const QString path = write(m_today, 30);
        QVERIFY(!path.isEmpty());
        const QList<QImage> pages = pdfPages(path, m_dir.filePath(QStringLiteral("worked")), 100);
        QVERIFY2(!pages.isEmpty(), "pdftoppm rendered no page");
        QVERIFY2(hasSolidBlock(pages, kRising, 5), "no region filled as rising (left shoulder)");
        QVERIFY2(hasSolidBlock(pages, kEasing, 5), "no region filled as easing (neck)");
        QVERIFY2(hasSolidBlock(pages, kAfter, 4), "no pain-after point in the charts");

        // Months later: nothing in the period, so nothing coloured.
        const QString empty = write(m_today.addMonths(6), 30);
        const QList<QImage> emptyPages =
            pdfPages(empty, m_dir.filePath(QStringLiteral("empty")), 100);
        QVERIFY(!emptyPages.isEmpty());
        QVERIFY(!hasSolidBlock(emptyPages, kRising, 5));
        QVERIFY(!hasSolidBlock(emptyPages, kEasing, 5));
        QVERIFY(!hasSolidBlock(emptyPages, kAfter, 4));
    }

    // The words beside the pictures: the map's legend, the charts' titles, and the trend and
    // clearance column in full (it used to be cut short: "rising, clearance no…").
    void textIsCompleteAndNamesWhatThePicturesShow()
    {
        const QString text = pdfText(write(m_today, 30));
        QVERIFY2(!text.isEmpty(), "pdftotext read no text from the report");
        for (const QString &part :
             {QStringLiteral("Regions worked"), QStringLiteral("Front"), QStringLiteral("Back"),
              QStringLiteral("pain rising"), QStringLiteral("pain lower or easing"),
              QStringLiteral("cleared by a practitioner"),
              QStringLiteral("Pain before and after each session"),
              QStringLiteral("rising, clearance not recorded"), QStringLiteral("easing, cleared"),
              QStringLiteral("Neck: cleared (Dr. Ortiz)")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" — not in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Plan:")));
    }

    // "Cleared with care" is a clearance of its own: outlined on the map in the body map's
    // colour for it, named in the legend and in the clearance section (it used to be drawn as
    // no clearance and printed as "not recorded").
    void clearedWithCareIsDrawnAndNamed()
    {
        const QString path = write(m_today, 30);
        const QString text = pdfText(path);
        const QString said = QStringLiteral("cleared with care (Dr. Lee, %1)")
                                 .arg(QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat));
        QVERIFY2(text.contains(said), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("cleared with care")), 2); // legend and clearance
        QVERIFY2(!text.contains(QStringLiteral("not recorded (Dr. Lee")), qPrintable(text));
        const QList<QImage> pages = pdfPages(path, m_dir.filePath(QStringLiteral("care")), 150);
        QVERIFY(!pages.isEmpty());
        QVERIFY2(hasSolidBlock(pages, kAccent, 3), "no region outlined as cleared with care");
    }

    // The plan's section comes from the plan's tables: each technique with its schedule, and
    // done against planned week by week. The neck on Monday, Wednesday and Friday from Monday
    // 16 March; done Wed 25, Fri 27 and Mon 30 (today is Tuesday 31): weeks 3/0, 3/2, 1/1.
    void planFromTheRecordsIsReportedWeekByWeek()
    {
        PlanRepository plan(m_db->connection());
        PlanEntry entry;
        entry.techniqueId = QStringLiteral("neck-side-release");
        entry.frequency = PlanEntry::Frequency::Weekdays;
        entry.weekdays = 1 | 4 | 16;
        entry.addedOn = QDate(2026, 3, 16);
        const qint64 id = plan.add(entry);
        QVERIFY(id > 0);
        const auto cleanup = qScopeGuard([&] { plan.remove(id); });

        const std::optional<ReportPlanAdherence> adherence =
            reportPlanAdherence(m_db->connection(), nullptr, m_today.addDays(-29), m_today);
        QVERIFY(adherence);
        const QString text = pdfText(write(m_today, 30, adherence));
        QVERIFY2(text.contains(QStringLiteral("3 of 7 planned sessions done (43%).")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("neck-side-release")), qPrintable(text));
        const QLocale locale;
        for (const auto &[monday, row] :
             {std::pair{QDate(2026, 3, 16), QStringLiteral("3 0 0%")},
              std::pair{QDate(2026, 3, 23), QStringLiteral("3 2 67%")},
              std::pair{QDate(2026, 3, 30), QStringLiteral("1 1 100%")}}) {
            const QString line =
                locale.toString(monday, QLocale::ShortFormat) + QLatin1Char(' ') + row;
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" — not in: ") + text));
        }
        // Weeks before the plan began are not planned weeks.
        QVERIFY(!text.contains(locale.toString(QDate(2026, 3, 9), QLocale::ShortFormat) +
                               QStringLiteral(" 0 0")));
    }

    // The report the app exports (Export > PDF) carries the plan: nobody passed it before.
    void exportedReportCarriesThePlan()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("records.sqlite"))));
        PlanEntry entry;
        entry.techniqueId = QStringLiteral("neck-side-release");
        entry.addedOn = QDate::currentDate();
        QVERIFY(PlanRepository(db.connection()).add(entry) > 0);
        TransferController transfer(db.connection(), nullptr, nullptr);
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(transfer.writeExport(QStringLiteral("pdf"), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Plan: My plan")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0 of 1 planned session done (0%).")),
                 qPrintable(text));
    }

    // The plan's section appears when the caller hands one over.
    void planAdherenceIsShownWhenGiven()
    {
        ReportPlanAdherence plan;
        plan.name = QStringLiteral("Desk shoulders");
        plan.due = 7;
        plan.done = 5;
        plan.lines = {QStringLiteral("Front-of-shoulder release: 3 of 4")};
        const QString text = pdfText(write(m_today, 30, plan));
        QVERIFY2(text.contains(QStringLiteral("Plan: Desk shoulders")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("5 of 7 planned sessions done (71%).")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Front-of-shoulder release: 3 of 4")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
