// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.transfer"): enable e.g. "unknot.transfer.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
