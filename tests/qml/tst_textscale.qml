// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import Unknot.Core

// Large text (the phone's setting, or the app's on the desktop) at 130% and 200%: every
// screen's text fits the box its layout gives it (nothing clipped, so nothing runs into its
// neighbours), stays inside the window, and every button is still a full touch target.
Item {
    id: root
    // Where screenshots are saved for a designer's eye (UNKNOT_SCREENSHOT_DIR); empty: none.
    readonly property string shotDir: typeof screenshotDir === "string" ? screenshotDir : "" // qmllint disable unqualified

    // Where the 200% screenshots are saved ("" for none): ctest's working directory.
    width: 390
    height: 844
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "TextScale"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function page() {
            return stack().currentItem;
        }
        function waitForPage(name) {
            tryVerify(() => page() && page().objectName === name && !stack().busy, 5000, "expected page " + name);
        }
        function cleanup() {
            for (let i = 0; i < 3 && App.session.active; ++i)
                App.session.stop();
            stack().pop(null);
            shell.showTab(0);
            App.settings.appTextScale = 1;
        }

        // Text is the only kind with contentWidth, elide and wrapMode (Label included).
        function isText(item) {
            return item.contentWidth !== undefined && item.elide !== undefined && item.wrapMode !== undefined && typeof item.text === "string";
        }
        function shown(item) {
            for (let i = item; i && i !== root; i = i.parent) {
                if (!i.visible || i.opacity === 0)
                    return false;
            }
            return true;
        }
        // Whether `item` lies in the part of the window the user sees (not scrolled away).
        function onScreen(item) {
            const p = item.mapToItem(root, 0, 0);
            return p.y + item.height > 0 && p.y < root.height && p.x + item.width > 0 && p.x < root.width;
        }
        function describe(item) {
            return (item.objectName || String(item).split("(")[0]) + " \"" + String(item.text).slice(0, 30) + "\"";
        }
        function collect(item, problems) {
            if (!item.visible || item.opacity === 0)
                return;
            if (isText(item) && item.text.length > 0 && item.width > 0 && onScreen(item)) {
                const elides = item.elide !== Text.ElideNone;
                if (!elides && item.contentWidth > item.width + 1)
                    problems.push(describe(item) + ": " + item.contentWidth + " wide in " + item.width);
                // A preview of a longer text (a list row's summary, a long title) may end in
                // "…" after the lines it was given; anything else must show in full.
                const preview = elides && item.maximumLineCount >= 2 && item.maximumLineCount <= 100;
                if (item.truncated && !preview)
                    problems.push(describe(item) + ": cut off" + (elides ? " (elided)" : ""));
                if (item.contentHeight > item.height + 1 && item.clip)
                    problems.push(describe(item) + ": clipped to " + item.height + " of " + item.contentHeight);
                const p = item.mapToItem(root, 0, 0);
                const right = p.x + Math.min(item.width, item.contentWidth);
                if (p.x < -1 || right > root.width + 1)
                    problems.push(describe(item) + ": outside the window (" + p.x + ".." + right + ")");
            }
            // Body regions are parts of the drawn figure, sized by its geometry (the region
            // list beside it offers each as a full row); every other button is a full target.
            const drawnRegion = item.objectName.startsWith("region_") && item.regionId !== undefined;
            if (item.Accessible.role === Accessible.Button && item.enabled && !drawnRegion && onScreen(item)) {
                if (item.width < Theme.touchTarget - 0.5 || item.height < Theme.touchTarget - 0.5)
                    problems.push("button " + describe(item) + ": " + item.width + "x" + item.height + " (< " + Theme.touchTarget + ")");
            }
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i], problems);
        }
        // Where a text's glyphs are, in the window: its content box placed by its alignment.
        function paintedRect(item) {
            const dx = item.horizontalAlignment === Text.AlignRight ? item.width - item.contentWidth : item.horizontalAlignment === Text.AlignHCenter ? (item.width - item.contentWidth) / 2 : 0;
            const dy = item.verticalAlignment === Text.AlignBottom ? item.height - item.contentHeight : item.verticalAlignment === Text.AlignVCenter ? (item.height - item.contentHeight) / 2 : 0;
            const p = item.mapToItem(root, dx, dy);
            let r = Qt.rect(p.x, p.y, Math.min(item.contentWidth, item.width), item.contentHeight);
            // Only what the clipping views around it (lists, scrolled pages) let through.
            for (let a = item.parent; a && a !== root; a = a.parent) {
                if (!a.clip)
                    continue;
                const c = a.mapToItem(root, 0, 0);
                const left = Math.max(r.x, c.x), top = Math.max(r.y, c.y);
                const right = Math.min(r.x + r.width, c.x + a.width), bottom = Math.min(r.y + r.height, c.y + a.height);
                r = Qt.rect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
            }
            return r;
        }
        function texts(item, out, skip) {
            if (!item.visible || item.opacity === 0 || item === skip)
                return;
            if (isText(item) && item.text.length > 0 && item.width > 0 && onScreen(item))
                out.push(item);
            for (let i = 0; i < item.children.length; ++i)
                texts(item.children[i], out, skip);
        }
        // The nearest Flickable (list, scrolled page) a text moves with, or null.
        function scrollingView(item) {
            for (let a = item.parent; a && a !== root; a = a.parent) {
                if (a.contentY !== undefined && a.contentItem !== undefined)
                    return a;
            }
            return null;
        }
        // Two texts of one layer (the pages, the navigation bar drawn over them, a pop-up)
        // must not run into each other. `bottom`: where the layer ends (the bar's top).
        function overlaps(layer, problems, skip, bottom) {
            const found = [];
            texts(layer, found, skip);
            const rects = [];
            const views = [];
            for (const text of found) {
                const r = paintedRect(text);
                rects.push(Qt.rect(r.x, r.y, r.width, Math.max(0, Math.min(r.height, bottom - r.y))));
                views.push(scrollingView(text));
            }
            for (let i = 0; i < found.length; ++i) {
                for (let j = i + 1; j < found.length; ++j) {
                    // Scrolled content passes under fixed headers and footers by design.
                    if (views[i] !== views[j])
                        continue;
                    const a = rects[i], b = rects[j];
                    if (a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1)
                        problems.push(describe(found[i]) + " overlaps " + describe(found[j]));
                }
            }
        }
        function check(screen) {
            waitForRendering(root);
            const problems = [];
            collect(root, problems);
            const nav = findChild(shell, "navBar");
            overlaps(shell, problems, nav, nav.visible ? nav.mapToItem(root, 0, 0).y : root.height);
            overlaps(nav, problems, null, root.height);
            // Pop-ups live in the window's overlay, outside the shell.
            const overlay = root.Window.window.contentItem;
            for (let i = 0; i < overlay.children.length; ++i) {
                if (overlay.children[i] !== root) {
                    collect(overlay.children[i], problems);
                    overlaps(overlay.children[i], problems, null, root.height);
                }
            }
            if (root.shotDir.length > 0)
                grabImage(root).save(root.shotDir + "/textscale-" + Math.round(App.settings.textScale * 100) + "-" + screen + ".png");
            verify(problems.length === 0, screen + " at " + Math.round(App.settings.textScale * 100) + "%:\n" + problems.join("\n"));
        }

        function test_screens_data() {
            return [{
                    "tag": "130%",
                    "scale": 1.3
                }, {
                    "tag": "200%",
                    "scale": 2.0
                }];
        }
        function test_screens(data) {
            App.settings.appTextScale = data.scale;
            compare(Theme.fontBody, Math.round(16 * data.scale), "the type tokens follow the setting");
            waitForPage("regionListPage");
            check("bodymap");
            shell.openRegion("forearm-wrist-left");
            waitForPage("techniqueListPage");
            check("techniques");
            const list = findChild(page(), "techniqueList");
            tryVerify(() => list.count > 0);
            shell.openTechnique(list.itemAtIndex(0).techniqueId, "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            // All of the page, with what is built after its first frame.
            tryVerify(() => findChild(page(), "detailsRest").status === Loader.Ready);
            check("technique");
            App.openLink("unknot://session/start?technique=forearm-flexor-release");
            waitForPage("sessionPage");
            check("session-prepare");
            mouseClick(findChild(findChild(page(), "painBefore"), "pain5"));
            findChild(page(), "beginButton").clicked(); // below the fold at 200%
            compare(App.session.phase, GuidedSession.Running);
            check("session-running");
            App.openLink("unknot://technique/forearm-flexor-release");
            tryVerify(() => findChild(page(), "confirmStop").opened);
            check("session-link-question");
            mouseClick(findChild(page(), "confirmStopButton"));
            waitForPage("techniqueDetailPage");
            for (const tab of [1, 2, 3]) {
                shell.showTab(tab);
                check(["", "progress", "reminders", "more"][tab]);
            }
        }
    }
}
