// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.reminders"): enable e.g. "unknot.reminders.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReminders)
