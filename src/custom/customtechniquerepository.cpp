// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/customtechniquerepository.h"

#include "custom/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {

StoredCustomTechnique fromRow(const QSqlQuery &q)
{
    StoredCustomTechnique t;
    t.id = q.value(0).toString();
    t.definition = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    t.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    t.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return t;
}

} // namespace

CustomTechniqueRepository::CustomTechniqueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool CustomTechniqueRepository::fail(const QSqlQuery &query) const
{
    m_error = query.lastError().text();
    qCWarning(lcCustom).noquote() << "custom technique storage failed:" << m_error;
    return false;
}

QMap<int, QString> CustomTechniqueRepository::voicesOf(const QString &id) const
{
    QMap<int, QString> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT step, file FROM custom_step_voices WHERE technique_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(q);
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toString());
    return out;
}

QList<StoredCustomTechnique> CustomTechniqueRepository::all() const
{
    m_error.clear();
    QList<StoredCustomTechnique> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, definition, created_at, updated_at"
                               " FROM custom_techniques ORDER BY created_at, id"))) {
        fail(q);
        return {};
    }
    while (q.next())
        out.append(fromRow(q));
    for (StoredCustomTechnique &t : out)
        t.voiceFiles = voicesOf(t.id);
    return m_error.isEmpty() ? out : QList<StoredCustomTechnique>{};
}

std::optional<StoredCustomTechnique> CustomTechniqueRepository::byId(const QString &id) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, definition, created_at, updated_at"
                             " FROM custom_techniques WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredCustomTechnique t = fromRow(q);
    t.voiceFiles = voicesOf(id);
    return t;
}

bool CustomTechniqueRepository::save(const StoredCustomTechnique &t)
{
    m_error.clear();
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO custom_techniques (id, definition, created_at, updated_at)"
                       " VALUES (:id, :definition, :now, :now)"
                       " ON CONFLICT (id) DO UPDATE SET definition = excluded.definition,"
                       " updated_at = excluded.updated_at"));
    q.bindValue(QStringLiteral(":id"), t.id);
    q.bindValue(QStringLiteral(":definition"),
                QString::fromUtf8(QJsonDocument(t.definition).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":now"), now);
    bool ok = q.exec() || fail(q);
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM custom_step_voices WHERE technique_id = :id"));
        q.bindValue(QStringLiteral(":id"), t.id);
        ok = q.exec() || fail(q);
    }
    for (auto it = t.voiceFiles.cbegin(); ok && it != t.voiceFiles.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO custom_step_voices (technique_id, step, file)"
                                 " VALUES (:id, :step, :file)"));
        q.bindValue(QStringLiteral(":id"), t.id);
        q.bindValue(QStringLiteral(":step"), it.key());
        q.bindValue(QStringLiteral(":file"), it.value());
        ok = q.exec() || fail(q);
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool CustomTechniqueRepository::remove(const QString &id)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM custom_techniques WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(q);
    return q.numRowsAffected() > 0;
}

QStringList CustomTechniqueRepository::referencedVoiceFiles() const
{
    m_error.clear();
    QStringList out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT file FROM custom_step_voices"))) {
        fail(q);
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace unknot
