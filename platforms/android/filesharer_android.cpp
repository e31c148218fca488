// SPDX-License-Identifier: GPL-3.0-or-later
// Android share sheet: hands the file to app.unknot.FileShare (Java), which serves it through
// app.unknot.SharedFileProvider and starts an ACTION_SEND chooser.
#include "platform/filesharer.h"

#include <QCoreApplication>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

namespace unknot {

namespace {

class AndroidFileSharer : public FileSharer
{
public:
    bool share(const QString &filePath, const QString &mimeType, const QString &title) override
    {
        // context() returns jobject before Qt 6.7 and QJniObject after: both convert.
        const QJniObject context = QNativeInterface::QAndroidApplication::context();
        if (!context.isValid())
            return false;
        const QJniObject path = QJniObject::fromString(filePath);
        const QJniObject mime = QJniObject::fromString(mimeType);
        const QJniObject chooserTitle = QJniObject::fromString(title);
        return QJniObject::callStaticMethod<jboolean>(
            "app/unknot/FileShare", "share",
            "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Z",
            context.object(), path.object<jstring>(), mime.object<jstring>(),
            chooserTitle.object<jstring>());
    }
};

} // namespace

std::unique_ptr<FileSharer> FileSharer::create()
{
    return std::make_unique<AndroidFileSharer>();
}

} // namespace unknot
