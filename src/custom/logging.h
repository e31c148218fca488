// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.custom"): enable e.g. "unknot.custom.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCustom)
