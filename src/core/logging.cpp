// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "unknot.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "unknot.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudio, "unknot.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "unknot.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLinks, "unknot.links", QtInfoMsg)
