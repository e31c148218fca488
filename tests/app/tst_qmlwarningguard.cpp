// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarningguard.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTest>

#include <memory>

// The self-test is only as good as its warning detection: prove it catches what it must, counts
// each warning once, still prints it, and that every guard starts from nothing (so no result
// here depends on which test ran before).
class TestQmlWarningGuard : public QObject
{
    Q_OBJECT

    static void run(QQmlEngine &engine, const QByteArray &qml)
    {
        QQmlComponent component(&engine);
        component.setData(qml, QUrl(QStringLiteral("file:///guard-test.qml")));
        std::unique_ptr<QObject> object(component.create());
    }
    static QStringList warningsFrom(const QByteArray &qml)
    {
        QmlWarningGuard guard;
        QQmlEngine engine;
        guard.watch(engine);
        run(engine, qml);
        return guard.warnings();
    }

private slots:
    void cleanQmlHasNoWarnings()
    {
        QCOMPARE(warningsFrom("import QtQml\nQtObject { property int a: 1 + 1 }\n"), QStringList());
    }
    void consoleLogIsNotAWarning()
    {
        QTest::ignoreMessage(QtDebugMsg, "just saying");
        QCOMPARE(
            warningsFrom(
                "import QtQml\nQtObject { Component.onCompleted: console.log('just saying') }\n"),
            QStringList());
    }
    void consoleWarningIsCaughtAndStillPrinted()
    {
        // The test framework's own handler must still see it: the guard passes messages on.
        QTest::ignoreMessage(QtWarningMsg, "careful");
        const QStringList w = warningsFrom(
            "import QtQml\nQtObject { Component.onCompleted: console.warn('careful') }\n");
        QCOMPARE(w, QStringList{QStringLiteral("careful")});
    }
    void consoleErrorIsCaught()
    {
        QTest::ignoreMessage(QtCriticalMsg, "broken");
        QCOMPARE(warningsFrom(
                     "import QtQml\nQtObject { Component.onCompleted: console.error('broken') }\n"),
                 QStringList{QStringLiteral("broken")});
    }
    void bindingErrorIsCaughtOnceAndStillPrinted()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("undefinedThing")));
        const QStringList w =
            warningsFrom("import QtQml\nQtObject { property int a: undefinedThing.value }\n");
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("undefinedThing")), qPrintable(w.first()));
        QVERIFY2(w.first().contains(QLatin1String("guard-test.qml:2")), qPrintable(w.first()));
    }
    void warningsOutsideQmlAreNotCounted()
    {
        QmlWarningGuard guard;
        QTest::ignoreMessage(QtWarningMsg, "a C++ warning");
        qWarning("a C++ warning");
        QCOMPARE(guard.warnings(), QStringList());
    }
    void aNewGuardStartsEmpty()
    {
        {
            QTest::ignoreMessage(QtWarningMsg, "before");
            QmlWarningGuard first;
            QQmlEngine engine;
            first.watch(engine);
            run(engine,
                "import QtQml\nQtObject { Component.onCompleted: console.warn('before') }\n");
            QCOMPARE(first.warnings().size(), 1);
        }
        QmlWarningGuard second;
        QCOMPARE(second.warnings(), QStringList());
    }
    void nothingIsCountedAfterTheGuardIsGone()
    {
        QQmlEngine engine;
        {
            QmlWarningGuard gone;
            gone.watch(engine);
        }
        QTest::ignoreMessage(QtWarningMsg, "afterwards");
        run(engine,
            "import QtQml\nQtObject { Component.onCompleted: console.warn('afterwards') }\n");
        QmlWarningGuard next;
        QCOMPARE(next.warnings(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestQmlWarningGuard)
#include "tst_qmlwarningguard.moc"
