// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "plan/logging.h"
#include "plan/planfile.h"
#include "platform/filesharer.h"
#include "session/guidedsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

#include <memory>

namespace unknot {

namespace {

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

Plan::Plan(QSqlDatabase db, const Catalog *catalog, GuidedSession *session, FileSharer *sharer,
           QObject *parent)
    : QAbstractListModel(parent), m_repository(std::move(db)), m_catalog(catalog),
      m_session(session), m_sharer(sharer), m_now([] { return QDateTime::currentDateTime(); })
{
    if (!m_session)
        return;
    // The rows of a run are linked to it as they are written.
    connect(m_session, &GuidedSession::rowRecorded, this, [this](qint64 sessionId, qint64 runId) {
        if (!m_repository.linkSession(sessionId, runId))
            qCWarning(lcPlan) << "could not link session" << sessionId << "to run" << runId;
    });
    // What is done today changes with every session.
    connect(m_session, &GuidedSession::saved, this, [this] {
        if (m_loaded)
            load();
    });
}

Plan::~Plan()
{
    // A file still being read or written: its result has nowhere to go, but the thread must
    // end first.
    if (m_importThread)
        m_importThread->wait();
    if (m_exportThread)
        m_exportThread->wait();
}

void Plan::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDate Plan::today() const
{
    return m_now().date();
}

int Plan::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QHash<int, QByteArray> Plan::roleNames() const
{
    return {{EntryIdRole, "entryId"},      {TechniqueIdRole, "techniqueId"},
            {TitleRole, "title"},          {SideRole, "side"},
            {SideTextRole, "sideText"},    {TwoSidedRole, "twoSided"},
            {FrequencyRole, "frequency"},  {TimesPerWeekRole, "timesPerWeek"},
            {WeekdaysRole, "weekdays"},    {ScheduleTextRole, "scheduleText"},
            {StatusRole, "status"},        {StatusTextRole, "statusText"},
            {TodayOrderRole, "todayOrder"}};
}

QVariant Plan::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case TechniqueIdRole:
        return e.techniqueId;
    case TitleRole: {
        const QString title = m_catalog->titleOf(e.techniqueId);
        return title.isEmpty() ? e.techniqueId : title;
    }
    case SideRole:
        return sideKey(e.side);
    case SideTextRole:
        return sideText(e);
    case TwoSidedRole:
        return isTwoSided(e.techniqueId);
    case FrequencyRole:
        return frequencyKey(e.frequency);
    case TimesPerWeekRole:
        return e.timesPerWeek;
    case WeekdaysRole:
        return e.weekdays;
    case ScheduleTextRole:
        return scheduleText(e);
    case StatusRole:
        switch (statusOf(e)) {
        case PlanSchedule::Status::Due:
            return QStringLiteral("due");
        case PlanSchedule::Status::Done:
            return QStringLiteral("done");
        case PlanSchedule::Status::Rest:
            return QStringLiteral("rest");
        }
        return {};
    case StatusTextRole:
        return statusText(e);
    case TodayOrderRole: {
        if (statusOf(e) == PlanSchedule::Status::Rest)
            return -1;
        int order = 0;
        for (int row = 0; row < index.row(); ++row)
            order += statusOf(m_entries.at(row)) != PlanSchedule::Status::Rest;
        return order;
    }
    }
    return {};
}

PlanSchedule::Status Plan::statusOf(const PlanEntry &e) const
{
    return PlanSchedule::statusOn(e, m_week, today());
}

QString Plan::sideText(const PlanEntry &e) const
{
    const Technique *t = m_catalog->technique(e.techniqueId);
    if (t && t->isCentre())
        return {};
    switch (e.side) {
    case PlanEntry::Side::Left:
        return tr("Left side");
    case PlanEntry::Side::Right:
        return tr("Right side");
    case PlanEntry::Side::Both:
        break;
    }
    return tr("Both sides");
}

QString Plan::scheduleText(const PlanEntry &e) const
{
    switch (e.frequency) {
    case PlanEntry::Frequency::Daily:
        return tr("Every day");
    case PlanEntry::Frequency::TimesPerWeek:
        return tr("%n time(s) a week", "", e.timesPerWeek);
    case PlanEntry::Frequency::Weekdays:
        break;
    }
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        if (e.weekdays & (1 << (day - 1)))
            days << QLocale().dayName(day, QLocale::ShortFormat);
    return days.join(QStringLiteral(", "));
}

QString Plan::statusText(const PlanEntry &e) const
{
    switch (statusOf(e)) {
    case PlanSchedule::Status::Done:
        return tr("Done today");
    case PlanSchedule::Status::Due:
        if (e.frequency == PlanEntry::Frequency::TimesPerWeek)
            return tr("Due: %1 of %2 done this week")
                .arg(PlanSchedule::daysDoneInWeek(e, m_week, today()))
                .arg(e.timesPerWeek);
        return tr("Due today");
    case PlanSchedule::Status::Rest:
        break;
    }
    if (e.frequency == PlanEntry::Frequency::TimesPerWeek)
        return tr("Done %n time(s) this week", "", e.timesPerWeek);
    return tr("Not today");
}

int Plan::dueCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [this](const PlanEntry &e) {
        return statusOf(e) == PlanSchedule::Status::Due;
    }));
}

int Plan::doneCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [this](const PlanEntry &e) {
        return statusOf(e) == PlanSchedule::Status::Done;
    }));
}

void Plan::load()
{
    beginResetModel();
    m_entries = m_repository.entries();
    const QDate day = today();
    m_week = m_repository.activityBetween(PlanSchedule::mondayOf(day), day);
    m_loaded = true;
    endResetModel();
    emit changed();
}

bool Plan::contains(const QString &techniqueId) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const PlanEntry &e) { return e.techniqueId == techniqueId; });
}

bool Plan::isTwoSided(const QString &techniqueId) const
{
    const Technique *t = m_catalog->technique(techniqueId);
    return t && !t->isCentre();
}

QVariant Plan::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const PlanEntry &e = m_entries.at(row);
    return QVariantMap{{QStringLiteral("techniqueId"), e.techniqueId},
                       {QStringLiteral("side"), sideKey(e.side)},
                       {QStringLiteral("frequency"), frequencyKey(e.frequency)},
                       {QStringLiteral("timesPerWeek"), e.timesPerWeek},
                       {QStringLiteral("weekdays"), e.weekdays},
                       {QStringLiteral("twoSided"), isTwoSided(e.techniqueId)}};
}

QString Plan::readEntry(const QString &side, const QString &frequency, int timesPerWeek,
                        int weekdays, PlanEntry *entry) const
{
    const std::optional<PlanEntry::Side> s = sideFromKey(side);
    const std::optional<PlanEntry::Frequency> f = frequencyFromKey(frequency);
    if (!s || !f)
        return tr("Choose a side and how often.");
    entry->side = *s;
    entry->frequency = *f;
    entry->timesPerWeek = *f == PlanEntry::Frequency::TimesPerWeek ? timesPerWeek : 0;
    entry->weekdays = *f == PlanEntry::Frequency::Weekdays ? weekdays : 0;
    return entry->problem();
}

QString Plan::add(const QString &techniqueId, const QString &side, const QString &frequency,
                  int timesPerWeek, int weekdays)
{
    if (!m_catalog->hasTechnique(techniqueId))
        return tr("This technique is not available.");
    PlanEntry e;
    e.techniqueId = techniqueId;
    e.addedOn = today();
    if (const QString problem = readEntry(side, frequency, timesPerWeek, weekdays, &e);
        !problem.isEmpty())
        return problem;
    if (m_repository.add(e) <= 0)
        return tr("The plan could not be saved: %1").arg(m_repository.errorText());
    load();
    return {};
}

QString Plan::change(int row, const QString &side, const QString &frequency, int timesPerWeek,
                     int weekdays)
{
    if (row < 0 || row >= m_entries.size())
        return tr("This entry is no longer in the plan.");
    PlanEntry e = m_entries.at(row);
    if (const QString problem = readEntry(side, frequency, timesPerWeek, weekdays, &e);
        !problem.isEmpty())
        return problem;
    if (!m_repository.update(e))
        return tr("The plan could not be saved: %1").arg(m_repository.errorText());
    load();
    return {};
}

bool Plan::remove(int row)
{
    if (row < 0 || row >= m_entries.size() || !m_repository.remove(m_entries.at(row).id))
        return false;
    load();
    return true;
}

bool Plan::move(int from, int to)
{
    if (from < 0 || from >= m_entries.size() || to < 0 || to >= m_entries.size() || from == to)
        return false;
    if (!m_repository.move(m_entries.at(from).id, to))
        return false;
    load();
    return true;
}

QList<GuidedSession::RunItem> Plan::dueItems()
{
    if (!m_loaded)
        load();
    QList<GuidedSession::RunItem> items;
    for (const PlanEntry &e : std::as_const(m_entries)) {
        const Technique *t = m_catalog->technique(e.techniqueId);
        if (!t || statusOf(e) != PlanSchedule::Status::Due)
            continue;
        GuidedSession::RunItem item{e.techniqueId, m_catalog->defaultRegionFor(e.techniqueId)};
        if (!t->isCentre() && e.side != PlanEntry::Side::Both) {
            const Side side = e.side == PlanEntry::Side::Left ? Side::Left : Side::Right;
            item.regionId = Regions::onSide(Regions::baseOf(item.regionId), side);
            item.thisSideOnly = true;
        }
        items.append(item);
    }
    return items;
}

QVariantList Plan::dueStarts()
{
    QVariantList starts;
    const QList<GuidedSession::RunItem> items = dueItems();
    for (const GuidedSession::RunItem &item : items) {
        // A both-sides entry works both sides of its region: "both" is what the check reads.
        const QString where = item.thisSideOnly ? item.regionId : QStringLiteral("both");
        starts << QVariantMap{{QStringLiteral("techniqueId"), item.techniqueId},
                              {QStringLiteral("where"), where},
                              {QStringLiteral("thisSideOnly"), item.thisSideOnly}};
    }
    return starts;
}

QString Plan::startToday()
{
    const QList<GuidedSession::RunItem> items = dueItems();
    if (items.isEmpty())
        return tr("Nothing in your plan is due today.");
    if (!m_session)
        return tr("Sessions cannot run here.");
    const qint64 run = m_repository.addRun(m_now(), int(items.size()));
    if (run <= 0)
        return tr("The plan run could not be saved: %1").arg(m_repository.errorText());
    if (!m_session->startRun(items, run))
        return tr("Today's plan could not be started.");
    return {};
}

QVariantList Plan::adherence(int weeks) const
{
    QVariantList out;
    if (weeks < 1)
        return out;
    const QDate day = today();
    const QDate firstMonday = PlanSchedule::mondayOf(day).addDays(-7 * (weeks - 1));
    const QList<PlanActivity> activity = m_repository.activityBetween(firstMonday, day);
    const QList<PlanEntry> entries = m_loaded ? m_entries : m_repository.entries();
    for (int w = 0; w < weeks; ++w) {
        const PlanSchedule::Week week =
            PlanSchedule::weekAdherence(entries, activity, firstMonday.addDays(7 * w), day);
        out.append(QVariantMap{{QStringLiteral("monday"), week.monday},
                               {QStringLiteral("planned"), week.planned},
                               {QStringLiteral("done"), week.done}});
    }
    return out;
}

QString Plan::suggestedFileName() const
{
    return QStringLiteral("unknot-plan-%1.%2")
        .arg(today().toString(Qt::ISODate), QLatin1String(PlanFile::kSuffix));
}

QList<CustomTechniques::ToCarry> Plan::techniquesToCarry() const
{
    // Each custom technique the plan names travels with it, once, with its recordings.
    QList<CustomTechniques::ToCarry> techniques;
    QStringList carriedIds;
    for (const PlanEntry &e : std::as_const(m_entries)) {
        if (!m_custom || !m_custom->isCustom(e.techniqueId) || carriedIds.contains(e.techniqueId))
            continue;
        const std::optional<CustomTechniques::ToCarry> technique = m_custom->toCarry(e.techniqueId);
        if (!technique)
            continue; // deleted meanwhile: the other phone is told it is missing
        carriedIds << e.techniqueId;
        techniques << *technique;
    }
    return techniques;
}

QList<QJsonObject> Plan::readCarried(const QList<CustomTechniques::ToCarry> &techniques)
{
    QList<QJsonObject> carried;
    for (const CustomTechniques::ToCarry &technique : techniques)
        carried << CustomTechniques::readCarried(technique);
    return carried;
}

QString Plan::writeFile(const QString &path, const QList<PlanEntry> &entries,
                        const QDateTime &exportedAt, const QList<QJsonObject> &carried)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(PlanFile::write(entries, exportedAt, carried)) < 0 || !file.commit())
        return tr("The plan could not be written: %1").arg(file.errorString());
    return {};
}

QString Plan::exportTo(const QUrl &target)
{
    if (!m_loaded)
        load();
    if (m_entries.isEmpty())
        return tr("The plan is empty: add a technique first.");
    return writeFile(localPath(target), m_entries, m_now(), readCarried(techniquesToCarry()));
}

void Plan::saveInBackground(const QUrl &target)
{
    startExport(localPath(target), false);
}

QString Plan::share()
{
    if (!m_sharer)
        return tr("This device has no share sheet.");
    const QString path = QDir(m_sharer->shareFolder()).filePath(suggestedFileName());
    QDir().mkpath(m_sharer->shareFolder());
    startExport(path, true);
    return {};
}

void Plan::startExport(const QString &path, bool thenShare)
{
    if (m_exportThread)
        return; // the buttons wait while a file is written
    if (!m_loaded)
        load();
    if (m_entries.isEmpty()) {
        emit exportFinished(tr("The plan is empty: add a technique first."), false);
        return;
    }
    // The records are read here (they belong to this thread); the recordings, and the JSON
    // with their base64 (megabytes for a plan with recordings), on a worker thread.
    auto error = std::make_shared<QString>();
    m_exportThread = QThread::create(
        [error, path, entries = m_entries, now = m_now(), techniques = techniquesToCarry()] {
            QElapsedTimer timer;
            timer.start();
            *error = writeFile(path, entries, now, readCarried(techniques));
            qCInfo(lcPlan) << "plan file written in" << timer.elapsed() << "ms";
        });
    connect(m_exportThread, &QThread::finished, this, [this, error, path, thenShare] {
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        emit exportBusyChanged();
        if (error->isEmpty() && thenShare && m_sharer &&
            !m_sharer->share(path, QLatin1String(PlanFile::kMimeType), tr("Unknot plan")))
            *error = tr("The share sheet could not be opened.");
        emit exportFinished(*error, thenShare && error->isEmpty());
    });
    m_exportThread->start(QThread::LowPriority);
    emit exportBusyChanged();
}

QSet<QString> Plan::knownTechniqueIds() const
{
    QSet<QString> ids;
    for (const Technique &t : m_catalog->techniques())
        ids.insert(t.id);
    return ids;
}

QList<CustomTechniques::Stored> Plan::storedCustomTechniques() const
{
    return m_custom ? m_custom->storedForMatching() : QList<CustomTechniques::Stored>();
}

Plan::ImportRead Plan::readImport(const QString &path, const QSet<QString> &knownIds,
                                  const QList<CustomTechniques::Stored> &stored)
{
    ImportRead read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = tr("The plan file could not be opened: %1").arg(file.errorString());
        return read;
    }
    // The size is known before anything is read (a content:// file may not say it: then one
    // byte past the limit is read, so that a larger file is told as such).
    if (file.size() > PlanFile::kMaxBytes) {
        read.error = tr("This file is too large to be an Unknot plan (more than %1 MiB).")
                         .arg(PlanFile::kMaxBytes / 1024 / 1024);
        return read;
    }
    const QByteArray json = file.read(PlanFile::kMaxBytes + 1);
    read.contents =
        PlanFile::parse(json, [&knownIds](const QString &id) { return knownIds.contains(id); });
    if (!read.contents.ok) {
        read.error = read.contents.error;
        return read;
    }
    if (!read.contents.techniques.isEmpty()) {
        const QHash<QByteArray, QString> here = CustomTechniques::fingerprints(stored);
        for (const CustomTechniques::Checked &t : std::as_const(read.contents.techniques)) {
            if (const QString id = here.value(t.fingerprint); !id.isEmpty())
                read.alreadyHere.insert(t.carriedId, id);
        }
    }
    return read;
}

QString Plan::previewImport(const QUrl &source)
{
    cancelImport();
    return holdImport(readImport(localPath(source), knownTechniqueIds(), storedCustomTechniques()));
}

void Plan::openImport(const QUrl &source)
{
    if (m_importThread) {
        // One read at a time; the file opened last is the one shown in the end.
        m_queuedImport = source;
        return;
    }
    cancelImport();
    auto read = std::make_shared<ImportRead>();
    m_importThread = QThread::create([read, path = localPath(source), known = knownTechniqueIds(),
                                      stored = storedCustomTechniques()] {
        QElapsedTimer timer;
        timer.start();
        *read = readImport(path, known, stored);
        qCInfo(lcPlan) << "plan file read and checked in" << timer.elapsed() << "ms";
    });
    connect(m_importThread, &QThread::finished, this, [this, read] {
        m_importThread->deleteLater();
        m_importThread = nullptr;
        emit importBusyChanged();
        if (const QString error = holdImport(*read); !error.isEmpty())
            emit importFailed(error);
        else
            emit importOffered();
        if (!m_queuedImport.isEmpty())
            openImport(std::exchange(m_queuedImport, QUrl()));
    });
    m_importThread->start(QThread::LowPriority);
    emit importBusyChanged();
}

QString Plan::holdImport(const ImportRead &read)
{
    if (!read.error.isEmpty())
        return read.error;
    const PlanFile::Contents &contents = read.contents;
    if (!contents.techniques.isEmpty() && !m_custom)
        return tr("This plan carries custom techniques, which cannot be added here.");
    m_pending = contents.entries;
    m_pendingTechniques = contents.techniques;
    m_pendingAlreadyHere = read.alreadyHere;
    QStringList notes;
    if (!contents.unknownTechniques.isEmpty())
        notes << tr("Left out, not in this version of Unknot: %1.")
                     .arg(contents.unknownTechniques.join(QStringLiteral(", ")));
    if (!read.alreadyHere.isEmpty())
        notes << tr("%n custom technique(s) already on this phone will not be added again.", "",
                    int(read.alreadyHere.size()));
    m_importNotes = notes.join(QLatin1Char('\n'));
    QHash<QString, QString> carriedTitles;
    for (const CustomTechniques::Checked &t : std::as_const(m_pendingTechniques)) {
        carriedTitles.insert(t.carriedId, t.title);
        m_pendingTechniquesView.append(
            QVariantMap{{QStringLiteral("title"), t.title},
                        {QStringLiteral("recordings"), int(t.audio.size())},
                        {QStringLiteral("alreadyHere"), read.alreadyHere.contains(t.carriedId)}});
    }
    for (const PlanEntry &e : std::as_const(m_pending)) {
        const QString side = sideText(e);
        const QString title = carriedTitles.contains(e.techniqueId)
                                  ? carriedTitles.value(e.techniqueId)
                                  : m_catalog->titleOf(e.techniqueId);
        m_pendingView.append(
            QVariantMap{{QStringLiteral("title"), title},
                        {QStringLiteral("scheduleText"),
                         side.isEmpty() ? scheduleText(e)
                                        : QStringLiteral("%1 · %2").arg(side, scheduleText(e))}});
    }
    emit pendingImportChanged();
    return {};
}

QString Plan::applyImport()
{
    if (m_pending.isEmpty())
        return tr("There is no plan waiting to be imported.");
    // The techniques first: each new one under a new id, the same one imported before under
    // its id here. On any failure those added now are removed again and the plan is untouched.
    QHash<QString, QString> idHere = m_pendingAlreadyHere;
    QStringList added;
    const auto undo = [this, &added] {
        for (const QString &id : std::as_const(added))
            if (!m_custom->remove(id))
                qCWarning(lcPlan) << "could not remove the half-imported technique" << id;
    };
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < m_pendingTechniques.size(); ++i) {
        const CustomTechniques::Checked &t = m_pendingTechniques.at(i);
        if (idHere.contains(t.carriedId))
            continue;
        QStringList errors;
        const QString id = m_custom->takeChecked(t, &errors);
        if (id.isEmpty()) {
            undo();
            return tr("Custom technique %1 (%2) could not be added, so nothing was imported: %3")
                .arg(i + 1)
                .arg(t.title, errors.join(QLatin1Char(' ')));
        }
        added << id;
        idHere.insert(t.carriedId, id);
    }
    QList<PlanEntry> entries = m_pending;
    for (PlanEntry &e : entries) {
        e.addedOn = today();
        e.techniqueId = idHere.value(e.techniqueId, e.techniqueId);
    }
    if (!m_repository.replaceAll(entries)) {
        undo();
        return tr("The plan could not be saved: %1").arg(m_repository.errorText());
    }
    qCInfo(lcPlan) << "imported a plan of" << entries.size() << "entries and" << added.size()
                   << "new custom technique(s) in" << timer.elapsed() << "ms";
    cancelImport();
    load();
    return {};
}

void Plan::cancelImport()
{
    if (m_pending.isEmpty() && m_pendingView.isEmpty() && m_importNotes.isEmpty() &&
        m_pendingTechniques.isEmpty())
        return;
    m_pending.clear();
    m_pendingView.clear();
    m_importNotes.clear();
    m_pendingTechniques.clear();
    m_pendingAlreadyHere.clear();
    m_pendingTechniquesView.clear();
    emit pendingImportChanged();
}

} // namespace unknot
