// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarningguard.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>

// The self-test is only as good as its warning detection: prove it catches what it must.
class TestQmlWarningGuard : public QObject
{
    Q_OBJECT

    static QStringList warningsFrom(const QByteArray &qml)
    {
        QmlWarningGuard guard;
        QQmlEngine engine;
        guard.watch(engine);
        QQmlComponent component(&engine);
        component.setData(qml, QUrl(QStringLiteral("file:///guard-test.qml")));
        std::unique_ptr<QObject> object(component.create());
        return guard.warnings();
    }

private slots:
    void cleanQmlHasNoWarnings()
    {
        QCOMPARE(warningsFrom("import QtQml\nQtObject { property int a: 1 + 1 }\n"), QStringList());
    }
    void consoleWarningIsCaught()
    {
        const QStringList w = warningsFrom(
            "import QtQml\nQtObject { Component.onCompleted: console.warn('careful') }\n");
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().contains(QLatin1String("careful")));
    }
    void bindingErrorIsCaught()
    {
        const QStringList w =
            warningsFrom("import QtQml\nQtObject { property int a: undefinedThing.value }\n");
        QVERIFY(!w.isEmpty());
        QVERIFY(w.join(QLatin1Char(' ')).contains(QLatin1String("undefinedThing")));
    }
};

QTEST_GUILESS_MAIN(TestQmlWarningGuard)
#include "tst_qmlwarningguard.moc"
