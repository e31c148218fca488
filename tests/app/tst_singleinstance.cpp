// SPDX-License-Identifier: GPL-3.0-or-later
// One running Unknot per records file on the desktop, with two real processes of the app: a
// second start hands its link to the first, which opens it, and exits; a socket left behind by
// a killed instance does not stop the next start.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int startTimeoutMs = 60000;

class App
{
public:
    explicit App(const QString &databasePath)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("UNKNOT_DATABASE"), databasePath);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("unknot.links.info=true\nunknot.platform.instance.info=true"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
    }
    ~App()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    void start(const QStringList &arguments = {})
    {
        process.start(QStringLiteral(UNKNOT_APP), arguments);
    }
    // Reads the process's log until `text` shows up (or the process ends, or time runs out).
    bool waitForLog(const QString &text, int timeoutMs = startTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!log.contains(text)) {
            if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(200);
            log += QString::fromUtf8(process.readAllStandardError());
        }
        return true;
    }
    bool finished(int timeoutMs = startTimeoutMs)
    {
        const bool done = process.waitForFinished(timeoutMs);
        log += QString::fromUtf8(process.readAllStandardError());
        return done;
    }

    QProcess process;
    QString log;
};

const QString listening = QStringLiteral("running instance; listening");

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondStartHandsItsLinkToTheFirstAndExits()
    {
        const QString records = m_dir.filePath(QStringLiteral("handover.sqlite"));
        App first(records);
        first.start();
        QVERIFY2(first.waitForLog(listening), qPrintable(first.log));

        App second(records);
        second.start({QStringLiteral("unknot://technique/neck-side-release")});
        QVERIFY2(second.finished(), qPrintable(second.log));
        QCOMPARE(second.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.process.exitCode(), 0);
        QVERIFY2(!second.log.contains(listening), qPrintable(second.log));

        // The first instance takes the link as if it had been tapped: on this new install it
        // keeps it until the first-launch introduction is acknowledged (AppCore::openLink).
        QVERIFY2(first.waitForLog(QStringLiteral("kept until the introduction is acknowledged: "
                                                 "\"unknot://technique/neck-side-release\"")),
                 qPrintable(first.log));
        QCOMPARE(first.process.state(), QProcess::Running);

        // A plain second start (no link) also just brings the first one forward.
        App third(records);
        third.start();
        QVERIFY2(third.finished(), qPrintable(third.log));
        QCOMPARE(third.process.exitCode(), 0);
        QCOMPARE(first.process.state(), QProcess::Running);
    }

    void anotherRecordsFileIsAnotherInstance()
    {
        App first(m_dir.filePath(QStringLiteral("one.sqlite")));
        first.start();
        QVERIFY2(first.waitForLog(listening), qPrintable(first.log));
        App other(m_dir.filePath(QStringLiteral("two.sqlite")));
        other.start();
        QVERIFY2(other.waitForLog(listening), qPrintable(other.log));
        QCOMPARE(first.process.state(), QProcess::Running);
    }

    void aKilledInstanceDoesNotBlockTheNextStart()
    {
        const QString records = m_dir.filePath(QStringLiteral("killed.sqlite"));
        {
            App crashed(records);
            crashed.start();
            QVERIFY2(crashed.waitForLog(listening), qPrintable(crashed.log));
            crashed.process.kill(); // SIGKILL: its socket file stays behind
            QVERIFY(crashed.finished());
        }
        App next(records);
        next.start({QStringLiteral("unknot://technique/neck-side-release")});
        QVERIFY2(next.waitForLog(listening), qPrintable(next.log));
        QCOMPARE(next.process.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
