<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutBackDialog</name>
    <message>
        <source>About your back</source>
        <translation>Über Ihren Rücken</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Don&apos;t start; back to the routines (Esc)</source>
        <translation>Nicht starten; zurück zu den Routinen (Esc)</translation>
    </message>
    <message>
        <source>Start “{name}”</source>
        <translation>„{name}“ starten</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>Trotzdem weitermachen</translation>
    </message>
    <message>
        <source>Start the session you chose despite this advice</source>
        <translation>Die gewählte Einheit trotz dieses Hinweises starten</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>Zu {name} wechseln</translation>
    </message>
    <message>
        <source>Start the gentler routine “{name}” instead</source>
        <translation>Stattdessen die sanftere Routine „{name}“ starten</translation>
    </message>
</context>
<context>
    <name>AfterCheckinPanel</name>
    <message>
        <source>And now, after the session?</source>
        <translation>Und jetzt, nach der Einheit?</translation>
    </message>
    <message>
        <source>A short note (optional), e.g. “tight after the hills”</source>
        <translation>Notiz (optional), z. B. „steif nach den Hügeln“</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add the answer to this session in your history</source>
        <translation>Die Antwort bei dieser Einheit in Ihrem Verlauf speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time</source>
        <translation>Diesmal nicht antworten</translation>
    </message>
    <message>
        <source>Your pain rose</source>
        <translation>Ihr Schmerz ist gestiegen</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>Haben Sie jetzt etwas davon?</translation>
    </message>
    <message>
        <source>Thanks, noted.</source>
        <translation>Danke, notiert.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance &amp; reminder</source>
        <translation>Aussehen &amp; Erinnerung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>“System” follows your desktop&apos;s language</source>
        <translation>„System“ folgt der Sprache Ihres Desktops</translation>
    </message>
    <message>
        <source>Restart Backpain Timer to see it in the new language.</source>
        <translation>Starten Sie Backpain Timer neu, um es in der neuen Sprache zu sehen.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light or dark; “Follow the system” changes with your desktop</source>
        <translation>Hell oder dunkel; „Wie das System“ wechselt mit Ihrem Desktop</translation>
    </message>
    <message>
        <source>Remind me to stretch every day</source>
        <translation>Jeden Tag ans Dehnen erinnern</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>The reminder comes through the system tray at this time</source>
        <translation>Die Erinnerung erscheint zu dieser Uhrzeit im Infobereich</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders cannot be shown.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher können keine Erinnerungen angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>BreathWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>How does your upper back feel right now?</source>
        <translation>Wie fühlt sich Ihr oberer Rücken gerade an?</translation>
    </message>
    <message>
        <source>Do you have any of these?</source>
        <translation>Haben Sie etwas davon?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start without answering (Esc or S)</source>
        <translation>Ohne Antwort starten (Esc oder S)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Abfrage überspringen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save the answer and go on (Enter)</source>
        <translation>Antwort speichern und weiter (Enter)</translation>
    </message>
    <message>
        <source>Type 0–9 (1 then 0 for 10) · Enter to continue · Esc or S to skip</source>
        <translation>0–9 eingeben (1, dann 0 für 10) · Enter: weiter · Esc oder S: überspringen</translation>
    </message>
    <message>
        <source>Before “{name}”</source>
        <translation>Vor „{name}“</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Ask how my back feels before a session</source>
        <translation>Vor einer Einheit fragen, wie sich mein Rücken anfühlt</translation>
    </message>
    <message>
        <source>Ask also when started with --start from the command line</source>
        <translation>Auch fragen, wenn mit --start über die Befehlszeile gestartet</translation>
    </message>
    <message>
        <source>Ask how my back feels after a session</source>
        <translation>Nach einer Einheit fragen, wie sich mein Rücken anfühlt</translation>
    </message>
    <message>
        <source>Your answers go into your history, next to each session, so you can see the trend.</source>
        <translation>Ihre Antworten kommen in Ihren Verlauf, neben die jeweilige Einheit, damit Sie die Entwicklung sehen.</translation>
    </message>
</context>
<context>
    <name>ControlRow</name>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueSounds</name>
    <message>
        <source>No sound: the cue sound {path} is missing; reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Kein Ton: Der Signalton {path} fehlt; installieren Sie Backpain Timer neu. Signale erscheinen stattdessen als Aufblitzen.</translation>
    </message>
    <message>
        <source>No sound: {file} cannot be played ({error}); reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Kein Ton: {file} kann nicht abgespielt werden ({error}); installieren Sie Backpain Timer neu. Signale erscheinen stattdessen als Aufblitzen.</translation>
    </message>
</context>
<context>
    <name>CuesPage</name>
    <message>
        <source>Cues</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <source>Chimes at each change, ticks before it</source>
        <translation>Ein Gong bei jedem Wechsel, Ticken davor</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Ansagen sprechen</translation>
    </message>
    <message>
        <source>Say what comes next (offline voice)</source>
        <translation>Sagt, was als Nächstes kommt (Offline-Stimme)</translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>3-2-1-Countdown</translation>
    </message>
    <message>
        <source>Ticks in the last three seconds</source>
        <translation>Ticken in den letzten drei Sekunden</translation>
    </message>
    <message>
        <source>Halfway chime</source>
        <translation>Gong zur Halbzeit</translation>
    </message>
    <message>
        <source>Halfway through holds of 20 s or more</source>
        <translation>In der Mitte von Haltephasen ab 20 s</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <translation>Atemtöne</translation>
    </message>
    <message>
        <source>A soft tone at each breath in and out</source>
        <translation>Ein leiser Ton bei jedem Ein- und Ausatmen</translation>
    </message>
    <message>
        <source>Flash at each change</source>
        <translation>Aufblitzen bei jedem Wechsel</translation>
    </message>
    <message>
        <source>The session view lights up briefly</source>
        <translation>Die Ansicht der Einheit leuchtet kurz auf</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>A still border instead of the fade; a still breathing circle</source>
        <translation>Ein ruhender Rahmen statt des Überblendens; ein ruhender Atemkreis</translation>
    </message>
    <message>
        <source>Tap anywhere to pause</source>
        <translation>Antippen zum Anhalten</translation>
    </message>
    <message>
        <source>A click or tap on the session view pauses and resumes</source>
        <translation>Ein Klick oder Tippen auf die Ansicht der Einheit hält an und setzt fort</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Beispiel abspielen</translation>
    </message>
    <message>
        <source>Hear the chime (and the voice, when it is on) with these settings</source>
        <translation>Den Gong (und die Stimme, wenn sie an ist) mit diesen Einstellungen hören</translation>
    </message>
    <message>
        <source>Child&apos;s pose, 45 seconds</source>
        <translation>Haltung des Kindes, 45 Sekunden</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <comment>QLocale date pattern: day, month name, year, 24-hour time</comment>
        <translation>ddd dd. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date pattern: day and month name</comment>
        <translation>d.M.</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <source>Disclaimer</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>Über Ihren Rücken</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor</source>
        <translation>Ursachen, Vorbeugen, Selbstbehandlung zu Hause und wann Sie zum Arzt gehen sollten</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this notice for good</source>
        <translation>Diesen Hinweis nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Dismiss the disclaimer</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Could not remember that the notice was dismissed ({path}: {error}); it will show again next time.</source>
        <translation>Es konnte nicht gespeichert werden, dass der Hinweis ausgeblendet wurde ({path}: {error}); er erscheint beim nächsten Mal wieder.</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Routinedateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to “{name}”?</source>
        <translation>Ihre Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>A routine with this name exists</source>
        <translation>Eine Routine mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already a built-in routine.</source>
        <translation>„{name}“ würde als &apos;{id}&apos; gespeichert; so heißt schon eine eingebaute Routine.</translation>
    </message>
    <message>
        <source>Your routine would then be used instead of the built-in one (Restore built-in brings it back).</source>
        <translation>Ihre Routine würde dann statt der eingebauten verwendet (Original wiederherstellen holt diese zurück).</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already one of your routines.</source>
        <translation>„{name}“ würde als &apos;{id}&apos; gespeichert; so heißt schon eine Ihrer Routinen.</translation>
    </message>
    <message>
        <source>The old file would go to the trash.</source>
        <translation>Die alte Datei käme in den Papierkorb.</translation>
    </message>
    <message>
        <source>Save it as &apos;{suggestion}&apos; instead, or replace it? {replaced}</source>
        <translation>Stattdessen als &apos;{suggestion}&apos; speichern oder ersetzen? {replaced}</translation>
    </message>
    <message>
        <source>Save as &apos;{suggestion}&apos;</source>
        <translation>Als &apos;{suggestion}&apos; speichern</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Routine changed on disk</source>
        <translation>Routine auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>The file of “{name}” was changed by another program.

Load the file and lose your unsaved edits, or keep editing (saving then replaces the file)?</source>
        <translation>Die Datei von „{name}“ wurde von einem anderen Programm geändert.

Die Datei laden und Ihre ungespeicherten Änderungen verlieren, oder weiter bearbeiten (Speichern ersetzt dann die Datei)?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Seconds (45), minutes and seconds (1:30) or units (1m30s)</source>
        <translation>Sekunden (45), Minuten und Sekunden (1:30) oder mit Einheiten (1m30s)</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Give the routine a name</source>
        <translation>Geben Sie der Routine einen Namen</translation>
    </message>
    <message>
        <source>Add at least one step</source>
        <translation>Fügen Sie mindestens einen Schritt hinzu</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Schritt duplizieren</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation>Zeit zum Bereitmachen</translation>
    </message>
    <message>
        <source>rest time</source>
        <translation>Pausenzeit</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>{field} ändern</translation>
    </message>
    <message>
        <source>Change step {field}</source>
        <translation>{field} im Schritt ändern</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Gewählter Schritt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Start the routine as it is now, without saving</source>
        <translation>Die Routine im jetzigen Stand starten, ohne zu speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the editor; unsaved changes are asked about (Esc, Ctrl+W)</source>
        <translation>Editor schließen; bei ungespeicherten Änderungen wird nachgefragt (Esc, Strg+W)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>{name}[*] — Routine editor</source>
        <translation>{name}[*] — Routinen-Editor</translation>
    </message>
    <message>
        <source>This is your own version of a built-in routine. Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Dies ist Ihre eigene Version einer eingebauten Routine. Routine ▸ Original wiederherstellen (im Hauptfenster) holt das Original zurück.</translation>
    </message>
    <message>
        <source>This is a built-in routine. Saving keeps your own copy, which is then used instead of it; Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Dies ist eine eingebaute Routine. Beim Speichern entsteht Ihre eigene Kopie, die dann stattdessen verwendet wird; Routine ▸ Original wiederherstellen (im Hauptfenster) holt das Original zurück.</translation>
    </message>
    <message>
        <source>This file has comments, which the editor cannot keep: saving writes it without them and keeps the commented version in the trash folder of your data.</source>
        <translation>Diese Datei hat Kommentare, die der Editor nicht behalten kann: Beim Speichern wird sie ohne sie geschrieben, und die kommentierte Fassung kommt in den Papierkorb-Ordner Ihrer Daten.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved without the file&apos;s comments; the commented version is in {path}.</source>
        <translation>Ohne die Kommentare der Datei gespeichert; die kommentierte Fassung liegt in {path}.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>„{name}“ gespeichert</translation>
    </message>
    <message>
        <source>The file was changed on disk and now has problems ({problem}); your version here is kept.</source>
        <translation>Die Datei wurde auf der Festplatte geändert und hat jetzt Probleme ({problem}); Ihre Version hier bleibt erhalten.</translation>
    </message>
    <message>
        <source>The file was changed on disk; saving will replace it with your version.</source>
        <translation>Die Datei wurde auf der Festplatte geändert; Speichern ersetzt sie durch Ihre Version.</translation>
    </message>
</context>
<context>
    <name>EndView</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Zurück zur Routinenliste (Enter)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>(with pauses {time})</source>
        <translation>(mit Unterbrechungen {time})</translation>
    </message>
    <message>
        <source>{done} done, {skipped} skipped</source>
        <translation>{done} gemacht, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>{done} done, none skipped</source>
        <translation>{done} gemacht, keine übersprungen</translation>
    </message>
</context>
<context>
    <name>ExerciseHtml</name>
    <message>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <source>works {targets}</source>
        <translation>trainiert {targets}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Vorsicht:</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Search by name, body part or id</source>
        <translation>Nach Name, Körperteil oder ID suchen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Details der Übung</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation>Schmerz davor und danach (0–10)</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Running km per week</source>
        <translation>Lauf-km pro Woche</translation>
    </message>
    <message>
        <source>No sessions in the last weeks yet: the charts fill in as you go.</source>
        <translation>Noch keine Einheiten in den letzten Wochen: Die Diagramme füllen sich mit der Zeit.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>noticeably better</source>
        <translation>deutlich besser</translation>
    </message>
    <message>
        <source>noticeably worse</source>
        <translation>deutlich schlechter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pain {pain}: {change}</source>
        <translation>Schmerz {pain}: {change}</translation>
    </message>
    <message>
        <source>Noted: {symptoms}</source>
        <translation>Angegeben: {symptoms}</translation>
    </message>
    <message>
        <source>After the session: {symptoms}</source>
        <translation>Nach der Einheit: {symptoms}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Zurück zu den Routinen (Esc)</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Einheiten der Routine zeigen</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message>
        <source>Show sessions with tag</source>
        <translation>Einheiten mit Schlagwort zeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No runs yet. Backpain Timer picks up run files (FIT, GPX, TCX) from the watched folders: runs-inbox in your data folder, a plugged-in watch, and the folders in the run_folders setting. To add files from anywhere else, use the command backpain-timer runs import FILE.</source>
        <translation>Noch keine Läufe. Backpain Timer übernimmt Lauf-Dateien (FIT, GPX, TCX) aus den überwachten Ordnern: runs-inbox in Ihrem Datenordner, eine angeschlossene Uhr und die Ordner in der Einstellung run_folders. Dateien von anderswo fügen Sie mit dem Befehl backpain-timer runs import DATEI hinzu.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>This week: {minutes} min</source>
        <translation>Diese Woche: {minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: {days}+ days</source>
        <translation>Serie: {days}+ Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Save routine sheet</source>
        <translation>Routinenblatt speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open the routine</source>
        <translation>Die Routine lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Fix these problems in the file first:</source>
        <translation>Beheben Sie zuerst diese Probleme in der Datei:</translation>
    </message>
    <message>
        <source>The routine has problems:</source>
        <translation>Die Routine hat Probleme:</translation>
    </message>
    <message>
        <source>Cannot duplicate the routine</source>
        <translation>Die Routine lässt sich nicht duplizieren</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>Eingebaute Routinen lassen sich nicht löschen.</translation>
    </message>
    <message>
        <source>Delete “{name}”? The file goes to the trash folder of your data.</source>
        <translation>„{name}“ löschen? Die Datei kommt in den Papierkorb-Ordner Ihrer Daten.</translation>
    </message>
    <message>
        <source>The built-in version comes back.</source>
        <translation>Die eingebaute Version kommt zurück.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot delete the routine</source>
        <translation>Die Routine lässt sich nicht löschen</translation>
    </message>
    <message>
        <source>Restore the built-in “{name}”? Your version goes to the trash folder of your data.</source>
        <translation>Die eingebaute Routine „{name}“ wiederherstellen? Ihre Version kommt in den Papierkorb-Ordner Ihrer Daten.</translation>
    </message>
    <message>
        <source>Restore built-in routine</source>
        <translation>Eingebaute Routine wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore the routine</source>
        <translation>Die Routine lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your routines?</source>
        <translation>Ihre Routinen ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again:</source>
        <translation>Es wurde nichts importiert. Beheben Sie diese Probleme und versuchen Sie es noch einmal:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Choose a routine</source>
        <translation>Wählen Sie eine Routine</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Jetzt abwärmen</translation>
    </message>
    <message>
        <source>Start the post-run cool-down at once</source>
        <translation>Das Abwärmen nach dem Lauf sofort starten</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>Über Ihren Rücken</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor (F1)</source>
        <translation>Ursachen, Vorbeugen, Selbstbehandlung zu Hause und wann Sie zum Arzt gehen sollten (F1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your sessions, streak and pain check-ins (Ctrl+H)</source>
        <translation>Ihre Einheiten, Serie und Schmerzabfragen (Strg+H)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Routinen suchen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Neue Routine…</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation>Eine eigene Routine erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Routine bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected routine (Ctrl+E)</source>
        <translation>Die gewählte Routine ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Details der Routine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>Die gewählte Routine starten (Enter)</translation>
    </message>
    <message>
        <source>Cannot start the cool-down: {error}</source>
        <translation>Das Abwärmen kann nicht starten: {error}</translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your data folder&apos;s routines/ folder.</source>
        <translation>Noch keine Routinen. Legen Sie Routinedateien in den Ordner routines/ Ihres Datenordners.</translation>
    </message>
    <message>
        <source>No routine matches “{words}” tagged {tag}.</source>
        <translation>Keine Routine mit dem Schlagwort {tag} passt zu „{words}“.</translation>
    </message>
    <message>
        <source>No routine matches “{words}”.</source>
        <translation>Keine Routine passt zu „{words}“.</translation>
    </message>
    <message>
        <source>No routine is tagged {tag}.</source>
        <translation>Keine Routine hat das Schlagwort {tag}.</translation>
    </message>
    <message>
        <source>No routine is listed.</source>
        <translation>Keine Routine ist aufgeführt.</translation>
    </message>
    <message>
        <source>Clear the search or pick “All” to see every routine.</source>
        <translation>Leeren Sie die Suche oder wählen Sie „Alle“, um alle Routinen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation>
            <numerusform>{total} insgesamt · %n Schritt</numerusform>
            <numerusform>{total} insgesamt · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your routine files could not be read and are not listed:</source>
        <translation>Einige Ihrer Routinedateien konnten nicht gelesen werden und sind nicht aufgeführt:</translation>
    </message>
    <message>
        <source>…and {count} more (run `backpain-timer validate` to see them all).</source>
        <translation>…und {count} weitere (führen Sie `backpain-timer validate` aus, um alle zu sehen).</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: {exercise}, standing</source>
        <translation>Abbildung: {exercise}, im Stehen</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, seated</source>
        <translation>Abbildung: {exercise}, im Sitzen</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, on the floor</source>
        <translation>Abbildung: {exercise}, am Boden</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Abbildung: {exercise}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About your back</source>
        <translation>Ü&amp;ber Ihren Rücken</translation>
    </message>
    <message>
        <source>Muted (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Cannot start: {problem}</source>
        <translation>Start nicht möglich: {problem}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Cool down now</source>
        <translation>Jetzt abwärmen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst)</source>
        <translation>Schmerz von 0 (keiner) bis 10 (der schlimmste)</translation>
    </message>
    <message>
        <source>Drag, use the arrow keys, or type 0–9 (1 then 0 for 10)</source>
        <translation>Ziehen, Pfeiltasten verwenden oder 0–9 eingeben (1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>0  no pain</source>
        <translation>0  kein Schmerz</translation>
    </message>
    <message>
        <source>10  worst pain</source>
        <translation>10  schlimmster Schmerz</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Total —</source>
        <translation>Gesamt —</translation>
    </message>
    <message>
        <source>Showing the last valid version: fix the problems to update it.</source>
        <translation>Zeigt die letzte gültige Fassung: Beheben Sie die Probleme, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Plan: every segment with its start and length</source>
        <translation>Plan: jeder Abschnitt mit Beginn und Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Gesamt {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>General information, not medical advice. Check with a healthcare professional before starting a new routine.</source>
        <translation>Allgemeine Informationen, kein medizinischer Rat. Sprechen Sie mit einer medizinischen Fachperson, bevor Sie eine neue Routine beginnen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation>Gesamtzeit {time}</translation>
    </message>
    <message>
        <source>Get ready {time}</source>
        <translation>Bereit machen {time}</translation>
    </message>
    <message>
        <source>rest {time} between steps</source>
        <translation>{time} Pause zwischen den Schritten</translation>
    </message>
    <message>
        <source>{time} to switch sides</source>
        <translation>{time} zum Seitenwechsel</translation>
    </message>
    <message>
        <source>Skip or adapt a step if: {steps}</source>
        <translation>Einen Schritt auslassen oder anpassen bei: {steps}</translation>
    </message>
    <message>
        <source>Breathe in {inhale}, out {exhale}.</source>
        <translation>Einatmen {inhale}, ausatmen {exhale}.</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not save this session to your history ({path}): {error}</source>
        <translation>Diese Einheit konnte nicht in Ihrem Verlauf gespeichert werden ({path}): {error}</translation>
    </message>
    <message>
        <source>Could not save your check-in to your history ({path}): {error}</source>
        <translation>Ihre Abfrage konnte nicht in Ihrem Verlauf gespeichert werden ({path}): {error}</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation>Routine &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation>&amp;Original wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Send to &amp;watch</source>
        <translation>An &amp;Uhr senden</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>Routinenblatt d&amp;rucken…</translation>
    </message>
    <message>
        <source>Saved a copy as “{id}”.</source>
        <translation>Kopie als „{id}“ gespeichert.</translation>
    </message>
    <message>
        <source>Moved the routine to the trash folder of your data.</source>
        <translation>Die Routine wurde in den Papierkorb-Ordner Ihrer Daten verschoben.</translation>
    </message>
    <message>
        <source>Restored the built-in routine; your version is in the trash folder.</source>
        <translation>Die eingebaute Routine wurde wiederhergestellt; Ihre Version liegt im Papierkorb-Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n Routine importiert.</numerusform>
            <numerusform>%n Routinen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>Could not save the routine sheet: {error}</source>
        <translation>Das Routinenblatt konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}.</source>
        <translation>Routinenblatt unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Zeit zum Bereitmachen</translation>
    </message>
    <message>
        <source>Get ready time before the first hold. Empty: {default}.</source>
        <translation>Zeit zum Bereitmachen vor dem ersten Halten. Leer: {default}.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest time</source>
        <translation>Pausenzeit</translation>
    </message>
    <message>
        <source>Rest time after each step. Empty: {default}.</source>
        <translation>Pausenzeit nach jedem Schritt. Leer: {default}.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>Switch time between two holds of a step. Empty: {default}.</source>
        <translation>Zeit für den Seitenwechsel zwischen zwei Haltephasen eines Schritts. Leer: {default}.</translation>
    </message>
    <message>
        <source>e.g. Evening unwind</source>
        <translation>z. B. Entspannen am Abend</translation>
    </message>
    <message>
        <source>What it is for, when to do it</source>
        <translation>Wofür sie gedacht ist, wann Sie sie machen</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Weitere Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>default {time}</source>
        <translation>Standard {time}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Weitere Schlagwörter</translation>
    </message>
</context>
<context>
    <name>RoutineHtml</name>
    <message>
        <source>Skip or adapt a step if:</source>
        <translation>Einen Schritt auslassen oder anpassen bei:</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Yes, right after</source>
        <translation>Ja, direkt danach</translation>
    </message>
    <message>
        <source>Yes, {time} after</source>
        <translation>Ja, {time} danach</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{pace} /km</source>
        <translation>{pace} /km</translation>
    </message>
    <message>
        <source>{sport} from {source}</source>
        <translation>{sport} von {source}</translation>
    </message>
    <message>
        <source>Average heart rate: {bpm}</source>
        <translation>Durchschnittspuls: {bpm}</translation>
    </message>
    <message>
        <source>Cool-down: {routine}</source>
        <translation>Abwärmen: {routine}</translation>
    </message>
</context>
<context>
    <name>SendToWatch</name>
    <message>
        <source>Send to watch</source>
        <translation>An Uhr senden</translation>
    </message>
    <message>
        <source>No watch is plugged in: none of the mounted drives has a GARMIN/NewFiles folder. Plug in your watch and try again, or save the workout as a file to copy later.</source>
        <translation>Keine Uhr angeschlossen: Keines der eingehängten Laufwerke hat einen Ordner GARMIN/NewFiles. Schließen Sie Ihre Uhr an und versuchen Sie es noch einmal, oder speichern Sie das Training als Datei, um es später zu kopieren.</translation>
    </message>
    <message>
        <source>Eject the watch; you&apos;ll find “{name}” under Training → Workouts.</source>
        <translation>Werfen Sie die Uhr aus; Sie finden „{name}“ unter Training → Workouts.</translation>
    </message>
    <message>
        <source>Save watch workout</source>
        <translation>Uhr-Training speichern</translation>
    </message>
    <message>
        <source>FIT workout (*.fit)</source>
        <translation>FIT-Training (*.fit)</translation>
    </message>
    <message>
        <source>Sent “{name}” to the watch ({file}).</source>
        <translation>„{name}“ an die Uhr gesendet ({file}).</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Als Datei speichern…</translation>
    </message>
    <message>
        <source>Cannot send to the watch</source>
        <translation>Senden an die Uhr nicht möglich</translation>
    </message>
    <message>
        <source>Saved the watch workout to {path}.</source>
        <translation>Uhr-Training unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Cannot start the gentler routine: {error}</source>
        <translation>Die sanftere Routine kann nicht starten: {error}</translation>
    </message>
    <message>
        <source>“{name}” has no steps to time.</source>
        <translation>„{name}“ hat keine Schritte mit Zeitangabe.</translation>
    </message>
    <message>
        <source>Saving to your history…</source>
        <translation>Wird im Verlauf gespeichert…</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Not saved — see the message below.</source>
        <translation>Nicht gespeichert — siehe die Meldung unten.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Time left in this part</source>
        <translation>Restzeit dieses Abschnitts</translation>
    </message>
    <message>
        <source>Form cues</source>
        <translation>Hinweise zur Ausführung</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Space resumes</source>
        <translation>Leertaste: weiter</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>Form cues: {cues}</source>
        <translation>Hinweise zur Ausführung: {cues}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your routines, history and settings live here. Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder.</source>
        <translation>Hier liegen Ihre Routinen, Ihr Verlauf und Ihre Einstellungen. Starten Sie mit --data-dir oder setzen Sie BACKPAIN_TIMER_DATA_DIR, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {error}. They apply until Backpain Timer closes.</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {error}. Sie gelten, bis Backpain Timer beendet wird.</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Start-up</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation>Bei der Anmeldung im Hintergrund starten</translation>
    </message>
    <message>
        <source>Backpain Timer then waits in the tray: the daily reminder works and, when a run from your watch lands in a run folder, it offers the cool-down.</source>
        <translation>Backpain Timer wartet dann im Infobereich: Die tägliche Erinnerung funktioniert, und wenn ein Lauf von Ihrer Uhr in einem Lauf-Ordner ankommt, bietet es das Abwärmen an.</translation>
    </message>
    <message>
        <source>Cannot change the start at login: {error}</source>
        <translation>Der Start bei der Anmeldung lässt sich nicht ändern: {error}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Exercise&apos;s default</source>
        <translation>Standard der Übung</translation>
    </message>
    <message>
        <source>One hold, no sides</source>
        <translation>Einmal halten, ohne Seiten</translation>
    </message>
    <message>
        <source>Both: left, then right</source>
        <translation>Beide: links, dann rechts</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Pick another exercise from the library</source>
        <translation>Eine andere Übung aus der Bibliothek wählen</translation>
    </message>
    <message>
        <source>Make custom</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Write your own name, instructions, cues and caution for this step</source>
        <translation>Eigenen Namen, Anleitung, Hinweise und Vorsicht für diesen Schritt schreiben</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Eine Anweisung pro Zeile</translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation>Ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation>Wann Sie aufhören oder aufpassen sollten</translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>e.g. 45s or 1:30</source>
        <translation>z. B. 45s oder 1:30</translation>
    </message>
    <message>
        <source>Shown during the step, e.g. Breathe into your back</source>
        <translation>Wird während des Schritts gezeigt, z. B. Atmen Sie in den Rücken</translation>
    </message>
    <message>
        <source>in, e.g. 4s</source>
        <translation>ein, z. B. 4s</translation>
    </message>
    <message>
        <source>out, e.g. 6s</source>
        <translation>aus, z. B. 6s</translation>
    </message>
    <message>
        <source>Custom exercise name</source>
        <translation>Name der eigenen Übung</translation>
    </message>
    <message>
        <source>Custom exercise caution</source>
        <translation>Vorsicht bei der eigenen Übung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>Pause nach diesem Schritt</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Select a step, or add one from the library.</source>
        <translation>Wählen Sie einen Schritt oder fügen Sie einen aus der Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>Ha&amp;lten</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>Wiederholun&amp;gen</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>{exercise} (custom)</source>
        <translation>{exercise} (eigene)</translation>
    </message>
    <message>
        <source>Use a library exercise…</source>
        <translation>Übung aus der Bibliothek verwenden…</translation>
    </message>
    <message>
        <source>default {hold}</source>
        <translation>Standard {hold}</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>ohne Seiten</translation>
    </message>
    <message>
        <source>Exercise&apos;s default ({sides})</source>
        <translation>Standard der Übung ({sides})</translation>
    </message>
    <message>
        <source>routine&apos;s ({time})</source>
        <translation>Routine ({time})</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Custom exercise</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>No exercise</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <source>no hold time</source>
        <translation>keine Haltezeit</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag a step, or use Alt+Up and Alt+Down, to change the order</source>
        <translation>Ziehen Sie einen Schritt oder verwenden Sie Alt+Hoch und Alt+Herunter, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>Übung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Pick an exercise from the library</source>
        <translation>Eine Übung aus der Bibliothek wählen</translation>
    </message>
    <message>
        <source>Add &amp;custom</source>
        <translation>&amp;Eigene hinzufügen</translation>
    </message>
    <message>
        <source>A step with your own exercise</source>
        <translation>Ein Schritt mit Ihrer eigenen Übung</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation>Den gewählten Schritt kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Den gewählten Schritt entfernen (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Den gewählten Schritt nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Den gewählten Schritt nach unten verschieben (Alt+Herunter)</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Eigenen Schritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>SymptomChecklist</name>
    <message>
        <source>&amp;Numbness</source>
        <translation>&amp;Taubheit</translation>
    </message>
    <message>
        <source>&amp;Tingling</source>
        <translation>&amp;Kribbeln</translation>
    </message>
    <message>
        <source>&amp;Weakness</source>
        <translation>&amp;Schwäche</translation>
    </message>
    <message>
        <source>Something &amp;else?</source>
        <translation>&amp;Etwas anderes?</translation>
    </message>
    <message>
        <source>Something else? Show more symptoms</source>
        <translation>Etwas anderes? Weitere Symptome zeigen</translation>
    </message>
    <message>
        <source>Chest pain, breathlessness, a fall, fever… (Alt+E)</source>
        <translation>Brustschmerz, Atemnot, ein Sturz, Fieber … (Alt+E)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <source>Time actually exercised</source>
        <translation>Tatsächlich geübte Zeit</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz davor → danach</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abwärmen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show {tag} routines</source>
        <translation>Routinen mit {tag} zeigen</translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation>Alle Routinen zeigen</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abwärmen</translation>
    </message>
    <message>
        <source>Pre-run</source>
        <translation>Vor dem Lauf</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Nach dem Lauf</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Backpain Timer tray menu</source>
        <translation>Backpain Timer – Menü im Infobereich</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Jetzt abwärmen</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster verbergen</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice: {reason}. Sounds and the flash still work ({hint}).</source>
        <translation>Keine Stimme: {reason}. Töne und Aufblitzen funktionieren weiter ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine did not start within {seconds} s. Check that speech-dispatcher is running and can play sound ({hint}).</source>
        <translation>Keine Stimme: Die Sprachausgabe ist nicht innerhalb von {seconds} s gestartet. Prüfen Sie, ob speech-dispatcher läuft und Ton abspielen kann ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine stopped answering (nothing for {seconds} s). Sounds and the flash still work; restart the app to try the voice again.</source>
        <translation>Keine Stimme: Die Sprachausgabe antwortet nicht mehr (nichts seit {seconds} s). Töne und Aufblitzen funktionieren weiter; starten Sie die App neu, um die Stimme erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No voice: the speech process could not start ({program}).</source>
        <translation>Keine Stimme: Der Sprachprozess konnte nicht starten ({program}).</translation>
    </message>
    <message>
        <source>No voice: the speech process ended unexpectedly ({hint}).</source>
        <translation>Keine Stimme: Der Sprachprozess wurde unerwartet beendet ({hint}).</translation>
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
