// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/cataloglistmodel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace unknot {

struct Technique;

// The techniques that serve one region (every technique when regionId is empty), optionally
// only those for one goal ("carpal-tunnel", "running", ...).
class TechniqueListModel : public unknot::CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString regionId READ regionId WRITE setRegionId NOTIFY regionIdChanged)
    // Empty: every goal.
    Q_PROPERTY(QString goal READ goal WRITE setGoal NOTIFY goalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The goals the region's techniques serve, whatever the goal filter, in a fixed order:
    // [{goalId, name, count, selected}], for filter chips.
    Q_PROPERTY(QVariantList goals READ goals NOTIFY goalsChanged)

public:
    enum Roles {
        TechniqueIdRole = Qt::UserRole + 1,
        TitleRole,
        PurposeRole,
        IntensityRole,
        StepCountRole,
        MinutesRole,
        BothSidesRole,
        IntensityNameRole,
        EquipmentNamesRole,
        GoalsRole,
        GoalNamesRole,
        // What it takes, in one line: "6 min · Firm · Massage ball and table · Both sides".
        FactsRole,
    };
    Q_ENUM(Roles)

    explicit TechniqueListModel(QObject *parent = nullptr);

    QString regionId() const { return m_regionId; }
    void setRegionId(const QString &regionId);
    QString goal() const { return m_goal; }
    void setGoal(const QString &goal);
    int count() const { return int(m_items.size()); }
    QVariantList goals() const { return m_goals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void regionIdChanged();
    void goalChanged();
    void countChanged();
    void goalsChanged();

private:
    void reload() override;

    QString m_regionId;
    QString m_goal;
    QList<const Technique *> m_items;
    QVariantList m_goals;
};

} // namespace unknot
