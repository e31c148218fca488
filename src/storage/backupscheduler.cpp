// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupscheduler.h"

#include "backups.h"

#include <QDate>
#include <QTimer>

#include <memory>

namespace unknot {

BackupScheduler::BackupScheduler(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::scheduleDaily(int delayMs)
{
    QTimer::singleShot(delayMs, this, &BackupScheduler::run);
}

void BackupScheduler::run()
{
    if (m_thread)
        return;
    const QString path = m_databasePath;
    auto result = std::make_shared<QString>();
    m_thread = QThread::create(
        [path, result] { *result = Backups(path).makeDaily(QDate::currentDate()); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        emit finished(*result);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace unknot
