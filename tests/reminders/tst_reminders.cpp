// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders through the model, the repository and a real SQLite file; what the scheduler hands
// the notifier; links that hand over a reminder; the app core's wiring.
#include "content/catalog.h"
#include "core/appcore.h"
#include "links/deeplink.h"
#include "plan/plan.h"
#include "plan/planrepository.h"
#include "platform/remindernotifier.h"
#include "reminders/reminderjson.h"
#include "reminders/reminderlistmodel.h"
#include "reminders/reminderrepository.h"
#include "reminders/reminders.h"
#include "reminders/reminderscheduler.h"
#include "reminders/reminderstatus.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sessionrepository.h"
#include "transfer/jsonexport.h"
#include "transfer/jsonimport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace unknot;

namespace {

// Records what the core asks of the operating system.
class RecordingNotifier : public ReminderNotifier
{
public:
    void sync(const QList<ScheduledReminder> &reminders) override
    {
        ++syncs;
        last = reminders;
    }
    ReminderHealth health() const override
    {
        ReminderHealth h;
        h.notifications =
            granted ? ReminderHealth::State::Allowed : ReminderHealth::State::NotAsked;
        h.scheduledCount = 0;
        for (const ScheduledReminder &r : last)
            h.scheduledCount += int(r.fireTimes.size());
        return h;
    }
    void requestPermission(std::function<void(bool)> done) override
    {
        ++permissionRequests;
        granted = true;
        done(true);
    }
    bool openSystemSetting(SystemSetting setting) override
    {
        opened << setting;
        return true;
    }
    void tap(const QString &link) const { activateLink(link); }

    int syncs = 0;
    int permissionRequests = 0;
    bool granted = false;
    QList<ScheduledReminder> last;
    QList<SystemSetting> opened;
};

Technique technique(const QString &id, const QString &title, int seconds)
{
    Technique t;
    t.id = id;
    t.title = title;
    t.regions = {QStringLiteral("forearm-wrist")};
    t.sides = {Side::Left};
    Step step;
    step.kind = QStringLiteral("release");
    step.timing.seconds = seconds;
    t.steps = {step};
    return t;
}

QVariantMap draft(int minuteOfDay, int weekdays, const QString &techniqueId = {},
                  const QString &regionId = {})
{
    return {{QStringLiteral("minuteOfDay"), minuteOfDay},
            {QStringLiteral("weekdays"), weekdays},
            {QStringLiteral("techniqueId"), techniqueId},
            {QStringLiteral("regionId"), regionId}};
}

int rowCountIn(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM reminders")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
}

QVariantMap planDraft(int minuteOfDay, const QString &plan, bool skipIfDone = false)
{
    return {{QStringLiteral("minuteOfDay"), minuteOfDay},
            {QStringLiteral("weekdays"), 127},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("skipIfDone"), skipIfDone}};
}

constexpr int kMon = 1, kWed = 4, kFri = 16, kSat = 32, kSun = 64;
const QString kFlexor = QStringLiteral("forearm-flexor-release");

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    Database m_db;
    Catalog m_catalog;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<Reminders> m_reminders;
    const QTimeZone m_berlin{"Europe/Berlin"};
    QDateTime m_now;
    QTimeZone m_zone;

    void useClock(const QDateTime &now, const QTimeZone &zone)
    {
        m_now = now;
        m_zone = zone;
        m_reminders->scheduler()->setClock([this] { return m_now; }, [this] { return m_zone; });
    }

private slots:
    void initTestCase()
    {
        m_catalog.setTechniques(
            {technique(kFlexor, QStringLiteral("Forearm flexor release"), 360),
             technique(QStringLiteral("neck-release"), QStringLiteral("Neck release"), 200)});
    }
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files))));
        m_notifier = std::make_unique<RecordingNotifier>();
        m_reminders = std::make_unique<Reminders>(m_db.connection(), &m_catalog, m_notifier.get());
        // Saturday 27 March 2027, noon in Berlin: the night before clocks spring forward.
        useClock(QDateTime(QDate(2027, 3, 27), QTime(12, 0), m_berlin), m_berlin);
    }
    void cleanup()
    {
        m_reminders.reset();
        m_db.close();
    }

    void startSyncsOnce()
    {
        // The constructor is the start-up sync, with nothing to schedule yet.
        QCOMPARE(m_notifier->syncs, 1);
        QVERIFY(m_notifier->last.isEmpty());
    }

    void savedReminderIsStoredWholeAndListed()
    {
        QAbstractItemModelTester tester(m_reminders->list(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVariantMap d = draft(2 * 60 + 30, kSun, kFlexor);
        d.insert(QStringLiteral("label"), QStringLiteral("  Before   breakfast "));
        d.insert(QStringLiteral("skipIfDone"), true);
        QCOMPARE(m_reminders->save(d), QVariantMap());

        ReminderRepository repository(m_db.connection());
        const QList<Reminder> stored = repository.all();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().minuteOfDay, 150);
        QCOMPARE(stored.first().weekdays, kSun);
        QCOMPARE(stored.first().techniqueId, kFlexor);
        QCOMPARE(stored.first().label, QStringLiteral("Before breakfast"));
        QVERIFY(stored.first().skipIfDone);
        QVERIFY(stored.first().enabled);
        QCOMPARE(stored.first().createdAt, m_now.toUTC());

        ReminderListModel *list = m_reminders->list();
        QCOMPARE(list->rowCount(), 1);
        const QModelIndex row = list->index(0);
        QCOMPARE(row.data(ReminderListModel::TitleRole).toString(),
                 QStringLiteral("Before breakfast"));
        QCOMPARE(row.data(ReminderListModel::TimeRole).toString(), QStringLiteral("02:30"));
        QCOMPARE(row.data(ReminderListModel::WeekdaysTextRole).toString(), QStringLiteral("Sun"));
        QCOMPARE(row.data(ReminderListModel::OpensTextRole).toString(),
                 QStringLiteral("Forearm flexor release"));
        // 02:30 does not exist that Sunday in Berlin: the clocks jump to 03:00.
        QCOMPARE(row.data(ReminderListModel::NextFireRole).toString(),
                 QStringLiteral("Next: Sun 28 Mar, 03:00"));
        const QHash<int, QByteArray> roles = list->roleNames();
        QCOMPARE(roles.value(ReminderListModel::NextFireRole), QByteArray("nextFire"));
        QCOMPARE(roles.value(ReminderListModel::WeekdaysTextRole), QByteArray("weekdaysText"));
    }

    void badInputIsRefusedInPlainWordsAndNothingIsSaved_data()
    {
        QTest::addColumn<QVariantMap>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no weekday") << draft(480, 0) << "weekdays"
                                    << "Choose at least one day of the week.";
        QTest::newRow("unknown day bits") << draft(480, 128) << "weekdays"
                                          << "Choose at least one day of the week.";
        QTest::newRow("24:00") << draft(1440, kMon) << "time"
                               << "Choose a time of day between 00:00 and 23:59.";
        QTest::newRow("negative time") << draft(-1, kMon) << "time"
                                       << "Choose a time of day between 00:00 and 23:59.";
        QTest::newRow("no time") << QVariantMap{{QStringLiteral("weekdays"), kMon}} << "time"
                                 << "Choose a time of day between 00:00 and 23:59.";
        QTest::newRow("unknown technique")
            << draft(480, kMon, QStringLiteral("no-such-thing")) << "target"
            << "The technique \"no-such-thing\" is not in this version of Unknot.";
        QTest::newRow("unknown region") << draft(480, kMon, {}, QStringLiteral("tail")) << "target"
                                        << "Unknot does not know the body region \"tail\".";
        QTest::newRow("technique on an unknown region")
            << draft(480, kMon, kFlexor, QStringLiteral("tail")) << "target"
            << "Unknot does not know the body region \"tail\".";
        QVariantMap longLabel = draft(480, kMon);
        longLabel.insert(QStringLiteral("label"), QString(81, QLatin1Char('x')));
        QTest::newRow("long label") << longLabel << "label"
                                    << "Keep the label to 80 characters or fewer.";
    }
    void badInputIsRefusedInPlainWordsAndNothingIsSaved()
    {
        QFETCH(QVariantMap, input);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QCOMPARE(m_reminders->check(input).value(field).toString(), message);
        const int syncsBefore = m_notifier->syncs;
        const QVariantMap problems = m_reminders->save(input);
        QCOMPARE(problems.value(field).toString(), message);
        QCOMPARE(rowCountIn(m_db.connection()), 0);
        QCOMPARE(m_reminders->list()->rowCount(), 0);
        QCOMPARE(m_notifier->syncs, syncsBefore);
        QCOMPARE(m_notifier->permissionRequests, 0);

        // An edit with the same problem leaves the stored reminder as it was.
        QCOMPARE(m_reminders->save(draft(600, kWed)), QVariantMap());
        const qint64 id = m_reminders->list()->reminders().first().id;
        input.insert(QStringLiteral("id"), id);
        QCOMPARE(m_reminders->save(input).value(field).toString(), message);
        QCOMPARE(m_reminders->draftFor(id),
                 m_reminders->list()->reminders().isEmpty()
                     ? QVariantMap()
                     : Reminders::toDraft(*ReminderRepository(m_db.connection()).byId(id)));
        const Reminder kept = *ReminderRepository(m_db.connection()).byId(id);
        QCOMPARE(kept.minuteOfDay, 600);
        QCOMPARE(kept.weekdays, kWed);
    }

    void editEnableDeleteAndUndo()
    {
        QCOMPARE(m_reminders->save(draft(7 * 60 + 30, kMon | kWed | kFri, kFlexor)), QVariantMap());
        QCOMPARE(m_reminders->save(draft(21 * 60, kSat | kSun, {}, QStringLiteral("neck"))),
                 QVariantMap());
        QAbstractItemModelTester tester(m_reminders->list(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReminderListModel *list = m_reminders->list();
        QCOMPARE(list->rowCount(), 2);
        const qint64 first = list->reminders().at(0).id;
        const qint64 second = list->reminders().at(1).id;
        QCOMPARE(list->index(1).data(ReminderListModel::WeekdaysTextRole).toString(),
                 QStringLiteral("Weekends"));
        QCOMPARE(list->index(1).data(ReminderListModel::OpensTextRole).toString(),
                 QStringLiteral("Neck"));

        // Edit: a new time, the same id, the creation time kept.
        QVariantMap edited = m_reminders->draftFor(first);
        const QDateTime created = list->reminders().at(0).createdAt;
        edited.insert(QStringLiteral("minuteOfDay"), 6 * 60 + 45);
        int syncs = m_notifier->syncs;
        QCOMPARE(m_reminders->save(edited), QVariantMap());
        QCOMPARE(m_notifier->syncs, syncs + 1);
        QCOMPARE(list->reminders().at(0).id, first);
        QCOMPARE(list->reminders().at(0).minuteOfDay, 6 * 60 + 45);
        QCOMPARE(list->reminders().at(0).createdAt, created);
        QCOMPARE(m_notifier->last.at(0).timeOfDay, QTime(6, 45));

        // Off: no longer handed to the OS, the row says so.
        syncs = m_notifier->syncs;
        QVERIFY(m_reminders->setEnabled(second, false));
        QCOMPARE(m_notifier->syncs, syncs + 1);
        QCOMPARE(m_notifier->last.size(), 1);
        QCOMPARE(m_notifier->last.first().id, first);
        QCOMPARE(list->index(1).data(ReminderListModel::EnabledRole).toBool(), false);
        QCOMPARE(list->index(1).data(ReminderListModel::NextFireRole).toString(),
                 QStringLiteral("Off"));
        QVERIFY(m_reminders->setEnabled(second, true));
        QCOMPARE(m_notifier->last.size(), 2);

        // Delete, then undo: back under its old id, with everything it had.
        const Reminder before = list->reminders().at(1);
        QSignalSpy undo(m_reminders.get(), &Reminders::undoChanged);
        QVERIFY(m_reminders->remove(second));
        QVERIFY(m_reminders->canUndo());
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(rowCountIn(m_db.connection()), 1);
        QCOMPARE(m_notifier->last.size(), 1);
        QVERIFY(m_reminders->undoRemove());
        QVERIFY(!m_reminders->canUndo());
        QCOMPARE(undo.count(), 2);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->reminders().at(1), before);
        QCOMPARE(m_notifier->last.size(), 2);
        QVERIFY(!m_reminders->undoRemove());
    }

    void editOfADeletedReminderSaysSoAndAddsNothing()
    {
        QCOMPARE(m_reminders->save(draft(480, kMon)), QVariantMap());
        QVariantMap stale = m_reminders->draftFor(m_reminders->list()->reminders().first().id);
        QVERIFY(m_reminders->remove(stale.value(QStringLiteral("id")).toLongLong()));
        QSignalSpy failed(m_reminders.get(), &Reminders::failed);
        QCOMPARE(m_reminders->save(stale).value(QStringLiteral("storage")).toString(),
                 QStringLiteral("This reminder no longer exists; it may have been deleted."));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(rowCountIn(m_db.connection()), 0);
    }

    void firstSaveAsksForPermissionOnce()
    {
        QCOMPARE(m_notifier->permissionRequests, 0);
        QCOMPARE(m_reminders->health()->notifications(), QStringLiteral("notAsked"));
        QCOMPARE(m_reminders->save(draft(480, kMon)), QVariantMap());
        QCOMPARE(m_notifier->permissionRequests, 1);
        QCOMPARE(m_reminders->health()->notifications(), QStringLiteral("allowed"));
        QCOMPARE(m_reminders->save(draft(500, kMon)), QVariantMap());
        QCOMPARE(m_notifier->permissionRequests, 1);
        QVERIFY(m_reminders->health()->openSystemSetting(QStringLiteral("exactAlarms")));
        QCOMPARE(m_notifier->opened.size(), 1);
        QCOMPARE(m_notifier->opened.first(), ReminderNotifier::SystemSetting::ExactAlarms);
        QVERIFY(!m_reminders->health()->openSystemSetting(QStringLiteral("nonsense")));
    }

    void notificationNamesWhatToDoAndLinksToIt()
    {
        QCOMPARE(m_reminders->save(draft(480, kMon, kFlexor)), QVariantMap());
        QCOMPARE(m_reminders->save(draft(480, kMon, {}, QStringLiteral("shoulder-left"))),
                 QVariantMap());
        QCOMPARE(m_reminders->save(draft(480, kMon)), QVariantMap());
        const QList<ScheduledReminder> &s = m_notifier->last;
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).title, QStringLiteral("Forearm flexor release — 6 min"));
        QCOMPARE(s.at(0).openLink, QStringLiteral("unknot://technique/forearm-flexor-release"));
        QCOMPARE(s.at(0).startLink,
                 QStringLiteral("unknot://session/start?technique=forearm-flexor-release"));
        QCOMPARE(s.at(1).title, QStringLiteral("Left shoulder"));
        QCOMPARE(s.at(1).openLink, QStringLiteral("unknot://region/shoulder-left"));
        QVERIFY(s.at(1).startLink.isEmpty());
        QCOMPARE(s.at(2).title, QStringLiteral("Time for your release work"));
        QCOMPARE(s.at(2).openLink, QStringLiteral("unknot://bodymap"));
        QVERIFY(s.at(2).startLink.isEmpty());
        for (const ScheduledReminder &r : s) {
            QVERIFY(!r.body.isEmpty());
            QCOMPARE(r.weekdays, QList<int>{1});
            QCOMPARE(r.timeOfDay, QTime(8, 0));
            // Every link the core hands out is one its own parser accepts.
            QVERIFY(DeepLink::parse(r.openLink).kind != DeepLink::Kind::Invalid);
            if (!r.startLink.isEmpty())
                QCOMPARE(DeepLink::parse(r.startLink).kind, DeepLink::Kind::StartSession);
        }
    }

    void neverMoreThanSixtyScheduledAndEveryReminderHeld()
    {
        // Twelve daily reminders would be 84 notifications in a week.
        for (int i = 0; i < 12; ++i)
            QCOMPARE(m_reminders->save(draft(6 * 60 + i * 60, 127)), QVariantMap());
        QCOMPARE(m_reminders->save(draft(9 * 60, kFri)), QVariantMap()); // next: in 6 days
        const QList<ScheduledReminder> &s = m_notifier->last;
        QCOMPARE(s.size(), 13);
        qsizetype total = 0;
        QDateTime latestFirst;
        for (const ScheduledReminder &r : s) {
            QVERIFY(!r.fireTimes.isEmpty());
            total += r.fireTimes.size();
            for (qsizetype i = 0; i < r.fireTimes.size(); ++i) {
                QCOMPARE(r.fireTimes.at(i).timeSpec(), Qt::UTC);
                QVERIFY(r.fireTimes.at(i) > m_now);
                if (i > 0)
                    QVERIFY(r.fireTimes.at(i) > r.fireTimes.at(i - 1));
            }
        }
        QCOMPARE(total, qsizetype(ReminderScheduler::kMaxScheduled));
        // The weekly one is held although twelve dailies would fill the budget before it.
        QCOMPARE(s.last().fireTimes.size(), 1);
        QCOMPARE(s.last().fireTimes.first(),
                 QDateTime(QDate(2027, 4, 2), QTime(9, 0), m_berlin).toUTC());
    }

    void skipIfDoneLeavesOutTodayOnceASessionIsDone()
    {
        useClock(QDateTime(QDate(2027, 6, 7), QTime(8, 0), m_berlin), m_berlin); // Monday
        QVariantMap skipping = draft(18 * 60, 127);
        skipping.insert(QStringLiteral("skipIfDone"), true);
        QCOMPARE(m_reminders->save(skipping), QVariantMap());
        QCOMPARE(m_reminders->save(draft(19 * 60, 127)), QVariantMap());
        const QDateTime todaySix = QDateTime(QDate(2027, 6, 7), QTime(18, 0), m_berlin).toUTC();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);

        // A session stopped early does not count as done.
        SessionRepository sessions(m_db.connection());
        SessionRecord stopped;
        stopped.techniqueId = kFlexor;
        stopped.regionId = QStringLiteral("forearm-wrist-left");
        stopped.startedAt = QDateTime(QDate(2027, 6, 7), QTime(7, 0), m_berlin);
        stopped.endedAt = stopped.startedAt.addSecs(60);
        QVERIFY(sessions.add(stopped) > 0);
        m_reminders->sync();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);

        // Yesterday's complete session does not count either.
        SessionRecord yesterday = stopped;
        yesterday.startedAt = QDateTime(QDate(2027, 6, 6), QTime(23, 30), m_berlin);
        yesterday.completed = true;
        QVERIFY(sessions.add(yesterday) > 0);
        m_reminders->sync();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);

        SessionRecord done = stopped;
        done.startedAt = QDateTime(QDate(2027, 6, 7), QTime(7, 30), m_berlin);
        done.completed = true;
        QVERIFY(sessions.add(done) > 0);
        m_reminders->sync(); // what the app core does when a session is saved
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(),
                 QDateTime(QDate(2027, 6, 8), QTime(18, 0), m_berlin).toUTC());
        QCOMPARE(m_notifier->last.at(1).fireTimes.first(),
                 QDateTime(QDate(2027, 6, 7), QTime(19, 0), m_berlin).toUTC());
        QCOMPARE(m_reminders->list()->index(0).data(ReminderListModel::NextFireRole).toString(),
                 QStringLiteral("Next: Tue 8 Jun, 18:00"));
    }

    void clockAndZoneChangesResync()
    {
        QCOMPARE(m_reminders->save(draft(7 * 60 + 30, 127)), QVariantMap());
        int syncs = m_notifier->syncs;
        m_reminders->scheduler()->checkClock();
        QCOMPARE(m_notifier->syncs, syncs); // nothing changed

        // The clock is set a week ahead (or the device slept): the schedule moves with it.
        m_now = m_now.addDays(7);
        m_reminders->scheduler()->checkClock();
        QCOMPARE(m_notifier->syncs, syncs + 1);
        QVERIFY(m_notifier->last.first().fireTimes.first() > m_now);

        // The device moves to Tokyo: the wall time stays 07:30, now Tokyo time.
        syncs = m_notifier->syncs;
        m_zone = QTimeZone("Asia/Tokyo");
        m_reminders->scheduler()->checkClock();
        QCOMPARE(m_notifier->syncs, syncs + 1);
        for (const QDateTime &fire : m_notifier->last.first().fireTimes)
            QCOMPARE(fire.toTimeZone(m_zone).time(), QTime(7, 30));
    }

    void linkOpensTheEditorFilledIn()
    {
        QSignalSpy requested(m_reminders.get(), &Reminders::draftRequested);
        m_reminders->openLink(DeepLink::parse(QStringLiteral(
            "unknot://reminder/new?time=07:30&days=mon,wed,fri&technique=forearm-flexor-release"
            "&label=Morning%20release")));
        QCOMPARE(requested.count(), 1);
        const QVariantMap d = m_reminders->pendingDraft();
        QCOMPARE(d.value(QStringLiteral("minuteOfDay")).toInt(), 450);
        QCOMPARE(d.value(QStringLiteral("weekdays")).toInt(), kMon | kWed | kFri);
        QCOMPARE(d.value(QStringLiteral("techniqueId")).toString(), kFlexor);
        QCOMPARE(d.value(QStringLiteral("label")).toString(), QStringLiteral("Morning release"));
        QVERIFY(m_reminders->pendingMessage().isEmpty());
        // Nothing is saved until the user saves.
        QCOMPARE(rowCountIn(m_db.connection()), 0);
        QCOMPARE(m_reminders->check(d), QVariantMap());
    }

    void partialLinkKeepsWhatIsValidAndSaysWhatIsNot()
    {
        m_reminders->openLink(DeepLink::parse(QStringLiteral(
            "unknot://reminder/new?time=7h30&days=mon,someday&technique=no-such-technique")));
        const QVariantMap d = m_reminders->pendingDraft();
        QCOMPARE(d.value(QStringLiteral("weekdays")).toInt(), kMon);
        QVERIFY(d.value(QStringLiteral("techniqueId")).toString().isEmpty());
        const QString message = m_reminders->pendingMessage();
        QVERIFY2(message.contains(QLatin1String("not a time of day")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("someday")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"no-such-technique\" is not in this version")),
                 qPrintable(message));
        QCOMPARE(rowCountIn(m_db.connection()), 0);
        m_reminders->clearPendingDraft();
        QVERIFY(m_reminders->pendingDraft().isEmpty());
    }

    void restoredRemindersAreReadAndSynced()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO reminders (minute_of_day, weekdays, created_at) VALUES (600, 1, 0)")));
        QCOMPARE(m_reminders->list()->rowCount(), 0);
        const int syncs = m_notifier->syncs;
        m_reminders->reload();
        QCOMPARE(m_reminders->list()->rowCount(), 1);
        QCOMPARE(m_notifier->syncs, syncs + 1);
        QCOMPARE(m_notifier->last.size(), 1);
    }

    void exportAndRestoreKeepEverything()
    {
        QVariantMap d = draft(6 * 60 + 15, kMon | kFri, kFlexor);
        d.insert(QStringLiteral("label"), QStringLiteral("Desk break"));
        d.insert(QStringLiteral("skipIfDone"), true);
        QCOMPARE(m_reminders->save(d), QVariantMap());
        QCOMPARE(m_reminders->save(draft(20 * 60, kSun, {}, QStringLiteral("neck"))),
                 QVariantMap());
        QVERIFY(m_reminders->setEnabled(m_reminders->list()->reminders().at(1).id, false));
        QString error;
        const QByteArray json = exportJson(m_db.connection(), m_now, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));

        Database other(QStringLiteral("restore-target"));
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("restored%1.sqlite").arg(++m_files))));
        const JsonImport::Result result = JsonImport::importJson(other.connection(), json);
        QVERIFY2(result.ok, qPrintable(result.error));
        QList<Reminder> original = ReminderRepository(m_db.connection()).all();
        QList<Reminder> restored = ReminderRepository(other.connection()).all();
        QCOMPARE(restored.size(), 2);
        for (qsizetype i = 0; i < restored.size(); ++i) {
            restored[i].id = original[i].id = 0;
            QCOMPARE(restored.at(i), original.at(i));
        }
        // Restoring the same file again adds nothing.
        QVERIFY(JsonImport::importJson(other.connection(), json).ok);
        QCOMPARE(rowCountIn(other.connection()), 2);
        other.close();
    }

    void hostileRemindersInARestoreAreRefusedAndNothingIsLost_data()
    {
        QTest::addColumn<QString>("reminder");
        QTest::addColumn<QString>("message");
        const QString ok =
            QStringLiteral(R"("minuteOfDay": 480, "weekdays": 1, "enabled": true, "createdAt": 0)");
        QTest::newRow("not an object") << "7"
                                       << "Reminder 2 is not a reminder.";
        QTest::newRow("no weekday")
            << R"({"minuteOfDay": 480, "weekdays": 0, "enabled": true, "createdAt": 0})"
            << "Reminder 2: \"weekdays\" should be a whole number from 1 to 127.";
        QTest::newRow("impossible time")
            << R"({"minuteOfDay": 1440, "weekdays": 1, "enabled": true, "createdAt": 0})"
            << "Reminder 2: \"minuteOfDay\" should be a whole number from 0 to 1439.";
        QTest::newRow("fractional time")
            << R"({"minuteOfDay": 1.5, "weekdays": 1, "enabled": true, "createdAt": 0})"
            << "Reminder 2: \"minuteOfDay\" should be a whole number from 0 to 1439.";
        QTest::newRow("path as technique")
            << "{" + ok + R"(, "techniqueId": "../../x"})"
            << "Reminder 2: \"techniqueId\" should be a technique id or empty.";
        QTest::newRow("unknown region") << "{" + ok + R"(, "regionId": "tail"})"
                                        << "Reminder 2: \"regionId\" should be a body region id "
                                           "or empty.";
        QTest::newRow("technique on an unknown region")
            << "{" + ok + R"(, "techniqueId": "a", "regionId": "tail"})"
            << "Reminder 2: \"regionId\" should be a body region id or empty.";
        QTest::newRow("label not text") << "{" + ok + R"(, "label": 5})"
                                        << "Reminder 2: \"label\" should be text of up to 80 "
                                           "characters.";
        QTest::newRow("label with control characters")
            << "{" + ok + R"(, "label": "a\u0000b"})"
            << "Reminder 2: \"label\" should be text of up to 80 characters.";
        QTest::newRow("skip not a flag") << "{" + ok + R"(, "skipIfDone": "yes"})"
                                         << "Reminder 2: \"skipIfDone\" should be true or false.";
    }
    void hostileRemindersInARestoreAreRefusedAndNothingIsLost()
    {
        QFETCH(QString, reminder);
        QFETCH(QString, message);
        QCOMPARE(m_reminders->save(draft(9 * 60, kWed)), QVariantMap());
        const QList<Reminder> before = ReminderRepository(m_db.connection()).all();
        const QString good = QStringLiteral(
            R"({"minuteOfDay": 420, "weekdays": 2, "enabled": true, "createdAt": 5})");
        const QByteArray file = QStringLiteral(R"({"format": "unknot-export", "formatVersion": 1,)"
                                               R"( "reminders": [%1, %2]})")
                                    .arg(good, reminder)
                                    .toUtf8();
        const JsonImport::Result result = JsonImport::importJson(m_db.connection(), file);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, message);
        QCOMPARE(ReminderRepository(m_db.connection()).all(), before);
    }

    // An export from before labels, skip-if-done and plan reminders still restores.
    void olderExportWithoutNewFieldsRestores()
    {
        const QByteArray file =
            R"({"format": "unknot-export", "formatVersion": 1, "reminders": [{"minuteOfDay": 420,)"
            R"( "weekdays": 3, "techniqueId": "", "regionId": "", "enabled": false,)"
            R"( "createdAt": 1000}]})";
        const JsonImport::Result result = JsonImport::importJson(m_db.connection(), file);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<Reminder> stored = ReminderRepository(m_db.connection()).all();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().weekdays, 3);
        QVERIFY(!stored.first().enabled);
        QVERIFY(stored.first().label.isEmpty());
        QVERIFY(!stored.first().skipIfDone);
        QCOMPARE(stored.first().plan, Reminder::PlanTarget::None);
    }

    // ---- reminders for the plan (issue 14: unknot://plan and unknot://plan/start)

    // A records file of version 7 with reminders in it: after the upgrade each reminder is
    // read exactly as before (and is for no plan); plan reminders can then be stored, and the
    // table refuses one that also names a technique.
    void version7FileUpgradesWithItsRemindersUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, 7), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(db), 7);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO reminders (minute_of_day, weekdays, technique_id, region_id, label,"
                " enabled, skip_if_done, created_at) VALUES"
                " (450, 21, 'forearm-flexor-release', 'forearm-wrist-left', 'Desk', 1, 1, 1000),"
                " (1200, 64, '', 'neck', '', 0, 0, 2000),"
                " (600, 127, '', '', 'Anywhere', 1, 0, 3000)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        Database upgraded(QStringLiteral("upgraded"));
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorText()));
        QSqlDatabase connection = upgraded.connection();
        QCOMPARE(Migrations::currentVersion(connection), 8);
        const QList<Reminder> stored = ReminderRepository(upgraded.connection()).all();
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).minuteOfDay, 450);
        QCOMPARE(stored.at(0).weekdays, 21);
        QCOMPARE(stored.at(0).techniqueId, kFlexor);
        QCOMPARE(stored.at(0).regionId, QStringLiteral("forearm-wrist-left"));
        QCOMPARE(stored.at(0).label, QStringLiteral("Desk"));
        QVERIFY(stored.at(0).skipIfDone);
        QCOMPARE(stored.at(0).createdAt.toMSecsSinceEpoch(), 1000);
        QCOMPARE(stored.at(1).regionId, QStringLiteral("neck"));
        QVERIFY(!stored.at(1).enabled);
        QCOMPARE(stored.at(2).label, QStringLiteral("Anywhere"));
        for (const Reminder &r : stored)
            QCOMPARE(r.plan, Reminder::PlanTarget::None);
        // They open what they opened before.
        QCOMPARE(ReminderScheduler::openLinkFor(stored.at(0)),
                 QStringLiteral("unknot://technique/forearm-flexor-release"));
        QCOMPARE(ReminderScheduler::openLinkFor(stored.at(1)),
                 QStringLiteral("unknot://region/neck"));
        QCOMPARE(ReminderScheduler::openLinkFor(stored.at(2)), QStringLiteral("unknot://bodymap"));

        {
            Reminders reminders(upgraded.connection(), &m_catalog, nullptr);
            QCOMPARE(reminders.save(planDraft(8 * 60, QStringLiteral("start"))), QVariantMap());
            QCOMPARE(ReminderRepository(upgraded.connection()).all().last().plan,
                     Reminder::PlanTarget::Start);
        }
        QSqlQuery q(upgraded.connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO reminders (minute_of_day, weekdays, technique_id, created_at,"
            " plan_target) VALUES (60, 1, 'forearm-flexor-release', 0, 'open')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO reminders (minute_of_day, weekdays,"
                                       " created_at, plan_target) VALUES (60, 1, 0, 'later')")));
        QCOMPARE(ReminderRepository(upgraded.connection()).all().size(), 4);
        upgraded.close();
    }

    void planRemindersOpenOrStartThePlan()
    {
        QVariantMap open = planDraft(18 * 60, QStringLiteral("open"));
        open.insert(QStringLiteral("label"), QStringLiteral("After work"));
        QCOMPARE(m_reminders->save(open), QVariantMap());
        QCOMPARE(m_reminders->save(planDraft(7 * 60, QStringLiteral("start"))), QVariantMap());
        const QList<Reminder> stored = ReminderRepository(m_db.connection()).all();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).plan, Reminder::PlanTarget::Open);
        QCOMPARE(stored.at(1).plan, Reminder::PlanTarget::Start);
        QCOMPARE(m_reminders->draftFor(stored.at(0).id).value(QStringLiteral("plan")).toString(),
                 QStringLiteral("open"));

        // What the operating system is handed: the tap opens My plan, "Start now" starts
        // today's plan; a reminder that starts the plan when tapped has no second button.
        const QList<ScheduledReminder> &s = m_notifier->last;
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).title, QStringLiteral("Today's plan"));
        QCOMPARE(s.at(0).body, QStringLiteral("After work"));
        QCOMPARE(s.at(0).openLink, QStringLiteral("unknot://plan"));
        QCOMPARE(s.at(0).startLink, QStringLiteral("unknot://plan/start"));
        QCOMPARE(s.at(1).title, QStringLiteral("Today's plan"));
        QCOMPARE(s.at(1).openLink, QStringLiteral("unknot://plan/start"));
        QVERIFY(s.at(1).startLink.isEmpty());
        // Both links are ones the app understands.
        QCOMPARE(DeepLink::parse(s.at(0).openLink).kind, DeepLink::Kind::OpenPlan);
        QCOMPARE(DeepLink::parse(s.at(0).startLink).kind, DeepLink::Kind::StartPlan);
        QCOMPARE(DeepLink::parse(s.at(1).openLink).kind, DeepLink::Kind::StartPlan);

        // The list says what each does.
        const ReminderListModel *list = m_reminders->list();
        QCOMPARE(list->index(0).data(ReminderListModel::PlanRole).toString(),
                 QStringLiteral("open"));
        QCOMPARE(list->index(0).data(ReminderListModel::TitleRole).toString(),
                 QStringLiteral("After work"));
        QCOMPARE(list->index(0).data(ReminderListModel::OpensLineRole).toString(),
                 QStringLiteral("Opens My plan"));
        QCOMPARE(list->index(1).data(ReminderListModel::TitleRole).toString(),
                 QStringLiteral("Today's plan"));
        QCOMPARE(list->index(1).data(ReminderListModel::OpensLineRole).toString(),
                 QStringLiteral("Starts today's plan"));

        // Switched to a technique, it opens the technique again.
        QVariantMap edited = m_reminders->draftFor(stored.at(1).id);
        edited.insert(QStringLiteral("plan"), QString());
        edited.insert(QStringLiteral("techniqueId"), kFlexor);
        QCOMPARE(m_reminders->save(edited), QVariantMap());
        QCOMPARE(m_notifier->last.at(1).openLink,
                 QStringLiteral("unknot://technique/forearm-flexor-release"));
        QCOMPARE(list->index(1).data(ReminderListModel::OpensLineRole).toString(),
                 QStringLiteral("Opens Forearm flexor release"));
    }

    void planTargetRules_data()
    {
        QTest::addColumn<QVariantMap>("draft");
        QTest::addColumn<QString>("targetProblem"); // "" when it may be saved
        const QString both =
            QStringLiteral("A reminder for your plan cannot also open a technique or a region.");
        QTest::newRow("open the plan") << planDraft(480, QStringLiteral("open")) << QString();
        QTest::newRow("start the plan") << planDraft(480, QStringLiteral("start")) << QString();
        QTest::newRow("no plan: body map") << planDraft(480, QString()) << QString();
        QVariantMap withTechnique = planDraft(480, QStringLiteral("open"));
        withTechnique.insert(QStringLiteral("techniqueId"), kFlexor);
        QTest::newRow("plan and a technique") << withTechnique << both;
        QVariantMap withRegion = planDraft(480, QStringLiteral("start"));
        withRegion.insert(QStringLiteral("regionId"), QStringLiteral("neck"));
        QTest::newRow("plan and a region") << withRegion << both;
        QTest::newRow("unknown plan target")
            << planDraft(480, QStringLiteral("later"))
            << QStringLiteral("Unknot does not know what \"later\" should open.");
    }
    void planTargetRules()
    {
        QFETCH(QVariantMap, draft);
        QFETCH(QString, targetProblem);
        const QVariantMap problems = m_reminders->check(draft);
        QCOMPARE(problems.value(QStringLiteral("target")).toString(), targetProblem);
        const QVariantMap saved = m_reminders->save(draft);
        QCOMPARE(saved.value(QStringLiteral("target")).toString(), targetProblem);
        QCOMPARE(rowCountIn(m_db.connection()), targetProblem.isEmpty() ? 1 : 0);
    }

    // A new reminder is for the plan when there is one.
    void newDraftOffersThePlanWhenThereIsOne()
    {
        QVERIFY(!m_reminders->hasPlan());
        QCOMPARE(m_reminders->newDraft().value(QStringLiteral("plan")).toString(), QString());
        PlanEntry entry;
        entry.techniqueId = kFlexor;
        entry.side = PlanEntry::Side::Left;
        entry.addedOn = QDate(2027, 3, 1);
        QVERIFY(PlanRepository(m_db.connection()).add(entry) > 0);
        QVERIFY(m_reminders->hasPlan());
        const QVariantMap fresh = m_reminders->newDraft();
        QCOMPARE(fresh.value(QStringLiteral("plan")).toString(), QStringLiteral("open"));
        QCOMPARE(m_reminders->check(fresh), QVariantMap());
    }

    // "Skip if done today" for the plan: skipped once nothing of today's plan is still due
    // (not when some other session was done); due again when the plan gains an entry.
    void skipIfDoneForThePlanFollowsWhatIsStillDue()
    {
        useClock(QDateTime(QDate(2027, 6, 7), QTime(8, 0), m_berlin), m_berlin); // Monday
        PlanRepository plan(m_db.connection());
        PlanEntry flexor;
        flexor.techniqueId = kFlexor;
        flexor.side = PlanEntry::Side::Left;
        flexor.addedOn = QDate(2027, 6, 1);
        QVERIFY(plan.add(flexor) > 0);
        QCOMPARE(m_reminders->save(planDraft(18 * 60, QStringLiteral("open"), true)),
                 QVariantMap());
        QVariantMap session = draft(19 * 60, 127);
        session.insert(QStringLiteral("skipIfDone"), true);
        QCOMPARE(m_reminders->save(session), QVariantMap());
        const QDateTime todaySix = QDateTime(QDate(2027, 6, 7), QTime(18, 0), m_berlin).toUTC();
        const QDateTime todaySeven = QDateTime(QDate(2027, 6, 7), QTime(19, 0), m_berlin).toUTC();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);

        // A session of something not in the plan: the session reminder is skipped, the plan's
        // is not (its work is still due).
        SessionRepository sessions(m_db.connection());
        SessionRecord other;
        other.techniqueId = QStringLiteral("neck-release");
        other.regionId = QStringLiteral("neck");
        other.startedAt = QDateTime(QDate(2027, 6, 7), QTime(7, 0), m_berlin);
        other.endedAt = other.startedAt.addSecs(200);
        other.completed = true;
        QVERIFY(sessions.add(other) > 0);
        m_reminders->sync();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);
        QVERIFY(m_notifier->last.at(1).fireTimes.first() > todaySeven);

        // The plan's technique on the plan's side: nothing is due, today's is left out.
        SessionRecord done = other;
        done.techniqueId = kFlexor;
        done.regionId = QStringLiteral("forearm-wrist-left");
        done.sides = QStringLiteral("left");
        done.startedAt = QDateTime(QDate(2027, 6, 7), QTime(7, 30), m_berlin);
        QVERIFY(sessions.add(done) > 0);
        m_reminders->sync();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(),
                 QDateTime(QDate(2027, 6, 8), QTime(18, 0), m_berlin).toUTC());
        QCOMPARE(m_reminders->list()->index(0).data(ReminderListModel::NextFireRole).toString(),
                 QStringLiteral("Next: Tue 8 Jun, 18:00"));

        // The plan gains a technique due today: today's reminder is back.
        PlanEntry neck;
        neck.techniqueId = QStringLiteral("neck-release");
        neck.side = PlanEntry::Side::Both;
        neck.frequency = PlanEntry::Frequency::Weekdays;
        neck.weekdays = kMon;
        neck.addedOn = QDate(2027, 6, 7);
        QVERIFY(plan.add(neck) > 0);
        // The neck session at 07:00 already did it: still nothing due.
        m_reminders->planChanged();
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(),
                 QDateTime(QDate(2027, 6, 8), QTime(18, 0), m_berlin).toUTC());
        PlanEntry right = flexor;
        right.side = PlanEntry::Side::Right;
        QVERIFY(plan.add(right) > 0);
        const int syncs = m_notifier->syncs;
        m_reminders->planChanged();
        QCOMPARE(m_notifier->syncs, syncs + 1);
        QCOMPARE(m_notifier->last.at(0).fireTimes.first(), todaySix);
    }

    // The app core hands plan changes to the reminders: a plan reminder set to skip comes back
    // for today when the plan gains work due today.
    void appCoreResyncsWhenThePlanChanges()
    {
        RecordingNotifier notifier;
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("plancore.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("plancore.ini"));
        config.reminderNotifier = &notifier;
        AppCore core(config);
        const QDateTime now = QDateTime::currentDateTime();
        // A time still ahead today (or, late in the evening, the test cannot tell today's).
        if (now.time() > QTime(23, 0))
            QSKIP("too late in the day to tell today's reminder from tomorrow's");
        const int minute = now.time().hour() * 60 + now.time().minute() + 30;
        QCOMPARE(core.reminders()->save(planDraft(minute, QStringLiteral("start"), true)),
                 QVariantMap());
        QCOMPARE(notifier.last.size(), 1);
        // No plan: nothing is due, today's is left out.
        QVERIFY(notifier.last.first().fireTimes.first().toLocalTime().date() > now.date());
        // An entry written beside the app (this test's core has no bundled techniques for
        // Plan::add to accept), then read by the plan as after any change of it.
        {
            Database beside(QStringLiteral("beside"));
            QVERIFY(beside.open(config.databasePath));
            PlanEntry entry;
            entry.techniqueId = kFlexor;
            entry.side = PlanEntry::Side::Left;
            entry.addedOn = now.date();
            QVERIFY(PlanRepository(beside.connection()).add(entry) > 0);
            beside.close();
        }
        const int syncs = notifier.syncs;
        core.plan()->load();
        QCOMPARE(notifier.syncs, syncs + 1);
        QCOMPARE(notifier.last.first().fireTimes.first().toLocalTime().date(), now.date());
    }

    void planRemindersTravelInABackup()
    {
        QVariantMap open = planDraft(18 * 60, QStringLiteral("open"), true);
        open.insert(QStringLiteral("label"), QStringLiteral("Evening plan"));
        QCOMPARE(m_reminders->save(open), QVariantMap());
        QCOMPARE(m_reminders->save(planDraft(7 * 60, QStringLiteral("start"))), QVariantMap());
        QCOMPARE(m_reminders->save(draft(20 * 60, kSun, kFlexor)), QVariantMap());
        QString error;
        const std::optional<QJsonArray> written =
            ReminderJson::exportAll(m_db.connection(), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->at(0).toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(written->at(1).toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("start"));
        QVERIFY(!written->at(2).toObject().contains(QStringLiteral("plan")));

        const QByteArray json = exportJson(m_db.connection(), m_now, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        Database other(QStringLiteral("plan-restore"));
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("planrestored%1.sqlite").arg(++m_files))));
        const JsonImport::Result result = JsonImport::importJson(other.connection(), json);
        QVERIFY2(result.ok, qPrintable(result.error));
        QList<Reminder> original = ReminderRepository(m_db.connection()).all();
        QList<Reminder> restored = ReminderRepository(other.connection()).all();
        QCOMPARE(restored.size(), 3);
        for (qsizetype i = 0; i < restored.size(); ++i) {
            restored[i].id = original[i].id = 0;
            QCOMPARE(restored.at(i), original.at(i));
        }
        // Again: the same reminders are not added twice; a plan reminder and a body-map one at
        // the same time are different reminders.
        QVERIFY(JsonImport::importJson(other.connection(), json).ok);
        QCOMPARE(rowCountIn(other.connection()), 3);
        const QByteArray bodyMapAtSeven =
            R"({"format": "unknot-export", "formatVersion": 1, "reminders": [{"minuteOfDay": 420,)"
            R"( "weekdays": 127, "enabled": true, "createdAt": 0}]})";
        QVERIFY(JsonImport::importJson(other.connection(), bodyMapAtSeven).ok);
        QCOMPARE(rowCountIn(other.connection()), 4);
        other.close();
    }

    void badPlanTargetsInABackupAreRefused_data()
    {
        QTest::addColumn<QString>("reminder");
        QTest::addColumn<QString>("message");
        const QString ok =
            QStringLiteral(R"("minuteOfDay": 480, "weekdays": 1, "enabled": true, "createdAt": 0)");
        QTest::newRow("unknown target") << "{" + ok + R"(, "plan": "tomorrow"})"
                                        << "Reminder 1: \"plan\" should be \"open\", \"start\" "
                                           "or empty.";
        QTest::newRow("target not text") << "{" + ok + R"(, "plan": true})"
                                         << "Reminder 1: \"plan\" should be \"open\", \"start\" "
                                            "or empty.";
        QTest::newRow("plan and technique")
            << "{" + ok + R"(, "plan": "open", "techniqueId": "forearm-flexor-release"})"
            << "Reminder 1 is for the plan and should name no technique or region.";
        QTest::newRow("plan and region") << "{" + ok + R"(, "plan": "start", "regionId": "neck"})"
                                         << "Reminder 1 is for the plan and should name no "
                                            "technique or region.";
    }
    void badPlanTargetsInABackupAreRefused()
    {
        QFETCH(QString, reminder);
        QFETCH(QString, message);
        QString error;
        const QJsonArray list = QJsonDocument::fromJson("[" + reminder.toUtf8() + "]").array();
        QCOMPARE(list.size(), 1);
        QVERIFY(!ReminderJson::parse(list, &error));
        QCOMPARE(error, message);
    }

    // The app core: App.reminders exists, a tapped desktop notification's link is routed.
    void appCoreRoutesNotificationLinks()
    {
        RecordingNotifier notifier;
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("core.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        config.reminderNotifier = &notifier;
        AppCore core(config);
        QVERIFY(core.reminders());
        QCOMPARE(notifier.syncs, 1);
        QSignalSpy bodyMap(&core, &AppCore::bodyMapRequested);
        QSignalSpy region(&core, &AppCore::regionRequested);
        QSignalSpy failed(&core, &AppCore::linkFailed);
        QSignalSpy draft(core.reminders(), &Reminders::draftRequested);
        notifier.tap(QStringLiteral("unknot://bodymap"));
        QCOMPARE(bodyMap.count(), 1);
        notifier.tap(QStringLiteral("unknot://region/shoulder-left"));
        QCOMPARE(region.count(), 1);
        QCOMPARE(region.first().first().toString(), QStringLiteral("shoulder-left"));
        notifier.tap(QStringLiteral("unknot://region/tail"));
        QCOMPARE(failed.count(), 1);
        core.openLink(QStringLiteral("unknot://reminder/new?time=08:00&days=sun"));
        QCOMPARE(draft.count(), 1);
        QCOMPARE(core.reminders()->pendingDraft().value(QStringLiteral("minuteOfDay")).toInt(),
                 480);
    }

    // Start-up syncs once (construction); the first activation does not sync again, a return to
    // the app after leaving it does (the permission or the zone may have changed meanwhile).
    void appCoreSyncsOnReturnNotOnFirstActivation()
    {
        RecordingNotifier notifier;
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("return.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("return.ini"));
        config.reminderNotifier = &notifier;
        AppCore core(config);
        QCOMPARE(notifier.syncs, 1);
        core.setApplicationState(Qt::ApplicationActive);
        QCOMPARE(notifier.syncs, 1);
        core.setApplicationState(Qt::ApplicationSuspended);
        QCOMPARE(notifier.syncs, 1);
        core.setApplicationState(Qt::ApplicationActive);
        QCOMPARE(notifier.syncs, 2);
        core.setApplicationState(Qt::ApplicationActive);
        QCOMPARE(notifier.syncs, 2);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
