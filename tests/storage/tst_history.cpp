// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"
#include "progress/historymodel.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace unknot;

class TestHistory : public QObject
{
    Q_OBJECT

    // A folder of its own for every test function: no two tests share a database file.
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<SessionRepository> m_repo;
    const QDateTime m_base = QDateTime(QDate(2026, 1, 1), QTime(8, 0));

    void addSessions(int n)
    {
        for (int i = 0; i < n; ++i) {
            SessionRecord r;
            r.techniqueId = QStringLiteral("t%1").arg(i);
            r.regionId = QStringLiteral("neck");
            r.startedAt = m_base.addDays(i);
            r.endedAt = r.startedAt.addSecs(300);
            r.completed = i % 2 == 0;
            r.stepsTotal = 5;
            r.stepsCompleted = r.completed ? 5 : 2;
            QVERIFY(m_repo->add(r) > 0);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
        QVERIFY(m_db.open(m_dir->filePath(QStringLiteral("history.sqlite"))));
        m_repo = std::make_unique<SessionRepository>(m_db.connection());
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.close();
        m_dir.reset();
    }

    void timesAreTheLocalTimeWhereTheSessionHappened()
    {
        // Tests run in Europe/Berlin; one session was done in India at 23:30 there (19:00 in
        // Berlin), one at home. The calendar counts the first on the day in India; the history
        // must show that time too, and say whose it is.
        SessionRecord r;
        r.techniqueId = QStringLiteral("neck-release");
        r.regionId = QStringLiteral("neck");
        r.startedAt = QDateTime(QDate(2026, 3, 10), QTime(23, 30), QTimeZone("Asia/Kolkata"));
        r.endedAt = r.startedAt.addSecs(300);
        QVERIFY(m_repo->add(r) > 0);
        r.startedAt = QDateTime(QDate(2026, 3, 9), QTime(7, 15), QTimeZone::systemTimeZone());
        r.endedAt = r.startedAt.addSecs(300);
        const bool homeIsNowOffset =
            r.startedAt.offsetFromUtc() == QDateTime::currentDateTime().offsetFromUtc();
        QVERIFY(m_repo->add(r) > 0);
        HistoryModel model(m_repo.get(), nullptr);
        const QString away = model.index(0).data(HistoryModel::WhenTextRole).toString();
        QVERIFY2(away.contains(QLatin1String("23:30")), qPrintable(away));
        QVERIFY2(!away.contains(QLatin1String("19:00")), qPrintable(away));
        QVERIFY2(away.contains(QLatin1String("UTC+05:30")), qPrintable(away));
        const QString longAway = model.index(0).data(HistoryModel::WhenLongTextRole).toString();
        QVERIFY2(longAway.contains(QLatin1String("23:30")) &&
                     longAway.contains(QLatin1String("2026")),
                 qPrintable(longAway));
        const QString home = model.index(1).data(HistoryModel::WhenTextRole).toString();
        QVERIFY2(home.contains(QLatin1String("07:15")), qPrintable(home));
        QCOMPARE(home.contains(QLatin1String("UTC")), !homeIsNowOffset);
    }

    void repositoryPagesNewestFirst()
    {
        addSessions(5);
        const QList<SessionRecord> first = m_repo->page(0, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).techniqueId, QStringLiteral("t4"));
        QCOMPARE(first.at(1).techniqueId, QStringLiteral("t3"));
        const QList<SessionRecord> rest = m_repo->page(2, 10);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.last().techniqueId, QStringLiteral("t0"));
    }

    void modelLoadsPageByPage()
    {
        addSessions(HistoryModel::kPageSize * 2 + 7);
        Catalog catalog;
        HistoryModel model(m_repo.get(), &catalog);
        // Only the first page is read up front.
        QCOMPARE(model.totalCount(), HistoryModel::kPageSize * 2 + 7);
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize * 2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize * 2 + 7);
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex newest = model.index(0);
        QCOMPARE(newest.data(HistoryModel::TechniqueIdRole).toString(),
                 QStringLiteral("t%1").arg(HistoryModel::kPageSize * 2 + 6));
        // Unknown technique ids fall back to the id; region ids become names.
        QCOMPARE(newest.data(HistoryModel::TitleRole).toString(),
                 newest.data(HistoryModel::TechniqueIdRole).toString());
        QCOMPARE(newest.data(HistoryModel::RegionNameRole).toString(), QStringLiteral("Neck"));
        QCOMPARE(newest.data(HistoryModel::PainBeforeRole).toInt(), -1);
        QCOMPARE(model.roleNames().value(HistoryModel::StartedAtRole), QByteArray("startedAt"));
    }

    void reloadShowsNewSessionFirst()
    {
        addSessions(3);
        HistoryModel model(m_repo.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy total(&model, &HistoryModel::totalCountChanged);
        SessionRecord r;
        r.techniqueId = QStringLiteral("latest");
        r.regionId = QStringLiteral("foot-right");
        r.startedAt = m_base.addYears(1);
        QVERIFY(m_repo->add(r) > 0);
        model.reload();
        QCOMPARE(total.count(), 1);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data(HistoryModel::TechniqueIdRole).toString(),
                 QStringLiteral("latest"));
        QCOMPARE(model.index(0).data(HistoryModel::RegionNameRole).toString(),
                 QStringLiteral("Right foot"));
    }

    void deleteThenUndoPutsTheSessionBack()
    {
        addSessions(HistoryModel::kPageSize + 5);
        HistoryModel model(m_repo.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &HistoryModel::historyEdited);
        QVERIFY(!model.canUndo());
        const qint64 id = model.index(1).data(HistoryModel::SessionIdRole).toLongLong();
        const SessionRecord original = *m_repo->byId(id);
        const int rowsBefore = model.rowCount();
        QVERIFY(model.removeRow(1));
        QCOMPARE(edited.count(), 1);
        QVERIFY(model.canUndo());
        QVERIFY(!m_repo->byId(id));
        QCOMPARE(model.totalCount(), HistoryModel::kPageSize + 4);
        QCOMPARE(model.rowCount(), rowsBefore - 1);
        QVERIFY(model.index(1).data(HistoryModel::SessionIdRole).toLongLong() != id);
        // Paging still reaches every remaining session.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize + 4);

        QVERIFY(model.undoRemoval());
        QCOMPARE(edited.count(), 2);
        QVERIFY(!model.canUndo());
        QCOMPARE(*m_repo->byId(id), original);
        QCOMPARE(model.index(1).data(HistoryModel::SessionIdRole).toLongLong(), id);
        QCOMPARE(model.totalCount(), HistoryModel::kPageSize + 5);
        QVERIFY(!model.undoRemoval()); // one undo per deletion
        QVERIFY(!model.removeRow(-1));
        QVERIFY(!model.removeRow(model.rowCount()));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
