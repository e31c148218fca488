// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import android.app.Activity;
import android.content.ClipData;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import java.io.File;

/** Opens the share sheet for an exported file (called from C++ through JNI). */
public final class FileShare {
    private FileShare() {}

    public static boolean share(final Context context, String path, String mimeType, String title) {
        final Uri uri = SharedFileProvider.uriFor(context, new File(path));
        if (uri == null) {
            return false;
        }
        Intent send = new Intent(Intent.ACTION_SEND);
        send.setType(mimeType);
        send.putExtra(Intent.EXTRA_STREAM, uri);
        // The ClipData carries the read grant to whichever app the user picks.
        send.setClipData(ClipData.newRawUri(title, uri));
        send.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        final Intent chooser = Intent.createChooser(send, title);
        chooser.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        if (context instanceof Activity) {
            ((Activity) context).runOnUiThread(new Runnable() {
                @Override
                public void run() {
                    context.startActivity(chooser);
                }
            });
        } else {
            chooser.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
            context.startActivity(chooser);
        }
        return true;
    }
}
