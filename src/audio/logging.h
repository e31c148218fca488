// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.audio"): enable e.g. "unknot.audio.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
