// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminders.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "links/deeplink.h"
#include "plan/planrepository.h"
#include "platform/remindernotifier.h"
#include "reminders/logging.h"
#include "reminders/reminderlistmodel.h"
#include "reminders/reminderrepository.h"
#include "reminders/reminderscheduler.h"
#include "reminders/reminderstatus.h"

#include <QPointer>

#include <algorithm>

namespace unknot {

namespace {

constexpr int kDefaultMinuteOfDay = 8 * 60;

// The rules' verdict on a draft, and on its plan target's name, which fromDraft() cannot keep.
ReminderProblems checked(const Reminder &reminder, const QVariantMap &draft, const Catalog *catalog)
{
    ReminderProblems problems = ReminderRules::check(reminder, catalog);
    const QString plan = draft.value(QStringLiteral("plan")).toString();
    if (!ReminderRules::planTargetFromName(plan))
        problems.target =
            Reminders::tr("Unknot does not know what \"%1\" should open.").arg(plan.left(40));
    return problems;
}

QVariantMap problemMap(const ReminderProblems &problems)
{
    QVariantMap map;
    const auto put = [&](const char *key, const QString &message) {
        if (!message.isEmpty())
            map.insert(QLatin1String(key), message);
    };
    put("time", problems.time);
    put("weekdays", problems.weekdays);
    put("target", problems.target);
    put("label", problems.label);
    return map;
}

} // namespace

Reminders::Reminders(QSqlDatabase db, const Catalog *catalog, ReminderNotifier *notifier,
                     QObject *parent)
    : QObject(parent), m_catalog(catalog), m_notifier(notifier),
      m_repository(std::make_unique<ReminderRepository>(db)),
      m_plan(std::make_unique<PlanRepository>(std::move(db))),
      m_scheduler(new ReminderScheduler(m_repository.get(), m_plan.get(), catalog, notifier, this)),
      m_list(new ReminderListModel(catalog, m_scheduler, this)),
      m_health(new ReminderStatus(notifier, this))
{
    connect(m_scheduler, &ReminderScheduler::synced, m_list, &ReminderListModel::refreshNextFire);
    connect(m_scheduler, &ReminderScheduler::synced, m_health, &ReminderStatus::refresh);
    m_list->setReminders(m_repository->all());
    m_scheduler->sync();
}

Reminders::~Reminders() = default;

void Reminders::changed()
{
    m_list->setReminders(m_repository->all());
    m_scheduler->sync();
}

void Reminders::reload()
{
    changed();
}

void Reminders::sync()
{
    m_scheduler->sync();
}

void Reminders::planChanged()
{
    const QList<Reminder> &all = m_list->reminders();
    if (std::any_of(all.cbegin(), all.cend(),
                    [](const Reminder &r) { return r.forPlan() && r.skipIfDone && r.enabled; }))
        m_scheduler->sync();
}

void Reminders::startChecking()
{
    m_scheduler->startChecking();
}

Reminder Reminders::fromDraft(const QVariantMap &draft)
{
    Reminder r;
    r.id = draft.value(QStringLiteral("id")).toLongLong();
    bool ok = false;
    const int minute = draft.value(QStringLiteral("minuteOfDay")).toInt(&ok);
    r.minuteOfDay = ok ? minute : -1;
    r.weekdays = draft.value(QStringLiteral("weekdays")).toInt();
    // An unknown name reads as none here; checked() refuses it.
    r.plan = ReminderRules::planTargetFromName(draft.value(QStringLiteral("plan")).toString())
                 .value_or(Reminder::PlanTarget::None);
    r.techniqueId = draft.value(QStringLiteral("techniqueId")).toString();
    r.regionId = draft.value(QStringLiteral("regionId")).toString();
    r.label = draft.value(QStringLiteral("label")).toString().simplified();
    r.enabled = draft.value(QStringLiteral("enabled"), true).toBool();
    r.skipIfDone = draft.value(QStringLiteral("skipIfDone")).toBool();
    return r;
}

QVariantMap Reminders::toDraft(const Reminder &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("minuteOfDay"), r.minuteOfDay},
            {QStringLiteral("weekdays"), r.weekdays},
            {QStringLiteral("plan"), ReminderRules::planTargetName(r.plan)},
            {QStringLiteral("techniqueId"), r.techniqueId},
            {QStringLiteral("regionId"), r.regionId},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("enabled"), r.enabled},
            {QStringLiteral("skipIfDone"), r.skipIfDone}};
}

QVariantMap Reminders::newDraft() const
{
    Reminder r;
    r.minuteOfDay = kDefaultMinuteOfDay;
    r.weekdays = ReminderRules::kAllWeekdays;
    if (hasPlan())
        r.plan = Reminder::PlanTarget::Open;
    return toDraft(r);
}

bool Reminders::hasPlan() const
{
    return !m_plan->entries().isEmpty();
}

QVariantMap Reminders::draftFor(qint64 id) const
{
    const std::optional<Reminder> stored = m_repository->byId(id);
    return stored ? toDraft(*stored) : QVariantMap();
}

QVariantMap Reminders::check(const QVariantMap &draft) const
{
    return problemMap(checked(fromDraft(draft), draft, m_catalog));
}

QVariantMap Reminders::save(const QVariantMap &draft)
{
    Reminder r = fromDraft(draft);
    const ReminderProblems problems = checked(r, draft, m_catalog);
    if (!problems.isEmpty())
        return problemMap(problems);

    const bool first = m_repository->all().isEmpty() && r.id == 0;
    bool written = false;
    if (r.id > 0) {
        const std::optional<Reminder> stored = m_repository->byId(r.id);
        if (stored) {
            r.createdAt = stored->createdAt;
            written = m_repository->update(r);
        }
    } else {
        r.createdAt = m_scheduler->now().toUTC();
        written = m_repository->add(r) > 0;
    }
    if (!written) {
        const QString message =
            m_repository->errorText().isEmpty()
                ? tr("This reminder no longer exists; it may have been deleted.")
                : tr("The reminder could not be saved: %1").arg(m_repository->errorText());
        emit failed(message);
        return {{QStringLiteral("storage"), message}};
    }
    changed();
    if (first && m_notifier && !m_permissionAsked) {
        m_permissionAsked = true;
        QPointer<Reminders> self(this);
        m_notifier->requestPermission([self](bool granted) {
            qCInfo(lcReminders) << "notification permission" << (granted ? "granted" : "denied");
            if (self) {
                self->m_health->refresh();
                self->m_scheduler->sync();
            }
        });
    }
    return {};
}

bool Reminders::setEnabled(qint64 id, bool enabled)
{
    if (!m_repository->setEnabled(id, enabled)) {
        emit failed(tr("The reminder could not be changed: %1").arg(m_repository->errorText()));
        return false;
    }
    changed();
    return true;
}

bool Reminders::remove(qint64 id)
{
    const std::optional<Reminder> stored = m_repository->byId(id);
    if (!stored || !m_repository->remove(id)) {
        emit failed(tr("The reminder could not be deleted: %1").arg(m_repository->errorText()));
        return false;
    }
    m_removed = stored;
    emit undoChanged();
    changed();
    return true;
}

bool Reminders::undoRemove()
{
    if (!m_removed)
        return false;
    if (m_repository->add(*m_removed) == 0) {
        emit failed(tr("The reminder could not be put back: %1").arg(m_repository->errorText()));
        return false;
    }
    m_removed.reset();
    emit undoChanged();
    changed();
    return true;
}

QVariantList Reminders::techniqueChoices() const
{
    QVariantList choices;
    if (!m_catalog)
        return choices;
    for (const Technique &t : m_catalog->techniques())
        choices << QVariantMap{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.title}};
    return choices;
}

QVariantList Reminders::regionChoices() const
{
    QVariantList choices;
    for (const QString &id : Regions::allIds()) {
        choices << QVariantMap{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), Regions::displayName(id)}};
    }
    return choices;
}

void Reminders::clearPendingDraft()
{
    if (m_pendingDraft.isEmpty() && m_pendingMessage.isEmpty())
        return;
    m_pendingDraft.clear();
    m_pendingMessage.clear();
    emit pendingDraftChanged();
}

void Reminders::openLink(const DeepLink &link)
{
    Reminder r;
    r.minuteOfDay = link.minuteOfDay >= 0 ? link.minuteOfDay : kDefaultMinuteOfDay;
    r.weekdays = link.weekdays;
    QStringList problems = link.problems;
    if (!link.techniqueId.isEmpty()) {
        if (m_catalog && m_catalog->hasTechnique(link.techniqueId))
            r.techniqueId = link.techniqueId;
        else
            problems << tr("The technique \"%1\" is not in this version of Unknot.")
                            .arg(link.techniqueId);
    }
    if (!link.regionId.isEmpty()) {
        if (Regions::isKnownId(link.regionId))
            r.regionId = link.regionId;
        else
            problems << tr("Unknot does not know the body region \"%1\".").arg(link.regionId);
    }
    r.label = link.label;
    m_pendingDraft = toDraft(r);
    m_pendingMessage =
        problems.isEmpty()
            ? QString()
            : tr("Some of the link could not be used: %1 Check the reminder before saving it.")
                  .arg(problems.join(QLatin1Char(' ')));
    emit pendingDraftChanged();
    emit draftRequested();
}

} // namespace unknot
