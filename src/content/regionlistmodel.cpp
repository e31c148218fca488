// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/regionlistmodel.h"

#include "content/catalog.h"
#include "content/regions.h"

namespace unknot {

RegionListModel::RegionListModel(QObject *parent) : CatalogListModel(parent) {}

void RegionListModel::reload()
{
    beginResetModel();
    m_counts.clear();
    for (const QString &id : Regions::allIds())
        m_counts << (catalog() ? catalog()->countFor(id) : 0);
    endResetModel();
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = Regions::allIds().at(index.row());
    switch (role) {
    case RegionIdRole:
        return id;
    case Qt::DisplayRole:
    case NameRole:
        return Regions::displayName(id);
    case TechniqueCountRole:
        return m_counts.at(index.row());
    }
    return {};
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    return {{RegionIdRole, "regionId"}, {NameRole, "name"}, {TechniqueCountRole, "techniqueCount"}};
}

} // namespace unknot
