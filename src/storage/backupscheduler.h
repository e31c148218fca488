// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace unknot {

// Makes the day's backup a while after start-up, on a thread of its own with its own
// connection, so neither the first frame nor the UI thread ever waits for VACUUM INTO.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QString databasePath, QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a backup in progress

    void scheduleDaily(int delayMs);

signals:
    void finished(const QString &backupPath);

private:
    void run();

    QString m_databasePath;
    QPointer<QThread> m_thread;
};

} // namespace unknot
