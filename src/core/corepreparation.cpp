// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/corepreparation.h"

#include "bodymap/bundledbodymap.h"

#include <QSqlDatabase>
#include <QThread>

namespace unknot {

namespace {

// Loading the driver plugin (and SQLite with it) is most of the cost of opening the records.
// Once loaded it stays loaded, so the connection the main thread opens later finds it ready.
// The connection made here is never opened and never leaves this thread (whose id makes its
// name unique, should two preparations ever overlap).
void loadSqliteDriver()
{
    const QString name =
        QStringLiteral("unknot-driver-preload-%1").arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QSqlDatabase::removeDatabase(name);
}

} // namespace

CorePreparation::CorePreparation(const ResourcePaths &resources)
    : m_content(std::async(std::launch::async, [resources] {
          loadSqliteDriver();
          bundledBodyMapGeometry(); // read once per process; the first screen draws it
          return ContentLoader(resources.audioDir).loadDirectory(resources.contentDir);
      }))
{}

CorePreparation::~CorePreparation()
{
    // Never leave the worker running behind a core that was not built.
    if (m_content.valid())
        m_content.wait();
}

ContentLoadResult CorePreparation::takeContent()
{
    return m_content.get();
}

} // namespace unknot
