// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace unknot {

// Back on the app's first screen: Android sends the app's task to the background, as its own
// launcher activities do, instead of Qt closing the window (which ends the app and whatever it
// was keeping). Only the phone with a Back key implements it.
// A QObject so that main can connect the window's QML signal to it.
class AppBackground : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    virtual void sendToBackground() = 0;
};

} // namespace unknot
