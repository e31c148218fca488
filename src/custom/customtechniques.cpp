// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/customtechniques.h"

#include "content/catalog.h"
#include "content/contentterms.h"
#include "content/regions.h"
#include "custom/customtechniquerules.h"
#include "custom/logging.h"
#include "custom/voicerecorder.h"
#include "session/guidedsession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

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

QJsonObject CustomTechniques::carry(const QString &id) const
{
    const std::optional<ToCarry> technique = toCarry(id);
    return technique ? readCarried(*technique) : QJsonObject();
}

std::optional<CustomTechniques::ToCarry> CustomTechniques::toCarry(const QString &id) const
{
    const std::optional<StoredCustomTechnique> stored = m_repository.byId(id);
    if (!stored)
        return std::nullopt;
    ToCarry technique{stored->definition, {}};
    for (auto it = stored->voiceFiles.cbegin(); it != stored->voiceFiles.cend(); ++it)
        technique.voicePaths.insert(it.key(), voicePath(it.value()));
    return technique;
}

QJsonObject CustomTechniques::readCarried(const ToCarry &technique)
{
    QJsonArray recordings;
    for (auto it = technique.voicePaths.cbegin(); it != technique.voicePaths.cend(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCarriedRecordingBytes)
            continue; // a step without its recording is spoken instead: still a whole technique
        recordings.append(
            QJsonObject{{QStringLiteral("step"), it.key()},
                        {QStringLiteral("file"), QFileInfo(it.value()).suffix()},
                        {QStringLiteral("data"), QString::fromLatin1(file.readAll().toBase64())}});
    }
    return {{QStringLiteral("definition"), technique.definition},
            {QStringLiteral("recordings"), recordings}};
}

QString CustomTechniques::takeCarried(const QJsonObject &carried, QStringList *errors)
{
    errors->clear();
    const std::optional<Checked> checked = checkCarried(carried, errors);
    if (!checked)
        return {};
    return takeChecked(*checked, errors);
}

std::optional<CustomTechniques::Checked> CustomTechniques::checkCarried(const QJsonObject &carried,
                                                                        QStringList *errors)
{
    errors->clear();
    Checked out;
    QJsonObject definition = carried.value(QStringLiteral("definition")).toObject();
    out.carriedId = definition.value(QStringLiteral("id")).toString();
    definition.insert(QStringLiteral("id"), CustomTechniqueRules::newId());
    QList<ContentProblem> problems;
    const Technique checked = CustomTechniqueRules::check(definition, problems);
    for (const ContentProblem &p : std::as_const(problems))
        *errors << (p.field.isEmpty() ? p.message : p.field + QLatin1Char(' ') + p.message);
    if (!errors->isEmpty())
        return std::nullopt;
    out.title = checked.title;

    // Each recording is checked before any is written: a WAV or MP4 audio file, within the
    // size limit, for a step the technique has, once.
    const QJsonValue recordingsValue = carried.value(QStringLiteral("recordings"));
    if (!recordingsValue.isUndefined() && !recordingsValue.isArray())
        *errors << tr("The recordings are not a list.");
    const QJsonArray recordings = recordingsValue.toArray();
    for (qsizetype i = 0; i < recordings.size(); ++i) {
        const QJsonObject r = recordings.at(i).toObject();
        const QJsonValue stepValue = r.value(QStringLiteral("step"));
        const int step = stepValue.toInt(-1);
        const QString suffix = r.value(QStringLiteral("file")).toString();
        const QString encoded = r.value(QStringLiteral("data")).toString();
        // Base64 of the largest accepted recording is 4/3 of it: anything longer is refused
        // before it is decoded.
        const bool tooLong = encoded.size() > (kMaxCarriedRecordingBytes + 2) / 3 * 4;
        const QByteArray data =
            tooLong ? QByteArray()
                    : QByteArray::fromBase64(encoded.toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        const bool wav =
            suffix == QLatin1String("wav") && data.startsWith("RIFF") && data.mid(8, 4) == "WAVE";
        const bool m4a = suffix == QLatin1String("m4a") && data.mid(4, 4) == "ftyp";
        if (!stepValue.isDouble() || step < 0 || step >= checked.steps.size() ||
            out.audio.contains(step))
            *errors << tr("Recording %1 names no step of the technique, or one twice.").arg(i + 1);
        else if (tooLong || data.isEmpty() || data.size() > kMaxCarriedRecordingBytes)
            *errors << tr("Recording %1 is empty or too large.").arg(i + 1);
        else if (!wav && !m4a)
            *errors << tr("Recording %1 is not a WAV or M4A sound file.").arg(i + 1);
        else {
            out.audio.insert(step, data);
            out.suffixes.insert(step, suffix);
        }
    }
    if (!errors->isEmpty())
        return std::nullopt;
    out.definition = definition;
    out.fingerprint = fingerprintOf(definition, out.audio, out.suffixes);
    return out;
}

QString CustomTechniques::takeChecked(const Checked &checked, QStringList *errors)
{
    errors->clear();
    const QString id = CustomTechniqueRules::newId();
    QJsonObject definition = checked.definition;
    definition.insert(QStringLiteral("id"), id);

    // Written as ".part" files first: a kill leaves nothing a technique names (load() sweeps).
    if (!checked.audio.isEmpty() && !QDir().mkpath(m_voiceDir)) {
        *errors << tr("The folder for recordings cannot be created.");
        return {};
    }
    QMap<int, QString> voices;
    const auto dropWritten = [&] {
        for (const QString &file : std::as_const(voices))
            QFile::remove(voicePath(file));
    };
    for (auto it = checked.audio.cbegin(); it != checked.audio.cend(); ++it) {
        const QString suffix = checked.suffixes.value(it.key());
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString part = voicePath(name + QLatin1String(".part.") + suffix);
        const QString finalName = name + QLatin1Char('.') + suffix;
        QFile f(part);
        const bool written = f.open(QIODevice::WriteOnly) && f.write(*it) == it->size();
        const bool flushed = f.flush();
        f.close();
        if (!written || !flushed || f.error() != QFileDevice::NoError ||
            !QFile::rename(part, voicePath(finalName))) {
            qCWarning(lcCustom) << "could not write a carried recording:" << f.errorString();
            QFile::remove(part);
            dropWritten();
            *errors << tr("A recording could not be saved.");
            return {};
        }
        voices.insert(it.key(), finalName);
    }
    if (!m_repository.save({id, definition, voices, {}, {}})) {
        dropWritten();
        *errors << tr("The technique could not be saved: %1").arg(m_repository.errorText());
        return {};
    }
    qCInfo(lcCustom) << "took a carried technique as" << id << "with" << voices.size()
                     << "recording(s)";
    rebuild();
    return id;
}

QByteArray CustomTechniques::fingerprintOf(QJsonObject definition,
                                           const QMap<int, QByteArray> &audio,
                                           const QMap<int, QString> &suffixes)
{
    definition.remove(QStringLiteral("id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Object keys are sorted in compact JSON: the same definition gives the same text.
    hash.addData(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    for (auto it = audio.cbegin(); it != audio.cend(); ++it) {
        hash.addData(QByteArray::number(it.key()) + ':' + suffixes.value(it.key()).toLatin1() +
                     ':' + QByteArray::number(it->size()) + ':');
        hash.addData(*it);
    }
    return hash.result();
}

QList<CustomTechniques::Stored> CustomTechniques::storedForMatching() const
{
    QList<Stored> out;
    const QList<StoredCustomTechnique> all = m_repository.all();
    for (const StoredCustomTechnique &s : all) {
        Stored one{s.id, s.definition, {}};
        for (auto it = s.voiceFiles.cbegin(); it != s.voiceFiles.cend(); ++it)
            one.voicePaths.insert(it.key(), voicePath(it.value()));
        out.append(one);
    }
    return out;
}

QHash<QByteArray, QString> CustomTechniques::fingerprints(const QList<Stored> &stored)
{
    QHash<QByteArray, QString> out;
    for (const Stored &s : stored) {
        QMap<int, QByteArray> audio;
        QMap<int, QString> suffixes;
        for (auto it = s.voicePaths.cbegin(); it != s.voicePaths.cend(); ++it) {
            QFile file(*it);
            if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCarriedRecordingBytes)
                continue; // as carry() leaves it out
            audio.insert(it.key(), file.readAll());
            suffixes.insert(it.key(), QFileInfo(*it).suffix());
        }
        out.insert(fingerprintOf(s.definition, audio, suffixes), s.id);
    }
    return out;
}

bool CustomTechniques::isCustom(const QString &id) const
{
    return CustomTechniqueRules::isCustomId(id);
}

} // namespace unknot
