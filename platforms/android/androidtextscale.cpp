// SPDX-License-Identifier: GPL-3.0-or-later
// Android: the user's font size (Settings > Display > Font size) is the activity's
// Configuration.fontScale (1 = normal; up to 2 on Android 14).
#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>

namespace unknot {

qreal androidSystemTextScale()
{
    // context() is a jobject before Qt 6.7 and a QJniObject after: wrap it either way.
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    if (!context.isValid())
        return 1.0;
    const QJniObject resources =
        context.callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    if (!resources.isValid())
        return 1.0;
    const QJniObject configuration =
        resources.callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    if (!configuration.isValid())
        return 1.0;
    const jfloat scale = configuration.getField<jfloat>("fontScale");
    return scale > 0 ? qreal(scale) : 1.0;
}

} // namespace unknot
