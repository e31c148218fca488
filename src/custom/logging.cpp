// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/logging.h"

Q_LOGGING_CATEGORY(lcCustom, "unknot.custom", QtInfoMsg)
