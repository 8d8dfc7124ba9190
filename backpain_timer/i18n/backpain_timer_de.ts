<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how my back feels before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask also when started with --start from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how my back feels after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers go into your history, next to each session, so you can see the trend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuesPage</name>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes at each change, ticks before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what comes next (offline voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks in the last three seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway through holds of 20 s or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft tone at each breath in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash at each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session view lights up briefly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A still border instead of the fade; a still breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap anywhere to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click or tap on the session view pauses and resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the chime (and the voice, when it is on) with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s pose, 45 seconds</source>
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
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines, history and settings live here. Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {error}. They apply until Backpain Timer closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpain Timer then waits in the tray: the daily reminder works and, when a run from your watch lands in a run folder, it offers the cool-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the start at login: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
