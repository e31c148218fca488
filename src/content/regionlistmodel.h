// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("catalog.h")

namespace unknot {

class Catalog;

// Every body region, head to feet, with how many techniques each has.
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(unknot::Catalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)

public:
    enum Roles { RegionIdRole = Qt::UserRole + 1, NameRole, TechniqueCountRole };
    Q_ENUM(Roles)

    explicit RegionListModel(QObject *parent = nullptr);

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void catalogChanged();

private:
    void reload();

    QPointer<Catalog> m_catalog;
    QList<int> m_counts;
};

} // namespace unknot
