// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentloader.h"

#include "content/logging.h"
#include "content/techniquereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace unknot {

namespace {

constexpr int kFormatVersion = 1;

// Problems with a file as a whole: nothing in it can be trusted, so none of it loads.
void reportFile(ContentLoadResult &result, const QString &file, const QString &field,
                const QString &message)
{
    result.problems.append({file, {}, field, message});
}

} // namespace

QString ContentProblem::toString() const
{
    QString where = file;
    if (techniqueId.startsWith(QLatin1Char('#')))
        where += QStringLiteral(", technique %1").arg(techniqueId);
    else if (!techniqueId.isEmpty())
        where += QStringLiteral(", technique \"%1\"").arg(techniqueId);
    if (!field.isEmpty())
        where += QStringLiteral(", %1").arg(field);
    return where + QLatin1String(": ") + message;
}

ContentLoader::ContentLoader(QString audioDir) : m_audioDir(std::move(audioDir)) {}

QString ContentLoader::stepClipName(const QString &techniqueId, int stepIndex)
{
    return QStringLiteral("steps/%1/%2.mp3")
        .arg(techniqueId)
        .arg(stepIndex + 1, 2, 10, QLatin1Char('0'));
}

QString ContentLoader::safetyClipName(const QString &techniqueId)
{
    return QStringLiteral("safety/%1.mp3").arg(techniqueId);
}

QString ContentLoader::stepAudioPath(const QString &audioDir, const QString &techniqueId,
                                     int stepIndex)
{
    return audioDir + QLatin1Char('/') + stepClipName(techniqueId, stepIndex);
}

void ContentLoader::checkLinks(ContentLoadResult &result)
{
    QHash<QString, const Technique *> byId;
    for (const Technique &t : std::as_const(result.techniques))
        byId.insert(t.id, &t);
    QSet<QString> broken;
    for (const Technique &t : std::as_const(result.techniques)) {
        for (const QString &id : t.firmerVersionIds) {
            if (!byId.contains(id)) {
                result.problems.append({t.sourceFile, t.id, QStringLiteral("firmerVersions"),
                                        QStringLiteral("\"%1\" is not a technique in the "
                                                       "library")
                                            .arg(id)});
                broken.insert(t.id);
            }
        }
    }
    // A firmer version of a firmer version must never lead back: walk each chain.
    for (const Technique &t : std::as_const(result.techniques)) {
        QStringList path = {t.id};
        QStringList frontier = t.firmerVersionIds;
        while (!frontier.isEmpty() && !broken.contains(t.id)) {
            const QString next = frontier.takeFirst();
            if (next == t.id) {
                result.problems.append({t.sourceFile, t.id, QStringLiteral("firmerVersions"),
                                        QStringLiteral("leads back to itself through firmer "
                                                       "versions; links go one way, gentle to "
                                                       "firm")});
                broken.insert(t.id);
            } else if (!path.contains(next) && byId.contains(next)) {
                path << next;
                frontier += byId.value(next)->firmerVersionIds;
            }
        }
    }
    // A broken technique's links are dropped (a missing id, or the whole chain of a cycle);
    // the technique itself still loads.
    for (Technique &t : result.techniques) {
        if (broken.contains(t.id))
            t.firmerVersionIds.clear();
    }
}

ContentLoadResult ContentLoader::loadDirectory(const QString &contentDir) const
{
    ContentLoadResult result;
    const QDir dir(contentDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        reportFile(result, contentDir, {}, QStringLiteral("holds no technique files (*.json)"));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            reportFile(result, name, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
            continue;
        }
        parseFile(f.readAll(), name, result);
    }
    checkLinks(result);
    for (const ContentProblem &p : std::as_const(result.problems))
        qCWarning(lcContent).noquote() << p.toString();
    qCInfo(lcContent) << "loaded" << result.techniques.size() << "techniques with"
                      << result.problems.size() << "problems";
    return result;
}

void ContentLoader::parseFile(const QByteArray &json, const QString &fileName,
                              ContentLoadResult &result) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in bytes; a line number is what an editor shows.
        const QByteArray before = json.left(error.offset);
        reportFile(result, fileName, {},
                   QStringLiteral("is not valid JSON: %1 on line %2")
                       .arg(error.errorString())
                       .arg(before.count('\n') + 1));
        return;
    }
    if (!doc.isObject()) {
        reportFile(result, fileName, {},
                   QStringLiteral("must be an object like {\"formatVersion\": %1, \"techniques\": "
                                  "[...]}, but is a list")
                       .arg(kFormatVersion));
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (version.isUndefined()) {
        reportFile(result, fileName, QStringLiteral("formatVersion"),
                   QStringLiteral("is missing; this app reads version %1").arg(kFormatVersion));
        return;
    }
    if (!version.isDouble() || version.toDouble() != kFormatVersion) {
        reportFile(result, fileName, QStringLiteral("formatVersion"),
                   QStringLiteral("is %1, but this app reads version %2 only")
                       .arg(version.isDouble() ? QString::number(version.toDouble())
                                               : describeJsonType(version))
                       .arg(kFormatVersion));
        return;
    }
    const QJsonValue list = root.value(QLatin1String("techniques"));
    if (!list.isArray()) {
        reportFile(result, fileName, QStringLiteral("techniques"),
                   list.isUndefined() ? QStringLiteral("is missing")
                                      : QStringLiteral("must be a list of techniques, but is %1")
                                            .arg(describeJsonType(list)));
        return;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("formatVersion") && it.key() != QLatin1String("techniques"))
            reportFile(result, fileName, it.key(),
                       QStringLiteral("is not a file field; a file holds only \"formatVersion\" "
                                      "and \"techniques\""));
    }

    const QJsonArray techniques = list.toArray();
    for (qsizetype index = 0; index < techniques.size(); ++index) {
        const QJsonValue value = techniques.at(index);
        const QString rawId = value.toObject().value(QLatin1String("id")).toString().trimmed();
        const QString label = rawId.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : rawId;
        TechniqueCheck check(fileName, label, result.problems);
        if (!value.isObject()) {
            check.report(
                {}, QStringLiteral("must be an object, but is %1").arg(describeJsonType(value)));
            continue;
        }
        if (!rawId.isEmpty()) {
            const auto seen = result.fileOfId.constFind(rawId);
            if (seen == result.fileOfId.cend())
                result.fileOfId.insert(rawId, fileName);
            else if (*seen == fileName)
                check.report(QStringLiteral("id"),
                             QStringLiteral("is used by an earlier technique in this file too; "
                                            "ids must be unique"));
            else
                check.report(QStringLiteral("id"),
                             QStringLiteral("is used by a technique in %1 too; ids must be "
                                            "unique across all files")
                                 .arg(*seen));
        }
        Technique t = readTechnique(value.toObject(), m_audioDir, check);
        t.sourceFile = fileName;
        if (check.ok())
            result.techniques.append(std::move(t));
    }
}

} // namespace unknot
