// SPDX-License-Identifier: GPL-3.0-or-later
// Android share sheet: hands the file to app.unknot.FileShare (Java), which serves it through
// app.unknot.SharedFileProvider and starts an ACTION_SEND chooser.
#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>
#include <QStandardPaths>
#include <QtCore/qcoreapplication_platform.h>

namespace unknot {

namespace {

class AndroidFileSharer final : public FileSharer
{
public:
    // The folder SharedFileProvider.shareFolder() serves: the app cache's "share".
    QString shareFolder() const override
    {
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
               QLatin1String("/share");
    }

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

std::unique_ptr<FileSharer> createAndroidFileSharer()
{
    return std::make_unique<AndroidFileSharer>();
}

} // namespace unknot
