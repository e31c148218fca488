// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace unknot {

// Where the technique wording comes from and when it was last reviewed
// (assets/content/provenance.json, described in assets/content/FORMAT.md), for the About section.
// Read when created, not at start-up.
class ContentProvenance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // A file other than the bundled one (tests).
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QDate reviewedOn READ reviewedOn NOTIFY changed)
    // The date in the user's locale, e.g. "2 December 2026".
    Q_PROPERTY(QString reviewedOnText READ reviewedOnText NOTIFY changed)
    Q_PROPERTY(QString reviewedBy READ reviewedBy NOTIFY changed)
    Q_PROPERTY(QStringList basedOn READ basedOn NOTIFY changed)
    // Why the file could not be used, in words for content authors; empty when valid.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    static constexpr QLatin1String kBundled{":/assets/content/provenance.json"};

    explicit ContentProvenance(QObject *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    bool valid() const { return m_problem.isEmpty(); }
    QDate reviewedOn() const { return m_reviewedOn; }
    QString reviewedOnText() const;
    QString reviewedBy() const { return m_reviewedBy; }
    QStringList basedOn() const { return m_basedOn; }
    QString problem() const { return m_problem; }

    // Reads `json` into this object; false (and problem() says why) when it breaks a rule.
    bool parse(const QByteArray &json);

signals:
    void changed();

private:
    void load();

    QString m_source = kBundled;
    QDate m_reviewedOn;
    QString m_reviewedBy;
    QStringList m_basedOn;
    QString m_problem;
};

} // namespace unknot
