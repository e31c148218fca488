<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryList</name>
    <message numerus="yes">
        <source>Ended after %1 of %Ln step(s)</source>
        <translation>
            <numerusform>Ended after %1 of %Ln step</numerusform>
            <numerusform>Ended after %1 of %Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message numerus="yes">
        <source>%Ln item(s) ticked</source>
        <translation>
            <numerusform>%Ln item ticked</numerusform>
            <numerusform>%Ln items ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n day(s)). Prepared %3.</source>
        <translation>
            <numerusform>Period: %1 to %2 (%n day). Prepared %3.</numerusform>
            <numerusform>Period: %1 to %2 (%n days). Prepared %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s);</source>
        <translation>
            <numerusform>Current streak: %n day;</numerusform>
            <numerusform>Current streak: %n days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best: %n day(s).</source>
        <translation>
            <numerusform>best: %n day.</numerusform>
            <numerusform>best: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned session(s) done (%2%).</source>
        <translation>
            <numerusform>%1 of %n planned session done (%2%).</numerusform>
            <numerusform>%1 of %n planned sessions done (%2%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportCard</name>
    <message numerus="yes">
        <source>It replaces your current plan of %n technique(s).</source>
        <translation>
            <numerusform>It replaces your current plan of %n technique.</numerusform>
            <numerusform>It replaces your current plan of %n techniques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded step(s)</source>
        <translation>
            <numerusform>%n recorded step</numerusform>
            <numerusform>%n recorded steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressOverview</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a completed session since %1</source>
        <translation>
            <numerusform>%Ln day with a completed session since %1</numerusform>
            <numerusform>%Ln days with a completed session since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a completed session in the last 17 weeks.</source>
        <translation>
            <numerusform>%Ln day with a completed session in the last 17 weeks.</numerusform>
            <numerusform>%Ln days with a completed session in the last 17 weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%Ln session(s) recorded</source>
        <translation>
            <numerusform>%Ln session recorded</numerusform>
            <numerusform>%Ln sessions recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionDetailPage</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average change %1 points (after minus before, over %Ln rated session(s))</source>
        <translation>
            <numerusform>average change %1 points (after minus before, over %Ln rated session)</numerusform>
            <numerusform>average change %1 points (after minus before, over %Ln rated sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0 none to 10 worst · the last %Ln rated session(s)</source>
        <translation>
            <numerusform>0 none to 10 worst · the last rated session</numerusform>
            <numerusform>0 none to 10 worst · the last %Ln rated sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message numerus="yes">
        <source>%Ln technique(s)</source>
        <translation>
            <numerusform>%Ln technique</numerusform>
            <numerusform>%Ln techniques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderHealthSection</name>
    <message numerus="yes">
        <source>%n notification(s) scheduled.</source>
        <translation>
            <numerusform>%n notification scheduled.</numerusform>
            <numerusform>%n notifications scheduled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechniqueDetailPage</name>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechniqueListPage</name>
    <message numerus="yes">
        <source>%Ln technique(s)</source>
        <translation>
            <numerusform>%Ln technique</numerusform>
            <numerusform>%Ln techniques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingDisplay</name>
    <message numerus="yes">
        <source>second(s) left</source>
        <translation>
            <numerusform>second left</numerusform>
            <numerusform>seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::Plan</name>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done %n time(s) this week</source>
        <translation>
            <numerusform>Done %n time this week</numerusform>
            <numerusform>Done %n times this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom technique(s) already on this phone will not be added again.</source>
        <translation>
            <numerusform>%n custom technique already on this phone will not be added again.</numerusform>
            <numerusform>%n custom techniques already on this phone will not be added again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::StepListModel</name>
    <message numerus="yes">
        <source>%n slow repetition(s), %1 s each</source>
        <translation>
            <numerusform>%n slow repetition, %1 s each</numerusform>
            <numerusform>%n slow repetitions, %1 s each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s)</source>
        <translation>
            <numerusform>Hold %n second</numerusform>
            <numerusform>Hold %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n time(s) a day</source>
        <translation>
            <numerusform>Up to %n time a day</numerusform>
            <numerusform>Up to %n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n time(s) a week</source>
        <translation>
            <numerusform>Up to %n time a week</numerusform>
            <numerusform>Up to %n times a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::TransferController</name>
    <message numerus="yes">
        <source>%n session(s) restored</source>
        <translation>
            <numerusform>%n session restored</numerusform>
            <numerusform>%n sessions restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already here.</source>
        <translation>
            <numerusform>%1; %n was already here.</numerusform>
            <numerusform>%1; %n were already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s) of your own restored, with their recordings.</source>
        <translation>
            <numerusform>%n technique of your own restored, with its recordings.</numerusform>
            <numerusform>%n techniques of your own restored, with their recordings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health-checklist answer(s) restored.</source>
        <translation>
            <numerusform>%n health-checklist answer restored.</numerusform>
            <numerusform>%n health-checklist answers restored.</numerusform>
        </translation>
    </message>
</context>
</TS>
