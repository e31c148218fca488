// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace unknot {

// Hands a finished file to the operating system's share sheet (Android: an ACTION_SEND chooser;
// iOS: UIActivityViewController). Implemented per platform under platforms/<os>/; desktops have
// none and use a save dialog instead.
class FileSharer
{
public:
    virtual ~FileSharer() = default;
    // `filePath` must stay readable until the share completes: write it to shareFolder().
    virtual bool share(const QString &filePath, const QString &mimeType, const QString &title) = 0;

    // The platform's sharer, or nullptr when the platform has no share sheet.
    static std::unique_ptr<FileSharer> create();
    // Where files to be shared are written (the app's cache; the Android provider serves it).
    static QString shareFolder();
};

} // namespace unknot
