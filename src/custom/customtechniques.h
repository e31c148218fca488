// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/technique.h"
#include "custom/customtechniquerepository.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>
#include <optional>

Q_MOC_INCLUDE("custom/voicerecorder.h")

namespace unknot {

class Catalog;
class GuidedSession;
class MicrophoneAccess;
class VoiceRecorder;

// The user's own techniques: created, edited and deleted through drafts
// (custom/customtechniquerules.h), checked by the bundled content's rules, kept in SQLite, with
// a recording per step in the voice folder. They join the catalog beside the bundled ones, so
// they are listed and run like them; a change waits while a session runs (the session holds its
// technique).
class CustomTechniques : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Custom techniques are provided by the app core")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(unknot::VoiceRecorder *recorder READ recorder CONSTANT)

public:
    // `voiceDir`: where recordings are kept (created when first needed). `microphone` may be
    // null. Neither `catalog` nor `microphone` is owned.
    CustomTechniques(QSqlDatabase db, QString voiceDir, Catalog *catalog,
                     MicrophoneAccess *microphone, QObject *parent = nullptr);
    ~CustomTechniques() override;

    // Reads the stored techniques into the catalog and removes recording files no technique
    // refers to (unfinished or abandoned ones). Called once, after the first frame.
    void load();
    // Reads the stored techniques again (another connection added some: a restore).
    void reload() { rebuild(); }
    // Changes reach the catalog only while this session is idle.
    void setSession(GuidedSession *session);

    int count() const { return int(m_techniques.size()); }
    const QList<Technique> &techniques() const { return m_techniques; }
    VoiceRecorder *recorder();
    QString voiceDir() const { return m_voiceDir; }

    // A draft for a new technique on a region ("shoulder-left" or "shoulder").
    Q_INVOKABLE QVariantMap newDraft(const QString &regionId) const;
    // The draft of a stored technique (empty when there is none).
    Q_INVOKABLE QVariantMap draftOf(const QString &id) const;
    // What is wrong with a draft: [{field, message}], empty when it can be saved.
    Q_INVOKABLE QVariantList check(const QVariantMap &draft) const;
    // Stores a draft (a new one gets its id): {ok, id, errors: [{field, message}]}. Recordings
    // the technique no longer uses are deleted.
    Q_INVOKABLE QVariantMap save(const QVariantMap &draft);
    // Deletes a technique and its recordings.
    Q_INVOKABLE bool remove(const QString &id);
    // Throws away what an abandoned draft recorded that no stored technique uses.
    Q_INVOKABLE void discard(const QVariantMap &draft);
    // Deletes one recording of a draft unless a stored technique still uses it (then it goes
    // when the draft is saved without it).
    Q_INVOKABLE void dropRecording(const QString &file);
    Q_INVOKABLE bool isCustom(const QString &id) const;
    // The biggest recording a carried technique may bring (a minute of mono WAV at 48 kHz).
    static constexpr qint64 kMaxCarriedRecordingBytes = 6 * 1024 * 1024;
    // One technique as it travels to another phone (a plan file, plan/PLAN-FORMAT.md):
    // {"definition": {...content format...}, "recordings": [{"step": n, "file": "wav"|"m4a",
    // "data": base64}]}; empty when there is no such technique.
    QJsonObject carry(const QString &id) const;
    // carry() in two halves, so that the recordings (megabytes) are read off the GUI thread:
    // what the records say (this thread), then the files read into the carried form (any).
    struct ToCarry
    {
        QJsonObject definition;
        QMap<int, QString> voicePaths; // step -> full path
    };
    std::optional<ToCarry> toCarry(const QString &id) const;
    static QJsonObject readCarried(const ToCarry &technique);
    // Adds a carried technique under a new id (never replacing one): checked by the same rules,
    // its recordings by size and kind. Returns the new id, or an empty one with `errors` set
    // (plain words, one per problem); nothing is kept then.
    QString takeCarried(const QJsonObject &carried, QStringList *errors);

    // takeCarried() in two halves, so that a plan file can check all its techniques before it
    // writes any, and do the checking off the GUI thread.
    struct Checked
    {
        QString carriedId;           // its id on the phone it came from
        QString title;               // for the comparison before import
        QJsonObject definition;      // passes the rules (under a provisional id)
        QMap<int, QByteArray> audio; // step -> the recording's bytes, checked
        QMap<int, QString> suffixes; // step -> "wav" or "m4a"
        // The same content (definition without its id, the recordings) gives the same bytes:
        // how a technique imported twice is recognised.
        QByteArray fingerprint;
    };
    // Checks a carried technique without writing anything (safe on any thread: it touches no
    // member). `errors` as for takeCarried().
    static std::optional<Checked> checkCarried(const QJsonObject &carried, QStringList *errors);
    // Stores a checked technique under a new id: the recordings (".part" files renamed), then
    // the row. The new id, or an empty one with `errors` set and nothing kept.
    QString takeChecked(const Checked &checked, QStringList *errors);
    static QByteArray fingerprintOf(QJsonObject definition, const QMap<int, QByteArray> &audio,
                                    const QMap<int, QString> &suffixes);

    // What is needed to fingerprint the stored techniques away from the GUI thread: read here
    // (one query), hashed by fingerprints() which reads the recordings.
    struct Stored
    {
        QString id;
        QJsonObject definition;
        QMap<int, QString> voicePaths; // step -> full path
    };
    QList<Stored> storedForMatching() const;
    // Fingerprint -> id of each stored technique (safe on any thread).
    static QHash<QByteArray, QString> fingerprints(const QList<Stored> &stored);

    // What the editor offers, as [{id, name}]: "goals", "equipment", "intensities",
    // "stepKinds", or "sides" (those that fit the region).
    Q_INVOKABLE QVariantList choices(const QString &what, const QString &regionId = {}) const;
    Q_INVOKABLE QString errorText() const { return m_error; }

signals:
    void changed();

private:
    void rebuild();
    void publish();
    void deleteUnreferenced(const QStringList &candidates);
    QString voicePath(const QString &file) const;

    CustomTechniqueRepository m_repository;
    QString m_voiceDir;
    QPointer<Catalog> m_catalog;
    QPointer<GuidedSession> m_session;
    MicrophoneAccess *m_microphone;
    VoiceRecorder *m_recorder = nullptr;
    QList<Technique> m_techniques;
    bool m_publishPending = false;
    QString m_error;
};

} // namespace unknot
