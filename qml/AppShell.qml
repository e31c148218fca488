// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot
import Unknot.Core

// The whole UI inside the window: the four tabs, the bottom navigation, messages, and the
// routing of unknot:// links. Kept apart from the window so tests can instantiate it.
Item {
    id: shell

    // Pages one tap away, compiled in the background once the first frame is up (with them
    // Qt Quick Controls, which the first screen does without), so the first tap need not wait.
    // A tap that comes sooner still works: Qt finishes a load in progress when asked for it.
    property var preparedPages: []
    // The message in the banner: the storage error at start, then each new message assigned
    // (the Connections below); dismissing clears it, which ends the start-up binding.
    property string message: App.storageError
    // The start that waits for the start check's answer (see startSession).
    property var pendingStart: null

    function preparePages() {
        if (preparedPages.length > 0)
            return;
        preparedPages = ["pages/body/TechniqueListPage.qml", "pages/body/TechniqueDetailPage.qml"].map(file => Qt.createComponent(Qt.resolvedUrl(file), Component.Asynchronous));
    }
    function showBanner() {
        if (message.length > 0)
            banner.active = true;
    }
    function attachBanner(item) {
        item.objectName = "messageBanner";
        item.danger = true;
        item.text = Qt.binding(() => shell.message);
        item.dismissed.connect(() => shell.message = "");
    }
    function showTab(index) {
        nav.currentIndex = index;
    }
    // Pages past the body map are named by file, so their types load when first opened,
    // not at start-up. A page that cannot be built (the stack prints why) opens nothing.
    function openRegion(regionId) {
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/body/TechniqueListPage.qml"), {
                "regionId": regionId
            });
        if (!page)
            return;
        page.techniqueChosen.connect(techniqueId => shell.openTechnique(techniqueId, page.regionId));
        page.addOwnRequested.connect(region => shell.openCustomEditor("", region));
        page.clearanceEditRequested.connect(shell.openClearance);
        page.backRequested.connect(shell.popPage);
    }
    function openSearch() {
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/search/SearchPage.qml"));
        if (!page)
            return;
        page.techniqueChosen.connect(techniqueId => shell.openTechnique(techniqueId));
        page.backRequested.connect(shell.popPage);
    }
    function openClearance(regionId) {
        const page = bodyStack.push(Qt.resolvedUrl("pages/body/ClearancePage.qml"), {
                "regionId": regionId
            });
        if (!page)
            return;
        page.saved.connect(shell.popPage);
        page.backRequested.connect(shell.popPage);
    }
    // The editor of the user's own techniques (a new one for `regionId` when no id is given).
    function openCustomEditor(techniqueId, regionId) {
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/custom/CustomTechniqueEditor.qml"), {
                "techniqueId": techniqueId,
                "regionId": regionId
            });
        if (page)
            page.closeRequested.connect(shell.popPage);
    }
    function openTechnique(techniqueId, regionId) {
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/body/TechniqueDetailPage.qml"), {
                "techniqueId": techniqueId,
                "regionId": regionId || App.catalog.defaultRegionFor(techniqueId)
            });
        if (!page)
            return;
        page.startRequested.connect(shell.startSession);
        page.editRequested.connect(id => {
                shell.popPage();
                shell.openCustomEditor(id, "");
            });
        page.backRequested.connect(shell.popPage);
        page.addToPlanRequested.connect(shell.openPlan);
    }
    // Every way of starting a session comes here (the Start button, a link, a reminder's Start
    // now): App.safety.checkStart() decides whether it needs a confirmation first (the start
    // check sheet, whose "Start anyway" begins it), or may not start at all.
    function startSession(techniqueId, regionId, thisSideOnly) {
        const check = App.safety.checkStart(techniqueId, regionId || "", thisSideOnly === true);
        if (mustAsk(check)) {
            pendingStart = {
                "techniqueId": techniqueId,
                "regionId": regionId,
                "thisSideOnly": thisSideOnly === true,
                "check": check
            };
            startCheck.active = true;
            return;
        }
        beginSession(techniqueId, regionId, thisSideOnly);
    }
    // A check (App.safety.checkStart) that stops the start: to ask, or to say it is blocked.
    function mustAsk(check) {
        return check.blocked || check.needsConfirmation;
    }
    function beginSession(techniqueId, regionId, thisSideOnly) {
        if (App.session.start(techniqueId, regionId, thisSideOnly === true)) {
            showTab(0);
            const page = bodyStack.push(Qt.resolvedUrl("pages/session/SessionPage.qml"));
            if (!page)
                return;
            page.closeRequested.connect(() => {
                    shell.popPage();
                    shell.showTab(1);
                });
        }
    }
    function attachStartCheck(sheet) {
        sheet.check = pendingStart.check;
        sheet.techniqueTitle = pendingStart.plan ? qsTr("Today's plan") : App.catalog.titleOf(pendingStart.techniqueId);
        sheet.confirmed.connect(() => Qt.callLater(shell.closeStartCheck, true));
        sheet.cancelled.connect(() => Qt.callLater(shell.closeStartCheck, false));
    }
    // Closed after the sheet's own signal handler has returned (it is destroyed here).
    function closeStartCheck(start) {
        const pending = pendingStart;
        pendingStart = null;
        startCheck.active = false;
        if (start && pending && pending.plan)
            startPlan(true);
        else if (start && pending)
            beginSession(pending.techniqueId, pending.regionId, pending.thisSideOnly);
    }
    // My plan, on the body map's stack; `addTechniqueId` opens its editor for that technique.
    function openPlan(addTechniqueId) {
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/plan/PlanPage.qml"), {
                "addTechniqueId": addTechniqueId || ""
            });
        if (!page)
            return;
        page.backRequested.connect(shell.popPage);
        page.startRequested.connect(shell.startPlan);
    }
    // Today's due techniques back to back, as one session.
    // Today's due techniques back to back, as one session: checked like a single start first
    // (a region not cleared, a ticked health item), asking once for the whole run.
    function startPlan(confirmed) {
        if (confirmed !== true) {
            const check = App.safety.checkStarts(App.plan.dueStarts());
            if (check.blocked || check.needsConfirmation) {
                pendingStart = {
                    "plan": true,
                    "check": check
                };
                startCheck.active = true;
                return;
            }
        }
        const error = App.plan.startToday();
        if (error.length > 0) {
            shell.message = error;
            return;
        }
        showTab(0);
        const page = bodyStack.push(Qt.resolvedUrl("pages/session/SessionPage.qml"));
        if (!page)
            return;
        page.closeRequested.connect(() => {
                shell.popPage();
                shell.showTab(1);
            });
    }
    function popPage() {
        bodyStack.pop();
    }
    function sessionPage() {
        const page = bodyStack.currentItem;
        return page && page.objectName === "sessionPage" ? page : null;
    }
    // Back inside a page that handles it itself (goBack() returns whether it went back).
    function goBackIn(page) {
        return page.goBack();
    }
    // Android's Back key (and Escape): the session's own question during a session, else one
    // page back in the current tab, then the first tab. Always taken: an unaccepted Back lets
    // Qt close the window, which ends the app. At the very bottom the app steps aside instead.
    function goBack() {
        if (onboarding.item)
            return goBackIn(onboarding.item);
        if (startCheck.item) {
            closeStartCheck(false);
            return true;
        }
        const session = sessionPage();
        if (session) {
            session.goBack();
            return true;
        }
        if (nav.currentIndex !== 0) {
            // A tab with pages of its own offers goBack(), true when it went back a page.
            const page = [null, progressTab, remindersTab, moreTab][nav.currentIndex].item;
            if (!(page && typeof page.goBack === "function" && page.goBack()))
                showTab(0);
            return true;
        }
        if (bodyStack.depth > 1) {
            bodyStack.pop();
            return true;
        }
        shell.leaveRequested();
        return true;
    }
    // A link never ends a running session by itself: the session page asks first.
    function followLink(open) {
        const session = sessionPage();
        if (session && App.session.active) {
            session.askToEnd(open);
            return;
        }
        open();
    }

    // Back on the first page of the first tab: the app goes to the background (Main.qml).
    signal leaveRequested

    focus: true
    onMessageChanged: showBanner()
    Keys.onEscapePressed: event => event.accepted = shell.goBack()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Back as a window shortcut, not a key handler: it must work wherever the focus is (a
    // closed pop-up leaves it outside the shell), and a shortcut always takes the key.
    Shortcut {
        sequence: "Back"
        context: Qt.WindowShortcut
        onActivated: shell.goBack()
    }

    Connections {
        target: shell.Window.window
        enabled: shell.preparedPages.length === 0
        function onFrameSwapped() {
            shell.preparePages();
        }
    }
    Connections {
        target: App
        function onTechniqueRequested(techniqueId) {
            shell.followLink(() => {
                    bodyStack.pop(null);
                    shell.openTechnique(techniqueId, "");
                });
        }
        function onSessionRequested(techniqueId) {
            shell.followLink(() => {
                    bodyStack.pop(null);
                    shell.openTechnique(techniqueId, "");
                    shell.startSession(techniqueId, "");
                });
        }
        // A notification's tap (or a link) for a region or the body map.
        function onRegionRequested(regionId) {
            bodyStack.pop(null);
            shell.openRegion(regionId);
        }
        function onBodyMapRequested() {
            bodyStack.pop(null);
            shell.showTab(0);
        }
        // unknot://plan and unknot://plan/start (a reminder's tap, a practitioner's link).
        function onPlanRequested() {
            shell.followLink(() => {
                    bodyStack.pop(null);
                    shell.openPlan("");
                });
        }
        function onPlanStartRequested() {
            shell.followLink(() => {
                    bodyStack.pop(null);
                    shell.startPlan();
                });
        }
        function onLinkFailed(message) {
            shell.message = message;
        }
        // A problem the records check finds after start-up (the file was damaged and restored).
        function onStorageErrorChanged() {
            if (App.storageError.length > 0)
                shell.message = App.storageError;
        }
    }
    // unknot://reminder/new: the Reminders tab opens its editor with what the link gave.
    Connections {
        target: App.reminders
        function onDraftRequested() {
            shell.showTab(2);
        }
    }
    // A plan file opened with Unknot: the plan page shows it beside the current plan.
    Connections {
        target: App.plan
        function onImportOffered() {
            shell.followLink(() => {
                    bodyStack.pop(null);
                    shell.openPlan("");
                });
        }
    }
    Connections {
        target: App.session
        function onFailed(message) {
            shell.message = message;
        }
    }

    // Built the first time there is something to say, so not with the first frame.
    Loader {
        id: banner
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: shell.message.length > 0 ? Theme.spaceS : 0
        active: false
        source: "components/Banner.qml"
        onLoaded: shell.attachBanner(item)
    }

    // The four tabs, one shown at a time.
    Item {
        id: tabs
        // Behind the introduction nothing may be read or tapped.
        visible: !onboarding.item
        anchors.top: banner.bottom
        anchors.topMargin: banner.anchors.margins
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: nav.visible ? nav.top : parent.bottom

        PageStack {
            id: bodyStack
            objectName: "bodyStack"
            anchors.fill: parent
            visible: nav.currentIndex === 0
            initialItem: regionListPage

            RegionListPage {
                id: regionListPage
                anchors.fill: parent
                onRegionChosen: regionId => shell.openRegion(regionId)
                onSearchRequested: shell.openSearch()
                onPlanRequested: shell.openPlan("")
                onPlanStartRequested: shell.startPlan()
            }
        }
        // The other tabs are built the first time they are shown, not at start-up; named
        // by file, so not even their types (and imports, such as the file dialogs) are
        // loaded before then.
        Loader {
            id: progressTab
            anchors.fill: parent
            visible: nav.currentIndex === 1
            active: nav.currentIndex === 1 || item !== null
            source: "pages/progress/ProgressPage.qml"
        }
        Loader {
            id: remindersTab
            anchors.fill: parent
            visible: nav.currentIndex === 2
            active: nav.currentIndex === 2 || item !== null
            source: "pages/reminders/RemindersPage.qml"
        }
        Loader {
            id: moreTab
            anchors.fill: parent
            visible: nav.currentIndex === 3
            active: nav.currentIndex === 3 || item !== null
            source: "pages/more/MorePage.qml"
        }
    }

    // Before a session starts: why it needs a confirmation, or cannot start. Built when needed.
    Loader {
        id: startCheck
        objectName: "startCheckLoader"
        anchors.fill: parent
        z: 2
        active: false
        source: "pages/body/StartCheckSheet.qml"
        onLoaded: shell.attachStartCheck(item)
    }

    // The first-launch introduction, over everything, until it is acknowledged. Loaded only
    // then (a normal start reads two settings and builds nothing), and in the background.
    Loader {
        id: onboarding
        objectName: "onboardingLoader"
        anchors.fill: parent
        z: 3
        active: App.safety.onboarding.needed
        asynchronous: true
        source: "pages/onboarding/OnboardingPage.qml"
    }

    NavBar {
        id: nav
        objectName: "navBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: implicitHeight
        visible: !onboarding.item && !(nav.currentIndex === 0 && bodyStack.currentItem && bodyStack.currentItem.objectName === "sessionPage")
        onTabActivated: index => nav.currentIndex = index
    }

    Component.onCompleted: {
        showBanner();
        App.openStartupLink();
    }
}
