// SPDX-License-Identifier: GPL-3.0-or-later
// The backup restores everything a user keeps onto a new phone: sessions, health-checklist
// answers, the plan, clearance in full, and their own techniques with the recordings. A failure
// partway (a bad recording late in the file, a voice folder that cannot be written, the database
// refusing a row after the techniques are in) leaves the new phone exactly as it was.
#include "content/catalog.h"
#include "custom/customtechniquerepository.h"
#include "custom/customtechniques.h"
#include "customdraft.h"
#include "plan/planrepository.h"
#include "safety/clearancerepository.h"
#include "safety/healthanswerrepository.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "transfer/exportformat.h"
#include "transfer/transfercontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <cmath>

using namespace unknot;

namespace {

// A real sound file: half a second of a 440 Hz tone, 16-bit mono PCM at 16 kHz.
QByteArray toneWav()
{
    const int rate = 16000;
    QByteArray pcm;
    for (int i = 0; i < rate / 2; ++i) {
        const qint16 sample = qint16(8000 * std::sin(2 * M_PI * 440 * i / rate));
        pcm.append(reinterpret_cast<const char *>(&sample), 2);
    }
    const auto u32 = [](quint32 v) {
        QByteArray b(4, 0);
        qToLittleEndian(v, b.data());
        return b;
    };
    const auto u16 = [](quint16 v) {
        QByteArray b(2, 0);
        qToLittleEndian(v, b.data());
        return b;
    };
    return "RIFF" + u32(36 + pcm.size()) + "WAVEfmt " + u32(16) + u16(1) + u16(1) + u32(rate) +
           u32(rate * 2) + u16(2) + u16(16) + "data" + u32(pcm.size()) + pcm;
}

// One phone: its records file and voice folder, and the parts of the app a backup touches.
struct Phone
{
    explicit Phone(const QString &folder, const QString &name)
        : dir(folder), db(name), voiceDir(QDir(folder).filePath(QStringLiteral("voice")))
    {
        QDir().mkpath(folder);
        ok = db.open(QDir(folder).filePath(QStringLiteral("records.sqlite")));
        custom = std::make_unique<CustomTechniques>(db.connection(), voiceDir, &catalog, nullptr);
        transfer = std::make_unique<TransferController>(db.connection(), &catalog, nullptr, nullptr,
                                                        voiceDir);
    }
    QStringList voiceFiles() const { return QDir(voiceDir).entryList(QDir::Files); }
    int rows(const char *table) const
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    QString dir;
    Database db;
    QString voiceDir;
    bool ok = false;
    Catalog catalog;
    std::unique_ptr<CustomTechniques> custom;
    std::unique_ptr<TransferController> transfer;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_phones = 0;
    QString m_customId; // the old phone's technique
    QByteArray m_wav = toneWav();
    QString m_backup; // the old phone's backup file

    std::unique_ptr<Phone> newPhone()
    {
        ++m_phones;
        return std::make_unique<Phone>(m_dir.filePath(QStringLiteral("phone%1").arg(m_phones)),
                                       QStringLiteral("phone%1").arg(m_phones));
    }
    // A backup file made from the old phone's, changed by `edit`.
    QString editedBackup(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(readAll(m_backup)).object();
        edit(root);
        const QString path = m_dir.filePath(QStringLiteral("edited%1.json").arg(++m_phones));
        return writeAll(path, QJsonDocument(root).toJson()) ? path : QString();
    }
    // Nothing of the backup reached `phone`.
    void verifyUntouched(const Phone &phone)
    {
        QCOMPARE(phone.rows("sessions"), 0);
        QCOMPARE(phone.rows("custom_techniques"), 0);
        QCOMPARE(phone.rows("custom_step_voices"), 0);
        QCOMPARE(phone.rows("plan_entries"), 0);
        QCOMPARE(phone.rows("health_answers"), 0);
        QCOMPARE(phone.rows("region_status"), 0);
        QCOMPARE(phone.voiceFiles(), QStringList());
    }

private slots:
    // The old phone: a technique of the user's own with a recording on its third step, a
    // session of it, two health answers, a plan naming it, and a region cleared with care.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto old = newPhone();
        QVERIFY(old->ok);
        QVERIFY(QDir().mkpath(old->voiceDir));
        QVERIFY(writeAll(QDir(old->voiceDir).filePath(QStringLiteral("cue.wav")), m_wav));
        const QVariantMap saved = old->custom->save(withStep(
            validShoulderDraft(), 2, QStringLiteral("recording"), QStringLiteral("cue.wav")));
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument::fromVariant(saved).toJson()));
        m_customId = saved.value(QStringLiteral("id")).toString();

        SessionRecord s;
        s.techniqueId = m_customId;
        s.regionId = QStringLiteral("shoulder-left");
        s.sides = QStringLiteral("left");
        s.startedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone("Europe/Berlin"));
        s.endedAt = s.startedAt.addSecs(200);
        s.stepsTotal = s.stepsCompleted = 8;
        s.completed = true;
        s.painBefore = 5;
        s.painAfter = 3;
        QVERIFY(SessionRepository(old->db.connection()).add(s) > 0);

        HealthAnswerRepository health(old->db.connection());
        QVERIFY(health.setTicked(QStringLiteral("blood-thinners"), true, 1764000000000));
        QVERIFY(health.setTicked(QStringLiteral("pregnancy"), true, 1764100000000));

        PlanRepository plan(old->db.connection());
        PlanEntry own;
        own.techniqueId = m_customId;
        own.side = PlanEntry::Side::Left;
        own.addedOn = QDate(2026, 11, 2);
        PlanEntry bundled;
        bundled.techniqueId = QStringLiteral("neck-side-release");
        bundled.frequency = PlanEntry::Frequency::Weekdays;
        bundled.weekdays = 1 | 16;
        bundled.addedOn = QDate(2026, 11, 9);
        QVERIFY(plan.add(own) > 0 && plan.add(bundled) > 0);

        RegionClearance care;
        care.regionId = QStringLiteral("shoulder-left");
        care.clearance = Clearance::ClearedWithCare;
        care.clearedOn = QDate(2026, 10, 20);
        care.clearedBy = QStringLiteral("Dr. Lee");
        care.note = QStringLiteral("Gently, not over the joint.");
        care.updatedAt = 1764200000000;
        QVERIFY(ClearanceRepository(old->db.connection()).save(care));

        m_backup = m_dir.filePath(QStringLiteral("backup.json"));
        QCOMPARE(old->transfer->exportTo(QStringLiteral("json"), QUrl::fromLocalFile(m_backup)),
                 QString());
        const QJsonObject root = QJsonDocument::fromJson(readAll(m_backup)).object();
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), ExportFormat::kVersion);
    }

    void everythingArrivesOnANewPhone()
    {
        auto phone = newPhone();
        QSignalSpy imported(phone->transfer.get(), &TransferController::imported);
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(m_backup));
        QVERIFY2(message.contains(QLatin1String("1 session restored")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("1 technique of your own restored")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Your plan was restored")), qPrintable(message));
        QCOMPARE(imported.count(), 1);

        // The technique, under an id of this phone, with the very same recording.
        const QList<StoredCustomTechnique> techniques =
            CustomTechniqueRepository(phone->db.connection()).all();
        QCOMPARE(techniques.size(), 1);
        const StoredCustomTechnique &t = techniques.first();
        QCOMPARE(t.definition.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Shoulder pin and reach"));
        QCOMPARE(t.voiceFiles.keys(), QList<int>{2});
        QCOMPARE(readAll(QDir(phone->voiceDir).filePath(t.voiceFiles.value(2))), m_wav);
        QCOMPARE(phone->voiceFiles().size(), 1);

        // Its session and plan entry follow it to its id here.
        const std::optional<bool> present =
            SessionRepository(phone->db.connection())
                .containsStart(
                    t.id, QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone("Europe/Berlin")));
        QVERIFY(present && *present);
        const QList<PlanEntry> plan = PlanRepository(phone->db.connection()).entries();
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).techniqueId, t.id);
        QCOMPARE(plan.at(0).side, PlanEntry::Side::Left);
        QCOMPARE(plan.at(0).addedOn, QDate(2026, 11, 2));
        QCOMPARE(plan.at(1).techniqueId, QStringLiteral("neck-side-release"));
        QCOMPARE(plan.at(1).frequency, PlanEntry::Frequency::Weekdays);
        QCOMPARE(plan.at(1).weekdays, 1 | 16);
        QCOMPARE(plan.at(1).addedOn, QDate(2026, 11, 9));

        // Health answers with the day each was given.
        const auto answers = HealthAnswerRepository(phone->db.connection()).answers();
        QVERIFY(answers);
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->at(0).flag, QStringLiteral("blood-thinners"));
        QCOMPARE(answers->at(0).answeredAt, 1764000000000);
        QCOMPARE(answers->at(1).flag, QStringLiteral("pregnancy"));
        QCOMPARE(answers->at(1).answeredAt, 1764100000000);

        // Clearance whole: state (with care), day, practitioner, note.
        const std::optional<RegionClearance> care =
            ClearanceRepository(phone->db.connection()).byRegion(QStringLiteral("shoulder-left"));
        QVERIFY(care);
        QCOMPARE(care->clearance, Clearance::ClearedWithCare);
        QCOMPARE(care->clearedOn, QDate(2026, 10, 20));
        QCOMPARE(care->clearedBy, QStringLiteral("Dr. Lee"));
        QCOMPARE(care->note, QStringLiteral("Gently, not over the joint."));
        QCOMPARE(care->updatedAt, 1764200000000);

        // The same backup again adds nothing: no second technique, recording or session.
        const QString again = phone->transfer->importFrom(QUrl::fromLocalFile(m_backup));
        QVERIFY2(again.contains(QLatin1String("0 sessions restored")), qPrintable(again));
        QVERIFY2(!again.contains(QLatin1String("of your own")), qPrintable(again));
        QCOMPARE(phone->rows("custom_techniques"), 1);
        QCOMPARE(phone->voiceFiles().size(), 1);
        QCOMPARE(phone->rows("sessions"), 1);
        QCOMPARE(phone->rows("plan_entries"), 2);
    }

    // A plan already on the phone is never replaced by a restore.
    void aPlanHereIsKept()
    {
        auto phone = newPhone();
        PlanEntry mine;
        mine.techniqueId = QStringLiteral("calf-ball-release");
        mine.addedOn = QDate(2026, 12, 1);
        QVERIFY(PlanRepository(phone->db.connection()).add(mine) > 0);
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(m_backup));
        QVERIFY2(message.contains(QLatin1String("already has a plan")), qPrintable(message));
        const QList<PlanEntry> plan = PlanRepository(phone->db.connection()).entries();
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().techniqueId, QStringLiteral("calf-ball-release"));
    }

    // A second technique whose recording is not sound, late in the file: the first technique
    // (already written with its recording when the second is read) is taken back too.
    void aBadRecordingLateInTheFileRestoresNothing()
    {
        const QString path = editedBackup([](QJsonObject &root) {
            QJsonArray list = root.value(QStringLiteral("customTechniques")).toArray();
            QJsonObject second = list.first().toObject();
            QJsonObject definition = second.value(QStringLiteral("definition")).toObject();
            definition.insert(QStringLiteral("id"), QStringLiteral("custom-second"));
            definition.insert(QStringLiteral("title"), QStringLiteral("Second shoulder"));
            second.insert(QStringLiteral("definition"), definition);
            second.insert(QStringLiteral("recordings"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("step"), 1},
                              {QStringLiteral("file"), QStringLiteral("wav")},
                              {QStringLiteral("data"),
                               QString::fromLatin1(QByteArray("not a sound").toBase64())}}});
            list.append(second);
            root.insert(QStringLiteral("customTechniques"), list);
        });
        auto phone = newPhone();
        QSignalSpy imported(phone->transfer.get(), &TransferController::imported);
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QLatin1String("Nothing was restored")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Second shoulder")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not a WAV")), qPrintable(message));
        verifyUntouched(*phone);
        QCOMPARE(imported.count(), 0);
    }

    // The voice folder cannot be made (a file stands where it should be; the tests run as root,
    // which a read-only folder would not stop): a technique without recordings taken first is
    // taken back when the next one's recording cannot be written.
    void aVoiceFolderThatCannotBeWrittenRestoresNothing()
    {
        const QString path = editedBackup([](QJsonObject &root) {
            QJsonArray list = root.value(QStringLiteral("customTechniques")).toArray();
            QJsonObject silent = list.first().toObject();
            QJsonObject definition = silent.value(QStringLiteral("definition")).toObject();
            definition.insert(QStringLiteral("id"), QStringLiteral("custom-silent"));
            definition.insert(QStringLiteral("title"), QStringLiteral("Silent shoulder"));
            silent.insert(QStringLiteral("definition"), definition);
            silent.insert(QStringLiteral("recordings"), QJsonArray());
            list.prepend(silent);
            root.insert(QStringLiteral("customTechniques"), list);
        });
        auto phone = newPhone();
        QVERIFY(writeAll(phone->voiceDir, "in the way"));
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QLatin1String("Nothing was restored")), qPrintable(message));
        QCOMPARE(phone->rows("sessions"), 0);
        QCOMPARE(phone->rows("custom_techniques"), 0);
        QCOMPARE(phone->rows("plan_entries"), 0);
        QCOMPARE(phone->rows("health_answers"), 0);
        QCOMPARE(readAll(phone->voiceDir), QByteArray("in the way"));
    }

    // The techniques are in, then the database refuses the plan: they are taken back, with
    // their recordings, and no session, answer or clearance stays.
    void aFailureAfterTheTechniquesTakesThemBack()
    {
        auto phone = newPhone();
        QSqlQuery q(phone->db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_plan BEFORE INSERT ON plan_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'the disk said no'); END")));
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(m_backup));
        QVERIFY2(message.contains(QLatin1String("Nothing was restored")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("the disk said no")), qPrintable(message));
        verifyUntouched(*phone);
    }

    // A backup made before format 2 (no answers, plan or techniques) restores as it did.
    void aFormatOneBackupStillRestores()
    {
        const QByteArray v1 = R"({"format": "unknot-export", "formatVersion": 1,
            "sessions": [{"techniqueId": "neck-side-release", "regionId": "neck", "sides": "",
                "startedAt": 1764489600000, "utcOffsetMin": 60, "endedAt": null,
                "stepsCompleted": 3, "stepsTotal": 6, "completed": false, "painBefore": null,
                "painAfter": null, "stoppedForPain": false, "note": ""}],
            "reminders": [],
            "regionStatus": [{"regionId": "neck", "clearance": "cleared", "clearedBy": "Dr. Ortiz",
                "note": "", "updatedAt": 1764489600000}],
            "settings": {}})";
        const QString path = m_dir.filePath(QStringLiteral("v1.json"));
        QVERIFY(writeAll(path, v1));
        auto phone = newPhone();
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QLatin1String("1 session restored")), qPrintable(message));
        QCOMPARE(phone->rows("sessions"), 1);
        QCOMPARE(
            ClearanceRepository(phone->db.connection()).byRegion(QStringLiteral("neck"))->clearedBy,
            QStringLiteral("Dr. Ortiz"));
    }

    // Answers naming something that is not on the checklist are refused, with the reason.
    void unknownHealthAnswersAreRefused()
    {
        const QString path = editedBackup([](QJsonObject &root) {
            root.insert(QStringLiteral("healthAnswers"),
                        QJsonArray{QJsonObject{{QStringLiteral("flag"), QStringLiteral("gills")},
                                               {QStringLiteral("answeredAt"), 1}}});
        });
        auto phone = newPhone();
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QLatin1String("not on the health checklist")),
                 qPrintable(message));
        verifyUntouched(*phone);
    }

    // A file over the limit is refused before it is read (a sparse file: no disk is used).
    void aFileOverTheLimitIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(ExportFormat::kMaxBytes + 1));
        }
        auto phone = newPhone();
        const QString message = phone->transfer->importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QLatin1String("too large")), qPrintable(message));
        verifyUntouched(*phone);
        QFile::remove(path);
    }

    // The restore started from the UI does all of it on the transfer thread: the recordings
    // arrive and imported() reaches this thread once it is done.
    void theBackgroundRestoreBringsTheRecordings()
    {
        auto phone = newPhone();
        QSignalSpy finished(phone->transfer.get(), &TransferController::finished);
        QSignalSpy imported(phone->transfer.get(), &TransferController::imported);
        QVERIFY(phone->transfer->startRestore(QUrl::fromLocalFile(m_backup)));
        QVERIFY(phone->transfer->busy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toString().contains(QLatin1String("of your own")),
                 qPrintable(finished.first().first().toString()));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(phone->voiceFiles().size(), 1);
        QCOMPARE(readAll(QDir(phone->voiceDir).filePath(phone->voiceFiles().first())), m_wav);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
