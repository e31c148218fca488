// SPDX-License-Identifier: GPL-3.0-or-later
// unknot-content-check: checks technique files with the app's own reader plus the authoring
// rules (content/authoringrules.h), so content is judged by one set of rules. Prints each
// problem; exits 0 when there are none, 1 when there are, 2 on wrong usage.
#include "bodymap/bundledbodymap.h"
#include "bodymap/keepoffzones.h"
#include "content/authoringrules.h"
#include "content/contentloader.h"
#include "pictures/picturerules.h"
#include "search/conditions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

using namespace unknot;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The loader logs each problem as well; the list below is the checker's output.
    QLoggingCategory::setFilterRules(QStringLiteral("unknot.content=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks Unknot technique files (see assets/content/FORMAT.md)."));
    parser.addHelpOption();
    const QCommandLineOption audio(
        QStringLiteral("audio"),
        QStringLiteral("Also check that every step has its narration clip under <dir>."),
        QStringLiteral("dir"));
    parser.addOption(audio);
    parser.addPositionalArgument(QStringLiteral("content-dir"),
                                 QStringLiteral("The folder of technique files (*.json)."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    const QString contentDir = parser.positionalArguments().constFirst();
    if (!QDir(contentDir).exists()) {
        std::fprintf(stderr, "unknot-content-check: no such folder: %s\n", qPrintable(contentDir));
        return 2;
    }

    const ContentLoadResult result = ContentLoader(parser.value(audio)).loadDirectory(contentDir);
    QList<ContentProblem> problems = result.problems;
    const QStringList files =
        QDir(contentDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        problems += AuthoringRules::checkFileName(file);
    qsizetype steps = 0;
    for (const Technique &t : result.techniques) {
        problems += AuthoringRules::checkStyle(t);
        problems += AuthoringRules::checkGuidance(t);
        problems += AuthoringRules::checkSafety(t);
        steps += t.steps.size();
    }
    problems += AuthoringRules::checkCoverage(result.techniques);
    // Step pictures, on the app's own figure and its keep-off zones.
    KeepOffZones keepOff;
    if (!keepOff.load(QString::fromLatin1(kBundledKeepOffPath)))
        problems.append({{}, {}, {}, keepOff.errorString()});
    problems += PictureRules::check(result.techniques, bundledBodyMapGeometry(), keepOff);
    // The names people know their problems by (search), beside the technique files' folder.
    const QString conditionsFile = QDir(contentDir).filePath(QStringLiteral("../conditions.json"));
    if (QFileInfo::exists(conditionsFile)) {
        QStringList ids;
        for (const Technique &t : result.techniques)
            ids << t.id;
        problems += Conditions::load(conditionsFile, ids).problems;
    }

    for (const ContentProblem &p : std::as_const(problems))
        std::printf("%s\n", qPrintable(p.toString()));
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "unknot-content-check: %lld problem(s) in %lld file(s)\n",
                     static_cast<long long>(problems.size()), static_cast<long long>(files.size()));
        return 1;
    }
    std::printf("unknot-content-check: OK, %lld files, %lld techniques, %lld steps\n",
                static_cast<long long>(files.size()),
                static_cast<long long>(result.techniques.size()), static_cast<long long>(steps));
    return 0;
}
