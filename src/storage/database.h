// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
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

    // Opens (creating if needed) and migrates. On failure errorText() says why in plain words
    // and the file is left as it was.
    bool open(const QString &filePath);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString errorText() const { return m_error; }

    // Where the app keeps its database on this device.
    static QString defaultFilePath();

private:
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
};

} // namespace unknot
