// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * Re-arms the reminder alarm when Android dropped or shifted it: after a reboot (alarms do not
 * survive one), an app update, a clock or time-zone change, and when the exact-alarm permission
 * is granted. Exported because the system sends these; each is a protected broadcast only the
 * system can send, and anything else is ignored. Posting a just-missed reminder (within
 * AlarmPlan.MISSED_GRACE) and never one twice is AlarmPlan's job, as for a normal alarm.
 */
public final class ReminderRearmReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        final String action = intent.getAction();
        if (Intent.ACTION_BOOT_COMPLETED.equals(action)
                || Intent.ACTION_MY_PACKAGE_REPLACED.equals(action)
                || Intent.ACTION_TIME_CHANGED.equals(action)
                || Intent.ACTION_TIMEZONE_CHANGED.equals(action)
                || "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED".equals(
                        action)) {
            ReminderAlarms.onAlarm(context);
        }
    }
}
