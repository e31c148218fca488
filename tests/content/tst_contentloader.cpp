// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentloader.h"

#include <QTest>

using namespace unknot;

using Problems = QList<ContentProblem>;

namespace {

const QString kValid = QStringLiteral("valid-calf-release");
const QString kBroken = QStringLiteral("broken-technique");
const QString kFile = QStringLiteral("techniques.json");

QString fixtureDir(const QString &name)
{
    return QStringLiteral(UNKNOT_FIXTURES_DIR "/content/loader/") + name;
}

// A readable listing for failure messages, one problem per line.
QByteArray describe(const Problems &problems)
{
    QByteArray out;
    for (const ContentProblem &p : problems)
        out += "\n  {" + p.file.toUtf8() + " | " + p.techniqueId.toUtf8() + " | " +
               p.field.toUtf8() + " | " + p.message.toUtf8() + "}";
    return out.isEmpty() ? QByteArray("\n  (none)") : out;
}

ContentProblem inBroken(const QString &field, const QString &message)
{
    return {kFile, kBroken, field, message};
}

} // namespace

// Every kind of content defect, each in its own fixture beside a valid technique: the loader
// reports exactly what is wrong and where, and still loads what is right.
class TestContentLoader : public QObject
{
    Q_OBJECT

private slots:
    void reportsTheDefectAndLoadsTheRest_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Problems>("expected");
        QTest::addColumn<QStringList>("loaded");
        const QStringList valid = {kValid};
        const QString timingShapes =
            QStringLiteral("use {\"seconds\": N} for a hold or {\"reps\": N, \"tempoSeconds\": "
                           "T} for repetitions");

        // Whole files.
        QTest::newRow("invalid JSON")
            << "invalid-json"
            << Problems{{"broken.json",
                         {},
                         {},
                         "is not valid JSON: object is missing after a comma on line 4"}}
            << valid;
        QTest::newRow("wrong formatVersion")
            << "wrong-format-version"
            << Problems{{"broken.json",
                         {},
                         "formatVersion",
                         "is 2, but this app reads version 1 only"}}
            << valid;
        QTest::newRow("file is a list")
            << "file-is-a-list"
            << Problems{{"broken.json",
                         {},
                         {},
                         "must be an object like {\"formatVersion\": 1, \"techniques\": [...]}, "
                         "but is a list"}}
            << valid;
        QTest::newRow("techniques missing")
            << "techniques-missing" << Problems{{"broken.json", {}, "techniques", "is missing"}}
            << valid;
        QTest::newRow("duplicate id across files")
            << "duplicate-id-across-files"
            << Problems{{"b.json", kValid, "id",
                         "is used by a technique in a.json too; ids must be unique across all "
                         "files"}}
            << valid;

        // Technique fields.
        QTest::newRow("duplicate id in one file")
            << "duplicate-id-same-file"
            << Problems{{kFile, kValid, "id",
                         "is used by an earlier technique in this file too; ids must be unique"}}
            << valid;
        QTest::newRow("missing id")
            << "missing-id" << Problems{{kFile, "#2", "id", "is missing"}} << valid;
        QTest::newRow("badly formed id")
            << "bad-id"
            << Problems{{kFile, "Broken_Technique", "id",
                         "\"Broken_Technique\" must be lowercase letters and digits in words "
                         "joined by hyphens, like \"calf-ball-release\""}}
            << valid;
        QTest::newRow("technique not an object")
            << "technique-not-an-object"
            << Problems{{kFile, "#2", {}, "must be an object, but is text"}} << valid;
        QTest::newRow("missing field")
            << "missing-field" << Problems{inBroken("purpose", "is missing")} << valid;
        QTest::newRow("wrong type")
            << "wrong-type" << Problems{inBroken("title", "must be text, but is a number")}
            << valid;
        QTest::newRow("empty text")
            << "empty-text" << Problems{inBroken("startingPosition", "is empty")} << valid;
        QTest::newRow("text too long")
            << "text-too-long"
            << Problems{inBroken("title", "is 65 characters long; keep it to 60 or fewer")}
            << valid;
        QTest::newRow("misspelt field")
            << "unknown-field"
            << Problems{inBroken("contraindications", "is missing"),
                        inBroken("contraindication",
                                 "is not a technique field; check its spelling (technique "
                                 "fields: id, title, regions, side, goals, purpose, "
                                 "startingPosition, equipment, intensity, cautions, "
                                 "contraindications, healthFlags, steps)")}
            << valid;
        QTest::newRow("unknown region")
            << "unknown-region"
            << Problems{inBroken("regions",
                                 "\"calves\" is not a known region; use one of: neck, shoulder, "
                                 "upper-back, elbow, forearm-wrist, hand, lower-back, hip, "
                                 "glute, hamstring, quadriceps, knee-itband, calf-achilles, "
                                 "foot")}
            << valid;
        QTest::newRow("too many regions")
            << "too-many-regions"
            << Problems{inBroken("regions", "has 4 entries; it needs 1 to 3 entries")} << valid;
        QTest::newRow("unknown side")
            << "unknown-side"
            << Problems{inBroken("side", "\"inside\" is not a side; use one of: both, left, right, "
                                         "centre, each-side")}
            << valid;
        QTest::newRow("side does not fit region")
            << "side-does-not-fit-region"
            << Problems{inBroken("side",
                                 "\"both\" does not fit region \"neck\": \"centre\" and "
                                 "\"each-side\" are for neck, upper-back and lower-back, and "
                                 "only for them")}
            << valid;
        // The session runs the second side of a one-side-at-a-time technique itself.
        QTest::newRow("repeat on the other side")
            << "repeat-on-the-other-side"
            << Problems{inBroken("step 6 text",
                                 "tells the user to repeat on the other side; a technique "
                                 "worked one side at a time has side \"each-side\" (centre) "
                                 "or \"both\" (limbs), and the app runs the second side itself")}
            << valid;
        QTest::newRow("unknown goal")
            << "unknown-goal"
            << Problems{inBroken("goals",
                                 "\"yoga\" is not a known goal; use one of: flexibility, "
                                 "range-of-motion, lower-back-pain, carpal-tunnel, running, "
                                 "scar-tissue")}
            << valid;
        QTest::newRow("goal listed twice")
            << "duplicate-goal" << Problems{inBroken("goals", "lists \"running\" twice")} << valid;
        QTest::newRow("unknown equipment")
            << "unknown-equipment"
            << Problems{inBroken("equipment",
                                 "\"kettlebell\" is not known equipment; use one of: none, "
                                 "massage-ball, foam-roller, wall, chair, table, towel, step")}
            << valid;
        QTest::newRow("none with equipment")
            << "none-with-equipment"
            << Problems{inBroken("equipment",
                                 "lists \"none\" together with other equipment; \"none\" must "
                                 "be the only entry")}
            << valid;
        QTest::newRow("unknown intensity")
            << "unknown-intensity"
            << Problems{inBroken("intensity",
                                 "\"intense\" is not an intensity; use one of: gentle, moderate, "
                                 "firm")}
            << valid;
        QTest::newRow("no cautions")
            << "empty-cautions"
            << Problems{inBroken("cautions", "is an empty list; it needs 1 to 4 entries")} << valid;
        QTest::newRow("too many contraindications")
            << "too-many-contraindications"
            << Problems{inBroken("contraindications", "has 7 entries; it needs 1 to 6 entries")}
            << valid;
        QTest::newRow("unknown health flag")
            << "unknown-health-flag"
            << Problems{inBroken("healthFlags",
                                 "\"heart-condition\" is not a health flag; use one of: "
                                 "recent-injury-or-surgery, fracture, wound-or-infection, "
                                 "blood-thinners, worsening-numbness, pregnancy, diabetic-feet, "
                                 "steroid-injection")}
            << valid;
        QTest::newRow("health flag twice")
            << "health-flag-twice" << Problems{inBroken("healthFlags", "lists \"pregnancy\" twice")}
            << valid;

        // Steps.
        QTest::newRow("steps missing")
            << "steps-missing" << Problems{inBroken("steps", "is missing")} << valid;
        QTest::newRow("empty steps")
            << "empty-steps"
            << Problems{inBroken("steps", "is empty; a technique needs 4 to 8 steps")} << valid;
        QTest::newRow("too few steps")
            << "too-few-steps"
            << Problems{inBroken("steps", "has 3 steps; a technique needs 4 to 8")} << valid;
        QTest::newRow("too many steps")
            << "too-many-steps"
            << Problems{inBroken("steps", "has 9 steps; a technique needs 4 to 8")} << valid;
        QTest::newRow("step not an object")
            << "step-not-an-object"
            << Problems{inBroken("step 2",
                                 "must be an object with kind, text, cue and timing, but is "
                                 "text")}
            << valid;
        QTest::newRow("step field missing")
            << "step-field-missing" << Problems{inBroken("step 2 cue", "is missing")} << valid;
        QTest::newRow("unknown step kind")
            << "unknown-step-kind"
            << Problems{inBroken("step 2 kind",
                                 "\"squeeze\" is not a kind of step; use one of: position, "
                                 "locate, pin, move, release, shift, rest")}
            << valid;
        QTest::newRow("moves before pinning")
            << "step-pattern"
            << Problems{inBroken("steps",
                                 "moves (step 2) before the first pin (step 3); pin the tight "
                                 "spot first")}
            << valid;
        QTest::newRow("side named in a both-sides technique")
            << "side-named-in-both-sides-technique"
            << Problems{inBroken("step 1 cue",
                                 "says \"left\", but this technique is done on both sides and "
                                 "the app announces each side; say \"the working arm\", \"the "
                                 "other hand\" and so on")}
            << valid;
        QTest::newRow("digit in a spoken cue")
            << "digit-in-cue"
            << Problems{inBroken("step 3 cue",
                                 "contains the digit \"6\"; spell numbers out in words that are "
                                 "spoken")}
            << valid;

        // Timings.
        QTest::newRow("hold too long")
            << "hold-too-long"
            << Problems{inBroken("step 1 timing",
                                 "\"seconds\" must be a whole number from 3 to 120, but is 600")}
            << valid;
        QTest::newRow("hold not a number")
            << "hold-not-a-number"
            << Problems{inBroken("step 1 timing",
                                 "\"seconds\" must be a whole number from 3 to 120, but is text")}
            << valid;
        QTest::newRow("too many repetitions")
            << "too-many-reps"
            << Problems{inBroken("step 3 timing",
                                 "\"reps\" must be a whole number from 3 to 12, but is 40")}
            << valid;
        QTest::newRow("tempo too short")
            << "tempo-too-short"
            << Problems{inBroken("step 3 timing",
                                 "\"tempoSeconds\" must be from 2 to 8 seconds per repetition, "
                                 "but is 0.5")}
            << valid;
        QTest::newRow("repetitions without tempo")
            << "reps-without-tempo"
            << Problems{inBroken("step 3 timing",
                                 "has \"reps\" but no \"tempoSeconds\" (seconds per repetition)")}
            << valid;
        QTest::newRow("hold and repetitions")
            << "hold-and-reps"
            << Problems{inBroken("step 3 timing", "mixes a hold and repetitions; " + timingShapes)}
            << valid;
        QTest::newRow("timing missing")
            << "timing-missing"
            << Problems{inBroken("step 3 timing", "is missing; " + timingShapes)} << valid;

        // Narration.
        Problems unnarrated;
        for (int step = 1; step <= 6; ++step)
            unnarrated << ContentProblem{
                kFile, "unnarrated-technique", QStringLiteral("step %1 cue").arg(step),
                QStringLiteral("has no narration clip (steps/unnarrated-technique/0%1.mp3 is "
                               "missing); run tools/make-narration.sh")
                    .arg(step)};
        QTest::newRow("missing audio") << "missing-audio" << unnarrated << valid;
    }

    void reportsTheDefectAndLoadsTheRest()
    {
        QFETCH(QString, fixture);
        QFETCH(Problems, expected);
        QFETCH(QStringList, loaded);
        QVERIFY2(QFileInfo(fixtureDir(fixture)).isDir(), qPrintable(fixtureDir(fixture)));

        const ContentLoader loader(fixtureDir(QStringLiteral("audio")));
        const ContentLoadResult result = loader.loadDirectory(fixtureDir(fixture));

        QVERIFY2(result.problems == expected,
                 "reported:" + describe(result.problems) + "\nexpected:" + describe(expected));
        QStringList ids;
        for (const Technique &t : result.techniques)
            ids << t.id;
        QCOMPARE(ids, loaded);
    }

    void problemsReadAsOneLine()
    {
        QCOMPARE((ContentProblem{"legs.json", "calf-ball-release", "step 3 timing", "is missing"})
                     .toString(),
                 QStringLiteral("legs.json, technique \"calf-ball-release\", step 3 timing: is "
                                "missing"));
        QCOMPARE((ContentProblem{"legs.json", "#2", "id", "is missing"}).toString(),
                 QStringLiteral("legs.json, technique #2, id: is missing"));
        QCOMPARE((ContentProblem{"legs.json", {}, "formatVersion", "is missing"}).toString(),
                 QStringLiteral("legs.json, formatVersion: is missing"));
    }

    void validFixtureTechniqueIsComplete()
    {
        const ContentLoadResult result =
            ContentLoader(fixtureDir(QStringLiteral("audio")))
                .loadDirectory(fixtureDir(QStringLiteral("missing-field")));
        QCOMPARE(result.techniques.size(), 1);
        const Technique &t = result.techniques.first();
        QCOMPARE(t.sourceFile, kFile);
        QCOMPARE(t.sides, QList<Side>({Side::Left, Side::Right}));
        QCOMPARE(t.regions, QStringList{QStringLiteral("calf-achilles")});
        QCOMPARE(t.steps.size(), 6);
        QCOMPARE(t.steps.at(0).timing.seconds, 10);
        QCOMPARE(t.steps.at(2).timing.reps, 6);
        QCOMPARE(t.steps.at(2).timing.tempoSeconds, 4.0);
        QCOMPARE(t.steps.at(5).audioPath,
                 fixtureDir(QStringLiteral("audio")) + "/steps/valid-calf-release/06.mp3");
    }

    void emptyFolderIsReported()
    {
        QTemporaryDir empty;
        const ContentLoadResult result = ContentLoader({}).loadDirectory(empty.path());
        QCOMPARE(result.problems,
                 (Problems{{empty.path(), {}, {}, "holds no technique files (*.json)"}}));
    }
};

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
