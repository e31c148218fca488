// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The progress screen with real records: restored from an export, shown in the overview with
// numbers a screen reader hears, a region whose pain keeps rising, and delete with undo.
Item {
    id: root

    width: 412
    height: 915

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Progress"
        when: windowShown

        function initTestCase() {
            // This file's own records: what other test files saved is not here.
            compare(App.history.totalCount, 0);
            const message = App.transfer.importFrom(Qt.resolvedUrl("../progress/qml-fixture.json"));
            verify(message.indexOf("4 sessions restored") === 0, message);
            compare(App.history.totalCount, 4);
            shell.showTab(1);
        }

        function test_1_overviewCarriesTheNumbers() {
            findChild(shell, "progressTabs").currentIndex = 1;
            const overview = findChild(shell, "progressOverview");
            tryVerify(() => overview !== null && overview.visible);
            const weeks = findChild(overview, "weekChart");
            verify(weeks.Accessible.name.indexOf("last 12 weeks") >= 0, weeks.Accessible.name);
            compare(App.progress.bestStreak, 4);
            // The two streaks sit side by side, each on a card of its own (they once collapsed
            // onto each other after a refresh).
            const current = findChild(overview, "currentStreak");
            const best = findChild(overview, "bestStreak");
            tryVerify(() => current.width > 100 && best.width > 100, 2000, "streak cards have width");
            verify(best.x >= current.x + current.width, "the best streak is beside the current one");
            compare(best.Accessible.name, "Best streak: 4 days");
            // The regions come in the frames after the first (an asynchronous Loader).
            tryVerify(() => findChild(overview, "regionRow_neck") !== null, 5000, "the neck is listed");
            const row = findChild(overview, "regionRow_neck");
            verify(row.detail.indexOf("4 sessions") === 0, row.detail);
            verify(row.detail.indexOf("pain rising") > 0, row.detail);
            compare(App.progress.regionStates["neck"], "pain-rising");
        }

        function test_2_regionDetailWarnsAboutRisingPain() {
            const overview = findChild(shell, "progressOverview");
            const row = findChild(overview, "regionRow_neck");
            // Scrolled into view first (the plan's adherence section sits above the regions).
            overview.contentY = Math.max(0, Math.min(row.mapToItem(overview.contentItem, 0, 0).y, overview.contentHeight - overview.height));
            waitForRendering(overview);
            mouseClick(row);
            const stack = findChild(shell, "progressStack");
            tryVerify(() => stack.depth === 2 && !stack.busy);
            const detail = stack.currentItem;
            verify(findChild(detail, "risingPainNotice").visible);
            const chart = findChild(detail, "painChart");
            verify(chart.Accessible.name.indexOf("before 7, after 6") > 0, chart.Accessible.name);
            verify(findChild(detail, "regionSummary").text.indexOf("-2.3") > 0, findChild(detail, "regionSummary").text);
            stack.pop();
            tryVerify(() => stack.depth === 1 && !stack.busy);
        }

        function test_3_deleteThenUndo() {
            findChild(shell, "progressTabs").currentIndex = 0;
            const list = findChild(shell, "historyList");
            tryVerify(() => list.visible && list.count > 0);
            const rows = list.count;
            const before = App.history.totalCount;
            const first = list.itemAtIndex(0);
            mouseClick(findChild(first, "deleteSession"));
            tryCompare(App.history, "totalCount", before - 1);
            const undo = findChild(shell, "undoButton");
            tryVerify(() => findChild(shell, "undoBar").visible);
            mouseClick(undo);
            tryCompare(App.history, "totalCount", before);
            tryCompare(list, "count", rows);
            findChild(shell, "progressTabs").currentIndex = 0;
        }
    }
}
