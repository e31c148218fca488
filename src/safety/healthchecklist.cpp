// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/healthchecklist.h"

namespace unknot {

QList<HealthChecklist::Item> HealthChecklist::items()
{
    return {
        {QStringLiteral("recent-injury-or-surgery"),
         tr("A recent injury or surgery in an area you want to work on"),
         tr("You said you had a recent injury or surgery: work near it only once your "
            "practitioner says it has healed enough.")},
        {QStringLiteral("fracture"), tr("A broken bone that has not fully healed"),
         tr("You said you have a fracture that has not fully healed: no pressure over or near "
            "it.")},
        {QStringLiteral("wound-or-infection"), tr("An open wound, skin infection or rash"),
         tr("You said you have an open wound or infection: never press on or near it.")},
        {QStringLiteral("blood-thinners"), tr("A clotting disorder, or you take blood thinners"),
         tr("You said you take blood thinners or have a clotting disorder: firm pressure can "
            "bruise or bleed. Ask your practitioner how firm to go.")},
        {QStringLiteral("worsening-numbness"),
         tr("Numbness, tingling or weakness that is getting worse"),
         tr("You said you have numbness or weakness that is getting worse: have it checked "
            "before working on this area.")},
        {QStringLiteral("pregnancy"), tr("You are pregnant"),
         tr("You said you are pregnant: check with your practitioner that this technique and "
            "position suit you now.")},
        {QStringLiteral("diabetic-feet"),
         tr("Diabetes that affects your feet (less feeling or slow healing)"),
         tr("You said diabetes affects your feet: you may not feel too much pressure. Go "
            "gently and check your skin afterwards.")},
        {QStringLiteral("steroid-injection"), tr("A steroid injection in the last few weeks"),
         tr("You said you had a recent steroid injection: leave the injected area alone "
            "until your practitioner says otherwise.")},
    };
}

HealthChecklist::Item HealthChecklist::item(const QString &flag)
{
    for (const Item &i : items()) {
        if (i.flag == flag)
            return i;
    }
    return {};
}

bool HealthChecklist::isKnownFlag(const QString &flag)
{
    return !item(flag).flag.isEmpty();
}

} // namespace unknot
