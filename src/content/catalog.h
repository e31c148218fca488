// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"
#include "content/technique.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace unknot {

// The loaded technique library: what exists, for which region, and what was wrong with the
// content files. Read-only after loading.
class Catalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The catalog is provided by the app core")
    Q_PROPERTY(int techniqueCount READ techniqueCount NOTIFY loaded)
    Q_PROPERTY(QStringList problems READ problemTexts NOTIFY loaded)

public:
    explicit Catalog(QObject *parent = nullptr);

    void load(const QString &contentDir, const QString &audioDir);
    void setTechniques(QList<Technique> techniques, QList<ContentProblem> problems = {});
    // The user's own techniques (custom/customtechniques.h), listed after the bundled ones; they
    // stay when the bundled content is set again. An id the bundled content has is left out.
    void setCustomTechniques(QList<Technique> techniques);

    int techniqueCount() const { return int(m_techniques.size()); }
    const QList<Technique> &techniques() const { return m_techniques; }
    const QList<ContentProblem> &problemList() const { return m_problems; }
    QStringList problemTexts() const;

    const Technique *technique(const QString &id) const;
    QList<const Technique *> techniquesFor(const QString &regionId) const;
    int countFor(const QString &regionId) const;

    Q_INVOKABLE bool hasTechnique(const QString &id) const { return technique(id) != nullptr; }
    // One of the user's own techniques (they can be edited and deleted).
    Q_INVOKABLE bool isCustom(const QString &id) const;
    Q_INVOKABLE QString titleOf(const QString &id) const;
    Q_INVOKABLE QString regionName(const QString &regionId) const;
    // The region a technique opened without one (e.g. from a link) is recorded against.
    Q_INVOKABLE QString defaultRegionFor(const QString &techniqueId) const;

signals:
    void loaded();

private:
    void rebuild();

    QList<Technique> m_techniques; // the bundled ones first, then the user's own
    QList<Technique> m_custom;
    qsizetype m_bundledCount = 0;
    QList<ContentProblem> m_problems;
    QHash<QString, qsizetype> m_index;
};

} // namespace unknot
