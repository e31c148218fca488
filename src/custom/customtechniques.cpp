// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/customtechniques.h"

#include "content/catalog.h"
#include "content/contentterms.h"
#include "content/regions.h"
#include "custom/customtechniquerules.h"
#include "custom/logging.h"
#include "custom/voicerecorder.h"
#include "session/guidedsession.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace unknot {

namespace {

QVariantList asFieldErrors(const QList<ContentProblem> &problems)
{
    QVariantList out;
    for (const ContentProblem &p : problems)
        out << QVariantMap{{QStringLiteral("field"), p.field},
                           {QStringLiteral("message"), p.message}};
    return out;
}

QVariantMap result(bool ok, const QString &id, const QVariantList &errors)
{
    return {
        {QStringLiteral("ok"), ok}, {QStringLiteral("id"), id}, {QStringLiteral("errors"), errors}};
}

// A file name the recorder made: no folders, nothing hidden.
bool isPlainFileName(const QString &file)
{
    return !file.isEmpty() && !file.contains(QLatin1Char('/')) &&
           !file.contains(QLatin1Char('\\')) && !file.startsWith(QLatin1Char('.'));
}

} // namespace

CustomTechniques::CustomTechniques(QSqlDatabase db, QString voiceDir, Catalog *catalog,
                                   MicrophoneAccess *microphone, QObject *parent)
    : QObject(parent), m_repository(std::move(db)), m_voiceDir(std::move(voiceDir)),
      m_catalog(catalog), m_microphone(microphone)
{}

CustomTechniques::~CustomTechniques() = default;

VoiceRecorder *CustomTechniques::recorder()
{
    if (!m_recorder)
        m_recorder = new VoiceRecorder(m_voiceDir, m_microphone, this);
    return m_recorder;
}

QString CustomTechniques::voicePath(const QString &file) const
{
    return QDir(m_voiceDir).filePath(file);
}

void CustomTechniques::setSession(GuidedSession *session)
{
    m_session = session;
    connect(session, &GuidedSession::phaseChanged, this, [this] {
        if (m_publishPending && !m_session->active())
            publish();
    });
}

void CustomTechniques::load()
{
    rebuild();
    // Whatever is in the folder that no technique names: a recording cut off by a kill (".part"),
    // or one made for a draft that was never saved.
    const QStringList referenced = m_repository.referencedVoiceFiles();
    if (m_repository.errorText().isEmpty()) {
        QStringList stray;
        for (const QString &name : QDir(m_voiceDir).entryList(QDir::Files)) {
            if (!referenced.contains(name))
                stray << name;
        }
        for (const QString &name : std::as_const(stray)) {
            qCInfo(lcCustom) << "removing an unused recording" << name;
            QFile::remove(voicePath(name));
        }
    }
}

void CustomTechniques::rebuild()
{
    m_techniques.clear();
    const QList<StoredCustomTechnique> stored = m_repository.all();
    m_error = m_repository.errorText();
    for (const StoredCustomTechnique &s : stored) {
        QList<ContentProblem> problems;
        Technique t = CustomTechniqueRules::check(s.definition, problems);
        if (!problems.isEmpty()) {
            // Stored by an older version with other rules: kept in the table, not offered.
            qCWarning(lcCustom).noquote()
                << "custom technique" << s.id << "no longer passes:" << problems.first().toString();
            continue;
        }
        for (auto it = s.voiceFiles.cbegin(); it != s.voiceFiles.cend(); ++it) {
            if (it.key() < t.steps.size() && QFile::exists(voicePath(it.value())))
                t.steps[it.key()].audioPath = voicePath(it.value());
        }
        m_techniques.append(t);
    }
    publish();
    emit changed();
}

void CustomTechniques::publish()
{
    if (!m_catalog)
        return;
    if (m_session && m_session->active()) {
        m_publishPending = true;
        return;
    }
    m_publishPending = false;
    m_catalog->setCustomTechniques(m_techniques);
}

QVariantMap CustomTechniques::newDraft(const QString &regionId) const
{
    return CustomTechniqueRules::newDraft(regionId);
}

QVariantMap CustomTechniques::draftOf(const QString &id) const
{
    const std::optional<StoredCustomTechnique> s = m_repository.byId(id);
    if (!s)
        return {};
    return CustomTechniqueRules::draftFromDefinition(s->definition, s->voiceFiles);
}

QVariantList CustomTechniques::check(const QVariantMap &draft) const
{
    QVariantMap withId = draft;
    if (withId.value(QStringLiteral("id")).toString().isEmpty())
        withId.insert(QStringLiteral("id"), CustomTechniqueRules::newId());
    QList<ContentProblem> problems;
    CustomTechniqueRules::check(CustomTechniqueRules::definitionFromDraft(withId), problems);
    return asFieldErrors(problems);
}

QVariantMap CustomTechniques::save(const QVariantMap &draft)
{
    QString id = draft.value(QStringLiteral("id")).toString();
    std::optional<StoredCustomTechnique> before;
    if (id.isEmpty()) {
        id = CustomTechniqueRules::newId();
    } else {
        before = m_repository.byId(id);
        if (!before)
            return result(
                false, id,
                {QVariantMap{{QStringLiteral("field"), QString()},
                             {QStringLiteral("message"), tr("This technique no longer exists.")}}});
    }
    QVariantMap withId = draft;
    withId.insert(QStringLiteral("id"), id);
    const QJsonObject definition = CustomTechniqueRules::definitionFromDraft(withId);
    QList<ContentProblem> problems;
    const Technique checked = CustomTechniqueRules::check(definition, problems);
    QMap<int, QString> voices = CustomTechniqueRules::voiceFilesOf(draft);
    const QList<int> recordedSteps = voices.keys();
    for (const int step : recordedSteps) {
        const QString file = voices.value(step);
        if (!isPlainFileName(file) || !QFile::exists(voicePath(file)) ||
            step >= checked.steps.size()) {
            problems.append({QString(), id, QStringLiteral("step %1 recording").arg(step + 1),
                             QStringLiteral("the recording is missing; record it again")});
            voices.remove(step);
        }
    }
    if (!problems.isEmpty())
        return result(false, draft.value(QStringLiteral("id")).toString(), asFieldErrors(problems));

    StoredCustomTechnique stored{id, definition, voices, {}, {}};
    if (!m_repository.save(stored)) {
        m_error = m_repository.errorText();
        return result(false, draft.value(QStringLiteral("id")).toString(),
                      {QVariantMap{{QStringLiteral("field"), QString()},
                                   {QStringLiteral("message"),
                                    tr("The technique could not be saved: %1").arg(m_error)}}});
    }
    if (before)
        deleteUnreferenced(before->voiceFiles.values());
    qCInfo(lcCustom) << (before ? "updated" : "created") << id;
    rebuild();
    return result(true, id, {});
}

bool CustomTechniques::remove(const QString &id)
{
    const std::optional<StoredCustomTechnique> before = m_repository.byId(id);
    if (!before || !m_repository.remove(id)) {
        m_error = m_repository.errorText();
        return false;
    }
    deleteUnreferenced(before->voiceFiles.values());
    qCInfo(lcCustom) << "deleted" << id;
    rebuild();
    return true;
}

void CustomTechniques::discard(const QVariantMap &draft)
{
    deleteUnreferenced(CustomTechniqueRules::voiceFilesOf(draft).values());
}

void CustomTechniques::dropRecording(const QString &file)
{
    deleteUnreferenced({file});
}

void CustomTechniques::deleteUnreferenced(const QStringList &candidates)
{
    const QStringList referenced = m_repository.referencedVoiceFiles();
    if (!m_repository.errorText().isEmpty())
        return; // unsure what is still used: keep everything
    for (const QString &file : candidates) {
        if (isPlainFileName(file) && !referenced.contains(file))
            QFile::remove(voicePath(file));
    }
}

QVariantList CustomTechniques::choices(const QString &what, const QString &regionId) const
{
    QVariantList out;
    const auto add = [&out](const QString &id, const QString &name) {
        out << QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    };
    if (what == QLatin1String("goals")) {
        for (const QString &id : ContentTerms::goals())
            add(id, ContentTerms::goalName(id));
    } else if (what == QLatin1String("equipment")) {
        for (const QString &id : ContentTerms::equipment())
            add(id, ContentTerms::equipmentName(id));
    } else if (what == QLatin1String("intensities")) {
        for (const QString &id : ContentTerms::intensities())
            add(id, ContentTerms::intensityName(id));
    } else if (what == QLatin1String("stepKinds")) {
        for (const QString &id : ContentTerms::stepKinds())
            add(id, ContentTerms::stepKindName(id));
    } else if (what == QLatin1String("sides")) {
        const QString base = Regions::isKnownBase(regionId) ? regionId : Regions::baseOf(regionId);
        if (Regions::isCentreBase(base)) {
            add(QStringLiteral("centre"), tr("The middle"));
            add(QStringLiteral("each-side"), tr("Each side in turn"));
        } else {
            add(QStringLiteral("both"), tr("Both sides"));
            add(QStringLiteral("left"), tr("Left side only"));
            add(QStringLiteral("right"), tr("Right side only"));
        }
    }
    return out;
}

bool CustomTechniques::isCustom(const QString &id) const
{
    return CustomTechniqueRules::isCustomId(id);
}

} // namespace unknot
