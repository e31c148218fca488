// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// Pages on a stack, the newest on top, sliding in from the side. A light stand-in for Qt Quick
// Controls' StackView: the first screen needs no Controls at all, so they load with the first
// page pushed rather than at start-up.
Item {
    id: stack

    // The page at the bottom: shown from the start, never popped.
    required property Item initialItem
    property var pages: [initialItem]
    readonly property Item currentItem: pages[pages.length - 1]
    readonly property int depth: pages.length
    // True while a page slides in or out.
    readonly property bool busy: slide.running

    // Creates the page in `url` with `properties` on top of the stack and returns it (null if
    // it could not be created; the reason is printed).
    function push(url, properties) {
        slide.complete(); // a slide under way ends first, its page in its final place
        const component = Qt.createComponent(url);
        if (component.status !== Component.Ready) {
            console.warn(component.errorString());
            return null;
        }
        const page = component.createObject(stack, properties || {});
        if (!page)
            return null;
        page.width = Qt.binding(() => stack.width);
        page.height = Qt.binding(() => stack.height);
        const below = currentItem;
        pages = pages.concat([page]);
        // Keyboard focus moves with the user to the new page (and back with them on pop).
        page.forceActiveFocus();
        slideIn(page, below);
        return page;
    }
    // Removes the top page, or with `null` every page above the first.
    function pop(toBottom) {
        if (pages.length < 2)
            return;
        slide.complete(); // a slide under way ends first, its page in its final place
        const leaving = currentItem;
        const rest = toBottom === null ? [pages[0]] : pages.slice(0, pages.length - 1);
        // Pages between the bottom and the top go without being seen.
        for (const page of pages.slice(rest.length, pages.length - 1))
            page.destroy();
        pages = rest;
        currentItem.visible = true;
        currentItem.forceActiveFocus();
        slideOut(leaving);
    }

    function slideIn(page, below) {
        slide.page = page;
        slide.below = below;
        slide.leaving = false;
        slide.from = stack.width;
        slide.to = 0;
        slide.start();
    }
    function slideOut(page) {
        slide.page = page;
        slide.below = null;
        slide.leaving = true;
        slide.from = 0;
        slide.to = stack.width;
        slide.start();
    }

    clip: true

    NumberAnimation {
        id: slide

        property Item page
        property Item below
        property bool leaving

        target: page
        property: "x"
        duration: Theme.reduceMotion ? 0 : 250
        easing.type: Easing.OutCubic
        onStopped: {
            if (leaving && page)
                page.destroy();
            else if (below)
                below.visible = false;
            page = null;
            below = null;
        }
    }
}
