// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

// QTEST_GUILESS_MAIN for the real-audio tests, except that the process ends as soon as the
// verdict is known. Qt 6.4's GStreamer and PulseAudio back ends can crash while a process tears
// down after its last test (seen once in CI after "Totals: 6 passed, 0 failed"); that is not
// behaviour these tests name, and it must not turn a passing run into a failing one.
#define UNKNOT_AUDIO_TEST_MAIN(TestObject)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        TestObject test;                                                                           \
        const int result = QTest::qExec(&test, argc, argv);                                        \
        std::fflush(nullptr);                                                                      \
        std::_Exit(result);                                                                        \
    }
