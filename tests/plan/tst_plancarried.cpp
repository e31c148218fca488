// SPDX-License-Identifier: GPL-3.0-or-later
// A plan file carries the practitioner's own techniques and their recordings (real WAV bytes)
// from one phone (database, voice folder, catalog) to another: export, the comparison, Replace;
// hostile files refused before anything is written; a failure in the middle of an import loses
// nothing and keeps nothing half-imported; the same file twice adds nothing twice.
#include "content/catalog.h"
#include "custom/customtechniques.h"
#include "customdraft.h"
#include "plan/plan.h"
#include "plan/planfile.h"
#include "platform/filesharer.h"
#include "session/fixturetechnique.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtMath>

#include <csignal>
#include <sys/resource.h>

using namespace unknot;

namespace {

const QString kBundled = QStringLiteral("fixture-both-sides");

// A real mono 16-bit PCM WAV file: a tone of `hz` for `ms` at 22.05 kHz.
QByteArray wavTone(int hz, int ms)
{
    const int rate = 22050;
    const int samples = rate * ms / 1000;
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i) {
        const auto v = qint16(8000 * qSin(2 * M_PI * hz * i / rate));
        pcm[2 * i] = char(v & 0xff);
        pcm[2 * i + 1] = char((v >> 8) & 0xff);
    }
    const auto le32 = [](quint32 n) {
        const char b[4] = {char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff),
                           char((n >> 24) & 0xff)};
        return QByteArray(b, 4);
    };
    const auto le16 = [](quint16 n) {
        const char b[2] = {char(n & 0xff), char(n >> 8)};
        return QByteArray(b, 2);
    };
    return "RIFF" + le32(36 + pcm.size()) + "WAVE" + "fmt " + le32(16) + le16(1) + le16(1) +
           le32(rate) + le32(rate * 2) + le16(2) + le16(16) + "data" + le32(pcm.size()) + pcm;
}

// One phone: its own records, voice folder and catalog.
struct Phone
{
    Phone(const QString &folder, const QString &name)
        : voiceDir(QDir(folder).filePath(name + QStringLiteral("-voice"))),
          db(std::make_unique<Database>(name))
    {
        catalog.setTechniques({SessionFixture::bothSides(), SessionFixture::eachSideCentre()});
        const QString dbPath = QDir(folder).filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(dbPath);
        QDir(voiceDir).removeRecursively();
        if (!db->open(dbPath))
            qFatal("cannot open %s", qPrintable(dbPath));
        custom = std::make_unique<CustomTechniques>(db->connection(), voiceDir, &catalog, nullptr);
        custom->load();
        plan = std::make_unique<Plan>(db->connection(), &catalog, nullptr, nullptr);
        plan->setCustomTechniques(custom.get());
        plan->load();
    }
    ~Phone()
    {
        plan.reset();
        custom.reset();
        db->close();
    }

    // A custom technique with a recording (real WAV bytes) on each step in `recorded`.
    QString addTechnique(const QString &title, const QMap<int, QByteArray> &recorded)
    {
        QDir().mkpath(voiceDir);
        QVariantMap draft = validShoulderDraft();
        draft[QStringLiteral("title")] = title;
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
            const QString file = QStringLiteral("made-%1.wav").arg(++recordingsMade);
            QFile f(QDir(voiceDir).filePath(file));
            if (!f.open(QIODevice::WriteOnly) || f.write(*it) != it->size())
                qFatal("cannot write a recording");
            f.close();
            draft = withStep(draft, it.key(), QStringLiteral("recording"), file);
        }
        const QVariantMap saved = custom->save(draft);
        if (!saved.value(QStringLiteral("ok")).toBool())
            qFatal("draft refused: %s",
                   qPrintable(QJsonDocument::fromVariant(saved).toJson(QJsonDocument::Compact)));
        return saved.value(QStringLiteral("id")).toString();
    }
    QStringList voiceFiles() const { return QDir(voiceDir).entryList(QDir::Files, QDir::Name); }
    // The recordings of a stored technique, step -> bytes.
    QMap<int, QByteArray> recordingsOf(const QString &id) const
    {
        QMap<int, QByteArray> out;
        const Technique *t = catalog.technique(id);
        for (int i = 0; t && i < t->steps.size(); ++i) {
            QFile f(t->steps.at(i).audioPath);
            if (!t->steps.at(i).audioPath.isEmpty() && f.open(QIODevice::ReadOnly))
                out.insert(i, f.readAll());
        }
        return out;
    }

    int recordingsMade = 0;
    QString voiceDir;
    std::unique_ptr<Database> db;
    Catalog catalog;
    std::unique_ptr<CustomTechniques> custom;
    std::unique_ptr<Plan> plan;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &root)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

// `root` with carried technique `index` changed by `change`.
QJsonObject withTechnique(QJsonObject root, int index,
                          const std::function<void(QJsonObject &)> &change)
{
    QJsonObject slot = root.value("customTechniques").toObject();
    QJsonArray list = slot.value("techniques").toArray();
    QJsonObject t = list.at(index).toObject();
    change(t);
    list[index] = t;
    slot["techniques"] = list;
    root["customTechniques"] = slot;
    return root;
}

QJsonObject withRecording(QJsonObject technique, int index, const QString &key,
                          const QJsonValue &value)
{
    QJsonArray recordings = technique.value("recordings").toArray();
    QJsonObject r = recordings.at(index).toObject();
    r[key] = value;
    recordings[index] = r;
    technique["recordings"] = recordings;
    return technique;
}

// The longest the GUI thread went without running its event loop while it was watched: a
// 5 ms ticker notes each gap between its turns.
class GuiPauseWatch
{
public:
    explicit GuiPauseWatch(QObject *context)
    {
        m_ticker.setInterval(5);
        QObject::connect(&m_ticker, &QTimer::timeout, context,
                         [this] { m_longest = std::max(m_longest, m_gap.restart()); });
        m_gap.start();
        m_ticker.start();
    }
    qint64 stop()
    {
        m_ticker.stop();
        return m_longest;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_gap;
    qint64 m_longest = 0;
};

} // namespace

class TestPlanCarried : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Phone A's plan: a bundled technique and two custom ones (recordings on some steps),
    // written to `file`. Returns the recordings by title.
    QHash<QString, QMap<int, QByteArray>> exportFromA(const QString &file)
    {
        Phone a(m_dir.path(), QStringLiteral("a"));
        const QMap<int, QByteArray> first = {{0, wavTone(440, 300)}, {3, wavTone(660, 200)}};
        const QMap<int, QByteArray> second = {{1, wavTone(550, 250)}};
        const QString one = a.addTechnique(QStringLiteral("Shoulder pin and reach"), first);
        const QString two = a.addTechnique(QStringLiteral("Collarbone glide"), second);
        [&] {
            QCOMPARE(a.plan->add(one, "left", "daily"), QString());
            QCOMPARE(a.plan->add(kBundled, "right", "weekly", 2), QString());
            QCOMPARE(a.plan->add(two, "both", "weekdays", 0, 1 | 16), QString());
            QCOMPARE(a.plan->exportTo(QUrl::fromLocalFile(file)), QString());
        }();
        return {{QStringLiteral("Shoulder pin and reach"), first},
                {QStringLiteral("Collarbone glide"), second}};
    }

private slots:
    void customTechniquesAndTheirRecordingsTravelWithThePlan()
    {
        const QString file = path(QStringLiteral("clinic.unknotplan"));
        const auto recordings = exportFromA(file);
        const QJsonObject root = readJson(file);
        QCOMPARE(root.value("version").toInt(), 2); // it carries custom techniques
        QCOMPARE(root.value("customTechniques").toObject().value("techniques").toArray().size(), 2);
        // The fuzzer's seed (tests/fuzz/corpus/planfile/custom.json) is made from this file.
        if (const QString seed = qEnvironmentVariable("UNKNOT_PLANFILE_SEED"); !seed.isEmpty())
            QFile::copy(file, seed);

        Phone b(m_dir.path(), QStringLiteral("b"));
        QCOMPARE(b.plan->add(kBundled, "both", "daily"), QString());
        const QList<PlanEntry> before = b.plan->entries();
        QCOMPARE(b.plan->previewImport(QUrl::fromLocalFile(file)), QString());
        // The comparison names the custom techniques and how many recordings each brings.
        const QVariantList techniques = b.plan->pendingTechniques();
        QCOMPARE(techniques.size(), 2);
        QCOMPARE(techniques.at(0).toMap().value("title").toString(),
                 QStringLiteral("Shoulder pin and reach"));
        QCOMPARE(techniques.at(0).toMap().value("recordings").toInt(), 2);
        QCOMPARE(techniques.at(1).toMap().value("recordings").toInt(), 1);
        QCOMPARE(techniques.at(0).toMap().value("alreadyHere").toBool(), false);
        QCOMPARE(b.plan->pendingImport().size(), 3);
        QCOMPARE(b.plan->pendingImport().at(0).toMap().value("title").toString(),
                 QStringLiteral("Shoulder pin and reach"));
        // Nothing written before Replace.
        QCOMPARE(b.custom->count(), 0);
        QVERIFY(b.voiceFiles().isEmpty());
        QCOMPARE(b.plan->entries(), before);

        QCOMPARE(b.plan->applyImport(), QString());
        QCOMPARE(b.custom->count(), 2);
        QCOMPARE(b.plan->count(), 3);
        const QList<PlanEntry> imported = b.plan->entries();
        QCOMPARE(imported.at(1).techniqueId, kBundled);
        QCOMPARE(imported.at(1).timesPerWeek, 2);
        for (int i : {0, 2}) {
            const QString id = imported.at(i).techniqueId;
            QVERIFY(b.custom->isCustom(id));
            const Technique *t = b.catalog.technique(id);
            QVERIFY2(t, qPrintable(id));
            // The same recordings, byte for byte, on the same steps.
            QCOMPARE(b.recordingsOf(id), recordings.value(t->title));
        }
        QCOMPARE(imported.at(2).weekdays, 1 | 16);
        QCOMPARE(b.voiceFiles().size(), 3);
    }

    // Importing the same file again (or a technique that came from this phone) recognises the
    // techniques by their content: nothing is added twice, the plan names the ones here.
    void theSameFileTwiceAddsNothingTwice()
    {
        const QString file = path(QStringLiteral("twice.unknotplan"));
        exportFromA(file);
        Phone b(m_dir.path(), QStringLiteral("b"));
        QCOMPARE(b.plan->previewImport(QUrl::fromLocalFile(file)), QString());
        QCOMPARE(b.plan->applyImport(), QString());
        const QList<PlanEntry> first = b.plan->entries();
        const QStringList files = b.voiceFiles();

        QCOMPARE(b.plan->previewImport(QUrl::fromLocalFile(file)), QString());
        QCOMPARE(b.plan->pendingTechniques().at(0).toMap().value("alreadyHere").toBool(), true);
        QVERIFY2(b.plan->importNotes().contains(QLatin1String("2 custom technique")),
                 qPrintable(b.plan->importNotes()));
        QCOMPARE(b.plan->applyImport(), QString());
        QCOMPARE(b.custom->count(), 2);
        QCOMPARE(b.voiceFiles(), files);
        QCOMPARE(b.plan->entries().at(0).techniqueId, first.at(0).techniqueId);
        QCOMPARE(b.plan->entries().at(2).techniqueId, first.at(2).techniqueId);

        // A changed technique is another technique: it is added.
        const QJsonObject changed = withTechnique(readJson(file), 1, [](QJsonObject &t) {
            QJsonObject d = t.value("definition").toObject();
            d["title"] = QStringLiteral("Collarbone glide, slower");
            t["definition"] = d;
        });
        writeJson(file, changed);
        QCOMPARE(b.plan->previewImport(QUrl::fromLocalFile(file)), QString());
        QCOMPARE(b.plan->applyImport(), QString());
        QCOMPARE(b.custom->count(), 3);
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("oversized") << "oversized"
                                   << "too large";
        QTest::newRow("truncated") << "truncated"
                                   << "not readable JSON";
        QTest::newRow("bad base64") << "bad base64"
                                    << "Recording 1 is empty or too large";
        QTest::newRow("wrong audio magic") << "wrong magic"
                                           << "not a WAV or M4A";
        QTest::newRow("m4a named wav") << "m4a named wav"
                                       << "not a WAV or M4A";
        QTest::newRow("recording for a missing step") << "missing step"
                                                      << "Recording 1 names no step";
        QTest::newRow("two recordings for one step") << "step twice"
                                                     << "Recording 2 names no step";
        QTest::newRow("oversized recording") << "big recording"
                                             << "empty or too large";
        QTest::newRow("duplicate ids") << "duplicate ids"
                                       << "has no id of its own";
        QTest::newRow("invalid third technique")
            << "invalid third"
            << "Custom technique 3 in this plan file cannot be used";
        QTest::newRow("not an object") << "not object"
                                       << "Custom technique 1";
    }
    void hostileFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        const QString file = path(QStringLiteral("hostile.unknotplan"));
        exportFromA(file);
        QJsonObject root = readJson(file);
        QVERIFY(!root.isEmpty());
        const QByteArray wav = wavTone(440, 100);
        if (kind == "truncated") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == "oversized") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(PlanFile::kMaxBytes + 1)); // sparse: refused before it is read
        } else {
            if (kind == "bad base64")
                root = withTechnique(root, 0, [](QJsonObject &t) {
                    t = withRecording(t, 0, "data", "UklGRg==@@@not base64");
                });
            if (kind == "wrong magic")
                root = withTechnique(root, 0, [&](QJsonObject &t) {
                    t = withRecording(t, 0, "data",
                                      QString::fromLatin1(("RIFX" + wav.mid(4)).toBase64()));
                });
            if (kind == "m4a named wav")
                root = withTechnique(
                    root, 0, [&](QJsonObject &t) { t = withRecording(t, 0, "file", "m4a"); });
            if (kind == "missing step")
                root = withTechnique(root, 0, [](QJsonObject &t) {
                    t = withRecording(t, 0, "step", 8); // the technique has 8 steps: 0-7
                });
            if (kind == "step twice")
                root = withTechnique(root, 0, [](QJsonObject &t) {
                    const QJsonValue first =
                        t.value("recordings").toArray().at(0).toObject().value("step");
                    t = withRecording(t, 1, "step", first);
                });
            if (kind == "big recording")
                root = withTechnique(root, 0, [&](QJsonObject &t) {
                    const QByteArray big =
                        wav + QByteArray(CustomTechniques::kMaxCarriedRecordingBytes, 0);
                    t = withRecording(t, 0, "data", QString::fromLatin1(big.toBase64()));
                });
            if (kind == "duplicate ids") {
                const QString id = root.value("customTechniques")
                                       .toObject()
                                       .value("techniques")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("definition")
                                       .toObject()
                                       .value("id")
                                       .toString();
                root = withTechnique(root, 1, [&](QJsonObject &t) {
                    QJsonObject d = t.value("definition").toObject();
                    d["id"] = id;
                    t["definition"] = d;
                });
            }
            if (kind == "invalid third" || kind == "not object") {
                QJsonObject slot = root.value("customTechniques").toObject();
                QJsonArray list = slot.value("techniques").toArray();
                if (kind == "not object") {
                    list.prepend(QStringLiteral("technique"));
                } else {
                    QJsonObject third = list.at(0).toObject();
                    QJsonObject d = third.value("definition").toObject();
                    d["id"] = QStringLiteral("custom-third");
                    d.remove("steps");
                    third["definition"] = d;
                    list.append(third);
                }
                slot["techniques"] = list;
                root["customTechniques"] = slot;
            }
            writeJson(file, root);
        }

        Phone b(m_dir.path(), QStringLiteral("b"));
        QCOMPARE(b.plan->add(kBundled, "both", "daily"), QString());
        const QList<PlanEntry> before = b.plan->entries();
        const QString got = b.plan->previewImport(QUrl::fromLocalFile(file));
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(b.plan->pendingImport().isEmpty());
        QCOMPARE(b.plan->applyImport(), QStringLiteral("There is no plan waiting to be imported."));
        QCOMPARE(b.custom->count(), 0);
        QVERIFY(b.voiceFiles().isEmpty());
        QCOMPARE(b.plan->entries(), before);
    }

    // A disk error while the 2nd technique's 2nd recording is written (a file-size limit makes
    // the write fail for real): the technique already added is removed again, the recordings
    // written are gone, the old plan and the technique that was there stay.
    void aFailureInTheMiddleLosesNothingAndKeepsNothingHalfImported()
    {
        const QString file = path(QStringLiteral("middle.unknotplan"));
        {
            Phone a(m_dir.path(), QStringLiteral("a"));
            const QString one = a.addTechnique(QStringLiteral("Small cues"),
                                               {{0, wavTone(440, 200)}, {1, wavTone(480, 200)}});
            const QString two =
                a.addTechnique(QStringLiteral("A long second cue"),
                               {{0, wavTone(520, 200)}, {2, wavTone(560, 30000)}}); // 1.3 MB
            QCOMPARE(a.plan->add(one, "left", "daily"), QString());
            QCOMPARE(a.plan->add(two, "both", "daily"), QString());
            QCOMPARE(a.plan->exportTo(QUrl::fromLocalFile(file)), QString());
        }
        Phone b(m_dir.path(), QStringLiteral("b"));
        const QString mine =
            b.addTechnique(QStringLiteral("Mine from before"), {{0, wavTone(300, 200)}});
        QCOMPARE(b.plan->add(mine, "right", "daily"), QString());
        QCOMPARE(b.plan->add(kBundled, "both", "daily"), QString());
        const QList<PlanEntry> before = b.plan->entries();
        const QStringList filesBefore = b.voiceFiles();
        QCOMPARE(b.plan->previewImport(QUrl::fromLocalFile(file)), QString());

        // Files may grow to 512 KiB from here: the database stays far below, the long cue not.
        std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = 512 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QString error = b.plan->applyImport();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

        QVERIFY2(error.startsWith(QLatin1String("Custom technique 2 (A long second cue) could not "
                                                "be added, so nothing was imported")),
                 qPrintable(error));
        QCOMPARE(b.custom->count(), 1);
        QVERIFY(b.catalog.technique(mine));
        QCOMPARE(b.voiceFiles(), filesBefore);
        QCOMPARE(b.plan->entries(), before);
        // The import still waits: with room again, Replace works.
        QCOMPARE(b.plan->applyImport(), QString());
        QCOMPARE(b.custom->count(), 3);
        QCOMPARE(b.plan->count(), 2);
    }

    // The fuzzer's seed with custom techniques is a file the reader accepts whole, so the
    // fuzzer starts from the paths that decode and check recordings.
    void theFuzzSeedCarriesTwoTechniques()
    {
        QFile seed(QStringLiteral(UNKNOT_SOURCE_DIR "/tests/fuzz/corpus/planfile/custom.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const PlanFile::Contents c =
            PlanFile::parse(seed.readAll(), [](const QString &id) { return id == kBundled; });
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.techniques.size(), 2);
        QCOMPARE(c.recordingsCarried, 3);
        QCOMPARE(c.entries.size(), 3);
    }

    // Share: the file (with its custom techniques) is written to the share folder off the GUI
    // thread, then the share sheet gets it with the plan's type.
    void shareWritesTheFileThenOpensTheSheet()
    {
        struct NotingSharer : FileSharer
        {
            bool share(const QString &filePath, const QString &mimeType, const QString &) override
            {
                shared << filePath << mimeType;
                return true;
            }
            QString shareFolder() const override { return folder; }
            QString folder;
            QStringList shared;
        } sharer;
        sharer.folder = path(QStringLiteral("share"));
        Phone a(m_dir.path(), QStringLiteral("a"));
        Plan plan(a.db->connection(), &a.catalog, nullptr, &sharer);
        plan.setCustomTechniques(a.custom.get());
        plan.load();
        const QString id =
            a.addTechnique(QStringLiteral("Shoulder pin and reach"), {{2, wavTone(440, 200)}});
        QCOMPARE(plan.add(id, "left", "daily"), QString());
        QSignalSpy finished(&plan, &Plan::exportFinished);
        QCOMPARE(plan.share(), QString());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(sharer.shared.size(), 2);
        QVERIFY(sharer.shared.at(0).endsWith(QLatin1String(".unknotplan")));
        QCOMPARE(sharer.shared.at(1), QLatin1String(PlanFile::kMimeType));
        const QJsonObject root = readJson(sharer.shared.at(0));
        QCOMPARE(root.value("customTechniques").toObject().value("techniques").toArray().size(), 1);
    }

    // A version 1 file (no custom techniques) is still read; a file without any stays small
    // and keeps the old limit.
    void aFileWithoutCustomTechniquesStaysVersionOne()
    {
        PlanEntry e;
        e.techniqueId = kBundled;
        const QByteArray json = PlanFile::write({e}, QDateTime::currentDateTime());
        QCOMPARE(QJsonDocument::fromJson(json).object().value("version").toInt(), 1);
        QByteArray padded = json;
        padded.insert(1, QByteArray(PlanFile::kMaxBytesWithoutTechniques, ' '));
        const PlanFile::Contents c = PlanFile::parse(padded, [](const QString &) { return true; });
        QVERIFY(c.error.contains(QLatin1String("too large")));
    }

    // Ten techniques of eight recorded steps (5 s each, 22.05 kHz mono WAV): the file's size,
    // and the time to write it, to read and check it on the worker thread, and to import it;
    // the GUI thread's longest pause while the file is checked. Figures are printed, not
    // asserted (the machine is shared).
    void benchmarkTenTechniquesOfEightRecordings()
    {
        const QString file = path(QStringLiteral("big.unknotplan"));
        QElapsedTimer timer;
        {
            Phone a(m_dir.path(), QStringLiteral("a"));
            for (int t = 0; t < 10; ++t) {
                QMap<int, QByteArray> recorded;
                for (int step = 0; step < 8; ++step)
                    recorded.insert(step, wavTone(300 + 10 * t + step, 5000));
                const QString id = a.addTechnique(QStringLiteral("Technique %1").arg(t), recorded);
                QCOMPARE(a.plan->add(id, "both", "daily"), QString());
            }
            QSignalSpy written(a.plan.get(), &Plan::exportFinished);
            timer.start();
            GuiPauseWatch pauses(this);
            a.plan->saveInBackground(QUrl::fromLocalFile(file));
            QVERIFY(a.plan->exportBusy());
            QVERIFY(written.wait(60000));
            const qint64 longestGap = pauses.stop();
            QCOMPARE(written.first().first().toString(), QString());
            qInfo("export: %lld ms (the records read on the GUI thread, the recordings read and "
                  "the file built and written "
                  "on a worker); longest GUI-thread pause meanwhile: %lld ms",
                  timer.elapsed(), longestGap);
        }
        const qint64 size = QFileInfo(file).size();
        qInfo("file: %.1f MiB for 10 techniques x 8 recordings of 5 s", size / 1048576.0);
        QVERIFY(size <= PlanFile::kMaxBytes);

        Phone b(m_dir.path(), QStringLiteral("b"));
        QSignalSpy offered(b.plan.get(), &Plan::importOffered);
        timer.start();
        GuiPauseWatch pauses(this);
        b.plan->openImport(QUrl::fromLocalFile(file));
        QVERIFY(b.plan->importBusy());
        QVERIFY(offered.wait(60000));
        const qint64 longestGap = pauses.stop();
        qInfo("read and checked off the GUI thread: %lld ms; longest GUI-thread pause meanwhile: "
              "%lld ms",
              timer.elapsed(), longestGap);
        QCOMPARE(b.plan->pendingTechniques().size(), 10);
        timer.start();
        QCOMPARE(b.plan->applyImport(), QString());
        qInfo("Replace (80 recordings written, 10 techniques stored): %lld ms", timer.elapsed());
        QCOMPARE(b.custom->count(), 10);
        QCOMPARE(b.voiceFiles().size(), 80);
    }
};

QTEST_GUILESS_MAIN(TestPlanCarried)
#include "tst_plancarried.moc"
