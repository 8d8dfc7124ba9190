<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance &amp; reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“System” follows your desktop&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Backpain Timer to see it in the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark; “Follow the system” changes with your desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to stretch every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder comes through the system tray at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
