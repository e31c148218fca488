// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/cataloglistmodel.h"
#include "search/techniquesearch.h"

#include <QtQml/qqmlregistration.h>

namespace unknot {

// The search page's results: techniques matching `query`, best first, each with why it matched
// ("Tennis elbow") and, for a matched condition, its note ("see a clinician ...").
class TechniqueSearchModel : public unknot::CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    // Notes of the conditions the query names, once each (shown above the results).
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultsChanged)
    // Every condition name, for suggestions while nothing is typed.
    Q_PROPERTY(QStringList conditionNames READ conditionNames NOTIFY resultsChanged)

public:
    enum Roles {
        TechniqueIdRole = Qt::UserRole + 1,
        TitleRole,
        ReasonRole,
        NoteRole,
    };
    Q_ENUM(Roles)

    explicit TechniqueSearchModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_hits.size()); }
    QStringList notes() const { return m_notes; }
    QStringList conditionNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();
    void resultsChanged();

private:
    void reload() override;
    void refresh();

    QString m_query;
    TechniqueSearch m_search;
    QList<Condition> m_conditions;
    QList<TechniqueSearch::Hit> m_hits;
    QStringList m_notes;
};

} // namespace unknot
