// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Unknot.Core

// The design tokens: every colour, type size, spacing and radius the UI uses comes from here.
QtObject {
    id: theme

    // The user's choice, or the system's when they chose "system".
    readonly property bool dark: App.settings.themeMode === "dark" || (App.settings.themeMode === "system" && systemPrefersDark)
    readonly property bool systemPrefersDark: systemPalette.window.hslLightness < 0.5
    readonly property bool reduceMotion: App.settings.reduceMotion

    property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    // Colours: calm teal primary, warm neutrals; every pair meets WCAG AA contrast.
    readonly property color background: dark ? "#12161A" : "#F6F4F0"
    readonly property color surface: dark ? "#1B2126" : "#FFFFFF"
    readonly property color surfaceRaised: dark ? "#232B31" : "#EFECE6"
    readonly property color outline: dark ? "#35404A" : "#DDD8CF"
    readonly property color text: dark ? "#ECEFF1" : "#1E2428"
    readonly property color textSecondary: dark ? "#A9B3BA" : "#5A646B"
    readonly property color primary: dark ? "#5CC4B3" : "#1F7A6E"
    readonly property color textOnPrimary: dark ? "#06231F" : "#FFFFFF"
    readonly property color primarySoft: dark ? "#1E3A36" : "#DCEFEB"
    readonly property color accent: dark ? "#F0B67F" : "#B8621B"
    readonly property color danger: dark ? "#FF8A80" : "#B3261E"
    readonly property color textOnDanger: dark ? "#3B0A07" : "#FFFFFF"
    readonly property color dangerSoft: dark ? "#3A1F1D" : "#FBE7E5"
    readonly property color caution: dark ? "#F2C46D" : "#7A5200"
    readonly property color cautionSoft: dark ? "#3A311C" : "#FFF3D6"
    // Body-map pain trends: calm blue for easing, muted violet for unchanged (danger is rising).
    readonly property color painEasing: dark ? "#8AB4F8" : "#2F64B0"
    readonly property color painSteady: dark ? "#B9A8E8" : "#6A5AA6"
    readonly property color focus: dark ? "#8FD8CC" : "#0F5C53"
    readonly property color scrim: dark ? "#99000000" : "#66000000"

    // Text size: the phone's setting (Android font scale, iOS Dynamic Type) times the app's own
    // (desktop). Body text and smaller grow with it fully; headings, already large, grow less
    // (as Android 14's non-linear font scaling does), so a title still fits a phone's width
    // at 200%.
    readonly property real textScale: App.settings.textScale

    // Type scale (logical pixels, which are dp on phones).
    readonly property int fontDisplay: Math.round(30 * Math.min(textScale, 1.5))
    readonly property int fontTitle: Math.round(22 * Math.min(textScale, 1.6))
    readonly property int fontHeading: Math.round(18 * Math.min(textScale, 1.8))
    readonly property int fontBody: Math.round(16 * textScale)
    readonly property int fontLabel: Math.round(14 * textScale)
    readonly property int fontCaption: Math.round(13 * textScale)
    readonly property int fontCaption2: Math.round(12 * textScale)
    // The bottom navigation's labels: four share a phone's width.
    readonly property int fontNavLabel: Math.round(13 * Math.min(textScale, 1.3))

    // Spacing scale and shapes.
    readonly property int spaceXs: 4
    readonly property int spaceS: 8
    readonly property int spaceM: 16
    readonly property int spaceL: 24
    readonly property int spaceXl: 32
    readonly property int radiusS: 8
    readonly property int radiusM: 14
    readonly property int radiusL: 22

    // Minimum size of anything a finger taps.
    readonly property int touchTarget: 48
    readonly property int navBarHeight: 64
    // Content never grows wider than this on tablets; it centres instead.
    readonly property int contentMaxWidth: 640

    readonly property int animationFast: reduceMotion ? 0 : 120
    readonly property int animationNormal: reduceMotion ? 0 : 220
}
