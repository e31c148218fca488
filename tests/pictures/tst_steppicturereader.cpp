// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's checks of a step's "picture" (FORMAT.md, "Step picture"): a broken picture is
// reported against its step and field, and a good one is read with the shift derived.
#include "content/technique.h"
#include "content/techniquereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace unknot;

class TestStepPictureReader : public QObject
{
    Q_OBJECT

    QJsonObject m_base; // forearm-flexor-release as bundled: a real, valid technique

    static QJsonObject picture(const QJsonObject &technique, int step)
    {
        return technique.value(QLatin1String("steps"))
            .toArray()
            .at(step)
            .toObject()
            .value(QLatin1String("picture"))
            .toObject();
    }
    static QJsonObject withPicture(QJsonObject technique, int step, const QJsonValue &picture)
    {
        QJsonArray steps = technique.value(QLatin1String("steps")).toArray();
        QJsonObject s = steps.at(step).toObject();
        if (picture.isUndefined())
            s.remove(QLatin1String("picture"));
        else
            s.insert(QLatin1String("picture"), picture);
        steps.replace(step, s);
        technique.insert(QLatin1String("steps"), steps);
        return technique;
    }
    static QList<ContentProblem> read(const QJsonObject &technique, Technique *out = nullptr)
    {
        QList<ContentProblem> problems;
        TechniqueCheck check(QStringLiteral("test.json"),
                             technique.value(QLatin1String("id")).toString(), problems);
        const Technique t = readTechnique(technique, {}, check);
        if (out)
            *out = t;
        return problems;
    }
    static QString texts(const QList<ContentProblem> &problems)
    {
        QStringList out;
        for (const ContentProblem &p : problems)
            out << p.toString();
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QFile file(
            QStringLiteral(UNKNOT_SOURCE_DIR "/assets/content/techniques/hands-wrists.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("techniques"))
                                   .toArray();
        for (const QJsonValue &t : all) {
            if (t.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("forearm-flexor-release"))
                m_base = t.toObject();
        }
        QVERIFY(!m_base.isEmpty());
        // The fixture is what the tests below assume: step 3 a pin, 4 a move, 6 a shift.
        const QJsonArray steps = m_base.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.at(2).toObject().value(QLatin1String("kind")).toString(), u"pin");
        QCOMPARE(steps.at(3).toObject().value(QLatin1String("kind")).toString(), u"move");
        QCOMPARE(steps.at(5).toObject().value(QLatin1String("kind")).toString(), u"shift");
    }

    void goodPicturesReadWithTheShiftDerived()
    {
        Technique t;
        const QList<ContentProblem> problems = read(m_base, &t);
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems)));
        for (const Step &s : std::as_const(t.steps))
            QVERIFY(s.picture.isValid());
        const StepPicture &pin = t.steps.at(2).picture;
        const StepPicture &shift = t.steps.at(5).picture;
        QVERIFY(pin.hasPin);
        QCOMPARE(pin.tool, u"thumb");
        QVERIFY(t.steps.at(3).picture.hasArrow);
        // The shift starts where the hold was: the move step's (the pin step's) spot.
        QVERIFY(shift.hasShift);
        QCOMPARE(shift.shiftFrom, pin.pin);
        QVERIFY(shift.pin != pin.pin);
        QVERIFY(!t.steps.at(4).picture.hasPin); // release: nothing presses
    }

    // A missing picture is the reader's business only in shape; completeness of the bundled
    // library is an authoring rule (tst_steppictures).
    void aStepWithoutPictureReadsWithoutOne()
    {
        Technique t;
        const QList<ContentProblem> problems =
            read(withPicture(m_base, 0, QJsonValue(QJsonValue::Undefined)), &t);
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems)));
        QVERIFY(!t.steps.at(0).picture.isValid());
    }

    // A spot found by moving ("notice which way the scar pulls") shows an arrow, no pin.
    void aLocateStepMayShowAMovementInstead()
    {
        QJsonObject p = picture(m_base, 1);
        QCOMPARE(m_base.value(QLatin1String("steps"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 u"locate");
        p.remove(QLatin1String("pin"));
        p.remove(QLatin1String("tool"));
        p.insert(QLatin1String("arrow"), QJsonObject{{QStringLiteral("from"), QJsonArray{180, 280}},
                                                     {QStringLiteral("to"), QJsonArray{200, 300}}});
        Technique t;
        const QList<ContentProblem> problems = read(withPicture(m_base, 1, p), &t);
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems)));
        QVERIFY(t.steps.at(1).picture.hasArrow);
        QVERIFY(!t.steps.at(1).picture.hasPin);
    }

    void brokenPicturesAreReported_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("not an object")
            << 2 << QString() << QJsonValue(QStringLiteral("thumb")) << "step 3 picture"
            << "must be an object";
        QTest::newRow("unknown view")
            << 2 << "view" << QJsonValue(QStringLiteral("side")) << "step 3 picture view"
            << "is not a view";
        QTest::newRow("region of another technique")
            << 2 << "region" << QJsonValue(QStringLiteral("calf-achilles"))
            << "step 3 picture region"
            << "is not one of this technique's regions";
        QTest::newRow("pin step without pin")
            << 2 << "pin" << QJsonValue(QJsonValue::Undefined) << "step 3 picture pin"
            << "is missing";
        QTest::newRow("pin outside the figure")
            << 2 << "pin" << QJsonValue(QJsonArray{250, 10}) << "step 3 picture pin"
            << "lies outside the figure";
        QTest::newRow("pin not a point")
            << 2 << "pin" << QJsonValue(QJsonArray{180}) << "step 3 picture pin"
            << "must be a point";
        QTest::newRow("unknown tool")
            << 2 << "tool" << QJsonValue(QStringLiteral("elbow")) << "step 3 picture tool"
            << "is not a tool";
        QTest::newRow("pin without tool")
            << 2 << "tool" << QJsonValue(QJsonValue::Undefined) << "step 3 picture tool"
            << "is missing";
        QTest::newRow("move without arrow")
            << 3 << "arrow" << QJsonValue(QJsonValue::Undefined) << "step 4 picture arrow"
            << "is missing";
        QTest::newRow("arrow too short")
            << 3 << "arrow"
            << QJsonValue(QJsonObject{{QStringLiteral("from"), QJsonArray{180, 280}},
                                      {QStringLiteral("to"), QJsonArray{181, 281}}})
            << "step 4 picture arrow"
            << "shorter than";
        QTest::newRow("arrow bent too far")
            << 3 << "arrow"
            << QJsonValue(QJsonObject{{QStringLiteral("from"), QJsonArray{180, 280}},
                                      {QStringLiteral("to"), QJsonArray{200, 300}},
                                      {QStringLiteral("bend"), 2}})
            << "step 4 picture arrow bend"
            << "from -1 to 1";
        QTest::newRow("arrow on a shift")
            << 5 << "arrow"
            << QJsonValue(QJsonObject{{QStringLiteral("from"), QJsonArray{180, 280}},
                                      {QStringLiteral("to"), QJsonArray{200, 300}}})
            << "step 6 picture arrow"
            << "drawn from the previous pin";
        QTest::newRow("move lets go of the hold")
            << 3 << "pin" << QJsonValue(QJsonArray{186, 240}) << "step 4 picture pin"
            << "moves away from step 3's pin";
        QTest::newRow("shift that does not move")
            << 5 << "pin" << QJsonValue(QJsonArray{181, 227}) << "step 6 picture pin"
            << "a shift moves it to a new spot";
        QTest::newRow("pin in a rest step")
            << 7 << "pin" << QJsonValue(QJsonArray{181, 226}) << "step 8 picture pin"
            << "nothing presses";
        QTest::newRow("no description") << 2 << "description" << QJsonValue(QJsonValue::Undefined)
                                        << "step 3 picture description"
                                        << "is missing";
        QTest::newRow("description too long")
            << 2 << "description" << QJsonValue(QString(121, QLatin1Char('a')))
            << "step 3 picture description"
            << "keep it to 120";
        QTest::newRow("misspelt key")
            << 2 << "descripton" << QJsonValue(QStringLiteral("x")) << "step 3 picture descripton"
            << "is not a picture field";
    }
    void brokenPicturesAreReported()
    {
        QFETCH(int, step);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QJsonValue changed;
        if (key.isEmpty()) {
            changed = value;
        } else {
            QJsonObject p = picture(m_base, step);
            if (value.isUndefined())
                p.remove(key);
            else
                p.insert(key, value);
            changed = p;
        }
        const QList<ContentProblem> problems = read(withPicture(m_base, step, changed));
        bool found = false;
        for (const ContentProblem &p : problems)
            found = found || (p.field == field && p.message.contains(message));
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1: ...%2...\", got:\n%3")
                                       .arg(field, message, texts(problems))));
    }
};

QTEST_GUILESS_MAIN(TestStepPictureReader)
#include "tst_steppicturereader.moc"
