// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/customtechniquebackup.h"

#include "custom/customtechniquerepository.h"
#include "custom/customtechniquerules.h"
#include "custom/customtechniques.h"
#include "transfer/logging.h"

#include <QCoreApplication>
#include <QSet>

namespace unknot::CustomTechniqueBackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonImport", text);
}

QString idOf(const QJsonObject &carried)
{
    return carried.value(QLatin1String("definition"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

// What makes two techniques the same one: everything but the id.
QJsonObject withoutId(QJsonObject definition)
{
    definition.remove(QLatin1String("id"));
    return definition;
}

} // namespace

bool forEach(const QSqlDatabase &db, const QString &voiceDir,
             const std::function<bool(const QJsonObject &carried)> &take, QString *error)
{
    const CustomTechniqueRepository repository(db);
    const QList<StoredCustomTechnique> stored = repository.all();
    if (!repository.errorText().isEmpty()) {
        if (error)
            *error = repository.errorText();
        return false;
    }
    // No catalog and no microphone: this instance only reads (carry) on the export thread.
    const CustomTechniques custom(db, voiceDir, nullptr, nullptr);
    for (const StoredCustomTechnique &s : stored) {
        const QJsonObject carried = custom.carry(s.id);
        if (!carried.isEmpty() && !take(carried))
            return false;
    }
    return true;
}

std::optional<QList<QJsonObject>> parse(const QJsonArray &list, QString *error)
{
    if (list.size() > kMaxTechniques) {
        *error = tr("The backup lists %1 techniques of your own; at most %2 can be restored.")
                     .arg(list.size())
                     .arg(kMaxTechniques);
        return std::nullopt;
    }
    QList<QJsonObject> out;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = tr("Own technique %1").arg(i + 1);
        const QJsonObject carried = list.at(i).toObject();
        if (!list.at(i).isObject() || !carried.value(QLatin1String("definition")).isObject()) {
            *error = tr("%1 is not a technique.").arg(place);
            return std::nullopt;
        }
        const QString id = idOf(carried);
        if (!CustomTechniqueRules::isCustomId(id)) {
            *error = tr("%1 has no id of a technique of your own.").arg(place);
            return std::nullopt;
        }
        if (ids.contains(id)) {
            *error = tr("%1 repeats the id of an earlier one; the file is damaged.").arg(place);
            return std::nullopt;
        }
        ids.insert(id);
        out << carried;
    }
    return out;
}

Restore::Restore(QSqlDatabase db, QString voiceDir)
    : m_custom(std::make_unique<CustomTechniques>(db, std::move(voiceDir), nullptr, nullptr)),
      m_db(std::move(db))
{}

Restore::~Restore() = default;

bool Restore::take(const QList<QJsonObject> &carried, QString *error)
{
    const CustomTechniqueRepository repository(m_db);
    const QList<StoredCustomTechnique> present = repository.all();
    if (!repository.errorText().isEmpty()) {
        *error = repository.errorText();
        return false;
    }
    for (qsizetype i = 0; i < carried.size(); ++i) {
        const QJsonObject definition = carried.at(i).value(QLatin1String("definition")).toObject();
        const QString backupId = definition.value(QLatin1String("id")).toString();
        const QJsonObject same = withoutId(definition);
        const auto here =
            std::find_if(present.cbegin(), present.cend(), [&same](const StoredCustomTechnique &s) {
                return withoutId(s.definition) == same;
            });
        if (here != present.cend()) {
            m_idMap.insert(backupId, here->id);
            continue;
        }
        QStringList problems;
        const QString id = m_custom->takeCarried(carried.at(i), &problems);
        if (id.isEmpty()) {
            const QString title = definition.value(QLatin1String("title")).toString();
            *error = tr("Your technique \"%1\" (%2 of %3 in the backup) cannot be restored: %4")
                         .arg(title.isEmpty() ? backupId : title)
                         .arg(i + 1)
                         .arg(carried.size())
                         .arg(problems.join(QLatin1Char(' ')));
            undo();
            return false;
        }
        m_added << id;
        m_idMap.insert(backupId, id);
    }
    return true;
}

void Restore::undo()
{
    for (const QString &id : std::as_const(m_added)) {
        if (!m_custom->remove(id))
            qCWarning(lcTransfer).noquote()
                << "restore: could not take back the technique" << id << m_custom->errorText();
    }
    m_added.clear();
    m_idMap.clear();
}

} // namespace unknot::CustomTechniqueBackup
