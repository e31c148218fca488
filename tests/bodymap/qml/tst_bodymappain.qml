// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The body map on the first screen colours regions by the pain trend of their recent sessions.
// A shell of its own, so no other test has replaced the map's binding to the progress data.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "BodyMapPain"
        when: windowShown

        function map() {
            return findChild(shell, "bodyMap");
        }
        function role(model, row, r) {
            return model.data(model.index(row, 0), r);
        }

        // The seeded history (tst_bodymapqml.cpp) has pain rising on the left shoulder and
        // easing on the right knee: the map shows both, in colour, in the legend and in words.
        function test_recentPainTrendsColourTheMap() {
            const figure = findChild(map(), "frontFigure");
            tryVerify(() => figure && figure.facing);
            tryVerify(() => App.progress.regionStates["shoulder-left"] === "pain-rising");
            compare(JSON.stringify(App.progress.regionStates), JSON.stringify({
                        "knee-itband-right": "pain-easing",
                        "shoulder-left": "pain-rising"
                    }));
            tryVerify(() => findChild(map(), "legend_pain-rising") !== null);
            verify(findChild(map(), "legend_pain-easing") !== null);
            verify(findChild(map(), "legend_pain-steady") === null, "only states in use are listed");
            const shoulder = findChild(figure, "region_shoulder-left");
            verify(shoulder.Accessible.description.indexOf("Pain rising") >= 0, shoulder.Accessible.description);
            const model = figure.model;
            const p = figure.pointFor(role(model, model.indexOf("shoulder-left"), BodyMapModel.CentreRole));
            const q = figure.pointFor(role(model, model.indexOf("knee-itband-right"), BodyMapModel.CentreRole));
            waitForRendering(shell);
            const image = grabImage(root);
            const fp = figure.mapToItem(root, p.x, p.y);
            const fq = figure.mapToItem(root, q.x, q.y);
            const rising = image.pixel(fp.x, fp.y);
            const easing = image.pixel(fq.x, fq.y);
            verify(rising.r > rising.g && rising.r > rising.b, "pain rising reads as red: " + rising);
            verify(easing.b > easing.r && easing.b > easing.g, "pain easing reads as blue: " + easing);
        }
    }
}
