// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace unknot {

class AppSettings;

// The first-launch introduction and its one acknowledgement ("I understand"), kept with its
// date and the version of the wording accepted. Shown again only when that wording changes
// (raise kWordingVersion when the onboarding or checklist text changes in substance).
//
// The check is two reads of the settings file, which is open anyway: nothing is loaded for it.
class Onboarding : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.safety")
    // Whether this run of the app asks at all: main turns it on; a core built by a test that is
    // not about the first launch leaves it off (and so never holds its links).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY changed)
    // The introduction should be shown now: active, and the current wording not yet accepted.
    Q_PROPERTY(bool needed READ needed NOTIFY changed)
    Q_PROPERTY(int wordingVersion READ wordingVersion CONSTANT)
    Q_PROPERTY(int acknowledgedVersion READ acknowledgedVersion NOTIFY changed)
    Q_PROPERTY(QDateTime acknowledgedAt READ acknowledgedAt NOTIFY changed)

public:
    static constexpr int kWordingVersion = 1;

    explicit Onboarding(AppSettings *settings, int wordingVersion = kWordingVersion,
                        QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    bool needed() const;
    int wordingVersion() const { return m_wordingVersion; }
    int acknowledgedVersion() const;
    QDateTime acknowledgedAt() const;

    // The user accepted the current wording (now).
    Q_INVOKABLE void acknowledge();

signals:
    void changed();
    // Emitted once the acknowledgement is stored.
    void acknowledged();

private:
    AppSettings *m_settings;
    int m_wordingVersion;
    bool m_active = false;
};

} // namespace unknot
