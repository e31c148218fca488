// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.graphics.drawable.Icon;
import android.net.Uri;
import android.os.Build;
import android.os.PowerManager;
import android.provider.Settings;
import android.util.Log;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders as Android alarms and notifications. The app hands its reminders over with sync()
 * (C++ through JNI, platforms/android/androidremindernotifier.cpp); everything else runs in
 * ReminderReceiver without the Qt library: the schedule lives in SharedPreferences, AlarmPlan
 * decides, this class only talks to Android. One alarm is armed at a time: the next occurrence.
 */
public final class ReminderAlarms {
    static final String TAG = "Unknot";
    static final String ACTION_FIRE = "app.unknot.reminders.FIRE";
    static final String ACTION_SNOOZE = "app.unknot.reminders.SNOOZE";
    static final String EXTRA_REMINDER_ID = "reminderId";
    static final String EXTRA_NOTIFICATION_ID = "notificationId";

    // Which system screen openSetting() opens (the C++ ReminderNotifier::SystemSetting order).
    public static final int SETTING_NOTIFICATIONS = 0;
    public static final int SETTING_EXACT_ALARMS = 1;
    public static final int SETTING_BATTERY = 2;

    private static final String PREFS = "unknot.reminders";
    private static final String KEY_SCHEDULE = "schedule";
    private static final String KEY_SNOOZES = "snoozes";
    private static final String KEY_HANDLED_UP_TO = "handledUpTo";
    private static final String KEY_START_LABEL = "startLabel";
    private static final String KEY_SNOOZE_LABEL = "snoozeLabel";
    private static final String CHANNEL_ID = "reminders";
    // An inexact alarm (no exact-alarm permission) may come this much late, no more.
    private static final long INEXACT_WINDOW_MS = 10 * 60 * 1000;
    private static final String QT_ACTIVITY = "org.qtproject.qt.android.bindings.QtActivity";

    private ReminderAlarms() {}

    /**
     * Keeps `scheduleText` (ReminderSchedule's format) and arms the next alarm. The labels are
     * the app's translations for the channel and the actions. Returns "" or, when the text is
     * not a valid schedule, what is wrong with it (the previous schedule is kept).
     */
    public static synchronized String sync(Context context, String scheduleText, String channelName,
            String startLabel, String snoozeLabel) {
        try {
            ReminderSchedule.parse(scheduleText);
        } catch (IllegalArgumentException e) {
            Log.w(TAG, "reminders: refused schedule: " + e.getMessage());
            return e.getMessage();
        }
        // The app lists occurrences after "now": one that has just come due, whose alarm is
        // not delivered yet, is missing from the new text. Post it from the old one first.
        onAlarm(context);
        final SharedPreferences prefs = prefs(context);
        final SharedPreferences.Editor edit = prefs.edit()
                                                      .putString(KEY_SCHEDULE, scheduleText)
                                                      .putString(KEY_START_LABEL, startLabel)
                                                      .putString(KEY_SNOOZE_LABEL, snoozeLabel);
        if (!prefs.contains(KEY_HANDLED_UP_TO)) {
            // The first schedule: nothing before now is owed a notification.
            edit.putLong(KEY_HANDLED_UP_TO, System.currentTimeMillis());
        }
        edit.commit(); // before arming: the receiver may run right after
        final NotificationChannel channel = new NotificationChannel(
                CHANNEL_ID, channelName, NotificationManager.IMPORTANCE_DEFAULT);
        // Creating an existing channel only updates its name (the user's choices stay).
        context.getSystemService(NotificationManager.class).createNotificationChannel(channel);
        arm(context);
        return "";
    }

    /**
     * An alarm went off, or the phone rebooted, the app was updated, the clock or zone
     *  changed: posts what is due (once) and arms the next alarm.
     */
    static synchronized void onAlarm(Context context) {
        final SharedPreferences prefs = prefs(context);
        final ReminderSchedule schedule = load(prefs);
        if (schedule == null) {
            return;
        }
        final Instant now = Instant.now();
        final Instant handledUpTo = Instant.ofEpochMilli(prefs.getLong(KEY_HANDLED_UP_TO, 0));
        final List<AlarmPlan.Snooze> snoozes = loadSnoozes(prefs);
        for (AlarmPlan.Due due :
                AlarmPlan.due(schedule, snoozes, ZoneId.systemDefault(), handledUpTo, now)) {
            post(context, prefs, due.entry);
        }
        prefs.edit()
                .putLong(
                        KEY_HANDLED_UP_TO, Math.max(handledUpTo.toEpochMilli(), now.toEpochMilli()))
                .putString(KEY_SNOOZES, snoozesText(AlarmPlan.pendingSnoozes(snoozes, now)))
                .commit();
        arm(context);
    }

    /** "Snooze 10 min" was tapped: post the reminder once more in ten minutes. */
    static synchronized void snooze(Context context, long reminderId, int notificationId) {
        context.getSystemService(NotificationManager.class).cancel(notificationId);
        final SharedPreferences prefs = prefs(context);
        final List<AlarmPlan.Snooze> snoozes = loadSnoozes(prefs);
        snoozes.add(new AlarmPlan.Snooze(reminderId, Instant.now().plus(AlarmPlan.SNOOZE)));
        prefs.edit().putString(KEY_SNOOZES, snoozesText(snoozes)).commit();
        arm(context);
    }

    /** Arms the one alarm at the next occurrence or snooze, or cancels it when there is none. */
    static void arm(Context context) {
        final SharedPreferences prefs = prefs(context);
        final AlarmManager alarms = context.getSystemService(AlarmManager.class);
        final PendingIntent fire = PendingIntent.getBroadcast(context, 0,
                new Intent(ACTION_FIRE).setClass(context, ReminderReceiver.class),
                PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
        final ReminderSchedule schedule = load(prefs);
        Instant after = Instant.now();
        final Instant handledUpTo = Instant.ofEpochMilli(prefs.getLong(KEY_HANDLED_UP_TO, 0));
        if (handledUpTo.isAfter(after)) {
            after = handledUpTo; // the clock was set back: those were posted already
        }
        final Instant next = schedule == null
                ? null
                : AlarmPlan.nextAlarm(schedule, loadSnoozes(prefs), ZoneId.systemDefault(), after);
        if (next == null) {
            alarms.cancel(fire);
            return;
        }
        if (canScheduleExact(alarms)) {
            try {
                alarms.setExactAndAllowWhileIdle(
                        AlarmManager.RTC_WAKEUP, next.toEpochMilli(), fire);
                return;
            } catch (SecurityException e) {
                // The permission was revoked since the check: a windowed alarm instead.
                Log.w(TAG, "reminders: exact alarm refused: " + e.getMessage());
            }
        }
        alarms.setWindow(AlarmManager.RTC_WAKEUP, next.toEpochMilli(), INEXACT_WINDOW_MS, fire);
    }

    /**
     * For the "Are reminders working?" section: notifications enabled, exact alarms allowed
     *  (-1: not applicable before Android 12), battery unrestricted, pending occurrences.
     */
    public static int[] health(Context context) {
        final NotificationManager notifications =
                context.getSystemService(NotificationManager.class);
        final AlarmManager alarms = context.getSystemService(AlarmManager.class);
        final PowerManager power = context.getSystemService(PowerManager.class);
        final int exact =
                Build.VERSION.SDK_INT >= 31 ? (alarms.canScheduleExactAlarms() ? 1 : 0) : -1;
        final SharedPreferences prefs = prefs(context);
        final ReminderSchedule schedule = load(prefs);
        int pending = 0;
        if (schedule != null) {
            final Instant now = Instant.now();
            for (ReminderSchedule.Entry entry : schedule.entries) {
                for (Instant fire : entry.fireTimes) {
                    pending += fire.isAfter(now) ? 1 : 0;
                }
            }
            pending += AlarmPlan.pendingSnoozes(loadSnoozes(prefs), now).size();
        }
        return new int[] {notifications.areNotificationsEnabled() ? 1 : 0, exact,
                power.isIgnoringBatteryOptimizations(context.getPackageName()) ? 1 : 0, pending};
    }

    /** Opens the system screen for `setting`; false when this Android has none. */
    public static boolean openSetting(Context context, int setting) {
        final Intent intent;
        if (setting == SETTING_NOTIFICATIONS) {
            intent = new Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS)
                             .putExtra(Settings.EXTRA_APP_PACKAGE, context.getPackageName());
        } else if (setting == SETTING_EXACT_ALARMS && Build.VERSION.SDK_INT >= 31) {
            intent = new Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM,
                    Uri.parse("package:" + context.getPackageName()));
        } else if (setting == SETTING_BATTERY) {
            // The list screen: asking to be exempted directly is for apps Play lets do so.
            intent = new Intent(Settings.ACTION_IGNORE_BATTERY_OPTIMIZATION_SETTINGS);
        } else {
            return false;
        }
        intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
        try {
            context.startActivity(intent);
            return true;
        } catch (android.content.ActivityNotFoundException e) {
            Log.w(TAG, "reminders: no settings screen for " + intent.getAction());
            return false;
        }
    }

    private static void post(
            Context context, SharedPreferences prefs, ReminderSchedule.Entry entry) {
        final NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (!manager.areNotificationsEnabled()) {
            Log.i(TAG, "reminders: notifications are off; reminder " + entry.id + " not shown");
            return;
        }
        final int notificationId = (int) (entry.id ^ (entry.id >>> 32));
        final Notification.Builder builder =
                new Notification.Builder(context, CHANNEL_ID)
                        .setSmallIcon(android.R.drawable.ic_popup_reminder)
                        .setContentTitle(entry.title)
                        .setContentText(entry.body)
                        .setCategory(Notification.CATEGORY_REMINDER)
                        .setAutoCancel(true)
                        .setContentIntent(openLink(context, entry.openLink, notificationId * 2));
        final Icon icon = Icon.createWithResource(context, android.R.drawable.ic_popup_reminder);
        if (!entry.startLink.isEmpty()) {
            builder.addAction(
                    new Notification.Action
                            .Builder(icon, prefs.getString(KEY_START_LABEL, "Start now"),
                                    openLink(context, entry.startLink, notificationId * 2 + 1))
                            .build());
        }
        final Intent snooze = new Intent(ACTION_SNOOZE)
                                      .setClass(context, ReminderReceiver.class)
                                      .putExtra(EXTRA_REMINDER_ID, entry.id)
                                      .putExtra(EXTRA_NOTIFICATION_ID, notificationId);
        builder.addAction(
                new Notification.Action
                        .Builder(icon, prefs.getString(KEY_SNOOZE_LABEL, "Snooze 10 min"),
                                PendingIntent.getBroadcast(context, notificationId, snooze,
                                        PendingIntent.FLAG_IMMUTABLE
                                                | PendingIntent.FLAG_UPDATE_CURRENT))
                        .build());
        manager.notify(notificationId, builder.build());
    }

    /** An unknot:// link opened in the app (the Qt activity hands it to its URL handler). */
    private static PendingIntent openLink(Context context, String link, int requestCode) {
        final Intent view =
                new Intent(Intent.ACTION_VIEW, Uri.parse(link))
                        .setClassName(context, QT_ACTIVITY)
                        .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_SINGLE_TOP);
        return PendingIntent.getActivity(context, requestCode, view,
                PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
    }

    private static boolean canScheduleExact(AlarmManager alarms) {
        return Build.VERSION.SDK_INT < 31 || alarms.canScheduleExactAlarms();
    }

    private static SharedPreferences prefs(Context context) {
        return context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    private static ReminderSchedule load(SharedPreferences prefs) {
        final String text = prefs.getString(KEY_SCHEDULE, null);
        if (text == null) {
            return null;
        }
        try {
            return ReminderSchedule.parse(text);
        } catch (IllegalArgumentException e) {
            Log.w(TAG, "reminders: stored schedule unreadable: " + e.getMessage());
            return null;
        }
    }

    private static List<AlarmPlan.Snooze> loadSnoozes(SharedPreferences prefs) {
        final List<AlarmPlan.Snooze> snoozes = new ArrayList<>();
        for (String item : prefs.getString(KEY_SNOOZES, "").split(",")) {
            final int colon = item.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            try {
                snoozes.add(new AlarmPlan.Snooze(Long.parseLong(item.substring(0, colon)),
                        Instant.ofEpochMilli(Long.parseLong(item.substring(colon + 1)))));
            } catch (NumberFormatException e) {
                Log.w(TAG, "reminders: dropped unreadable snooze " + item);
            }
        }
        return snoozes;
    }

    private static String snoozesText(List<AlarmPlan.Snooze> snoozes) {
        final StringBuilder out = new StringBuilder();
        for (AlarmPlan.Snooze snooze : snoozes) {
            out.append(out.length() == 0 ? "" : ",")
                    .append(snooze.reminderId)
                    .append(':')
                    .append(snooze.due.toEpochMilli());
        }
        return out.toString();
    }
}
