// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/logging.h"

Q_LOGGING_CATEGORY(lcSession, "unknot.session", QtInfoMsg)
