// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace unknot {

// One running app per records file on desktops: a second start hands its link to the first
// (which shows its window) and exits. Phones need none: the OS keeps one activity/scene and
// delivers links to it (see links/linkreceiver.h).
class InstanceGuard
{
public:
    InstanceGuard() = default;
    virtual ~InstanceGuard() = default;
    Q_DISABLE_COPY_MOVE(InstanceGuard)

    // True: this process is the first and now answers later starts. False: a running instance
    // took `link` (empty: just show yourself) and this process should exit.
    virtual bool claim(const QString &link) = 0;

    // In the first instance: a later start handed over `link` (empty when it had none).
    std::function<void(const QString &link)> onActivated;
};

// Defined by the platform library (platforms/<os>/); null where the OS keeps one instance
// itself. `key` tells apart instances that must not meet (a test's own records file).
std::unique_ptr<InstanceGuard> createInstanceGuard(const QString &key);

} // namespace unknot
