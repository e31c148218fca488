// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The body map in the running app shell, at phone size: taps, keys, the list, states, motion.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "BodyMap"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function currentPage() {
            return stack().currentItem;
        }
        function map() {
            return findChild(shell, "bodyMap");
        }
        function waitForPage(name) {
            tryVerify(() => currentPage() && currentPage().objectName === name && !stack().busy, 5000, "expected page " + name);
        }
        function rotation() {
            return findChild(map(), "bodyFlipable").transform[0];
        }
        function showView(view) {
            mouseClick(findChild(map(), "bodyViewSwitch_" + view));
            const figure = findChild(map(), view + "Figure");
            tryVerify(() => figure && figure.facing);
            tryCompare(rotation(), "angle", view === "back" ? 180 : 0);
            waitForRendering(shell);
            return figure;
        }
        function role(model, row, r) {
            return model.data(model.index(row, 0), r);
        }

        function init() {
            App.settings.reduceMotion = true;
            waitForPage("regionListPage");
        }
        function cleanup() {
            stack().pop(null);
            map().view = "front";
            map().listMode = false;
            map().regionStates = {};
            map().selectedRegion = "";
            App.settings.reduceMotion = false;
        }

        // Tapping at each region's centre on the rendered map opens that region's page.
        function test_tapEachRegionOpensItsPage_data() {
            return [{
                    "tag": "front",
                    "view": "front"
                }, {
                    "tag": "back",
                    "view": "back"
                }];
        }
        function test_tapEachRegionOpensItsPage(data) {
            const figure = showView(data.view);
            const model = figure.model;
            verify(model.count > 8);
            for (let i = 0; i < model.count; ++i) {
                const id = role(model, i, BodyMapModel.RegionIdRole);
                const p = figure.pointFor(role(model, i, BodyMapModel.CentreRole));
                mouseClick(figure, p.x, p.y);
                waitForPage("techniqueListPage");
                compare(currentPage().regionId, id, data.view + " " + id);
                stack().pop();
                waitForPage("regionListPage");
                compare(map().selectedRegion, id);
            }
        }

        // A shape's bounding box is not the shape: a tap in the box but well off the shape (and
        // off every neighbour) opens nothing.
        function test_tapInBoundingBoxButOffShapeOpensNothing() {
            const figure = showView("front");
            const model = figure.model;
            const row = model.indexOf("hip-left");
            const box = role(model, row, BodyMapModel.BoundsRole);
            let spot = null;
            for (let fx = 0.05; fx < 1 && !spot; fx += 0.05) {
                for (let fy = 0.05; fy < 1 && !spot; fy += 0.05) {
                    const x = box.x + box.width * fx;
                    const y = box.y + box.height * fy;
                    // Off every shape, even with the touch slop the map applies, and not
                    // just barely: a pixel either way must not change that.
                    const p = figure.pointFor(Qt.point(x, y));
                    let clear = true;
                    for (const dx of [-1, 0, 1]) {
                        for (const dy of [-1, 0, 1]) {
                            const q = Qt.point((Math.round(p.x) + dx - figure.pointFor(Qt.point(0, 0)).x) / figure.unit, (Math.round(p.y) + dy - figure.pointFor(Qt.point(0, 0)).y) / figure.unit);
                            clear = clear && model.regionAt("front", q.x, q.y, figure.slop) === "";
                        }
                    }
                    if (clear)
                        spot = Qt.point(Math.round(p.x), Math.round(p.y));
                }
            }
            verify(spot !== null, "the hip's box has a corner outside the hip");
            mouseClick(figure, spot.x, spot.y);
            wait(50);
            compare(currentPage().objectName, "regionListPage");
        }

        // Small regions have finger-sized targets: a tap just beside the hand still opens it.
        function test_smallRegionsHaveFingerSizedTargets() {
            const figure = showView("front");
            const model = figure.model;
            const row = model.indexOf("hand-left");
            const box = role(model, row, BodyMapModel.BoundsRole);
            const centre = role(model, row, BodyMapModel.CentreRole);
            verify(box.width * figure.unit < Theme.touchTarget, "the hand is narrower than a finger");
            // a point just outside the hand's outer edge (viewer's right), about 8 dp away
            const outside = Qt.point(box.x + box.width + 8 / figure.unit, centre.y);
            compare(model.regionAt("front", outside.x, outside.y, 0), "");
            const p = figure.pointFor(outside);
            mouseClick(figure, p.x, p.y);
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, "hand-left");
        }

        // Phones tap with a finger: a touch tap opens the region like a click does.
        function test_touchTapOpensTheRegion() {
            const figure = showView("front");
            const model = figure.model;
            const p = figure.pointFor(role(model, model.indexOf("knee-itband-right"), BodyMapModel.CentreRole));
            const touch = touchEvent(figure);
            touch.press(0, figure, p.x, p.y).commit();
            touch.release(0, figure, p.x, p.y).commit();
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, "knee-itband-right");
        }

        function test_sidesAreAnatomicallyCorrect() {
            let figure = showView("front");
            let left = findChild(figure, "region_shoulder-left");
            let right = findChild(figure, "region_shoulder-right");
            verify(left.mapToItem(root, 0, 0).x > right.mapToItem(root, 0, 0).x, "front: the person's left is on the viewer's right");
            compare(left.Accessible.name, "Left shoulder, front");
            figure = showView("back");
            left = findChild(figure, "region_shoulder-left");
            right = findChild(figure, "region_shoulder-right");
            // The back figure is shown through a 180° turn; compare where they appear on screen.
            const lx = left.mapToItem(root, left.width / 2, 0).x;
            const rx = right.mapToItem(root, right.width / 2, 0).x;
            verify(lx < rx, "back: the person's left is on the viewer's left (" + lx + ", " + rx + ")");
            compare(left.Accessible.name, "Left shoulder, back");
        }

        function test_keyboardReachesRegionsHeadToFeet() {
            const figure = showView("front");
            const model = figure.model;
            figure.focusRegion(0);
            verify(findChild(figure, "region_neck").activeFocus);
            compare(figure.focusedRegion, "neck");
            keyClick(Qt.Key_Down);
            compare(figure.focusedRegion, role(model, 1, BodyMapModel.RegionIdRole));
            keyClick(Qt.Key_Tab);
            compare(figure.focusedRegion, role(model, 2, BodyMapModel.RegionIdRole));
            keyClick(Qt.Key_Up);
            compare(figure.focusedRegion, role(model, 1, BodyMapModel.RegionIdRole));
            const expected = figure.focusedRegion;
            keyClick(Qt.Key_Return);
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, expected);
        }

        // What a screen reader meets: the region buttons of the face that shows, and no others.
        function regionButtons() {
            return accessibility.entries(map(), accessibility.buttonRole()).filter(e => e.name.endsWith(", front") || e.name.endsWith(", back")); // qmllint disable unqualified
        }
        function test_onlyTheFaceShownIsInTheAccessibilityTree() {
            for (const view of ["front", "back", "front"]) {
                const figure = showView(view);
                const regionsPerFace = figure.model.rowCount();
                verify(regionsPerFace > 10);
                const buttons = regionButtons();
                compare(buttons.length, regionsPerFace, view + ": " + buttons.map(b => b.name).join("; "));
                for (const b of buttons) {
                    verify(b.name.endsWith(", " + view), b.name + " is in the tree while the " + view + " shows");
                    verify(!b.invisible, b.name);
                    verify(b.width > 0 && b.height > 0, b.name + " has no on-screen extents");
                }
                // Keyboard focus stays on the face that shows too.
                figure.focusRegion(0);
                for (let i = 0; i < regionsPerFace + 2; ++i) {
                    keyClick(Qt.Key_Tab);
                    const focused = shell.Window.activeFocusItem;
                    if (focused && focused.Accessible.role === Accessible.Button && focused.Accessible.name.indexOf(", ") > 0)
                        verify(focused.Accessible.name.endsWith(", " + view), "focus reached " + focused.Accessible.name);
                }
            }
            map().listMode = true;
            compare(regionButtons().length, 0, "the list shows: the figure's buttons are gone");
        }

        function test_listIsOneTapAway() {
            verify(!findChild(shell, "regionList"), "the list is only built when asked for");
            mouseClick(findChild(map(), "bodyLayoutSwitch_list"));
            const list = findChild(shell, "regionList");
            tryVerify(() => list && list.visible && list.count > 20);
            // The map's regions step aside: the name now means the list's row.
            tryVerify(() => findChild(shell, "region_shoulder-right") !== null);
            const row = findChild(shell, "region_shoulder-right");
            verify(row.visible && row.ListView.view === list);
            mouseClick(row);
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, "shoulder-right");
        }

        // States colour their regions and appear in the legend; regions without a state keep
        // the ordinary look.
        function test_regionStatesColourTheMapWithALegend() {
            const figure = showView("front");
            const model = figure.model;
            map().regionStates = {};
            tryVerify(() => findChild(map(), "legend_pain-rising") === null);
            waitForRendering(shell);
            const p = figure.pointFor(role(model, model.indexOf("quadriceps-left"), BodyMapModel.CentreRole));
            const q = figure.pointFor(role(model, model.indexOf("quadriceps-right"), BodyMapModel.CentreRole));
            const fp = figure.mapToItem(root, p.x, p.y);
            const fq = figure.mapToItem(root, q.x, q.y);
            let image = grabImage(root);
            const before = image.pixel(fp.x, fp.y);
            verify(Qt.colorEqual(before, image.pixel(fq.x, fq.y)), "mirror regions look the same");
            map().regionStates = {
                "quadriceps-left": "pain-rising"
            };
            tryVerify(() => findChild(map(), "legend_pain-rising") !== null);
            waitForRendering(shell);
            image = grabImage(root);
            const after = image.pixel(fp.x, fp.y);
            verify(!Qt.colorEqual(before, after), "the state changes the region's colour");
            verify(after.r > after.g && after.r > after.b, "pain rising reads as red: " + after);
            verify(Qt.colorEqual(before, image.pixel(fq.x, fq.y)), "the other side keeps its look");
        }

        function test_turningAroundAnimatesUnlessMotionIsReduced() {
            App.settings.reduceMotion = false;
            // Counts the angles shown on the way, not what one moment shows: a busy machine
            // may skip frames, but a turn still passes through angles between the two faces.
            const between = [];
            const seen = () => {
                const angle = rotation().angle;
                if (angle > 0 && angle < 180)
                    between.push(angle);
            };
            rotation().angleChanged.connect(seen);
            mouseClick(findChild(map(), "bodyViewSwitch_back"));
            tryCompare(rotation(), "angle", 180);
            rotation().angleChanged.disconnect(seen);
            verify(between.length > 0, "the figure turned through no angle in between");
            App.settings.reduceMotion = true;
            mouseClick(findChild(map(), "bodyViewSwitch_front"));
            compare(rotation().angle, 0);
        }
    }
}
