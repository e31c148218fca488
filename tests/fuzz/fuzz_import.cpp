// SPDX-License-Identifier: GPL-3.0-or-later
// Restore files come from anywhere the user picks: any bytes must either be refused with a
// message, or parse into records that satisfy the database's own rules, and merge into an
// in-memory database without error. Never a crash.
#include "storage/migrations.h"
#include "transfer/jsonimport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <cstdlib>

namespace {

QSqlDatabase memoryDatabase()
{
    static const bool ready = [] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "fuzz");
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        return db.open() && unknot::Migrations::migrate(db, &error);
    }();
    if (!ready)
        std::abort();
    return QSqlDatabase::database(QStringLiteral("fuzz"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<unknot::JsonImport::Contents> contents =
        unknot::JsonImport::parse(bytes, &error);
    if (contents.has_value() == !error.isEmpty())
        std::abort(); // either contents or a message, never both or neither
    if (!contents)
        return 0;
    // What validation accepted, the schema must accept too: the merge may not fail.
    QSqlDatabase db = memoryDatabase();
    const unknot::JsonImport::Result result = unknot::JsonImport::merge(db, *contents);
    if (!result.ok)
        std::abort();
    // Keep the database small between inputs.
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM sessions"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM reminders"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM region_status"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM settings"));
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM health_answers"));
    QSqlQuery(db).exec(
        QStringLiteral("DELETE FROM plan_entries")); // a plan is taken only when none is here
    return 0;
}
