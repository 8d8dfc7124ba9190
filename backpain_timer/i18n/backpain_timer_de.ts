<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutBackDialog</name>
    <message>
        <source>About your back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t start; back to the routines (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session you chose despite this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the gentler routine “{name}” instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterCheckinPanel</name>
    <message>
        <source>And now, after the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note (optional), e.g. “tight after the hills”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the answer to this session in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t answer this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks, noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BreathWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>How does your upper back feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have any of these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without answering (Esc or S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer and go on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0–9 (1 then 0 for 10) · Enter to continue · Esc or S to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before “{name}”</source>
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
    <name>ControlRow</name>
    <message>
        <source>{action} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueSounds</name>
    <message>
        <source>No sound: the cue sound {path} is missing; reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound: {file} cannot be played ({error}); reinstall Backpain Timer. Cues show as a flash instead.</source>
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
    <name>DateFormats</name>
    <message>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <comment>QLocale date pattern: day, month name, year, 24-hour time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date pattern: day and month name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember that the notice was dismissed ({path}: {error}); it will show again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine with this name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already a built-in routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine would then be used instead of the built-in one (Restore built-in brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already one of your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old file would go to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as &apos;{suggestion}&apos; instead, or replace it? {replaced}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &apos;{suggestion}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “{name}” was changed by another program.

Load the file and lose your unsaved edits, or keep editing (saving then replaces the file)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Seconds (45), minutes and seconds (1:30) or units (1m30s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Give the routine a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine as it is now, without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor; unsaved changes are asked about (Esc, Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own version of a built-in routine. Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a built-in routine. Saving keeps your own copy, which is then used instead of it; Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has comments, which the editor cannot keep: saving writes it without them and keeps the commented version in the trash folder of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved without the file&apos;s comments; the commented version is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed on disk and now has problems ({problem}); your version here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed on disk; saving will replace it with your version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndView</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with pauses {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} done, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} done, none skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseHtml</name>
    <message>
        <source>Easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works {targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, body part or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running km per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in the last weeks yet: the charts fill in as you go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>noticeably better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noticeably worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {pain}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: {symptoms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: {days}+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Save routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems in the file first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? The file goes to the trash folder of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in version comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in “{name}”? Your version goes to the trash folder of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore built-in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your routines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the post-run cool-down at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions, streak and pain check-ins (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected routine (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the cool-down: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your data folder&apos;s routines/ folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches “{words}” tagged {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine is tagged {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search or pick “All” to see every routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your routine files could not be read and are not listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more (run `backpain-timer validate` to see them all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: {exercise}, standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {exercise}, seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {exercise}, on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, use the arrow keys, or type 0–9 (1 then 0 for 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10  worst pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Total —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last valid version: fix the problems to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: every segment with its start and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>General information, not medical advice. Check with a healthcare professional before starting a new routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest {time} between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip or adapt a step if: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in {inhale}, out {exhale}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not save this session to your history ({path}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your check-in to your history ({path}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the routine to the trash folder of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the built-in routine; your version is in the trash folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine sheet: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready time before the first hold. Empty: {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest time after each step. Empty: {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch time between two holds of a step. Empty: {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Evening unwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, when to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineHtml</name>
    <message>
        <source>Skip or adapt a step if:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Yes, right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, {time} after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pace} /km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sport} from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average heart rate: {bpm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down: {routine}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendToWatch</name>
    <message>
        <source>Send to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watch is plugged in: none of the mounted drives has a GARMIN/NewFiles folder. Plug in your watch and try again, or save the workout as a file to copy later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject the watch; you&apos;ll find “{name}” under Training → Workouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save watch workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIT workout (*.fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “{name}” to the watch ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the watch workout to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Cannot start the gentler routine: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no steps to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — see the message below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Time left in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form cues: {cues}</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>StepForm</name>
    <message>
        <source>Exercise&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hold, no sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another exercise from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own name, instructions, cues and caution for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45s or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown during the step, e.g. Breathe into your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in, e.g. 4s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out, e.g. 6s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom exercise caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step, or add one from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a library exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise&apos;s default ({sides})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine&apos;s ({time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Custom exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hold time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step, or use Alt+Up and Alt+Down, to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an exercise from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step with your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomChecklist</name>
    <message>
        <source>&amp;Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something &amp;else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else? Show more symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain, breathlessness, a fall, fever… (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {tag} routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Backpain Timer tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice: {reason}. Sounds and the flash still work ({hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech engine did not start within {seconds} s. Check that speech-dispatcher is running and can play sound ({hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech engine stopped answering (nothing for {seconds} s). Sounds and the flash still work; restart the app to try the voice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech process could not start ({program}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech process ended unexpectedly ({hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the pseudo-language has no voice. Sounds and the flash still work.</source>
        <translation>Keine Stimme: Die Pseudosprache hat keine Stimme. Töne und das Aufleuchten funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>No voice: no English voice is installed, so the cues are not spoken.</source>
        <translation>Keine Stimme: Es ist keine englische Stimme installiert, deshalb werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: no German voice is installed, so the cues are not spoken.</source>
        <translation>Keine Stimme: Es ist keine deutsche Stimme installiert, deshalb werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: no French voice is installed, so the cues are not spoken.</source>
        <translation>Keine Stimme: Es ist keine französische Stimme installiert, deshalb werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: no Spanish voice is installed, so the cues are not spoken.</source>
        <translation>Keine Stimme: Es ist keine spanische Stimme installiert, deshalb werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: no voice for “{language}” is installed, so the cues are not spoken.</source>
        <translation>Keine Stimme: Für „{language}“ ist keine Stimme installiert, deshalb werden die Hinweise nicht gesprochen.</translation>
    </message>
    <message>
        <source>Sounds and the flash still work. Install speech-dispatcher&apos;s espeak-ng voices ({hint}), then restart the app.</source>
        <translation>Töne und das Aufleuchten funktionieren weiterhin. Installieren Sie die espeak-ng-Stimmen für speech-dispatcher ({hint}) und starten Sie die App dann neu.</translation>
    </message>
</context>
</TS>
