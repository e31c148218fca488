// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/logging.h"

Q_LOGGING_CATEGORY(lcPlan, "unknot.plan", QtInfoMsg)
