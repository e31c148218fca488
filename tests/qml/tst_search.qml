// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import Unknot.Core

// Finding a technique by name from the body map: the search page opens on demand, finds
// techniques by the names people use, says when to see a clinician, and opens the technique.
Item {
    id: root
    // Where screenshots are saved for a designer's eye (UNKNOT_SCREENSHOT_DIR); empty: none.
    readonly property string shotDir: typeof screenshotDir === "string" ? screenshotDir : "" // qmllint disable unqualified

    // Where snapshot() saves: the working directory (ctest: this test's build folder).
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
        name: "Search"
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
            stack().pop(null);
            shell.showTab(0);
        }
        function openSearch() {
            // The body map is back in front (a pop may still be animating).
            tryVerify(() => !stack().busy && page().objectName === "regionListPage", 5000);
            waitForRendering(shell);
            const button = findChild(shell, "searchButton");
            verify(button.visible, "the body map offers search");
            mouseClick(button);
            waitForPage("searchPage");
            return findChild(page(), "searchField");
        }
        function results() {
            return findChild(page(), "searchResults");
        }
        function resultIds() {
            const list = results();
            let ids = [];
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain);
                ids.push(list.itemAtIndex(i).techniqueId);
            }
            return ids;
        }

        function test_searchButtonOnTheFirstScreen() {
            const button = findChild(shell, "searchButton");
            compare(button.Accessible.name, "Find a technique by name");
            compare(button.Accessible.role, Accessible.Button);
            verify(button.width >= Theme.touchTarget && button.height >= Theme.touchTarget);
        }

        function test_findTennisElbowAndOpenIt() {
            const field = openSearch();
            compare(field.Accessible.name, "Search techniques");
            verify(findChild(page(), "suggestions").visible, "names to try before typing");
            // Under a heading that says what they are (the chips alone read as a filter).
            const heading = findChild(page(), "suggestionsHeading");
            verify(heading && heading.visible, "the suggestions have a heading");
            compare(heading.text, "Common problems");
            field.forceActiveFocus();
            // A typo, as typed on a phone.
            for (const c of "tenis elbow")
                keyClick(c === " " ? Qt.Key_Space : c);
            tryVerify(() => results().count > 0);
            const ids = resultIds();
            verify(ids.indexOf("back-of-forearm-release") >= 0, ids);
            verify(!findChild(page(), "suggestions").visible);
            verify(!heading.visible);
            const row = findChild(results(), "result_back-of-forearm-release");
            compare(row.detail, "Tennis elbow");
            verify(row.Accessible.name.indexOf("Tennis elbow") > 0, row.Accessible.name);
            mouseClick(row);
            waitForPage("techniqueDetailPage");
            compare(page().techniqueId, "back-of-forearm-release");
        }

        function test_sciaticaSaysSeeAClinician() {
            const field = openSearch();
            field.text = "sciatica";
            tryVerify(() => results().count >= 2);
            const note = findChild(page(), "conditionNote");
            verify(note && note.visible, "the clinician note shows");
            verify(note.Accessible.name.indexOf("clinician") >= 0, note.Accessible.name);
        }

        function test_suggestionFillsTheField() {
            const field = openSearch();
            const flow = findChild(page(), "suggestions");
            waitForRendering(flow);
            // The first chip is the first condition: tapping it searches for it.
            let chip = null;
            for (let i = 0; i < flow.children.length; ++i)
                if (flow.children[i].text === "Carpal tunnel")
                    chip = flow.children[i];
            verify(chip, "Carpal tunnel is suggested");
            mouseClick(chip);
            compare(field.text, "Carpal tunnel");
            tryVerify(() => resultIds().indexOf("palm-and-finger-release") >= 0);
        }

        function test_nothingFound() {
            const field = openSearch();
            field.text = "xylophone";
            tryVerify(() => findChild(page(), "noResults").visible);
            compare(results().count, 0);
            field.text = "   ";
            verify(!findChild(page(), "noResults").visible);
            verify(findChild(page(), "suggestions").visible);
        }

        function test_phoneSizesLightAndDark_data() {
            const rows = [];
            for (const size of [[390, 844], [412, 915]])
                for (const mode of ["light", "dark"])
                    rows.push({
                            "tag": size[0] + "x" + size[1] + "-" + mode,
                            "w": size[0],
                            "h": size[1],
                            "mode": mode
                        });
            return rows;
        }
        function test_phoneSizesLightAndDark(data) {
            const window = root.Window.window;
            const size = [window.width, window.height];
            window.width = data.w;
            window.height = data.h;
            root.width = data.w;
            root.height = data.h;
            App.settings.themeMode = data.mode;
            try {
                tryVerify(() => !stack().busy && page().objectName === "regionListPage", 5000);
                waitForRendering(shell);
                if (root.shotDir.length > 0)
                    grabImage(root).save(root.shotDir + "/search-" + data.tag + "-0-bodymap.png");
                const field = openSearch();
                verify(field.height >= Theme.touchTarget, "field is " + field.height + " high");
                waitForRendering(page());
                if (root.shotDir.length > 0)
                    grabImage(root).save(root.shotDir + "/search-" + data.tag + "-1-empty.png");
                field.text = "sciatica";
                tryVerify(() => results().count > 0);
                const row = results().itemAtIndex(0);
                verify(row.height >= Theme.touchTarget);
                verify(row.x >= 0 && row.x + row.width <= root.width + 0.5);
                waitForRendering(page());
                if (root.shotDir.length > 0)
                    grabImage(root).save(root.shotDir + "/search-" + data.tag + "-2-results.png");
            } finally {
                App.settings.themeMode = "system";
                window.width = size[0];
                window.height = size[1];
                root.width = 390;
                root.height = 844;
            }
        }
    }
}
