// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.plan"): enable e.g. "unknot.plan.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPlan)
