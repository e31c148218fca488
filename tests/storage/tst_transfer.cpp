// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/filesharer.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "transfer/csvexport.h"
#include "transfer/jsonexport.h"
#include "transfer/jsonimport.h"
#include "transfer/pdfreport.h"
#include "transfer/transfercontroller.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace unknot;

namespace {

SessionRecord record(int i)
{
    SessionRecord r;
    r.techniqueId = i % 2 ? QStringLiteral("neck-release") : QStringLiteral("calf-release");
    r.regionId = i % 2 ? QStringLiteral("neck") : QStringLiteral("calf-left");
    r.sides = i % 2 ? QString() : QStringLiteral("left");
    r.startedAt = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(7, 30, 15, 123),
                            QTimeZone(i % 3 ? "Europe/Berlin" : "Asia/Kolkata"));
    r.endedAt = i % 4 ? r.startedAt.addSecs(400 + i) : QDateTime();
    r.stepsTotal = 6;
    r.stepsCompleted = i % 5 ? 6 : 2;
    r.completed = i % 5 != 0;
    if (i % 3)
        r.painBefore = i % 11;
    if (i % 4)
        r.painAfter = (i * 7) % 11;
    r.stoppedForPain = i % 7 == 0;
    r.note = i % 2 ? QStringLiteral("Note %1, with \"quotes\"\nand a line — ✓").arg(i) : QString();
    return r;
}

QJsonObject exportObject(const Database &db)
{
    return QJsonDocument::fromJson(exportJson(db.connection(), QDateTime())).object();
}

QStringList tableRows(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; q.value(i).isValid(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// RFC 4180 as spreadsheets read it: quoted fields may hold commas, CRLF or LF, and "" for ".
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// The text of a PDF file as pdftotext (poppler-utils) reads it, white space collapsed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    // -layout keeps a table's row on one line.
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                   QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> openNew()
    {
        auto db = std::make_unique<Database>(QStringLiteral("db%1").arg(++m_n));
        if (!db->open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(m_n))))
            return nullptr;
        return db;
    }
    void fill(Database &db, int sessions)
    {
        SessionRepository repo(db.connection());
        for (int i = 0; i < sessions; ++i)
            QVERIFY(repo.add(record(i)) > 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO reminders (minute_of_day, weekdays, technique_id, region_id, enabled, "
            "created_at) VALUES (450, 31, 'neck-release', 'neck', 1, 1767225600000)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO region_status (region_id, clearance, cleared_by, note, updated_at) "
            "VALUES ('neck', 'cleared', 'Dr. Ortiz', 'gentle only', 1767225600000)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('units', 'metric')")));
    }
    QByteArray validExport()
    {
        auto db = openNew();
        fill(*db, 3);
        return exportJson(db->connection(), QDateTime::currentDateTime());
    }

private slots:
    void exportThenRestoreIsLossless()
    {
        auto source = openNew();
        QVERIFY(source);
        fill(*source, 40);
        const QByteArray json = exportJson(source->connection(), QDateTime::currentDateTime());
        QVERIFY(!json.isEmpty());

        auto target = openNew();
        const JsonImport::Result result = JsonImport::importJson(target->connection(), json);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sessionsAdded, 40);

        // Every record, field by field (ids are the database's own, not the user's data).
        const QList<SessionRecord> before = SessionRepository(source->connection()).page(0, 100);
        QList<SessionRecord> after = SessionRepository(target->connection()).page(0, 100);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            after[i].id = before.at(i).id;
            QCOMPARE(after.at(i), before.at(i));
            QCOMPARE(after.at(i).startedAt.offsetFromUtc(), before.at(i).startedAt.offsetFromUtc());
        }
        // And everything else, through a second export.
        QCOMPARE(exportObject(*target).value(QStringLiteral("reminders")),
                 exportObject(*source).value(QStringLiteral("reminders")));
        QCOMPARE(exportObject(*target).value(QStringLiteral("regionStatus")),
                 exportObject(*source).value(QStringLiteral("regionStatus")));
        QCOMPARE(exportObject(*target).value(QStringLiteral("settings")),
                 exportObject(*source).value(QStringLiteral("settings")));
        QCOMPARE(tableRows(*target, QStringLiteral("SELECT * FROM daily_activity ORDER BY day")),
                 tableRows(*source, QStringLiteral("SELECT * FROM daily_activity ORDER BY day")));
    }

    void restoringTwiceAddsNothing()
    {
        const QByteArray json = validExport();
        auto target = openNew();
        SessionRepository repo(target->connection());
        QVERIFY(repo.add(record(1)) > 0); // already here before the first restore
        JsonImport::Result first = JsonImport::importJson(target->connection(), json);
        QVERIFY(first.ok);
        QCOMPARE(first.sessionsAdded, 2);
        QCOMPARE(first.sessionsAlreadyPresent, 1);
        JsonImport::Result second = JsonImport::importJson(target->connection(), json);
        QVERIFY(second.ok);
        QCOMPARE(second.sessionsAdded, 0);
        QCOMPARE(second.sessionsAlreadyPresent, 3);
        QCOMPARE(repo.count(), 3);
        QCOMPARE(tableRows(*target, QStringLiteral("SELECT COUNT(*) FROM reminders")),
                 QStringList{QStringLiteral("1")});
    }

    void badFilesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good = validExport();
        const QJsonObject root = QJsonDocument::fromJson(good).object();
        const auto with = [&root](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject o = root;
            edit(o);
            return QJsonDocument(o).toJson();
        };
        const auto session = [](QJsonObject &o, int i,
                                const std::function<void(QJsonObject &)> &edit) {
            QJsonArray a = o.value(QStringLiteral("sessions")).toArray();
            QJsonObject s = a.at(i).toObject();
            edit(s);
            a[i] = s;
            o[QStringLiteral("sessions")] = a;
        };

        QTest::newRow("truncated") << good.left(good.size() / 2) << "cannot be read as JSON";
        QTest::newRow("empty") << QByteArray() << "cannot be read as JSON";
        QTest::newRow("foreign") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                 << "not an Unknot export";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "not an Unknot export";
        QTest::newRow("future format")
            << with([](QJsonObject &o) { o[QStringLiteral("formatVersion")] = 99; })
            << "newer version of Unknot";
        QTest::newRow("sessions not a list")
            << with([](QJsonObject &o) { o[QStringLiteral("sessions")] = QStringLiteral("x"); })
            << "should be a list";
        QTest::newRow("pain as text") << with([&](QJsonObject &o) {
            session(o, 2, [](QJsonObject &s) { s[QStringLiteral("painAfter")] = "3"; });
        }) << "Session 3: \"painAfter\"";
        QTest::newRow("pain out of range") << with([&](QJsonObject &o) {
            session(o, 1, [](QJsonObject &s) { s[QStringLiteral("painBefore")] = 11; });
        }) << "Session 2: \"painBefore\"";
        QTest::newRow("fractional time") << with([&](QJsonObject &o) {
            session(o, 0, [](QJsonObject &s) { s[QStringLiteral("startedAt")] = 1.5e12 + 0.5; });
        }) << "\"startedAt\"";
        QTest::newRow("completed as number") << with([&](QJsonObject &o) {
            session(o, 0, [](QJsonObject &s) { s[QStringLiteral("completed")] = 1; });
        }) << "true or false";
        QTest::newRow("missing technique") << with([&](QJsonObject &o) {
            session(o, 0, [](QJsonObject &s) { s.remove(QStringLiteral("techniqueId")); });
        }) << "\"techniqueId\"";
        QTest::newRow("duplicated id") << with([&](QJsonObject &o) {
            session(o, 2, [](QJsonObject &s) { s[QStringLiteral("id")] = 1; });
        }) << "repeats the id";
        QTest::newRow("duplicated session") << with([&](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("sessions")).toArray();
            QJsonObject copy = a.at(0).toObject();
            copy[QStringLiteral("id")] = 99;
            a.append(copy);
            o[QStringLiteral("sessions")] = a;
        }) << "listed twice";
        QTest::newRow("bad clearance") << with([](QJsonObject &o) {
            o[QStringLiteral("regionStatus")] =
                QJsonArray{QJsonObject{{QStringLiteral("regionId"), QStringLiteral("neck")},
                                       {QStringLiteral("clearance"), QStringLiteral("maybe")},
                                       {QStringLiteral("updatedAt"), 1}}};
        }) << "unknown clearance";
    }

    void badFilesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto target = openNew();
        SessionRepository repo(target->connection());
        QVERIFY(repo.add(record(5)) > 0);
        const QByteArray before = exportJson(target->connection(), QDateTime());
        const JsonImport::Result result = JsonImport::importJson(target->connection(), json);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(exportJson(target->connection(), QDateTime()), before);
    }

    void aFailureHalfwayRollsEverythingBack()
    {
        // Valid to the parser, refused by the schema on the last row: the whole merge is undone.
        QJsonObject root = QJsonDocument::fromJson(validExport()).object();
        auto target = openNew();
        JsonImport::Contents contents = *JsonImport::parse(QJsonDocument(root).toJson(), nullptr);
        contents.sessions.last().painAfter = 42;
        const JsonImport::Result result = JsonImport::merge(target->connection(), contents);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("nothing was changed")),
                 qPrintable(result.error));
        QCOMPARE(SessionRepository(target->connection()).count(), 0);
        QCOMPARE(tableRows(*target, QStringLiteral("SELECT COUNT(*) FROM daily_activity")),
                 QStringList{QStringLiteral("0")});
    }

    void csvQuotesAndDefusesFields()
    {
        auto db = openNew();
        SessionRepository repo(db->connection());
        SessionRecord r = record(1);
        r.note = QStringLiteral("=HYPERLINK(\"x\")");
        QVERIFY(repo.add(r) > 0);
        QVERIFY(repo.add(record(3)) > 0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeSessionsCsv(db->connection(), nullptr, &buffer));
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QVERIFY(lines.first().startsWith(QLatin1String("started_at,ended_at,technique_id")));
        QVERIFY2(lines.at(1).contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).startsWith(r.startedAt.toString(Qt::ISODate)));
        QVERIFY(csv.contains(QStringLiteral("\"Note 3, with \"\"quotes\"\"\nand a line — ✓\"")));
    }

    void reportRegionTableCountsLocalDaysOnly()
    {
        // A one-day report for 10 March: sessions on the evening before and just after
        // midnight (local time) are within a day of it in UTC, but not on that day.
        auto db = openNew();
        SessionRepository repo(db->connection());
        const QTimeZone berlin("Europe/Berlin");
        const auto add = [&](const char *region, const QDateTime &at) {
            SessionRecord r = record(1);
            r.regionId = QLatin1String(region);
            r.startedAt = at;
            r.endedAt = at.addSecs(300);
            r.note.clear();
            QVERIFY(repo.add(r) > 0);
        };
        add("neck", QDateTime(QDate(2026, 3, 10), QTime(8, 0), berlin));
        add("lower-back", QDateTime(QDate(2026, 3, 9), QTime(23, 30), berlin));
        add("foot-right", QDateTime(QDate(2026, 3, 11), QTime(0, 30), berlin));
        const QString path = m_dir.filePath(QStringLiteral("one-day.pdf"));
        QString error;
        QVERIFY2(writePdfReport(db->connection(), nullptr, path, QDate(2026, 3, 10), 1, &error),
                 qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Neck")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Lower back")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Right foot")), qPrintable(text));
    }

    // What a spreadsheet reads from the CSV is what the records hold, row for row.
    void csvReadsBackAsTheRecords()
    {
        auto db = openNew();
        QVERIFY(db);
        fill(*db, 40);
        SessionRepository repo(db->connection());
        SessionRecord formula = record(41);
        formula.note = QStringLiteral("+1 better, - worse, @home");
        QVERIFY(repo.add(formula) > 0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeSessionsCsv(db->connection(), nullptr, &buffer));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(rows.size(), 1 + 41);
        const QStringList header = rows.first();
        QCOMPARE(header,
                 (QStringList{QStringLiteral("started_at"), QStringLiteral("ended_at"),
                              QStringLiteral("technique_id"), QStringLiteral("technique"),
                              QStringLiteral("region_id"), QStringLiteral("region"),
                              QStringLiteral("sides"), QStringLiteral("completed"),
                              QStringLiteral("steps_completed"), QStringLiteral("steps_total"),
                              QStringLiteral("pain_before"), QStringLiteral("pain_after"),
                              QStringLiteral("stopped_for_pain"), QStringLiteral("note")}));
        const auto column = [&header](const QStringList &row, const char *name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT started_at, utc_offset_min, ended_at, technique_id, region_id, sides, "
            "completed, steps_completed, steps_total, pain_before, pain_after, stopped_for_pain, "
            "note FROM sessions ORDER BY started_at, id")));
        const auto number = [](const QVariant &v) {
            return v.isNull() ? QString() : QString::number(v.toInt());
        };
        const auto yesNo = [](const QVariant &v) {
            return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        };
        int n = 0;
        while (q.next()) {
            const QStringList row = rows.value(++n);
            QCOMPARE(row.size(), header.size());
            // Times to the second, in the offset the session was recorded with.
            const QDateTime started = QDateTime::fromString(column(row, "started_at"), Qt::ISODate);
            QVERIFY2(started.isValid(), qPrintable(column(row, "started_at")));
            QCOMPARE(started.toSecsSinceEpoch(), q.value(0).toLongLong() / 1000);
            QCOMPARE(started.offsetFromUtc(), q.value(1).toInt() * 60);
            if (q.value(2).isNull()) {
                QCOMPARE(column(row, "ended_at"), QString());
            } else {
                const QDateTime ended = QDateTime::fromString(column(row, "ended_at"), Qt::ISODate);
                QCOMPARE(ended.toSecsSinceEpoch(), q.value(2).toLongLong() / 1000);
            }
            QCOMPARE(column(row, "technique_id"), q.value(3).toString());
            QCOMPARE(column(row, "region_id"), q.value(4).toString());
            QCOMPARE(column(row, "sides"), q.value(5).toString());
            QCOMPARE(column(row, "completed"), yesNo(q.value(6)));
            QCOMPARE(column(row, "steps_completed"), number(q.value(7)));
            QCOMPARE(column(row, "steps_total"), number(q.value(8)));
            QCOMPARE(column(row, "pain_before"), number(q.value(9)));
            QCOMPARE(column(row, "pain_after"), number(q.value(10)));
            QCOMPARE(column(row, "stopped_for_pain"), yesNo(q.value(11)));
            // A note that would start a formula is written with a leading quote, the rest as is.
            const QString note = q.value(12).toString();
            const bool formulaLike =
                !note.isEmpty() && QStringLiteral("=+-@").contains(note.front());
            QCOMPARE(column(row, "note"), formulaLike ? QLatin1Char('\'') + note : note);
        }
        QCOMPARE(n, 41);
        // Spot checks against what was recorded, not what the database returns.
        QCOMPARE(column(rows.at(1), "started_at"), QStringLiteral("2026-01-01T07:30:15+05:30"));
        QCOMPARE(column(rows.at(2), "note"),
                 QStringLiteral("Note 1, with \"quotes\"\nand a line — ✓"));
        QCOMPARE(column(rows.at(2), "region_id"), QStringLiteral("neck"));
        QCOMPARE(column(rows.at(2), "region"), QStringLiteral("Neck"));
        QCOMPARE(column(rows.last(), "note"), QStringLiteral("'+1 better, - worse, @home"));
    }

    // The report a practitioner reads names the regions worked in its period, with their
    // numbers, the rising pain, the clearance and the notes, and nothing from outside it.
    void pdfReportNamesTheRegionsAndNotesOfItsPeriod()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing (poppler-utils): run tools/install-deps.sh");
        auto db = openNew();
        QVERIFY(db);
        SessionRepository repo(db->connection());
        const auto add = [&repo](const char *region, const char *technique, QDate day,
                                 std::optional<int> before, std::optional<int> after,
                                 const QString &note = {}) {
            SessionRecord r;
            r.techniqueId = QString::fromLatin1(technique);
            r.regionId = QString::fromLatin1(region);
            r.startedAt = QDateTime(day, QTime(18, 0), QTimeZone("Europe/Berlin"));
            r.endedAt = r.startedAt.addSecs(300);
            r.stepsTotal = r.stepsCompleted = 6;
            r.completed = true;
            r.painBefore = before;
            r.painAfter = after;
            r.note = note;
            return repo.add(r) > 0;
        };
        const QDate today(2026, 3, 31);
        // Left shoulder: pain after rising over three sessions.
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 20), 5, 2));
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 22), 5, 3));
        QVERIFY(add("shoulder-left", "front-of-shoulder-release", QDate(2026, 3, 24), 5, 6,
                    QStringLiteral("Sharper at the end of the second round.")));
        QVERIFY(add("neck", "neck-side-release", QDate(2026, 3, 30), 4, 2,
                    QStringLiteral("Much looser afterwards.")));
        // Long before the report's 30 days: not in it.
        QVERIFY(add("foot-right", "arch-thumb-release", QDate(2025, 11, 2), 3, 1,
                    QStringLiteral("An old note from November.")));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO region_status (region_id, clearance, cleared_by, note, updated_at) "
            "VALUES ('neck', 'cleared', 'Dr. Ortiz', '', 1767225600000)")));

        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writePdfReport(db->connection(), nullptr, path, today, 30, &error),
                 qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read no text from the report");
        const auto has = [&text](const QString &part) {
            return text.contains(part)
                       ? true
                       : (qWarning("not in the report: %s\n%s", qPrintable(part), qPrintable(text)),
                          false);
        };
        QVERIFY(has(QStringLiteral("Unknot — session report")));
        QVERIFY(has(QStringLiteral("Sessions: 4 recorded, 4 completed.")));
        QVERIFY(has(QStringLiteral("Days with a completed session: 4 of 30")));
        // Each region of the period, with its session count.
        // Region, sessions, pain before and after (averages), change, trend.
        QVERIFY(has(QStringLiteral("Left shoulder 3 5.0 3.7 \u22121.3 rising")));
        QVERIFY(has(QStringLiteral("Neck 1 4.0 2.0 \u22122.0 too few ratings")));
        QVERIFY(has(QStringLiteral(
            "Pain after sessions has risen over the last three sessions for: Left shoulder.")));
        QVERIFY(has(QStringLiteral("Neck: cleared (Dr. Ortiz)")));
        QVERIFY(has(QStringLiteral("Much looser afterwards.")));
        QVERIFY(has(QStringLiteral("Sharper at the end of the second round.")));
        QVERIFY(has(QStringLiteral("neck-side-release")));
        // Nothing from before the period.
        QVERIFY2(!text.contains(QLatin1String("Right foot")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("November")), qPrintable(text));
    }

    void controllerWritesEveryKind()
    {
        auto db = openNew();
        fill(*db, 30);
        TransferController transfer(db->connection(), nullptr, nullptr);
        QVERIFY(!transfer.canShare());
        for (const QString &kind :
             {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
            const QString path = m_dir.filePath(transfer.suggestedFileName(kind));
            QCOMPARE(transfer.exportTo(kind, QUrl::fromLocalFile(path)), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() > 200);
            if (kind == QLatin1String("pdf"))
                QVERIFY(f.read(5) == "%PDF-");
        }
        auto other = openNew();
        TransferController restore(other->connection(), nullptr, nullptr);
        const QString json = m_dir.filePath(transfer.suggestedFileName(QStringLiteral("json")));
        QCOMPARE(restore.importFrom(QUrl::fromLocalFile(json)),
                 QStringLiteral("30 sessions restored."));
        QCOMPARE(restore.importFrom(QUrl::fromLocalFile(json)),
                 QStringLiteral("0 sessions restored; 30 were already here."));
        const QString csv = m_dir.filePath(transfer.suggestedFileName(QStringLiteral("csv")));
        QVERIFY(restore.importFrom(QUrl::fromLocalFile(csv))
                    .startsWith(QLatin1String("Nothing was restored.")));
    }
};

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
