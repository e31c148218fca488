// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("catalog.h")

namespace unknot {

class Catalog;
struct Technique;

// The techniques that serve one region.
class TechniqueListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(unknot::Catalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString regionId READ regionId WRITE setRegionId NOTIFY regionIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        TechniqueIdRole = Qt::UserRole + 1,
        TitleRole,
        PurposeRole,
        IntensityRole,
        StepCountRole,
        MinutesRole,
        BothSidesRole,
    };
    Q_ENUM(Roles)

    explicit TechniqueListModel(QObject *parent = nullptr);

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);
    QString regionId() const { return m_regionId; }
    void setRegionId(const QString &regionId);
    int count() const { return int(m_items.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void catalogChanged();
    void regionIdChanged();
    void countChanged();

private:
    void reload();

    QPointer<Catalog> m_catalog;
    QString m_regionId;
    QList<const Technique *> m_items;
};

} // namespace unknot
