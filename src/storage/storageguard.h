// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace unknot {

// What start-up does for the records file without holding up the first frame. On a thread of
// its own, with its own connection: the full integrity check (Database::checkFile), then,
// only when the file is sound, the day's backup (so a damaged file never pushes a good backup
// out of the seven kept). Damage proven is handled on the owning thread: the database is
// recovered behind its connection (Database::recover) and recovered() tells what happened.
// A check that could not run (the file busy, an I/O error) proves nothing: it is reported
// (notChecked()) and tried again later, and the file is left alone.
class StorageGuard : public QObject
{
    Q_OBJECT

public:
    // database: opened with Database::Check::Deferred, and outliving this guard.
    explicit StorageGuard(Database *database, QObject *parent = nullptr);
    ~StorageGuard() override; // waits for a check or backup in progress

    // Runs the check once, delayMs from now or at an earlier start() call.
    void start(int delayMs = 0);
    // A check that could not run is tried again after retryDelayMs, up to kAttempts in all.
    void setRetryDelay(int retryDelayMs) { m_retryDelayMs = retryDelayMs; }
    static constexpr int kAttempts = 3;

signals:
    // The file was sound; backupPath is the day's new backup, or "" when none was needed.
    void checked(const QString &backupPath);
    // The file was damaged and has been replaced; notice says so in plain words.
    void recovered(const QString &notice);
    // The file was damaged and no database could be opened in its place.
    void failed(const QString &error);
    // The check could not run (reason); willRetry is false after the last attempt.
    void notChecked(const QString &reason, bool willRetry);

private:
    void run();
    void check();
    void onFinished(const Database::FileCheck &result, const QString &backupPath);

    Database *m_database;
    QString m_databasePath;
    QPointer<QThread> m_thread;
    bool m_started = false;
    int m_attempts = 0;
    int m_retryDelayMs = 60000;
};

} // namespace unknot
