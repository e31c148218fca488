// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/cataloglistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace unknot {

// Every body region, head to feet, with how many techniques each has.
class RegionListModel : public unknot::CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles { RegionIdRole = Qt::UserRole + 1, NameRole, TechniqueCountRole };
    Q_ENUM(Roles)

    explicit RegionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload() override;

    QList<int> m_counts;
};

} // namespace unknot
