// SPDX-License-Identifier: GPL-3.0-or-later
#include "techniquelistmodel.h"

#include "catalog.h"

#include <cmath>

namespace unknot {

TechniqueListModel::TechniqueListModel(QObject *parent) : QAbstractListModel(parent) {}

void TechniqueListModel::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::loaded, this, &TechniqueListModel::reload);
    reload();
    emit catalogChanged();
}

void TechniqueListModel::setRegionId(const QString &regionId)
{
    if (m_regionId == regionId)
        return;
    m_regionId = regionId;
    reload();
    emit regionIdChanged();
}

void TechniqueListModel::reload()
{
    const int before = count();
    beginResetModel();
    m_items = m_catalog ? m_catalog->techniquesFor(m_regionId) : QList<const Technique *>{};
    endResetModel();
    if (before != count())
        emit countChanged();
}

int TechniqueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TechniqueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Technique &t = *m_items.at(index.row());
    switch (role) {
    case TechniqueIdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case PurposeRole:
        return t.purpose;
    case IntensityRole:
        return t.intensity;
    case StepCountRole:
        return int(t.steps.size());
    case MinutesRole:
        return std::max(1, int(std::lround(t.totalMilliseconds() / 60000.0)));
    case BothSidesRole:
        return t.side == TechniqueSide::Both;
    }
    return {};
}

QHash<int, QByteArray> TechniqueListModel::roleNames() const
{
    return {{TechniqueIdRole, "techniqueId"}, {TitleRole, "title"},
            {PurposeRole, "purpose"},         {IntensityRole, "intensity"},
            {StepCountRole, "stepCount"},     {MinutesRole, "minutes"},
            {BothSidesRole, "bothSides"}};
}

} // namespace unknot
