// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

#include <QAbstractListModel>
#include <QLocale>
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
    // A deleted session that undoRemoval() can still bring back.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)

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
        // When it started, as text in the local time where it happened (the rule the
        // calendar and streaks follow too), with the UTC offset added when that differs
        // from the device's offset now: short and long (for screen readers) formats.
        WhenTextRole,
        WhenLongTextRole,
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 50;

    // The start of a session in the local time where it happened (see WhenTextRole).
    static QString whenText(const QDateTime &startedAt, QLocale::FormatType format);

    HistoryModel(SessionRepository *repository, const Catalog *catalog, QObject *parent = nullptr);

    int totalCount() const { return m_total; }
    // Re-reads from the start, e.g. after a session was saved.
    Q_INVOKABLE void reload();
    // Deletes the session shown in `row` from the history (kept in memory for one undo).
    Q_INVOKABLE bool removeRow(int row);
    // Puts the last deleted session back where it was.
    Q_INVOKABLE bool undoRemoval();
    bool canUndo() const { return m_removed.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged();
    void canUndoChanged();
    // Sessions were deleted or put back (not emitted for reloads).
    void historyEdited();

private:
    SessionRepository *m_repository;
    const Catalog *m_catalog;
    QList<SessionRecord> m_rows;
    std::optional<SessionRecord> m_removed;
    int m_total = 0;
};

} // namespace unknot
