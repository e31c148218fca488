// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/cataloglistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace unknot {

struct Technique;

// One technique: its steps as rows, and what the detail page shows about it as properties.
class StepListModel : public unknot::CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString techniqueId READ techniqueId WRITE setTechniqueId NOTIFY techniqueChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY techniqueChanged)
    Q_PROPERTY(QString title READ title NOTIFY techniqueChanged)
    Q_PROPERTY(QString purpose READ purpose NOTIFY techniqueChanged)
    Q_PROPERTY(QString startingPosition READ startingPosition NOTIFY techniqueChanged)
    Q_PROPERTY(QString intensity READ intensity NOTIFY techniqueChanged)
    Q_PROPERTY(QStringList equipment READ equipment NOTIFY techniqueChanged)
    // The same, in words for people.
    Q_PROPERTY(QStringList equipmentNames READ equipmentNames NOTIFY techniqueChanged)
    Q_PROPERTY(QString intensityName READ intensityName NOTIFY techniqueChanged)
    Q_PROPERTY(QStringList cautions READ cautions NOTIFY techniqueChanged)
    Q_PROPERTY(QStringList contraindications READ contraindications NOTIFY techniqueChanged)
    // Health-checklist ids (content/healthflags.h) this technique concerns.
    Q_PROPERTY(QStringList healthFlags READ healthFlags NOTIFY techniqueChanged)
    Q_PROPERTY(QStringList goalNames READ goalNames NOTIFY techniqueChanged)
    // The same as one phrase: "Carpal tunnel and range of motion".
    Q_PROPERTY(QString goalsText READ goalsText NOTIFY techniqueChanged)
    // Whole minutes a session takes, both sides included (at least 1).
    Q_PROPERTY(int minutes READ minutes NOTIFY techniqueChanged)
    // "both" (left side, then right side), "left", "right", "centre", or "each-side" (a centre
    // area worked one side at a time, both sides in one session).
    Q_PROPERTY(QString side READ side NOTIFY techniqueChanged)
    // Worked on two sides in turn ("both" or "each-side"): the user may do one side only.
    Q_PROPERTY(bool bothSides READ bothSides NOTIFY techniqueChanged)
    // When not to do it, then when to stop: shown together before starting.
    Q_PROPERTY(QStringList safetyNotes READ safetyNotes NOTIFY techniqueChanged)

public:
    enum Roles {
        TextRole = Qt::UserRole + 1,
        CueRole,
        KindRole,
        TimingTextRole,
        NumberRole,
        KindNameRole,
    };
    Q_ENUM(Roles)

    explicit StepListModel(QObject *parent = nullptr);

    QString techniqueId() const { return m_techniqueId; }
    void setTechniqueId(const QString &id);

    bool valid() const { return m_technique != nullptr; }
    QString title() const;
    QString purpose() const;
    QString startingPosition() const;
    QString intensity() const;
    QStringList equipment() const;
    QStringList equipmentNames() const;
    QString intensityName() const;
    QStringList cautions() const;
    QStringList contraindications() const;
    QStringList healthFlags() const;
    QStringList goalNames() const;
    QString goalsText() const;
    int minutes() const;
    QString side() const;
    bool bothSides() const;
    QStringList safetyNotes() const { return contraindications() + cautions(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void techniqueChanged();

private:
    void reload() override;

    QString m_techniqueId;
    const Technique *m_technique = nullptr;
};

} // namespace unknot
