// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The "%n ..." texts read in proper English plural forms in any program built on the core
// (the translator base/translations.cpp installs), and i18n/unknot_en.ts has every such text
// of the sources, each with both forms filled in.
class TestTranslations : public QObject
{
    Q_OBJECT

    // The numerus messages of a .ts file: source text -> its forms (empty when unfinished).
    static QHash<QString, QStringList> pluralMessages(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString ts = QString::fromUtf8(file.readAll());
        static const QRegularExpression kMessage(
            QStringLiteral("<message numerus=\"yes\">\\s*<source>(.*?)</source>\\s*"
                           "<translation([^>]*)>(.*?)</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression kForm(QStringLiteral("<numerusform>(.*?)</numerusform>"));
        QHash<QString, QStringList> messages;
        for (const auto &m : kMessage.globalMatch(ts)) {
            QStringList forms;
            if (!m.captured(2).contains(QLatin1String("unfinished"))) {
                for (const auto &f : kForm.globalMatch(m.captured(3)))
                    forms << f.captured(1);
            }
            messages.insert(m.captured(1), forms);
        }
        return messages;
    }

private slots:
    void pluralsReadAsEnglish_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one session")
            << QByteArray("unknot::TransferController") << QByteArray("%n session(s) restored") << 1
            << "1 session restored";
        QTest::newRow("two sessions")
            << QByteArray("unknot::TransferController") << QByteArray("%n session(s) restored") << 2
            << "2 sessions restored";
        QTest::newRow("no sessions")
            << QByteArray("unknot::TransferController") << QByteArray("%n session(s) restored") << 0
            << "0 sessions restored";
        QTest::newRow("one was") << QByteArray("unknot::TransferController")
                                 << QByteArray("%1; %n were already here.") << 1
                                 << "%1; 1 was already here.";
        QTest::newRow("one second") << QByteArray("unknot::StepListModel")
                                    << QByteArray("Hold %n second(s)") << 1 << "Hold 1 second";
        QTest::newRow("a day, QML")
            << QByteArray("ProgressOverview") << QByteArray("%Ln day(s)") << 1 << "1 day";
        QTest::newRow("days, QML")
            << QByteArray("ProgressOverview") << QByteArray("%Ln day(s)") << 12 << "12 days";
        QTest::newRow("no number shown")
            << QByteArray("TimingDisplay") << QByteArray("second(s) left") << 1 << "second left";
    }

    void pluralsReadAsEnglish()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
                 expected);
    }

    void tsFileHasEveryPluralOfTheSources()
    {
        const QString committed = QStringLiteral(UNKNOT_SOURCE_DIR "/i18n/unknot_en.ts");
        const QHash<QString, QStringList> messages = pluralMessages(committed);
        QVERIFY2(!messages.isEmpty(), "no plural messages in i18n/unknot_en.ts");
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            QVERIFY2(
                it.value().size() == 2 && !it.value().contains(QString()),
                qPrintable(
                    QStringLiteral("both English forms of \"%1\" in unknot_en.ts").arg(it.key())));

        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(UNKNOT_SOURCE_DIR));
        lupdate.start(QStringLiteral(UNKNOT_LUPDATE),
                      {QStringLiteral("-pluralonly"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("src"), QStringLiteral("qml"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inSources(pluralMessages(fresh).keyBegin(),
                                      pluralMessages(fresh).keyEnd());
        const QSet<QString> inTs(messages.keyBegin(), messages.keyEnd());
        QVERIFY(!inSources.isEmpty());
        // A new "%n" text needs `--target update_translations` and its two forms.
        QCOMPARE(inSources - inTs, QSet<QString>());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
