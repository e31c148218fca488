// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule calculator against real zone rules: the shared fixture (which the Android Java
// calculator runs too), and properties no single fixture case shows.
#include "reminders/reminderschedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace unknot;

namespace {

int weekdayMask(const QJsonArray &days)
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    int mask = 0;
    for (const QJsonValue &day : days) {
        const int index = int(names.indexOf(day.toString()));
        if (index < 0)
            return -1;
        mask |= 1 << index;
    }
    return mask;
}

// An instant written the way the fixture writes it: local time in the zone, with its offset.
QString inZone(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone)
        .toOffsetFromUtc(zone.offsetFromUtc(instant))
        .toString(Qt::ISODate);
}

} // namespace

class TestReminderSchedule : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("weekdays");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expect");
        QFile file(QStringLiteral(UNKNOT_FIXTURES_DIR "/reminders/schedule-cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll())["cases"].toArray();
        QVERIFY(cases.size() >= 15);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            QStringList expect;
            for (const QJsonValue &e : c[QLatin1String("expect")].toArray())
                expect << e.toString();
            QVERIFY(!expect.isEmpty());
            QTest::newRow(qPrintable(c[QLatin1String("name")].toString()))
                << c[QLatin1String("zone")].toString() << c[QLatin1String("time")].toString()
                << weekdayMask(c[QLatin1String("days")].toArray())
                << c[QLatin1String("after")].toString() << expect;
        }
    }
    void fixture()
    {
        QFETCH(QString, zone);
        QFETCH(QString, time);
        QFETCH(int, weekdays);
        QFETCH(QString, after);
        QFETCH(QStringList, expect);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY2(tz.isValid(), qPrintable(zone));
        QVERIFY(weekdays > 0);
        const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
        QVERIFY(at.isValid());
        const QDateTime from = QDateTime::fromString(after, Qt::ISODate);
        QVERIFY(from.isValid());

        const QList<QDateTime> fires =
            ReminderSchedule::nextFireTimes(at, weekdays, tz, from, int(expect.size()));
        QStringList got;
        for (const QDateTime &fire : fires) {
            QCOMPARE(fire.timeSpec(), Qt::UTC);
            got << inZone(fire, tz);
        }
        QCOMPARE(got, expect);
    }

    // The device moving to another zone keeps the wall time: the same rule fires at 07:30 in
    // whichever zone it is asked about.
    void zoneChangeKeepsWallTime()
    {
        const QDateTime after =
            QDateTime::fromString(QStringLiteral("2027-06-01T00:00:00Z"), Qt::ISODate);
        for (const char *name : {"Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles"}) {
            const QTimeZone zone(name);
            const QList<QDateTime> fires =
                ReminderSchedule::nextFireTimes(QTime(7, 30), 1 | 4, zone, after, 4);
            QCOMPARE(fires.size(), 4);
            for (const QDateTime &fire : fires) {
                const QDateTime local = fire.toTimeZone(zone);
                QCOMPARE(local.time(), QTime(7, 30));
                QVERIFY(local.date().dayOfWeek() == 1 || local.date().dayOfWeek() == 3);
            }
        }
    }

    // A year of daily reminders at a time that is skipped once and repeated once: exactly one
    // fire per local day (none lost, none doubled), strictly ascending.
    void oneFirePerDayThroughAYear()
    {
        const QTimeZone zone("Europe/Berlin");
        const QDateTime after(QDate(2027, 1, 1), QTime(0, 0), zone);
        const QList<QDateTime> fires =
            ReminderSchedule::nextFireTimes(QTime(2, 30), 127, zone, after, 365);
        QCOMPARE(fires.size(), 365);
        QDate expected(2027, 1, 1);
        for (qsizetype i = 0; i < fires.size(); ++i) {
            QCOMPARE(fires.at(i).toTimeZone(zone).date(), expected);
            if (i > 0)
                QVERIFY(fires.at(i) > fires.at(i - 1));
            expected = expected.addDays(1);
        }
    }

    void nothingWithoutADayOrTime()
    {
        const QTimeZone zone("Europe/Berlin");
        const QDateTime now(QDate(2027, 1, 1), QTime(0, 0), zone);
        QVERIFY(ReminderSchedule::nextFireTimes(QTime(7, 0), 0, zone, now, 3).isEmpty());
        QVERIFY(ReminderSchedule::nextFireTimes(QTime(), 127, zone, now, 3).isEmpty());
        QVERIFY(ReminderSchedule::nextFireTimes(QTime(7, 0), 127, zone, now, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
