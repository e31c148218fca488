// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.safety"): enable e.g. "unknot.safety.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSafety)
