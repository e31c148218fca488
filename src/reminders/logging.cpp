// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/logging.h"

Q_LOGGING_CATEGORY(lcReminders, "unknot.reminders", QtInfoMsg)
