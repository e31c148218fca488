// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storageguard.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QDate>
#include <QTimer>

#include <memory>

namespace unknot {

StorageGuard::StorageGuard(Database *database, QObject *parent)
    : QObject(parent), m_database(database), m_databasePath(database->filePath())
{}

StorageGuard::~StorageGuard()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void StorageGuard::start(int delayMs)
{
    QTimer::singleShot(delayMs, this, &StorageGuard::run);
}

void StorageGuard::run()
{
    if (m_started)
        return;
    m_started = true;
    struct Result
    {
        QString damage;
        QString backup;
    };
    const QString path = m_databasePath;
    auto result = std::make_shared<Result>();
    m_thread = QThread::create([path, result] {
        result->damage = Database::findDamage(path);
        if (result->damage.isEmpty())
            result->backup = Backups(path).makeDaily(QDate::currentDate());
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        onFinished(result->damage, result->backup);
    });
    m_thread->start(QThread::LowPriority);
}

void StorageGuard::onFinished(const QString &damage, const QString &backupPath)
{
    if (damage.isEmpty()) {
        emit checked(backupPath);
        return;
    }
    qCWarning(lcStorage).noquote() << "integrity check after start-up:" << damage;
    if (m_database->recover(damage))
        emit recovered(m_database->notice());
    else
        emit failed(m_database->errorText());
}

} // namespace unknot
