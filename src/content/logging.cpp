// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/logging.h"

Q_LOGGING_CATEGORY(lcContent, "unknot.content", QtInfoMsg)
