// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QtGlobal>

namespace unknot::ExportFormat {

// The JSON export's identity and version. Bump kVersion when the file's shape changes in a
// way an older app cannot read; an older app then refuses the file with a clear message.
// Version 1: sessions, reminders, regionStatus, settings.
// Version 2 adds healthAnswers, plan and customTechniques (each with its recordings). Every
// section may be absent, so a version 1 file is read as it always was.
inline constexpr QLatin1String kName("unknot-export");
inline constexpr int kVersion = 2;

// The largest backup written or restored. Years of sessions are a few MB; the rest is the
// custom techniques' recordings, base64 in the file (a third larger than the sound): each at most
// CustomTechniques::kMaxCarriedRecordingBytes (6 MiB, a minute of mono WAV at 48 kHz), so some
// fifteen minute-long recordings fit, or about a hundred of ten seconds. Restoring holds the
// file and its parsed form in memory (measured: 229 MB peak for a 103 MB backup), so the limit
// keeps that under 300 MB, which a phone affords. An export that would be larger is refused with
// a clear message rather than written unrestorable (format 1 files, without recordings, were
// never near it).
inline constexpr qint64 kMaxBytes = 128 * 1024 * 1024;

} // namespace unknot::ExportFormat
