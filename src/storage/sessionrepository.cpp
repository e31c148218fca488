// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionrepository.h"

#include "storage/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

namespace unknot {

namespace {

QVariant optionalInt(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Every column but the id, with the value a record stores in it.
struct Column
{
    const char *name;
    QVariant (*value)(const SessionRecord &);
};
const Column kColumns[] = {
    {"technique_id",
     [](const SessionRecord &r) {
         return QVariant(r.techniqueId);
     }},
    {"region_id",
     [](const SessionRecord &r) {
         return QVariant(r.regionId);
     }},
    {"sides",
     [](const SessionRecord &r) {
         return QVariant(nonNull(r.sides));
     }},
    {"started_at",
     [](const SessionRecord &r) {
         return QVariant(r.startedAt.toMSecsSinceEpoch());
     }},
    {"utc_offset_min",
     [](const SessionRecord &r) {
         return QVariant(r.startedAt.offsetFromUtc() / 60);
     }},
    {"ended_at",
     [](const SessionRecord &r) {
         return msOrNull(r.endedAt);
     }},
    {"steps_completed",
     [](const SessionRecord &r) {
         return QVariant(r.stepsCompleted);
     }},
    {"steps_total",
     [](const SessionRecord &r) {
         return QVariant(r.stepsTotal);
     }},
    {"completed",
     [](const SessionRecord &r) {
         return QVariant(r.completed ? 1 : 0);
     }},
    {"pain_before",
     [](const SessionRecord &r) {
         return optionalInt(r.painBefore);
     }},
    {"pain_after",
     [](const SessionRecord &r) {
         return optionalInt(r.painAfter);
     }},
    {"stopped_for_pain",
     [](const SessionRecord &r) {
         return QVariant(r.stoppedForPain ? 1 : 0);
     }},
    {"note",
     [](const SessionRecord &r) {
         return QVariant(nonNull(r.note));
     }},
};

QString bind(const char *column)
{
    return QLatin1Char(':') + QLatin1String(column);
}

// "id, technique_id, ...": what every read selects.
QString selectList()
{
    QStringList names{QStringLiteral("id")};
    for (const Column &c : kColumns)
        names << QLatin1String(c.name);
    return names.join(QStringLiteral(", "));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a == b);
}

// The local day a session started on, as the per-day totals count it.
const char kLocalDay[] = "(started_at + utc_offset_min * 60000) / 86400000";

// Reads rows by column name (positions looked up once per query).
class RowReader
{
public:
    explicit RowReader(const QSqlRecord &columns)
    {
        m_id = columns.indexOf(QStringLiteral("id"));
        for (const Column &c : kColumns)
            m_index << columns.indexOf(QLatin1String(c.name));
    }
    SessionRecord read(const QSqlQuery &q) const
    {
        const auto value = [&](const char *name) {
            for (qsizetype i = 0; i < m_index.size(); ++i) {
                if (qstrcmp(kColumns[i].name, name) == 0)
                    return q.value(m_index.at(i));
            }
            return QVariant();
        };
        SessionRecord r;
        r.id = q.value(m_id).toLongLong();
        r.techniqueId = value("technique_id").toString();
        r.regionId = value("region_id").toString();
        r.sides = value("sides").toString();
        const QTimeZone zone(value("utc_offset_min").toInt() * 60);
        const auto stamp = [&zone](const QVariant &ms) {
            return ms.isNull() ? QDateTime()
                               : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), zone);
        };
        r.startedAt = stamp(value("started_at"));
        r.endedAt = stamp(value("ended_at"));
        r.stepsCompleted = value("steps_completed").toInt();
        r.stepsTotal = value("steps_total").toInt();
        r.completed = value("completed").toBool();
        if (const QVariant v = value("pain_before"); !v.isNull())
            r.painBefore = v.toInt();
        if (const QVariant v = value("pain_after"); !v.isNull())
            r.painAfter = v.toInt();
        r.stoppedForPain = value("stopped_for_pain").toBool();
        r.note = value("note").toString();
        return r;
    }

private:
    int m_id = -1;
    QList<int> m_index;
};

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 SessionRepository::add(const SessionRecord &r)
{
    return insert(r, false);
}

qint64 SessionRepository::addInOpenTransaction(const SessionRecord &record)
{
    return insertRow(record, false);
}

qint64 SessionRepository::insert(const SessionRecord &r, bool keepId)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return 0;
    }
    const qint64 id = insertRow(r, keepId);
    if (id == 0) {
        m_db.rollback();
        return 0;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return 0;
    }
    return id;
}

qint64 SessionRepository::insertRow(const SessionRecord &r, bool keepId)
{
    QStringList names{QStringLiteral("id")}, binds{QStringLiteral(":id")};
    for (const Column &c : kColumns) {
        names << QLatin1String(c.name);
        binds << bind(c.name);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sessions (%1) VALUES (%2)")
                  .arg(names.join(QStringLiteral(", ")), binds.join(QStringLiteral(", "))));
    // A NULL id lets SQLite choose the next one.
    q.bindValue(QStringLiteral(":id"),
                keepId ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
    for (const Column &c : kColumns)
        q.bindValue(bind(c.name), c.value(r));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStorage).noquote() << "saving a session failed:" << m_error;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<SessionRecord> SessionRepository::readAll(QSqlQuery &q) const
{
    QList<SessionRecord> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    const RowReader reader(q.record());
    while (q.next())
        out << reader.read(q);
    return out;
}

QList<SessionRecord> SessionRepository::page(int offset, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sessions ORDER BY started_at DESC, id DESC "
                             "LIMIT :limit OFFSET :offset")
                  .arg(selectList()));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    return readAll(q);
}

std::optional<SessionRecord> SessionRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = :id").arg(selectList()));
    q.bindValue(QStringLiteral(":id"), id);
    const QList<SessionRecord> rows = readAll(q);
    return rows.isEmpty() ? std::nullopt : std::optional<SessionRecord>(rows.first());
}

int SessionRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SessionRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStorage).noquote() << "deleting a session failed:" << m_error;
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SessionRepository::restore(const SessionRecord &record)
{
    return record.id > 0 && insert(record, true) == record.id;
}

bool SessionRepository::update(const SessionRecord &r)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const auto failed = [this](const QString &error) {
        m_error = error;
        m_db.rollback();
        qCWarning(lcStorage).noquote() << "updating a session failed:" << m_error;
        return false;
    };
    const std::optional<SessionRecord> stored = byId(r.id);
    if (!stored)
        return failed(QStringLiteral("no session with id %1").arg(r.id));
    // Only the columns that change are written: the triggers that keep the per-day and
    // per-region totals fire on an UPDATE OF their columns, changed or not.
    QStringList assignments;
    QList<const Column *> changed;
    for (const Column &c : kColumns) {
        if (sameValue(c.value(r), c.value(*stored)))
            continue;
        assignments << QLatin1String(c.name) + QLatin1String(" = ") + bind(c.name);
        changed << &c;
    }
    if (!changed.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sessions SET %1 WHERE id = :id")
                      .arg(assignments.join(QStringLiteral(", "))));
        q.bindValue(QStringLiteral(":id"), r.id);
        for (const Column *c : changed)
            q.bindValue(bind(c->name), c->value(r));
        if (!q.exec())
            return failed(q.lastError().text());
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<SessionRecord> SessionRepository::unfinished() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE ended_at IS NULL ORDER BY id")
                  .arg(selectList()));
    return readAll(q);
}

bool SessionRepository::forEachOldestFirst(
    const std::function<void(const SessionRecord &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM sessions ORDER BY started_at, id").arg(selectList()))) {
        m_error = q.lastError().text();
        return false;
    }
    const RowReader reader(q.record());
    while (q.next())
        visit(reader.read(q));
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<SessionRecord> SessionRepository::notedBetween(QDate from, QDate to, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The UTC range (a day wider on each side than any time zone) lets the index on
    // started_at narrow the search; the local day decides.
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE started_at >= :from_ms AND "
                             "started_at < :to_ms AND note <> '' AND %2 BETWEEN :from AND :to "
                             "ORDER BY started_at DESC, id DESC LIMIT :limit")
                  .arg(selectList(), QLatin1String(kLocalDay)));
    const QDate epoch(1970, 1, 1);
    const qint64 fromDay = epoch.daysTo(from), toDay = epoch.daysTo(to);
    q.bindValue(QStringLiteral(":from_ms"), (fromDay - 1) * 86400000);
    q.bindValue(QStringLiteral(":to_ms"), (toDay + 2) * 86400000);
    q.bindValue(QStringLiteral(":from"), fromDay);
    q.bindValue(QStringLiteral(":to"), toDay);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readAll(q);
}

std::optional<bool> SessionRepository::containsStart(const QString &techniqueId,
                                                     const QDateTime &startedAt) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE started_at = :started_at AND "
                             "technique_id = :technique_id LIMIT 1"));
    q.bindValue(QStringLiteral(":started_at"), startedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":technique_id"), techniqueId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.next();
}

} // namespace unknot
