// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/resourcepaths.h"
#include "content/contentloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QResource>
#include <QSet>
#include <QTest>

#include <unistd.h>

using namespace unknot;

// Start-up memory: loading the library (as the app does before its first frame) must not read
// the bundled narration. The clips are compiled into the executable; a page of them that is
// read stays resident, and the kernel maps its neighbours with it, so touching each clip once
// made the whole narration (5 MB) part of the app's memory at start-up. Linux only: it reads
// which of its own pages are present from /proc/self/pagemap.
class TestNarrationResidency : public QObject
{
    Q_OBJECT

    // The pages of the executable's file mappings that are present in memory now.
    static QSet<quintptr> presentPagesOfExecutable()
    {
        QSet<quintptr> present;
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
        QFile maps(QStringLiteral("/proc/self/maps"));
        QFile pagemap(QStringLiteral("/proc/self/pagemap"));
        if (!maps.open(QIODevice::ReadOnly) || !pagemap.open(QIODevice::ReadOnly))
            return present;
        const quintptr pageSize = quintptr(sysconf(_SC_PAGESIZE));
        const QList<QByteArray> lines = maps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().endsWith(exe.toLocal8Bit()))
                continue;
            const QList<QByteArray> range = line.left(line.indexOf(' ')).split('-');
            const quintptr from = range.value(0).toULongLong(nullptr, 16);
            const quintptr to = range.value(1).toULongLong(nullptr, 16);
            for (quintptr page = from; page < to; page += pageSize) {
                quint64 entry = 0;
                if (!pagemap.seek(qint64(page / pageSize * sizeof entry)) ||
                    pagemap.read(reinterpret_cast<char *>(&entry), sizeof entry) != sizeof entry)
                    continue;
                if (entry >> 63) // bit 63: present in memory
                    present.insert(page);
            }
        }
        return present;
    }

private slots:
    void loadingTheLibraryLeavesTheNarrationUnread()
    {
        const ResourcePaths resources;
        const ContentLoadResult content =
            ContentLoader(resources.audioDir).loadDirectory(resources.contentDir);
        QVERIFY(!content.techniques.isEmpty());
        const QSet<quintptr> present = presentPagesOfExecutable();
        QVERIFY2(!present.isEmpty(), "cannot read this process's page map");

        // Only now are the clips looked at (QResource reads each one's header).
        const quintptr pageSize = quintptr(sysconf(_SC_PAGESIZE));
        int clips = 0;
        int clipsResident = 0;
        for (const Technique &t : content.techniques) {
            for (const Step &step : t.steps) {
                if (step.audioPath.isEmpty())
                    continue;
                const QResource clip(step.audioPath);
                QVERIFY2(clip.isValid() && clip.data(), qPrintable(step.audioPath));
                // A page inside the clip, away from its header and its neighbours.
                const quintptr middle = quintptr(clip.data()) + quintptr(clip.size() / 2);
                ++clips;
                if (present.contains(middle - middle % pageSize))
                    ++clipsResident;
            }
        }
        QVERIFY2(clips > 200, "the bundled steps have narration clips");
        qInfo("%d of %d narration clips were in memory after loading the library", clipsResident,
              clips);
        // Some clips share pages with code or data the loader did read; most must not be read.
        QVERIFY2(clipsResident * 5 < clips,
                 qPrintable(QStringLiteral("%1 of %2 clips were read while loading the library")
                                .arg(clipsResident)
                                .arg(clips)));
    }
};

QTEST_GUILESS_MAIN(TestNarrationResidency)
#include "tst_narrationresidency.moc"
