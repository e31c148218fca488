// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storageguard.h"

#include "storage/backups.h"
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
    check();
}

void StorageGuard::check()
{
    ++m_attempts;
    struct Result
    {
        Database::FileCheck check;
        QString backup;
    };
    const QString path = m_databasePath;
    auto result = std::make_shared<Result>();
    m_thread = QThread::create([path, result] {
        result->check = Database::checkFile(path);
        if (result->check.verdict == Database::FileCheck::Verdict::Sound)
            result->backup = Backups(path).makeDaily(QDate::currentDate());
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        onFinished(result->check, result->backup);
    });
    m_thread->start(QThread::LowPriority);
}

void StorageGuard::onFinished(const Database::FileCheck &result, const QString &backupPath)
{
    switch (result.verdict) {
    case Database::FileCheck::Verdict::Sound:
        emit checked(backupPath);
        return;
    case Database::FileCheck::Verdict::Unchecked: {
        const bool retry = m_attempts < kAttempts;
        qCWarning(lcStorage).noquote()
            << "integrity check after start-up could not run"
            << (retry ? "(will try again):" : "(gave up):") << result.reason;
        if (retry)
            QTimer::singleShot(m_retryDelayMs, this, &StorageGuard::check);
        emit notChecked(result.reason, retry);
        return;
    }
    case Database::FileCheck::Verdict::Damaged:
        break;
    }
    qCWarning(lcStorage).noquote() << "integrity check after start-up:" << result.reason;
    if (m_database->recover(result.reason))
        emit recovered(m_database->notice());
    else
        emit failed(m_database->errorText());
}

} // namespace unknot
