// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"
#include "content/techniquelistmodel.h"
#include "custom/customtechniquerepository.h"
#include "custom/customtechniques.h"
#include "custom/voicerecorder.h"
#include "customdraft.h"
#include "platform/microphoneaccess.h"
#include "session/clipoutput.h"
#include "session/cuevoice.h"
#include "session/guidedsession.h"
#include "session/sessionplan.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace unknot;

namespace {

// The messages of a save or check result by field.
QMultiHash<QString, QString> errorsOf(const QVariantList &errors)
{
    QMultiHash<QString, QString> out;
    for (const QVariant &e : errors)
        out.insert(e.toMap().value(QStringLiteral("field")).toString(),
                   e.toMap().value(QStringLiteral("message")).toString());
    return out;
}

int rowsIn(const Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void writeFile(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("RIFF....WAVE");
}

} // namespace

class TestCustomTechniques : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString voiceDir() const { return m_dir.filePath(QStringLiteral("voice")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(voiceDir()).removeRecursively();
        QFile::remove(m_dir.filePath(QStringLiteral("custom.sqlite")));
        QVERIFY(QDir().mkpath(voiceDir()));
    }

    void savedTechniqueIsListedBesideTheBundledOnesAndKept()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("custom.sqlite"));
        QString id;
        {
            Database db;
            QVERIFY(db.open(dbPath));
            Catalog catalog;
            CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
            custom.load();
            const QVariantMap saved = custom.save(validShoulderDraft());
            QVERIFY2(saved.value(QStringLiteral("ok")).toBool(),
                     qPrintable(QJsonDocument::fromVariant(saved).toJson()));
            id = saved.value(QStringLiteral("id")).toString();
            QVERIFY(id.startsWith(QLatin1String("custom-")));
            QVERIFY(catalog.isCustom(id));
            QCOMPARE(catalog.titleOf(id), QStringLiteral("Shoulder pin and reach"));

            TechniqueListModel left;
            left.setCatalog(&catalog);
            left.setRegionId(QStringLiteral("shoulder-right")); // "both": either side lists it
            QCOMPARE(left.count(), 1);
            QCOMPARE(left.data(left.index(0), TechniqueListModel::TechniqueIdRole).toString(), id);
            TechniqueListModel other;
            other.setCatalog(&catalog);
            other.setRegionId(QStringLiteral("hip-left"));
            QCOMPARE(other.count(), 0);
        }
        // Another run of the app reads it back; the second one gets another id.
        Database db;
        QVERIFY(db.open(dbPath));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        QVERIFY(catalog.hasTechnique(id));
        const Technique *t = catalog.technique(id);
        QCOMPARE(t->steps.size(), 8);
        QCOMPARE(t->steps.at(2).cue, QStringLiteral("Press two fingers on the spot."));
        QCOMPARE(t->sides, (QList<Side>{Side::Left, Side::Right}));
        const QVariantMap second = custom.save(validShoulderDraft());
        QVERIFY(second.value(QStringLiteral("ok")).toBool());
        QVERIFY(second.value(QStringLiteral("id")).toString() != id);
        QCOMPARE(custom.count(), 2);
    }

    void badInputIsRejectedFieldByFieldAndNothingIsStored()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        QVariantMap draft = validShoulderDraft();
        draft[QStringLiteral("title")] = QString();
        draft[QStringLiteral("purpose")] = QStringLiteral("this heals the shoulder");
        draft[QStringLiteral("cautions")] = QStringList{QStringLiteral("  ")};
        draft = withStep(draft, 2, QStringLiteral("seconds"), 500);
        draft = withStep(draft, 1, QStringLiteral("cue"), QStringLiteral("Count to 3 now."));
        draft = withStep(draft, 3, QStringLiteral("text"),
                         QStringLiteral("Reach the right arm forward."));
        draft = withStep(draft, 5, QStringLiteral("kind"), QStringLiteral("rest"));

        const QVariantMap result = custom.save(draft);
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        const auto errors = errorsOf(result.value(QStringLiteral("errors")).toList());
        qInfo() << errors;
        QCOMPARE(errors.value(QStringLiteral("title")), QStringLiteral("is empty"));
        QVERIFY(
            errors.values(QStringLiteral("purpose")).join(' ').contains(QLatin1String("capital")));
        QVERIFY(
            errors.values(QStringLiteral("purpose")).join(' ').contains(QLatin1String("heals")));
        QVERIFY(errors.value(QStringLiteral("cautions")).contains(QLatin1String("empty list")));
        QVERIFY(errors.value(QStringLiteral("step 3 timing")).contains(QLatin1String("3 to 120")));
        QVERIFY(errors.value(QStringLiteral("step 2 cue")).contains(QLatin1String("digit")));
        QVERIFY(errors.value(QStringLiteral("step 4 text")).contains(QLatin1String("\"right\"")));
        QVERIFY(errors.value(QStringLiteral("steps")).contains(QLatin1String("shift")));
        // check() tells the same without saving.
        QCOMPARE(errorsOf(custom.check(draft)).size(), errors.size());

        QCOMPARE(rowsIn(db, "custom_techniques"), 0);
        QCOMPARE(custom.count(), 0);
        QCOMPARE(catalog.techniqueCount(), 0);
    }

    void editingKeepsTheIdAndReplacesTheTechnique()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        const QString id = custom.save(validShoulderDraft()).value(QStringLiteral("id")).toString();
        QVariantMap draft = custom.draftOf(id);
        QCOMPARE(draft.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(draft.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Shoulder pin and reach"));
        draft[QStringLiteral("title")] = QStringLiteral("Shoulder reach with a pin");
        draft = withStep(draft, 3, QStringLiteral("timing"), QStringLiteral("reps"));
        draft = withStep(draft, 3, QStringLiteral("reps"), 6);
        draft = withStep(draft, 3, QStringLiteral("tempoSeconds"), 4);
        QVERIFY(custom.save(draft).value(QStringLiteral("ok")).toBool());
        QCOMPARE(custom.count(), 1);
        QCOMPARE(catalog.titleOf(id), QStringLiteral("Shoulder reach with a pin"));
        QCOMPARE(catalog.technique(id)->steps.at(3).timing.reps, 6);

        // A bad edit leaves the stored one as it was.
        draft[QStringLiteral("title")] = QStringLiteral("Shoulder Reach");
        const QVariantMap bad = custom.save(draft);
        QVERIFY(!bad.value(QStringLiteral("ok")).toBool());
        QVERIFY(errorsOf(bad.value(QStringLiteral("errors")).toList())
                    .value(QStringLiteral("title"))
                    .contains(QLatin1String("sentence case")));
        QCOMPARE(catalog.titleOf(id), QStringLiteral("Shoulder reach with a pin"));

        // An id that does not exist (deleted meanwhile) is not created again.
        draft[QStringLiteral("id")] = QStringLiteral("custom-gone");
        draft[QStringLiteral("title")] = QStringLiteral("Fine title");
        QVERIFY(!custom.save(draft).value(QStringLiteral("ok")).toBool());
        QCOMPARE(custom.count(), 1);
    }

    void recordingsFollowTheirStepsAndGoWithTheTechnique()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        writeFile(QDir(voiceDir()).filePath(QStringLiteral("first.wav")));
        writeFile(QDir(voiceDir()).filePath(QStringLiteral("again.wav")));
        QVariantMap draft = withStep(validShoulderDraft(), 0, QStringLiteral("recording"),
                                     QStringLiteral("first.wav"));
        const QString id = custom.save(draft).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const Technique *t = catalog.technique(id);
        QCOMPARE(t->steps.at(0).audioPath, QDir(voiceDir()).filePath(QStringLiteral("first.wav")));
        QVERIFY(t->steps.at(1).audioPath.isEmpty());
        // The session hears the recording on step 1, speech or captions on the others.
        const SessionPlan plan = SessionPlan::build(*t);
        QCOMPARE(CueVoice::sourceOf(*t, plan.steps.at(0).segments.at(1).clip, true),
                 CueVoice::Source::Recording);
        QCOMPARE(CueVoice::sourceOf(*t, plan.steps.at(1).segments.at(0).clip, true),
                 CueVoice::Source::Speech);
        QCOMPARE(CueVoice::sourceOf(*t, plan.steps.at(1).segments.at(0).clip, false),
                 CueVoice::Source::Captions);

        // Re-recorded: the new file replaces the old one once saved.
        draft = custom.draftOf(id);
        draft = withStep(draft, 0, QStringLiteral("recording"), QStringLiteral("again.wav"));
        custom.dropRecording(QStringLiteral("first.wav")); // still stored: kept until the save
        QVERIFY(QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("first.wav"))));
        QVERIFY(custom.save(draft).value(QStringLiteral("ok")).toBool());
        QVERIFY(!QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("first.wav"))));
        QVERIFY(QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("again.wav"))));

        // A recording that is not there is a clear error on its step, not a silent step.
        QVariantMap missing =
            withStep(draft, 2, QStringLiteral("recording"), QStringLiteral("never-made.wav"));
        const auto errors = errorsOf(custom.save(missing).value(QStringLiteral("errors")).toList());
        QVERIFY(
            errors.value(QStringLiteral("step 3 recording")).contains(QLatin1String("missing")));

        // An abandoned draft takes its own recordings with it, never a stored technique's.
        writeFile(QDir(voiceDir()).filePath(QStringLiteral("draft-only.wav")));
        QVariantMap abandoned =
            withStep(draft, 3, QStringLiteral("recording"), QStringLiteral("draft-only.wav"));
        custom.discard(abandoned);
        QVERIFY(!QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("draft-only.wav"))));
        QVERIFY(QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("again.wav"))));

        QVERIFY(custom.remove(id));
        QVERIFY(!catalog.hasTechnique(id));
        QVERIFY(!QFile::exists(QDir(voiceDir()).filePath(QStringLiteral("again.wav"))));
        QCOMPARE(rowsIn(db, "custom_step_voices"), 0);
        QVERIFY(!custom.remove(id));
    }

    void unfinishedAndAbandonedRecordingsAreSweptAtLoad()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("custom.sqlite"));
        QString id;
        {
            Database db;
            QVERIFY(db.open(dbPath));
            CustomTechniques custom(db.connection(), voiceDir(), nullptr, nullptr);
            custom.load();
            writeFile(QDir(voiceDir()).filePath(QStringLiteral("kept.wav")));
            id = custom
                     .save(withStep(validShoulderDraft(), 4, QStringLiteral("recording"),
                                    QStringLiteral("kept.wav")))
                     .value(QStringLiteral("id"))
                     .toString();
            QVERIFY(!id.isEmpty());
        }
        // What a kill mid-recording leaves, and a recording of a draft never saved.
        writeFile(QDir(voiceDir()).filePath(QStringLiteral("cut.part.wav")));
        writeFile(QDir(voiceDir()).filePath(QStringLiteral("abandoned.wav")));
        Database db;
        QVERIFY(db.open(dbPath));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        QCOMPARE(QDir(voiceDir()).entryList(QDir::Files), QStringList{QStringLiteral("kept.wav")});
        QCOMPARE(catalog.technique(id)->steps.at(4).audioPath,
                 QDir(voiceDir()).filePath(QStringLiteral("kept.wav")));
    }

    void aChangeWaitsWhileASessionRuns()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        const QString id = custom.save(validShoulderDraft()).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        class SilentOutput : public ClipOutput
        {
        public:
            void play(const QUrl &) override {}
            void preload(const QUrl &) override {}
            void pause() override {}
            void resume() override {}
            void stop() override {}
        } output;
        SessionRepository repo(db.connection());
        GuidedSession session(&catalog, &repo, &output);
        custom.setSession(&session);
        QVERIFY(session.start(id, QStringLiteral("shoulder-left")));
        const Technique *running = catalog.technique(id);
        QVariantMap draft = custom.draftOf(id);
        draft[QStringLiteral("title")] = QStringLiteral("Renamed while running");
        QVERIFY(custom.save(draft).value(QStringLiteral("ok")).toBool());
        // The session's technique is untouched until it ends.
        QCOMPARE(catalog.technique(id), running);
        QCOMPARE(session.title(), QStringLiteral("Shoulder pin and reach"));
        session.stop();
        QCOMPARE(catalog.titleOf(id), QStringLiteral("Renamed while running"));
    }

    void aRefusedMicrophoneIsExplainedWithTheWayToTheSettings()
    {
        struct RefusingMicrophone : MicrophoneAccess
        {
            int asked = 0;
            int settingsOpened = 0;
            void request(std::function<void(bool)> done) override
            {
                ++asked;
                QTimer::singleShot(0, [done] { done(false); });
            }
            bool openSettings() override
            {
                ++settingsOpened;
                return true;
            }
        } microphone;
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        CustomTechniques custom(db.connection(), voiceDir(), nullptr, &microphone);
        VoiceRecorder *recorder = custom.recorder();
        QSignalSpy recorded(recorder, &VoiceRecorder::recorded);
        recorder->start();
        QCOMPARE(microphone.asked, 1); // asked on the first recording, not before
        QCOMPARE(recorder->state(), VoiceRecorder::State::AskingPermission);
        QTRY_COMPARE(recorder->state(), VoiceRecorder::State::Denied);
        QVERIFY(recorder->errorText().contains(QLatin1String("system settings")));
        QVERIFY(recorder->openMicrophoneSettings());
        QCOMPARE(microphone.settingsOpened, 1);
        QTest::qWait(50);
        QVERIFY(recorded.isEmpty());
        QVERIFY(QDir(voiceDir()).entryList(QDir::Files).isEmpty());
    }

    void aCarriedTechniqueArrivesWholeUnderANewId()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        Catalog catalog;
        CustomTechniques custom(db.connection(), voiceDir(), &catalog, nullptr);
        custom.load();
        const QByteArray wav = QByteArray("RIFF") + QByteArray(4, 0x24) + "WAVEfmt samples";
        {
            QFile f(QDir(voiceDir()).filePath(QStringLiteral("spoken.wav")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(wav);
        }
        const QString id = custom
                               .save(withStep(validShoulderDraft(), 2, QStringLiteral("recording"),
                                              QStringLiteral("spoken.wav")))
                               .value(QStringLiteral("id"))
                               .toString();
        const QJsonObject carried = custom.carry(id);
        QVERIFY(!carried.isEmpty());

        // Another phone (another database and voice folder) takes it.
        QTemporaryDir other;
        Database otherDb(QStringLiteral("other"));
        QVERIFY(otherDb.open(other.filePath(QStringLiteral("other.sqlite"))));
        Catalog otherCatalog;
        CustomTechniques there(otherDb.connection(), other.filePath(QStringLiteral("voice")),
                               &otherCatalog, nullptr);
        QStringList errors;
        const QString newId = there.takeCarried(carried, &errors);
        QVERIFY2(!newId.isEmpty(), qPrintable(errors.join('\n')));
        QVERIFY(newId != id && newId.startsWith(QLatin1String("custom-")));
        const Technique *t = otherCatalog.technique(newId);
        QCOMPARE(t->title, QStringLiteral("Shoulder pin and reach"));
        QFile arrived(t->steps.at(2).audioPath);
        QVERIFY(arrived.open(QIODevice::ReadOnly));
        QCOMPARE(arrived.readAll(), wav);
        QVERIFY(t->steps.at(1).audioPath.isEmpty());

        // Hostile or broken files: refused with the reason, nothing kept.
        const auto refused = [&](QJsonObject bad, const QString &reason) {
            QStringList why;
            const int before = there.count();
            QVERIFY(there.takeCarried(bad, &why).isEmpty());
            QVERIFY2(why.join(' ').contains(reason), qPrintable(why.join('\n')));
            QCOMPARE(there.count(), before);
        };
        const auto withRecording = [&](const QJsonObject &recording) {
            QJsonObject c = carried;
            c.insert(QStringLiteral("recordings"), QJsonArray{recording});
            return c;
        };
        QJsonObject badDefinition = carried;
        QJsonObject d = carried.value(QStringLiteral("definition")).toObject();
        d.insert(QStringLiteral("title"), QStringLiteral("Cures Everything."));
        badDefinition.insert(QStringLiteral("definition"), d);
        refused(badDefinition, QStringLiteral("title"));
        const QString data = QString::fromLatin1(wav.toBase64());
        refused(withRecording({{"step", 99}, {"file", "wav"}, {"data", data}}),
                QStringLiteral("names no step"));
        refused(withRecording({{"step", 0},
                               {"file", "wav"},
                               {"data", QString::fromLatin1(QByteArray("#!/bin/sh").toBase64())}}),
                QStringLiteral("not a WAV"));
        refused(withRecording({{"step", 0}, {"file", "wav"}, {"data", "@@not base64@@"}}),
                QStringLiteral("empty or too large"));
        refused(withRecording(
                    {{"step", 0},
                     {"file", "wav"},
                     {"data", QString::fromLatin1(
                                  (wav + QByteArray(CustomTechniques::kMaxCarriedRecordingBytes, 0))
                                      .toBase64())}}),
                QStringLiteral("empty or too large"));
        QCOMPARE(QDir(other.filePath(QStringLiteral("voice"))).entryList(QDir::Files).size(), 1);
    }

    void theTableTakesOnlyCustomIds()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("custom.sqlite"))));
        CustomTechniqueRepository repo(db.connection());
        QVERIFY(!repo.save({QStringLiteral("calf-ball-release"), {}, {}, {}, {}}));
        QVERIFY(!repo.errorText().isEmpty());
        QVERIFY(repo.save({QStringLiteral("custom-x"), {}, {}, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestCustomTechniques)
#include "tst_customtechniques.moc"
