// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"
#include "content/technique.h"

#include <QJsonObject>

namespace unknot {

// Collects the defects of one technique, located by file, technique and field.
class TechniqueCheck
{
public:
    TechniqueCheck(QString file, QString techniqueId, QList<ContentProblem> &out);

    void report(const QString &field, const QString &message);
    bool ok() const { return m_ok; }

private:
    QString m_file;
    QString m_techniqueId;
    QList<ContentProblem> &m_out;
    bool m_ok = true;
};

// Reads one technique object of a content file and checks every rule of FORMAT.md that the app
// relies on (text style and library coverage: content/authoringrules.h). `audioDir`
// is where step narration must exist; empty skips that check.
Technique readTechnique(const QJsonObject &object, const QString &audioDir, TechniqueCheck &check);

// What a JSON value is, in words: "a number", "a list", ...
QString describeJsonType(const QJsonValue &value);

} // namespace unknot
