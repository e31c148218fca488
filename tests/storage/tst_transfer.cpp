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
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
