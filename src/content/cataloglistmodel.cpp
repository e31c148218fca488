// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/cataloglistmodel.h"

#include "content/catalog.h"

namespace unknot {

void CatalogListModel::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::loaded, this, &CatalogListModel::reload);
    reload();
    emit catalogChanged();
}

} // namespace unknot
