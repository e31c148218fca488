// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace unknot {

class Catalog;
class SessionRepository;

// Past sessions, newest first. Loaded a page at a time (fetchMore) so years of history scroll
// without reading everything up front.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The history is provided by the app core")
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        TechniqueIdRole,
        TitleRole,
        RegionNameRole,
        StartedAtRole,
        CompletedRole,
        StepsCompletedRole,
        StepsTotalRole,
        PainBeforeRole, // -1 when not rated
        PainAfterRole,  // -1 when not rated
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 50;

    HistoryModel(SessionRepository *repository, const Catalog *catalog, QObject *parent = nullptr);

    int totalCount() const { return m_total; }
    // Re-reads from the start, e.g. after a session was saved.
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged();

private:
    SessionRepository *m_repository;
    const Catalog *m_catalog;
    QList<SessionRecord> m_rows;
    int m_total = 0;
};

} // namespace unknot
