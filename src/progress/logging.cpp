// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/logging.h"

Q_LOGGING_CATEGORY(lcProgress, "unknot.progress", QtInfoMsg)
