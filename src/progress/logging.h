// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.progress"): enable e.g. "unknot.progress.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
