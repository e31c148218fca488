// SPDX-License-Identifier: GPL-3.0-or-later
// The startup benchmark's baseline: the same style and the same first-frame probe as the app,
// and nothing else.
#include "firstframewatcher.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/EmptyWindow.qml")));
    if (!FirstFrame::watch(engine, [] {
            FirstFrame::printBenchmarkMarkers();
            QCoreApplication::exit(0);
        }))
        return 1;
    return QGuiApplication::exec();
}
