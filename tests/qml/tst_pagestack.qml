// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The page stack the Body tab uses in place of Qt Quick Controls' StackView.
Item {
    id: root

    width: 390
    height: 700

    PageStack {
        id: stack
        anchors.fill: parent
        initialItem: bottom

        Rectangle {
            id: bottom
            objectName: "bottom"
            anchors.fill: parent
            color: "#f6f4f0"
        }
    }

    TestCase {
        name: "PageStack"
        when: windowShown

        readonly property url pageUrl: Qt.resolvedUrl("pagestack/StackTestPage.qml")

        function init() {
            App.settings.reduceMotion = true;
        }
        function cleanup() {
            stack.pop(null);
            tryVerify(() => !stack.busy);
            App.settings.reduceMotion = false;
        }

        function test_startsWithTheInitialItem() {
            compare(stack.depth, 1);
            compare(stack.currentItem, bottom);
            verify(bottom.visible);
        }

        function test_pushShowsThePageOnTopAndHidesTheOneBelow() {
            const page = stack.push(pageUrl, {
                    "name": "first"
                });
            verify(page !== null);
            compare(page.name, "first");
            compare(stack.currentItem, page);
            compare(stack.depth, 2);
            compare(page.width, stack.width);
            compare(page.height, stack.height);
            verify(page.activeFocus, "keyboard focus moves to the new page");
            tryVerify(() => !stack.busy);
            compare(page.x, 0);
            verify(!bottom.visible, "the page below is not drawn under an opaque page");
            root.width = 300;
            compare(page.width, 300, "the page follows the stack's size");
            root.width = 390;
        }

        function test_popReturnsToThePageBelowAndDestroysTheTop() {
            const page = stack.push(pageUrl, {
                    "name": "first"
                });
            tryVerify(() => !stack.busy);
            let destroyed = false;
            page.Component.destruction.connect(() => destroyed = true);
            stack.pop();
            compare(stack.depth, 1);
            compare(stack.currentItem, bottom);
            verify(bottom.visible);
            verify(bottom.activeFocus, "focus comes back with the user");
            tryVerify(() => destroyed, 2000, "the popped page is destroyed");
        }

        function test_popNullGoesBackToTheBottom() {
            const first = stack.push(pageUrl, {
                    "name": "first"
                });
            const second = stack.push(pageUrl, {
                    "name": "second"
                });
            tryVerify(() => !stack.busy);
            compare(stack.depth, 3);
            let gone = 0;
            first.Component.destruction.connect(() => ++gone);
            second.Component.destruction.connect(() => ++gone);
            stack.pop(null);
            compare(stack.depth, 1);
            compare(stack.currentItem, bottom);
            tryVerify(() => gone === 2, 2000, "both pages above the bottom are destroyed");
            stack.pop();
            compare(stack.depth, 1, "the bottom page is never popped");
        }

        function test_pagesSlideUnlessMotionIsReduced() {
            App.settings.reduceMotion = false;
            const page = stack.push(pageUrl, {});
            verify(stack.busy, "sliding in");
            wait(60);
            verify(page.x > 0 && page.x < stack.width, "mid-slide x " + page.x);
            tryVerify(() => !stack.busy);
            compare(page.x, 0);
            App.settings.reduceMotion = true;
            const next = stack.push(pageUrl, {});
            tryVerify(() => !stack.busy, 100, "no slide with reduced motion");
            compare(next.x, 0);
        }

        // Back pressed while a page is still sliding in: the page below is shown, not lost.
        function test_popDuringTheSlideShowsThePageBelow() {
            App.settings.reduceMotion = false;
            const page = stack.push(pageUrl, {});
            verify(stack.busy);
            stack.pop();
            compare(stack.currentItem, bottom);
            tryVerify(() => !stack.busy);
            verify(bottom.visible, "the page below is visible after the interrupted slide");
            const next = stack.push(pageUrl, {});
            stack.push(pageUrl, {});
            tryVerify(() => !stack.busy);
            verify(!next.visible, "a page covered while still sliding in is hidden");
            compare(next.x, 0, "and it was left in its place, not half-way");
        }

        function test_aPageThatCannotBeBuiltLeavesTheStackAlone() {
            ignoreWarning(new RegExp("NoSuchPage"));
            const page = stack.push(Qt.resolvedUrl("pagestack/NoSuchPage.qml"), {});
            compare(page, null);
            compare(stack.depth, 1);
            compare(stack.currentItem, bottom);
        }
    }
}
