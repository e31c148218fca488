// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace unknot {

// Reads and writes the `health_answers` table: the health-checklist items the user ticked
// (one row each, by health-flag id, with when it was ticked).
class HealthAnswerRepository
{
public:
    explicit HealthAnswerRepository(QSqlDatabase db);

    // The ticked flag ids, sorted; nullopt when the read failed (see errorText()).
    std::optional<QStringList> ticked() const;
    // The ticked flags with when each was first ticked (ms since the epoch, UTC), sorted by
    // flag (the backup carries both); nullopt when the read failed.
    struct Answer
    {
        QString flag;
        qint64 answeredAt = 0;
    };
    std::optional<QList<Answer>> answers() const;
    // Ticks or unticks one item. False when the write failed.
    bool setTicked(const QString &flag, bool ticked, qint64 atMs);
    QString errorText() const { return m_error; }

private:
    bool fail(const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
