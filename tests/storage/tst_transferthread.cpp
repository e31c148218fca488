// SPDX-License-Identifier: GPL-3.0-or-later
// A restore of a large export runs off the GUI thread, with a connection of its own: the
// window keeps rendering frames while it works, progress is told, and the sessions arrive.
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "transfer/jsonexport.h"
#include "transfer/transfercontroller.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;

class TestTransferThread : public QObject
{
    Q_OBJECT

private slots:
    void restoreKeepsTheWindowDrawing()
    {
        constexpr int kSessions = 10000;
        QTemporaryDir dir;
        QByteArray json;
        {
            Database source(QStringLiteral("source"));
            QVERIFY(source.open(dir.filePath(QStringLiteral("source.sqlite"))));
            SessionRepository repo(source.connection());
            QVERIFY(source.connection().transaction());
            const QDateTime start(QDate(2020, 1, 1), QTime(8, 0), QTimeZone(3600));
            for (int i = 0; i < kSessions; ++i) {
                SessionRecord r;
                r.techniqueId = QStringLiteral("neck-side-release");
                r.regionId = QStringLiteral("neck");
                r.startedAt = start.addSecs(i * 3600);
                r.endedAt = r.startedAt.addSecs(300);
                r.completed = true;
                r.painBefore = i % 11;
                r.painAfter = (i + 2) % 11;
                QVERIFY(repo.addInOpenTransaction(r) > 0);
            }
            QVERIFY(source.connection().commit());
            json = exportJson(source.connection(), QDateTime::currentDateTime());
        }
        const QString exportPath = dir.filePath(QStringLiteral("export.json"));
        {
            QFile f(exportPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(json), json.size());
        }

        Database target;
        QVERIFY(target.open(dir.filePath(QStringLiteral("target.sqlite"))));
        TransferController transfer(target.connection(), nullptr, nullptr);

        // Something that needs a new frame all the time, as the progress bar does.
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nRectangle { width: 40; height: 40; color: 'teal';"
                          " RotationAnimation on rotation { from: 0; to: 360; duration: 500;"
                          " loops: Animation.Infinite } }",
                          QUrl());
        std::unique_ptr<QObject> spinner(component.create());
        QVERIFY2(spinner, qPrintable(component.errorString()));
        QQuickWindow window;
        window.resize(100, 100);
        qobject_cast<QQuickItem *>(spinner.get())->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int frames = 0;
        connect(&window, &QQuickWindow::frameSwapped, this, [&frames] { ++frames; });

        QSignalSpy finished(&transfer, &TransferController::finished);
        QSignalSpy imported(&transfer, &TransferController::imported);
        QSignalSpy progress(&transfer, &TransferController::progressChanged);
        QVERIFY(transfer.startRestore(QUrl::fromLocalFile(exportPath)));
        QVERIFY(transfer.busy());
        QVERIFY(!transfer.startRestore(QUrl::fromLocalFile(exportPath))); // one at a time
        const int framesBefore = frames;
        QVERIFY(finished.wait(240000));
        const int framesDuring = frames - framesBefore;
        QVERIFY(!transfer.busy());
        QCOMPARE(finished.at(0).at(0).toString(),
                 QStringLiteral("%1 sessions restored.").arg(kSessions));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(SessionRepository(target.connection()).count(), kSessions);
        // Progress went beyond "started" and "done": the merge told how far it was.
        QVERIFY2(progress.size() > 4, qPrintable(QString::number(progress.size())));
        // Frames were drawn while the restore ran (the GUI thread was free to draw them); a
        // restore on the GUI thread draws none until it is over.
        qInfo("%d frames rendered during the restore", framesDuring);
        QVERIFY2(framesDuring >= 3, qPrintable(QString::number(framesDuring)));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestTransferThread test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transferthread.moc"
