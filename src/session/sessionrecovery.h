// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace unknot {

class Catalog;
class SessionRepository;

// Closes the sessions a previous run left open (the app was killed mid-session): each is kept
// as an incomplete session with the steps it had recorded. Its end is estimated from the steps
// done (never later than `now`). Returns how many were closed.
namespace SessionRecovery {
int closeUnfinished(SessionRepository &repository, const Catalog &catalog, const QDateTime &now);
}

} // namespace unknot
