// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/logging.h"

Q_LOGGING_CATEGORY(lcAudio, "unknot.audio", QtInfoMsg)
