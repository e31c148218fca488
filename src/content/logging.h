// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.content"): enable e.g. "unknot.content.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcContent)
