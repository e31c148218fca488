// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// Renders the Body tab at phone size (390x844), front and back, light and dark, and checks each
// picture: the theme's page colour beside the figure, the figure drawn in another colour, dark
// pages dark and light pages light. The PNG files it leaves in the test's working directory
// (the build tree) are for people to look at (the README's picture is one of them).
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "BodyMapScreenshots"
        when: windowShown

        function test_render_data() {
            return [{
                    "tag": "front-light",
                    "view": "front",
                    "theme": "light"
                }, {
                    "tag": "back-light",
                    "view": "back",
                    "theme": "light"
                }, {
                    "tag": "front-dark",
                    "view": "front",
                    "theme": "dark"
                }, {
                    "tag": "back-dark",
                    "view": "back",
                    "theme": "dark"
                }];
        }

        function test_render(data) {
            const map = findChild(shell, "bodyMap");
            App.settings.reduceMotion = true;
            App.settings.themeMode = data.theme;
            map.view = data.view;
            const figure = findChild(map, data.view + "Figure");
            tryVerify(() => figure && figure.facing);
            compare(Theme.dark, data.theme === "dark");
            waitForRendering(shell);
            const image = grabImage(root);
            compare(image.width, 390);
            compare(image.height, 844);
            // The neck is drawn, in a colour other than the page's.
            const neck = figure.model.indexOf("neck");
            const p = figure.pointFor(figure.model.data(figure.model.index(neck, 0), BodyMapModel.CentreRole));
            const at = figure.mapToItem(root, p.x, p.y);
            verify(!Qt.colorEqual(image.pixel(at.x, at.y), Theme.background));
            // Beside the figure, level with the neck, the page shows through in the theme's
            // colour, and that colour is dark in the dark theme and light in the light one.
            const page = image.pixel(4, at.y);
            verify(Qt.colorEqual(page, Theme.background), "page colour " + page + " is not the theme's " + Theme.background);
            const lightness = (page.r + page.g + page.b) / 3;
            verify(data.theme === "dark" ? lightness < 0.3 : lightness > 0.7, data.tag + " page lightness " + lightness);
            image.save("bodymap-" + data.tag + ".png");
        }

        function cleanupTestCase() {
            App.settings.themeMode = "system";
            App.settings.reduceMotion = false;
        }
    }
}
