// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace unknot {

// The app's SQLite file: one named connection, WAL, foreign keys, schema migrated on open.
class Database
{
public:
    explicit Database(QString connectionName = QStringLiteral("unknot"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // How much of the file open() reads before it returns.
    enum class Check {
        Full,     // PRAGMA quick_check: every page (about 2 ms per MiB)
        Deferred, // header and schema only; the caller runs checkFile() soon after, e.g. on
                  // a thread (StorageGuard), and recover() if it finds any
    };

    // Opens (creating if needed), checks integrity and migrates.
    // - A file from a newer app version is refused and left exactly as it is.
    // - A file proven damaged (SQLite says SQLITE_CORRUPT or SQLITE_NOTADB, or the quick check
    //   ran and listed problems) is moved aside (never deleted) and the latest automatic
    //   backup is restored, or an empty database started when there is none; open() then
    //   succeeds and notice() tells the user in plain words what happened.
    // - Anything else (the file is locked by another process, the folder is read-only, the
    //   disk is full, an I/O error) proves nothing about the file: open() tries again a few
    //   times, then fails with the file left exactly as it is.
    // On failure errorText() says why in plain words.
    bool open(const QString &filePath, Check check = Check::Full);
    void close();

    // What the full check of a file found.
    struct FileCheck
    {
        enum class Verdict {
            Sound,
            Damaged,   // proven: reason says what SQLite found
            Unchecked, // the check could not run (busy, unreadable, I/O): proves nothing
        };
        Verdict verdict = Verdict::Unchecked;
        QString reason;
    };
    // The full check of a database file, with a connection of its own (so it may run on any
    // thread, also while the file is open elsewhere).
    static FileCheck checkFile(const QString &filePath);
    // After open(): the file was proven damaged (reason). Does what open() does with a damaged
    // file (moves it aside, restores the latest backup or starts empty, sets notice()), behind
    // the same connection, so every QSqlDatabase handle taken from connection() reads the
    // restored file. Returns false, with errorText(), when no database could be opened.
    bool recover(const QString &reason);
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString errorText() const { return m_error; }
    // What the user should know about this start (a recovery), or "".
    QString notice() const { return m_notice; }
    // Where a damaged file was moved to by the last open(), or "".
    QString setAsidePath() const { return m_setAsidePath; }

    // Another connection to an open database file, for a worker thread (`name` must be unique
    // per thread): set up like the app's (foreign keys, synchronous=FULL, the same busy
    // timeout). Invalid, with error, when it cannot be opened. Remove it with
    // QSqlDatabase::removeDatabase(name) on the same thread when done.
    static QSqlDatabase openConnection(const QString &filePath, const QString &name,
                                       QString *error);

    // Where the app keeps its database on this device.
    static QString defaultFilePath();

private:
    enum class Outcome {
        Opened,
        Damaged,     // proven
        Refused,     // a newer format, or a migration that failed: left as it is
        Unavailable, // busy, read-only, full, I/O: proves nothing; worth another try
    };
    Outcome tryOpen(const QString &filePath, Check check);
    Outcome tryOpenWithRetries(const QString &filePath, Check check);
    Outcome failedWith(const QSqlError &error, const QString &filePath);
    bool restoreAfterDamage(const QString &reason);
    void closeFile(); // closes the file but keeps the connection and its handles
    QString moveAside(const QString &filePath);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    QString m_notice;
    QString m_setAsidePath;
};

} // namespace unknot
