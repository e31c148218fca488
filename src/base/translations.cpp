// SPDX-License-Identifier: GPL-3.0-or-later
// Installs the app's translations as soon as any program built on the core creates its
// QCoreApplication (the app, the tests, the tools), so every "%n ..." text reads in proper
// plural forms everywhere. Compiled into each program (an INTERFACE source of unknot_core):
// a startup function in the static library itself would not be linked, nothing refers to it.
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

void installUnknotTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The user's language where a translation exists; otherwise English, whose file holds
    // the plural forms of the "%n session(s)" texts (i18n/unknot_en.ts).
    if (translator->load(QLocale(), QStringLiteral("unknot"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/unknot_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installUnknotTranslations)
