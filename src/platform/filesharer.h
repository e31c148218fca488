// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unknot {

// Hands a finished file to the operating system's share sheet (Android: an ACTION_SEND chooser;
// iOS: UIActivityViewController). Implemented under platforms/<os>/; desktops have none and use
// a save dialog instead.
class FileSharer
{
public:
    FileSharer() = default;
    virtual ~FileSharer() = default;
    Q_DISABLE_COPY_MOVE(FileSharer)

    // `filePath` must stay readable until the share completes: write it to shareFolder().
    virtual bool share(const QString &filePath, const QString &mimeType, const QString &title) = 0;
    // Where files to be shared are written (Android's file provider serves this folder).
    virtual QString shareFolder() const = 0;
};

} // namespace unknot
