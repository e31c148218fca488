// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "custom/customtechniques.h"
#include "plan/planentry.h"
#include "plan/planfile.h"
#include "plan/planrepository.h"
#include "plan/planschedule.h"
#include "session/guidedsession.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QThread;

namespace unknot {

class Catalog;
class FileSharer;

// The user's plan as QML sees it (App.plan): the entries in order with what each is today,
// editing, Start (the due ones back to back), adherence per week, and the plan file.
//
// Nothing is read at construction: the first screen's card calls load() once it is up.
class Plan : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The plan is provided by the app core")
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY changed)
    // An import read and waiting for Replace or Cancel: what it would bring, as
    // [{title, scheduleText}], and what the user should know about it.
    Q_PROPERTY(QVariantList pendingImport READ pendingImport NOTIFY pendingImportChanged)
    Q_PROPERTY(QString importNotes READ importNotes NOTIFY pendingImportChanged)
    // The custom techniques the waiting import brings: [{title, recordings, alreadyHere}].
    Q_PROPERTY(QVariantList pendingTechniques READ pendingTechniques NOTIFY pendingImportChanged)
    // A file is being read and checked (openImport()).
    Q_PROPERTY(bool importBusy READ importBusy NOTIFY importBusyChanged)
    // A plan file is being written (saveInBackground(), share()).
    Q_PROPERTY(bool exportBusy READ exportBusy NOTIFY exportBusyChanged)
    Q_PROPERTY(bool canShare READ canShare CONSTANT)

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        TechniqueIdRole,
        TitleRole,
        SideRole,     // "both", "left", "right"
        SideTextRole, // in words; "" for a centre area
        TwoSidedRole, // the side can be chosen
        FrequencyRole,
        TimesPerWeekRole,
        WeekdaysRole,
        ScheduleTextRole,
        StatusRole, // "due", "done", "rest"
        StatusTextRole,
        TodayOrderRole, // place among today's (due or done) entries; -1: not today
    };

    // Neither `session` nor `sharer` (null: no share sheet) is owned.
    Plan(QSqlDatabase db, const Catalog *catalog, GuidedSession *session, FileSharer *sharer,
         QObject *parent = nullptr);
    ~Plan() override;

    // Tests set the time; by default the system's.
    void setClock(std::function<QDateTime()> now);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loaded() const { return m_loaded; }
    int count() const { return int(m_entries.size()); }
    int dueCount() const;
    int doneCount() const;
    QVariantList pendingImport() const { return m_pendingView; }
    QString importNotes() const { return m_importNotes; }
    QVariantList pendingTechniques() const { return m_pendingTechniquesView; }
    bool importBusy() const { return m_importThread != nullptr; }
    bool exportBusy() const { return m_exportThread != nullptr; }
    // Where the custom techniques a plan names come from (export) and go to (import); not
    // owned. Without it a file's custom techniques are refused.
    void setCustomTechniques(CustomTechniques *custom) { m_custom = custom; }
    bool canShare() const { return m_sharer != nullptr; }
    const QList<PlanEntry> &entries() const { return m_entries; }

    // Reads the plan and this week's work (again: after a session, when the day changed).
    Q_INVOKABLE void load();
    Q_INVOKABLE bool contains(const QString &techniqueId) const;
    // Whether a side can be chosen for the technique (a limb's, not a centre area's).
    Q_INVOKABLE bool isTwoSided(const QString &techniqueId) const;
    // The entry at `row` for the editor: {techniqueId, side, frequency, timesPerWeek,
    // weekdays, twoSided}; empty when there is none.
    Q_INVOKABLE QVariant entryAt(int row) const;
    // frequency: "daily", "weekly", "weekdays"; weekdays: Monday = 1 .. Sunday = 64. Each
    // returns "" or what is wrong, in plain words.
    Q_INVOKABLE QString add(const QString &techniqueId, const QString &side,
                            const QString &frequency, int timesPerWeek = 0, int weekdays = 0);
    Q_INVOKABLE QString change(int row, const QString &side, const QString &frequency,
                               int timesPerWeek = 0, int weekdays = 0);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int from, int to);

    // Starts today's due techniques as one session; "" or why not.
    // Today's due techniques as App.safety.checkStarts() reads them
    // ([{techniqueId, where, thisSideOnly}]): the shell checks them before startToday().
    Q_INVOKABLE QVariantList dueStarts();
    Q_INVOKABLE QString startToday();

    // Done against planned for the last `weeks` weeks (Monday to Sunday), oldest first:
    // [{monday (date), planned, done}].
    Q_INVOKABLE QVariantList adherence(int weeks) const;

    Q_INVOKABLE QString suggestedFileName() const;
    // Writes the plan file; "" or what went wrong.
    Q_INVOKABLE QString exportTo(const QUrl &target);
    // The same, for the Save dialog and for the share sheet (share() writes to the share
    // folder, then opens the sheet). The file is built and written on a worker thread (a plan with
    // recordings is megabytes): exportFinished() follows. share() then opens the share sheet; it
    // returns at once, "" or why it cannot share at all.
    Q_INVOKABLE void saveInBackground(const QUrl &target);
    Q_INVOKABLE QString share();
    // Reads a plan file and holds it for Replace or Cancel; "" or why it cannot be used.
    Q_INVOKABLE QString previewImport(const QUrl &source);
    // The same, with the reading, decoding and checking on a worker thread (a file with
    // recordings is megabytes): importOffered() or importFailed() follows.
    Q_INVOKABLE void openImport(const QUrl &source);
    // Replace: the custom techniques first (new ids, or the one already here when the same
    // technique was imported before), then the plan, its entries naming them. A failure
    // anywhere removes the techniques this import added and leaves the old plan.
    Q_INVOKABLE QString applyImport();
    Q_INVOKABLE void cancelImport();

signals:
    void changed();
    void pendingImportChanged();
    // A plan file arrived ("Open with", the share sheet): the UI shows the comparison.
    void importOffered();
    void importFailed(const QString &error);
    void importBusyChanged();
    void exportBusyChanged();
    // `shared`: the share sheet was opened with the file.
    void exportFinished(const QString &error, bool shared);

private:
    QDate today() const;
    QString scheduleText(const PlanEntry &e) const;
    QString sideText(const PlanEntry &e) const;
    PlanSchedule::Status statusOf(const PlanEntry &e) const;
    // What Start runs now: the due entries, each on its side.
    QList<GuidedSession::RunItem> dueItems();
    QString statusText(const PlanEntry &e) const;
    QString readEntry(const QString &side, const QString &frequency, int timesPerWeek, int weekdays,
                      PlanEntry *entry) const;

    struct ImportRead
    {
        PlanFile::Contents contents;
        QHash<QString, QString> alreadyHere; // carried id -> stored id of the same technique
        QString error;
    };
    // Everything of an import that may run off the GUI thread.
    static ImportRead readImport(const QString &path, const QSet<QString> &knownIds,
                                 const QList<CustomTechniques::Stored> &stored);
    QSet<QString> knownTechniqueIds() const;
    // The custom techniques the plan names, as the records hold them (read here); their
    // recordings are read by CustomTechniques::readCarried(), on whichever thread writes.
    QList<CustomTechniques::ToCarry> techniquesToCarry() const;
    static QList<QJsonObject> readCarried(const QList<CustomTechniques::ToCarry> &techniques);
    static QString writeFile(const QString &path, const QList<PlanEntry> &entries,
                             const QDateTime &exportedAt, const QList<QJsonObject> &carried);
    void startExport(const QString &path, bool thenShare);
    QList<CustomTechniques::Stored> storedCustomTechniques() const;
    QString holdImport(const ImportRead &read);

    PlanRepository m_repository;
    const Catalog *m_catalog;
    GuidedSession *m_session;
    FileSharer *m_sharer;
    std::function<QDateTime()> m_now;
    QList<PlanEntry> m_entries;
    QList<PlanActivity> m_week; // this week's completed sessions
    bool m_loaded = false;
    CustomTechniques *m_custom = nullptr;
    QList<PlanEntry> m_pending;
    QList<CustomTechniques::Checked> m_pendingTechniques;
    QHash<QString, QString> m_pendingAlreadyHere;
    QVariantList m_pendingTechniquesView;
    QThread *m_importThread = nullptr;
    QUrl m_queuedImport; // opened while another file was being read
    QThread *m_exportThread = nullptr;
    QVariantList m_pendingView;
    QString m_importNotes;
};

} // namespace unknot
