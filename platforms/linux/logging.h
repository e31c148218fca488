// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The desktop's notifications ("unknot.platform.notifications"): enable
// e.g. "unknot.platform.notifications.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDesktopNotifications)
