// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/jsonimport.h"

#include "plan/planrepository.h"
#include "reminders/reminderjson.h"
#include "safety/clearance.h"
#include "safety/clearancerepository.h"
#include "safety/healthanswerrepository.h"
#include "safety/healthchecklist.h"
#include "storage/sessionrepository.h"
#include "transfer/customtechniquebackup.h"
#include "transfer/exportformat.h"
#include "transfer/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace unknot::JsonImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonImport", text);
}

// Reads typed fields from one object, remembering the first problem with its place.
class Reader
{
public:
    Reader(const QJsonObject &object, QString place, QString *error)
        : m_object(object), m_place(std::move(place)), m_error(error)
    {}

    QString string(const char *key, bool required = true, bool allowEmpty = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
            return fail(key, tr("text")), QString();
        return v.toString();
    }
    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) ||
            d > double(max))
            return fail(key, tr("a whole number from %1 to %2").arg(min).arg(max)), min;
        return qint64(d);
    }
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return integer(key, min, max);
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool())
            return fail(key, tr("true or false")), false;
        return v.toBool();
    }
    bool ok() const { return m_error->isEmpty(); }

private:
    void fail(const char *key, const QString &expected)
    {
        if (m_error->isEmpty())
            *m_error = tr("%1: \"%2\" should be %3.").arg(m_place, QLatin1String(key), expected);
    }

    const QJsonObject &m_object;
    QString m_place;
    QString *m_error;
};

// Sessions from 1970 to 2200; offsets as far as real time zones go.
constexpr qint64 kMaxMs = 7258118400000;
constexpr int kMaxOffsetMin = 18 * 60;

std::optional<QList<HealthAnswer>> parseHealthAnswers(const QJsonArray &list, QString *problem)
{
    QList<HealthAnswer> out;
    QSet<QString> flags;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = tr("Health answer %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            *problem = tr("%1 is not a health-checklist answer.").arg(place);
            return std::nullopt;
        }
        const QJsonObject o = list.at(i).toObject();
        Reader r(o, place, problem);
        HealthAnswer a;
        a.flag = r.string("flag", true, false);
        a.answeredAt = r.integer("answeredAt", 0, kMaxMs);
        if (!r.ok())
            return std::nullopt;
        if (!HealthChecklist::isKnownFlag(a.flag)) {
            *problem =
                tr("%1 names \"%2\", which is not on the health checklist.").arg(place, a.flag);
            return std::nullopt;
        }
        if (flags.contains(a.flag)) {
            *problem = tr("%1 repeats \"%2\"; the file is damaged.").arg(place, a.flag);
            return std::nullopt;
        }
        flags.insert(a.flag);
        out << a;
    }
    return out;
}

std::optional<QList<PlanEntry>> parsePlan(const QJsonObject &plan, QString *problem)
{
    const QJsonValue entriesValue = plan.value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        *problem = tr("The plan's \"entries\" should be a list.");
        return std::nullopt;
    }
    const QJsonArray list = entriesValue.toArray();
    if (list.size() > kMaxPlanEntries) {
        *problem = tr("The plan lists %1 techniques; at most %2 can be restored.")
                       .arg(list.size())
                       .arg(kMaxPlanEntries);
        return std::nullopt;
    }
    QList<PlanEntry> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = tr("Plan entry %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            *problem = tr("%1 is not a plan entry.").arg(place);
            return std::nullopt;
        }
        const QJsonObject o = list.at(i).toObject();
        Reader r(o, place, problem);
        PlanEntry e;
        e.techniqueId = r.string("techniqueId", true, false);
        const QString side = r.string("side");
        const QString frequency = r.string("frequency");
        e.timesPerWeek = int(r.integer("timesPerWeek", 0, 7));
        e.weekdays = int(r.integer("weekdays", 0, 127));
        const QString addedOn = r.string("addedOn", false);
        if (!r.ok())
            return std::nullopt;
        const std::optional<PlanEntry::Side> s = sideFromKey(side);
        const std::optional<PlanEntry::Frequency> f = frequencyFromKey(frequency);
        if (!s || !f) {
            *problem = tr("%1 has an unknown side or schedule.").arg(place);
            return std::nullopt;
        }
        e.side = *s;
        e.frequency = *f;
        if (!addedOn.isEmpty()) {
            e.addedOn = QDate::fromString(addedOn, Qt::ISODate);
            if (!e.addedOn.isValid()) {
                *problem = tr("%1 has a start date that is not a date.").arg(place);
                return std::nullopt;
            }
        }
        if (const QString wrong = e.problem(); !wrong.isEmpty()) {
            *problem = tr("%1: %2").arg(place, wrong);
            return std::nullopt;
        }
        out << e;
    }
    return out;
}

} // namespace

std::optional<Contents> parse(const QByteArray &json, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("This file is not a complete Unknot export (it cannot be read as JSON: "
                       "%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != ExportFormat::kName)
        return fail(tr("This file is not an Unknot export."));
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != std::floor(version.toDouble()))
        return fail(tr("This Unknot export has no valid format version."));
    if (version.toDouble() > ExportFormat::kVersion)
        return fail(tr("This file was exported by a newer version of Unknot (format %1; this "
                       "version reads up to %2). Update the app to restore it.")
                        .arg(version.toDouble())
                        .arg(ExportFormat::kVersion));

    const auto array = [&](const char *key, QJsonArray *out) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return true; // a section may be absent
        if (!v.isArray()) {
            problem = tr("\"%1\" should be a list.").arg(QLatin1String(key));
            return false;
        }
        *out = v.toArray();
        return true;
    };
    QJsonArray sessions, reminders, regionStatus, healthAnswers, customTechniques;
    if (!array("sessions", &sessions) || !array("reminders", &reminders) ||
        !array("regionStatus", &regionStatus) || !array("healthAnswers", &healthAnswers) ||
        !array("customTechniques", &customTechniques))
        return fail(problem);

    Contents c;
    QSet<qint64> ids;
    QSet<QPair<qint64, QString>> identities;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QString place = tr("Session %1").arg(i + 1);
        if (!sessions.at(i).isObject())
            return fail(tr("%1 is not a session record.").arg(place));
        const QJsonObject o = sessions.at(i).toObject();
        Reader r(o, place, &problem);
        Session s;
        if (o.contains(QLatin1String("id"))) {
            const qint64 id = r.integer("id", 1, std::numeric_limits<qint32>::max());
            if (r.ok() && ids.contains(id))
                return fail(tr("%1 repeats the id %2 of an earlier session; the file is damaged.")
                                .arg(place)
                                .arg(id));
            ids.insert(id);
        }
        s.techniqueId = r.string("techniqueId", true, false);
        s.regionId = r.string("regionId", true, false);
        s.sides = r.string("sides", false);
        const qint64 startedAt = r.integer("startedAt", 0, kMaxMs);
        const QTimeZone zone(int(r.integer("utcOffsetMin", -kMaxOffsetMin, kMaxOffsetMin)) * 60);
        s.startedAt = QDateTime::fromMSecsSinceEpoch(startedAt, zone);
        if (const std::optional<qint64> endedAt = r.optionalInteger("endedAt", 0, kMaxMs))
            s.endedAt = QDateTime::fromMSecsSinceEpoch(*endedAt, zone);
        s.stepsCompleted = int(r.integer("stepsCompleted", 0, 1000));
        s.stepsTotal = int(r.integer("stepsTotal", 0, 1000));
        s.completed = r.boolean("completed");
        if (const std::optional<qint64> pain = r.optionalInteger("painBefore", 0, 10))
            s.painBefore = int(*pain);
        if (const std::optional<qint64> pain = r.optionalInteger("painAfter", 0, 10))
            s.painAfter = int(*pain);
        s.stoppedForPain = r.boolean("stoppedForPain");
        s.note = r.string("note", false);
        if (!r.ok())
            return fail(problem);
        const QPair<qint64, QString> identity{startedAt, s.techniqueId};
        if (identities.contains(identity))
            return fail(tr("%1 is listed twice in the file (same technique, same start); the "
                           "file is damaged.")
                            .arg(place));
        identities.insert(identity);
        c.sessions << s;
    }
    if (std::optional<QList<unknot::Reminder>> parsed = ReminderJson::parse(reminders, &problem))
        c.reminders = std::move(*parsed);
    else
        return fail(problem);
    QSet<QString> regions;
    for (qsizetype i = 0; i < regionStatus.size(); ++i) {
        const QString place = tr("Region status %1").arg(i + 1);
        const QJsonObject o = regionStatus.at(i).toObject();
        if (!regionStatus.at(i).isObject())
            return fail(tr("%1 is not a region status.").arg(place));
        Reader r(o, place, &problem);
        RegionStatus st;
        st.regionId = r.string("regionId", true, false);
        st.clearance = r.string("clearance");
        st.clearedOn = r.string("clearedOn", false);
        st.clearedBy = r.string("clearedBy", false);
        st.note = r.string("note", false);
        st.updatedAt = r.integer("updatedAt", 0, kMaxMs);
        if (!r.ok())
            return fail(problem);
        if (!clearanceFromName(st.clearance))
            return fail(tr("%1 has an unknown clearance \"%2\".").arg(place, st.clearance));
        if (!st.clearedOn.isEmpty() && !QDate::fromString(st.clearedOn, Qt::ISODate).isValid())
            return fail(tr("%1 has a clearance date that is not a date.").arg(place));
        if (regions.contains(st.regionId))
            return fail(
                tr("%1 repeats the region %2; the file is damaged.").arg(place, st.regionId));
        regions.insert(st.regionId);
        c.regionStatus << st;
    }
    if (std::optional<QList<HealthAnswer>> answers = parseHealthAnswers(healthAnswers, &problem))
        c.healthAnswers = std::move(*answers);
    else
        return fail(problem);
    const QJsonValue plan = root.value(QLatin1String("plan"));
    if (!plan.isUndefined()) {
        if (!plan.isObject())
            return fail(tr("\"plan\" should be a plan."));
        c.plan = parsePlan(plan.toObject(), &problem);
        if (!c.plan)
            return fail(problem);
    }
    if (std::optional<QList<QJsonObject>> custom =
            CustomTechniqueBackup::parse(customTechniques, &problem))
        c.customTechniques = std::move(*custom);
    else
        return fail(problem);
    const QJsonValue settings = root.value(QLatin1String("settings"));
    if (!settings.isUndefined()) {
        if (!settings.isObject())
            return fail(tr("\"settings\" should be a set of named values."));
        const QJsonObject o = settings.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return fail(tr("The setting \"%1\" should be text.").arg(it.key()));
            c.settings.insert(it.key(), it.value().toString());
        }
    }
    return c;
}

namespace {

// Through the clearance's own repository: a region's row is taken whole (state, day,
// practitioner, note) when it is newer than the one here.
bool mergeRegionStatus(const QSqlDatabase &db, const QList<RegionStatus> &list, Result *result,
                       QString *error)
{
    ClearanceRepository repository(db);
    for (const RegionStatus &st : list) {
        const std::optional<RegionClearance> here = repository.byRegion(st.regionId);
        if (!repository.errorText().isEmpty())
            return (*error = repository.errorText()), false;
        if (here && here->updatedAt >= st.updatedAt)
            continue;
        RegionClearance c;
        c.regionId = st.regionId;
        c.clearance = clearanceFromName(st.clearance).value_or(Clearance::Unknown);
        c.clearedOn = QDate::fromString(st.clearedOn, Qt::ISODate);
        c.clearedBy = st.clearedBy;
        c.note = st.note;
        c.updatedAt = st.updatedAt;
        if (!repository.save(c))
            return (*error = repository.errorText()), false;
        ++result->clearancesTaken;
    }
    return true;
}

bool mergeHealthAnswers(const QSqlDatabase &db, const QList<HealthAnswer> &answers, Result *result,
                        QString *error)
{
    HealthAnswerRepository repository(db);
    const std::optional<QStringList> ticked = repository.ticked();
    if (!ticked)
        return (*error = repository.errorText()), false;
    for (const HealthAnswer &a : answers) {
        if (ticked->contains(a.flag))
            continue; // ticked here already: that date stays
        if (!repository.setTicked(a.flag, true, a.answeredAt))
            return (*error = repository.errorText()), false;
        ++result->healthAnswersAdded;
    }
    return true;
}

bool mergePlan(const QSqlDatabase &db, const std::optional<QList<PlanEntry>> &plan, Result *result,
               QString *error)
{
    if (!plan || plan->isEmpty())
        return true;
    PlanRepository repository(db);
    const QList<PlanEntry> here = repository.entries();
    if (!repository.errorText().isEmpty())
        return (*error = repository.errorText()), false;
    if (!here.isEmpty()) {
        result->planKept = true;
        return true;
    }
    QList<PlanEntry> entries = *plan;
    for (PlanEntry &e : entries)
        if (!e.addedOn.isValid())
            e.addedOn = QDate::currentDate();
    if (!repository.replaceAllInOpenTransaction(entries))
        return (*error = repository.errorText()), false;
    result->planRestored = true;
    return true;
}

} // namespace

void renameTechniques(Contents *contents, const QHash<QString, QString> &newIds)
{
    if (newIds.isEmpty())
        return;
    for (Session &s : contents->sessions)
        s.techniqueId = newIds.value(s.techniqueId, s.techniqueId);
    if (contents->plan)
        for (PlanEntry &e : *contents->plan)
            e.techniqueId = newIds.value(e.techniqueId, e.techniqueId);
}

Result merge(QSqlDatabase db, const Contents &c, const Progress &progress)
{
    Result result;
    if (!db.isOpen() || !db.transaction()) {
        result.error =
            tr("Your records cannot be written right now: %1").arg(db.lastError().text());
        return result;
    }
    QSqlQuery q(db);
    const auto abort = [&](const QSqlQuery &failed) {
        result.error =
            tr("Restoring failed and nothing was changed: %1").arg(failed.lastError().text());
        db.rollback();
        qCWarning(lcTransfer).noquote() << "import:" << result.error;
        return Result{false, result.error};
    };

    SessionRepository sessions(db);
    const auto abortWith = [&](const QString &error) {
        result.error = tr("Restoring failed and nothing was changed: %1").arg(error);
        db.rollback();
        qCWarning(lcTransfer).noquote() << "import:" << result.error;
        return Result{false, result.error};
    };
    for (const Session &s : c.sessions) {
        const std::optional<bool> present = sessions.containsStart(s.techniqueId, s.startedAt);
        if (!present)
            return abortWith(sessions.errorText());
        if (*present) {
            ++result.sessionsAlreadyPresent;
            continue;
        }
        if (sessions.addInOpenTransaction(s) <= 0)
            return abortWith(sessions.errorText());
        ++result.sessionsAdded;
        const qsizetype done = result.sessionsAdded + result.sessionsAlreadyPresent;
        if (progress && done % 256 == 0)
            progress(done, c.sessions.size());
    }

    QString problem;
    if (!ReminderJson::merge(db, c.reminders, &problem))
        return abortWith(problem);
    result.remindersChanged = !c.reminders.isEmpty();
    if (!mergeRegionStatus(db, c.regionStatus, &result, &problem) ||
        !mergeHealthAnswers(db, c.healthAnswers, &result, &problem) ||
        !mergePlan(db, c.plan, &result, &problem))
        return abortWith(problem);
    for (auto it = c.settings.begin(); it != c.settings.end(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) ON "
                                 "CONFLICT (key) DO NOTHING"));
        q.bindValue(QStringLiteral(":key"), it.key());
        q.bindValue(QStringLiteral(":value"), it.value());
        if (!q.exec())
            return abort(q);
    }
    if (!db.commit()) {
        result.error =
            tr("Restoring failed and nothing was changed: %1").arg(db.lastError().text());
        db.rollback();
        return result;
    }
    result.ok = true;
    return result;
}

Result importJson(QSqlDatabase db, const QByteArray &json, const Progress &progress)
{
    Result result;
    const std::optional<Contents> contents = parse(json, &result.error);
    if (!contents)
        return result;
    return merge(std::move(db), *contents, progress);
}

} // namespace unknot::JsonImport
