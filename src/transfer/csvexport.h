// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class QIODevice;

namespace unknot {

class Catalog;

// Writes every session as CSV (RFC 4180, UTF-8, one header row), oldest first, a page of rows
// at a time. Returns false when reading or writing failed.
bool writeSessionsCsv(const QSqlDatabase &db, const Catalog *catalog, QIODevice *out);

} // namespace unknot
