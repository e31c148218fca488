// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * The reminder alarm and the notification's "Snooze 10 min" action. Runs without the Qt library
 * (the app may not have been opened since the phone started); not exported: only this app's own
 * PendingIntents reach it.
 */
public final class ReminderReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        final String action = intent.getAction();
        if (ReminderAlarms.ACTION_FIRE.equals(action)) {
            ReminderAlarms.onAlarm(context);
        } else if (ReminderAlarms.ACTION_SNOOZE.equals(action)) {
            final long id = intent.getLongExtra(ReminderAlarms.EXTRA_REMINDER_ID, -1);
            final int notificationId = intent.getIntExtra(ReminderAlarms.EXTRA_NOTIFICATION_ID, 0);
            if (id >= 0) {
                ReminderAlarms.snooze(context, id, notificationId);
            }
        }
    }
}
