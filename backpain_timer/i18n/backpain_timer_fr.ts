<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBackDialog</name>
    <message>
        <source>About your back</source>
        <translation>À propos de votre dos</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Don&apos;t start; back to the routines (Esc)</source>
        <translation>Ne pas commencer ; retour aux routines (Échap)</translation>
    </message>
    <message>
        <source>Start “{name}”</source>
        <translation>Commencer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Commencer quand même</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>Start the session you chose despite this advice</source>
        <translation>Commencer la séance choisie malgré ce conseil</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>Passer à {name}</translation>
    </message>
    <message>
        <source>Start the gentler routine “{name}” instead</source>
        <translation>Commencer plutôt la routine plus douce «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AfterCheckinPanel</name>
    <message>
        <source>And now, after the session?</source>
        <translation>Et maintenant, après la séance ?</translation>
    </message>
    <message>
        <source>A short note (optional), e.g. “tight after the hills”</source>
        <translation>Note (facultative), p. ex. «&#xa0;raide après les côtes&#xa0;»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add the answer to this session in your history</source>
        <translation>Ajouter la réponse à cette séance dans votre historique</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time</source>
        <translation>Ne pas répondre cette fois</translation>
    </message>
    <message>
        <source>Your pain rose</source>
        <translation>Votre douleur a augmenté</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>Avez-vous l&apos;un de ces signes maintenant ?</translation>
    </message>
    <message>
        <source>Thanks, noted.</source>
        <translation>Merci, c&apos;est noté.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Bilan passé.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance &amp; reminder</source>
        <translation>Apparence et rappel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>“System” follows your desktop&apos;s language</source>
        <translation>«&#xa0;Système&#xa0;» suit la langue de votre bureau</translation>
    </message>
    <message>
        <source>Restart Backpain Timer to see it in the new language.</source>
        <translation>Redémarrez Backpain Timer pour l&apos;afficher dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>Light or dark; “Follow the system” changes with your desktop</source>
        <translation>Clair ou sombre ; «&#xa0;Suivre le système&#xa0;» change avec votre bureau</translation>
    </message>
    <message>
        <source>Remind me to stretch every day</source>
        <translation>Me rappeler de m&apos;étirer chaque jour</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>The reminder comes through the system tray at this time</source>
        <translation>Le rappel arrive à cette heure-ci par la zone de notification</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders cannot be shown.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : les rappels ne peuvent pas s&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>BreathWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>How does your upper back feel right now?</source>
        <translation>Comment va le haut de votre dos en ce moment ?</translation>
    </message>
    <message>
        <source>Do you have any of these?</source>
        <translation>Avez-vous l&apos;un de ces signes ?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Start without answering (Esc or S)</source>
        <translation>Commencer sans répondre (Échap ou S)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Passer le bilan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Save the answer and go on (Enter)</source>
        <translation>Enregistrer la réponse et continuer (Entrée)</translation>
    </message>
    <message>
        <source>Type 0–9 (1 then 0 for 10) · Enter to continue · Esc or S to skip</source>
        <translation>Tapez 0–9 (1 puis 0 pour 10) · Entrée : continuer · Échap ou S : passer</translation>
    </message>
    <message>
        <source>Before “{name}”</source>
        <translation>Avant «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Ask how my back feels before a session</source>
        <translation>Me demander comment va mon dos avant une séance</translation>
    </message>
    <message>
        <source>Ask also when started with --start from the command line</source>
        <translation>Demander aussi au lancement avec --start depuis la ligne de commande</translation>
    </message>
    <message>
        <source>Ask how my back feels after a session</source>
        <translation>Me demander comment va mon dos après une séance</translation>
    </message>
    <message>
        <source>Your answers go into your history, next to each session, so you can see the trend.</source>
        <translation>Vos réponses vont dans votre historique, à côté de chaque séance, pour que vous puissiez voir l&apos;évolution.</translation>
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
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueSounds</name>
    <message>
        <source>No sound: the cue sound {path} is missing; reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Pas de son : le son de signal {path} est manquant ; réinstallez Backpain Timer. Les signaux s&apos;affichent alors par un flash.</translation>
    </message>
    <message>
        <source>No sound: {file} cannot be played ({error}); reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Pas de son : impossible de lire {file} ({error}) ; réinstallez Backpain Timer. Les signaux s&apos;affichent alors par un flash.</translation>
    </message>
</context>
<context>
    <name>CuesPage</name>
    <message>
        <source>Cues</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Jouer des sons</translation>
    </message>
    <message>
        <source>Chimes at each change, ticks before it</source>
        <translation>Un carillon à chaque changement, des tic-tac juste avant</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Annoncer à voix haute</translation>
    </message>
    <message>
        <source>Say what comes next (offline voice)</source>
        <translation>Dire ce qui vient ensuite (voix hors ligne)</translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>Compte à rebours 3-2-1</translation>
    </message>
    <message>
        <source>Ticks in the last three seconds</source>
        <translation>Des tic-tac pendant les trois dernières secondes</translation>
    </message>
    <message>
        <source>Halfway chime</source>
        <translation>Carillon à mi-parcours</translation>
    </message>
    <message>
        <source>Halfway through holds of 20 s or more</source>
        <translation>À mi-parcours des maintiens de 20 s ou plus</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <translation>Sons de respiration</translation>
    </message>
    <message>
        <source>A soft tone at each breath in and out</source>
        <translation>Un son doux à chaque inspiration et à chaque expiration</translation>
    </message>
    <message>
        <source>Flash at each change</source>
        <translation>Flash à chaque changement</translation>
    </message>
    <message>
        <source>The session view lights up briefly</source>
        <translation>La vue de séance s&apos;éclaire brièvement</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>A still border instead of the fade; a still breathing circle</source>
        <translation>Une bordure fixe au lieu du fondu ; un cercle de respiration immobile</translation>
    </message>
    <message>
        <source>Tap anywhere to pause</source>
        <translation>Toucher n&apos;importe où pour mettre en pause</translation>
    </message>
    <message>
        <source>A click or tap on the session view pauses and resumes</source>
        <translation>Un clic ou un appui sur la vue de séance met en pause et reprend</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Écouter un exemple</translation>
    </message>
    <message>
        <source>Hear the chime (and the voice, when it is on) with these settings</source>
        <translation>Entendre le carillon (et la voix, si elle est activée) avec ces réglages</translation>
    </message>
    <message>
        <source>Child&apos;s pose, 45 seconds</source>
        <translation>Posture de l&apos;enfant, 45 secondes</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <comment>QLocale date pattern: day, month name, year, 24-hour time</comment>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date pattern: day and month name</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>À propos de votre dos</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor</source>
        <translation>Causes, prévention, soins à la maison et quand consulter un médecin</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide this notice for good</source>
        <translation>Masquer définitivement cet avis</translation>
    </message>
    <message>
        <source>Dismiss the disclaimer</source>
        <translation>Fermer l&apos;avertissement</translation>
    </message>
    <message>
        <source>Could not remember that the notice was dismissed ({path}: {error}); it will show again next time.</source>
        <translation>Impossible de mémoriser que l&apos;avis a été fermé ({path} : {error}) ; il s&apos;affichera de nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Fichiers de routine (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “{name}”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;{name}&#xa0;» ?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>A routine with this name exists</source>
        <translation>Une routine de ce nom existe déjà</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already a built-in routine.</source>
        <translation>«&#xa0;{name}&#xa0;» serait enregistrée sous «&#xa0;{id}&#xa0;», qui est déjà une routine intégrée.</translation>
    </message>
    <message>
        <source>Your routine would then be used instead of the built-in one (Restore built-in brings it back).</source>
        <translation>Votre routine serait alors utilisée à la place de la routine intégrée (Rétablir la version intégrée la fait revenir).</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already one of your routines.</source>
        <translation>«&#xa0;{name}&#xa0;» serait enregistrée sous «&#xa0;{id}&#xa0;», qui est déjà l&apos;une de vos routines.</translation>
    </message>
    <message>
        <source>The old file would go to the trash.</source>
        <translation>L&apos;ancien fichier irait à la corbeille.</translation>
    </message>
    <message>
        <source>Save it as &apos;{suggestion}&apos; instead, or replace it? {replaced}</source>
        <translation>L&apos;enregistrer plutôt sous «&#xa0;{suggestion}&#xa0;», ou la remplacer ? {replaced}</translation>
    </message>
    <message>
        <source>Save as &apos;{suggestion}&apos;</source>
        <translation>Enregistrer sous «&#xa0;{suggestion}&#xa0;»</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Routine changed on disk</source>
        <translation>Routine modifiée sur le disque</translation>
    </message>
    <message>
        <source>The file of “{name}” was changed by another program.

Load the file and lose your unsaved edits, or keep editing (saving then replaces the file)?</source>
        <translation>Le fichier de «&#xa0;{name}&#xa0;» a été modifié par un autre programme.

Charger le fichier et perdre vos modifications non enregistrées, ou continuer à modifier (l&apos;enregistrement remplacera alors le fichier) ?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importer des routines</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exporter la routine</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Seconds (45), minutes and seconds (1:30) or units (1m30s)</source>
        <translation>Secondes (45), minutes et secondes (1:30) ou unités (1m30s)</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Give the routine a name</source>
        <translation>Donnez un nom à la routine</translation>
    </message>
    <message>
        <source>Add at least one step</source>
        <translation>Ajoutez au moins une étape</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>Add step</source>
        <translation>l&apos;ajout d&apos;une étape</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>la duplication d&apos;une étape</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation>temps de préparation</translation>
    </message>
    <message>
        <source>rest time</source>
        <translation>temps de repos</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>temps de changement de côté</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>côtés</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspiration</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>la modification : {field}</translation>
    </message>
    <message>
        <source>Change step {field}</source>
        <translation>la modification de l&apos;étape : {field}</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>le retrait d&apos;une étape</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>le déplacement d&apos;une étape</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Start the routine as it is now, without saving</source>
        <translation>Lancer la routine telle qu&apos;elle est, sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the editor; unsaved changes are asked about (Esc, Ctrl+W)</source>
        <translation>Fermer l&apos;éditeur ; on vous demandera quoi faire des modifications non enregistrées (Échap, Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>{name}[*] — Routine editor</source>
        <translation>{name}[*] — Éditeur de routine</translation>
    </message>
    <message>
        <source>This is your own version of a built-in routine. Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Ceci est votre propre version d&apos;une routine intégrée. Routine ▸ Rétablir la version intégrée (dans la fenêtre principale) fait revenir l&apos;originale.</translation>
    </message>
    <message>
        <source>This is a built-in routine. Saving keeps your own copy, which is then used instead of it; Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Ceci est une routine intégrée. L&apos;enregistrer crée votre propre copie, qui est alors utilisée à sa place ; Routine ▸ Rétablir la version intégrée (dans la fenêtre principale) fait revenir l&apos;originale.</translation>
    </message>
    <message>
        <source>This file has comments, which the editor cannot keep: saving writes it without them and keeps the commented version in the trash folder of your data.</source>
        <translation>Ce fichier contient des commentaires, que l&apos;éditeur ne peut pas conserver : l&apos;enregistrement l&apos;écrit sans eux et garde la version commentée dans le dossier corbeille de vos données.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistrée : {problem}</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>Impossible d&apos;enregistrer la routine</translation>
    </message>
    <message>
        <source>Saved without the file&apos;s comments; the commented version is in {path}.</source>
        <translation>Enregistrée sans les commentaires du fichier ; la version commentée est dans {path}.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>The file was changed on disk and now has problems ({problem}); your version here is kept.</source>
        <translation>Le fichier a été modifié sur le disque et contient maintenant des problèmes ({problem}) ; votre version ici est conservée.</translation>
    </message>
    <message>
        <source>The file was changed on disk; saving will replace it with your version.</source>
        <translation>Le fichier a été modifié sur le disque ; l&apos;enregistrement le remplacera par votre version.</translation>
    </message>
</context>
<context>
    <name>EndView</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Retour à la liste des routines (Entrée)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <source>(with pauses {time})</source>
        <translation>(avec les pauses : {time})</translation>
    </message>
    <message>
        <source>{done} done, {skipped} skipped</source>
        <translation>{done} faits, {skipped} passés</translation>
    </message>
    <message>
        <source>{done} done, none skipped</source>
        <translation>{done} faits, aucun passé</translation>
    </message>
</context>
<context>
    <name>ExerciseHtml</name>
    <message>
        <source>Easier:</source>
        <translation>Plus facile :</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Plus difficile :</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>maintien {time}</translation>
    </message>
    <message>
        <source>works {targets}</source>
        <translation>travaille : {targets}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Attention :</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Search by name, body part or id</source>
        <translation>Rechercher par nom, partie du corps ou id</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Détails de l&apos;exercice</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l&apos;étape</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation>Douleur avant et après (0–10)</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutes actives par semaine</translation>
    </message>
    <message>
        <source>Running km per week</source>
        <translation>Km de course par semaine</translation>
    </message>
    <message>
        <source>No sessions in the last weeks yet: the charts fill in as you go.</source>
        <translation>Pas encore de séances ces dernières semaines : les graphiques se remplissent au fil du temps.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>noticeably better</source>
        <translation>nettement mieux</translation>
    </message>
    <message>
        <source>noticeably worse</source>
        <translation>nettement moins bien</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Pain {pain}: {change}</source>
        <translation>Douleur {pain} : {change}</translation>
    </message>
    <message>
        <source>Noted: {symptoms}</source>
        <translation>Signalé : {symptoms}</translation>
    </message>
    <message>
        <source>After the session: {symptoms}</source>
        <translation>Après la séance : {symptoms}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Retour aux routines (Échap)</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Évolution de la douleur</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Afficher les séances de la routine</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Toutes les routines</translation>
    </message>
    <message>
        <source>Show sessions with tag</source>
        <translation>Afficher les séances avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No runs yet. Backpain Timer picks up run files (FIT, GPX, TCX) from the watched folders: runs-inbox in your data folder, a plugged-in watch, and the folders in the run_folders setting. To add files from anywhere else, use the command backpain-timer runs import FILE.</source>
        <translation>Aucune course pour l’instant. Backpain Timer reprend les fichiers de course (FIT, GPX, TCX) des dossiers surveillés : runs-inbox dans votre dossier de données, une montre branchée et les dossiers du réglage run_folders. Pour ajouter des fichiers d’ailleurs, utilisez la commande backpain-timer runs import FICHIER.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>This week: {minutes} min</source>
        <translation>Cette semaine : {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Série : %n jour</numerusform>
            <numerusform>Série : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: {days}+ days</source>
        <translation>Série : {days}+ jours</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Save routine sheet</source>
        <translation>Enregistrer la fiche de routine</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open the routine</source>
        <translation>Impossible d&apos;ouvrir la routine</translation>
    </message>
    <message>
        <source>Fix these problems in the file first:</source>
        <translation>Corrigez d&apos;abord ces problèmes dans le fichier :</translation>
    </message>
    <message>
        <source>The routine has problems:</source>
        <translation>La routine a des problèmes :</translation>
    </message>
    <message>
        <source>Cannot duplicate the routine</source>
        <translation>Impossible de dupliquer la routine</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>Les routines intégrées ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <source>Delete “{name}”? The file goes to the trash folder of your data.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» ? Le fichier va dans le dossier corbeille de vos données.</translation>
    </message>
    <message>
        <source>The built-in version comes back.</source>
        <translation>La version intégrée revient.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot delete the routine</source>
        <translation>Impossible de supprimer la routine</translation>
    </message>
    <message>
        <source>Restore the built-in “{name}”? Your version goes to the trash folder of your data.</source>
        <translation>Rétablir la version intégrée de «&#xa0;{name}&#xa0;» ? Votre version va dans le dossier corbeille de vos données.</translation>
    </message>
    <message>
        <source>Restore built-in routine</source>
        <translation>Rétablir la routine intégrée</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cannot restore the routine</source>
        <translation>Impossible de rétablir la routine</translation>
    </message>
    <message>
        <source>Replace your routines?</source>
        <translation>Remplacer vos routines ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again:</source>
        <translation>Rien n&apos;a été importé. Corrigez ces problèmes et réessayez :</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Retour au calme immédiat</translation>
    </message>
    <message>
        <source>Start the post-run cool-down at once</source>
        <translation>Lancer tout de suite le retour au calme après la course</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>À propos de votre dos</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor (F1)</source>
        <translation>Causes, prévention, soins à la maison et quand consulter un médecin (F1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your sessions, streak and pain check-ins (Ctrl+H)</source>
        <translation>Vos séances, votre série et vos bilans de douleur (Ctrl+H)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Rechercher des routines</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Nouvelle routine…</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation>Créer votre propre routine (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Modifier la routine</translation>
    </message>
    <message>
        <source>Change the selected routine (Ctrl+E)</source>
        <translation>Modifier la routine sélectionnée (Ctrl+E)</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Détails de la routine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Commencer la routine</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>Commencer la routine sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Cannot start the cool-down: {error}</source>
        <translation>Impossible de lancer le retour au calme : {error}</translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your data folder&apos;s routines/ folder.</source>
        <translation>Pas encore de routines. Placez des fichiers de routine dans le dossier routines/ de votre dossier de données.</translation>
    </message>
    <message>
        <source>No routine matches “{words}” tagged {tag}.</source>
        <translation>Aucune routine avec l&apos;étiquette {tag} ne correspond à «&#xa0;{words}&#xa0;».</translation>
    </message>
    <message>
        <source>No routine matches “{words}”.</source>
        <translation>Aucune routine ne correspond à «&#xa0;{words}&#xa0;».</translation>
    </message>
    <message>
        <source>No routine is tagged {tag}.</source>
        <translation>Aucune routine n&apos;a l&apos;étiquette {tag}.</translation>
    </message>
    <message>
        <source>No routine is listed.</source>
        <translation>Aucune routine n&apos;est listée.</translation>
    </message>
    <message>
        <source>Clear the search or pick “All” to see every routine.</source>
        <translation>Effacez la recherche ou choisissez «&#xa0;Toutes&#xa0;» pour voir toutes les routines.</translation>
    </message>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation>
            <numerusform>{total} au total · %n étape</numerusform>
            <numerusform>{total} au total · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your routine files could not be read and are not listed:</source>
        <translation>Certains de vos fichiers de routine n&apos;ont pas pu être lus et ne sont pas listés :</translation>
    </message>
    <message>
        <source>…and {count} more (run `backpain-timer validate` to see them all).</source>
        <translation>…et {count} de plus (lancez `backpain-timer validate` pour tous les voir).</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: {exercise}, standing</source>
        <translation>Illustration : {exercise}, debout</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, seated</source>
        <translation>Illustration : {exercise}, assis</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, on the floor</source>
        <translation>Illustration : {exercise}, au sol</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustration : {exercise}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About your back</source>
        <translation>À &amp;propos de votre dos</translation>
    </message>
    <message>
        <source>Muted (M)</source>
        <translation>Son coupé (M)</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>Cannot start: {problem}</source>
        <translation>Impossible de commencer : {problem}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Cool down now</source>
        <translation>Retour au calme immédiat</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst)</source>
        <translation>Douleur de 0 (aucune) à 10 (la pire)</translation>
    </message>
    <message>
        <source>Drag, use the arrow keys, or type 0–9 (1 then 0 for 10)</source>
        <translation>Faites glisser, utilisez les flèches ou tapez 0–9 (1 puis 0 pour 10)</translation>
    </message>
    <message>
        <source>0  no pain</source>
        <translation>0  aucune douleur</translation>
    </message>
    <message>
        <source>10  worst pain</source>
        <translation>10  pire douleur</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <source>Showing the last valid version: fix the problems to update it.</source>
        <translation>Affichage de la dernière version valide : corrigez les problèmes pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Plan: every segment with its start and length</source>
        <translation>Déroulé : chaque segment avec son début et sa durée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n maintien</numerusform>
            <numerusform>%n maintiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>General information, not medical advice. Check with a healthcare professional before starting a new routine.</source>
        <translation>Informations générales, pas des conseils médicaux. Consultez un professionnel de santé avant de commencer une nouvelle routine.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation>Durée totale {time}</translation>
    </message>
    <message>
        <source>Get ready {time}</source>
        <translation>Préparation {time}</translation>
    </message>
    <message>
        <source>rest {time} between steps</source>
        <translation>repos de {time} entre les étapes</translation>
    </message>
    <message>
        <source>{time} to switch sides</source>
        <translation>{time} pour changer de côté</translation>
    </message>
    <message>
        <source>Skip or adapt a step if: {steps}</source>
        <translation>Passez ou adaptez une étape si : {steps}</translation>
    </message>
    <message>
        <source>Breathe in {inhale}, out {exhale}.</source>
        <translation>Inspirez {inhale}, expirez {exhale}.</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not save this session to your history ({path}): {error}</source>
        <translation>Impossible d&apos;enregistrer cette séance dans votre historique ({path}) : {error}</translation>
    </message>
    <message>
        <source>Could not save your check-in to your history ({path}): {error}</source>
        <translation>Impossible d&apos;enregistrer votre bilan dans votre historique ({path}) : {error}</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nouvelle routine…</translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation>&amp;Modifier la routine…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation>&amp;Rétablir la version intégrée…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Send to &amp;watch</source>
        <translation>Envoyer à la mon&amp;tre</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>Im&amp;primer la fiche de routine…</translation>
    </message>
    <message>
        <source>Saved a copy as “{id}”.</source>
        <translation>Copie enregistrée sous «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Moved the routine to the trash folder of your data.</source>
        <translation>Routine déplacée dans le dossier corbeille de vos données.</translation>
    </message>
    <message>
        <source>Restored the built-in routine; your version is in the trash folder.</source>
        <translation>Routine intégrée rétablie ; votre version est dans le dossier corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n routine importée.</numerusform>
            <numerusform>%n routines importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportée vers {path}.</translation>
    </message>
    <message>
        <source>Could not save the routine sheet: {error}</source>
        <translation>Impossible d&apos;enregistrer la fiche de routine : {error}</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}.</source>
        <translation>Fiche de routine enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Temps de préparation</translation>
    </message>
    <message>
        <source>Get ready time before the first hold. Empty: {default}.</source>
        <translation>Temps de préparation avant le premier maintien. Vide : {default}.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Rest time</source>
        <translation>Temps de repos</translation>
    </message>
    <message>
        <source>Rest time after each step. Empty: {default}.</source>
        <translation>Temps de repos après chaque étape. Vide : {default}.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Temps de changement de côté</translation>
    </message>
    <message>
        <source>Switch time between two holds of a step. Empty: {default}.</source>
        <translation>Temps pour changer de côté entre deux maintiens d&apos;une étape. Vide : {default}.</translation>
    </message>
    <message>
        <source>e.g. Evening unwind</source>
        <translation>p. ex. Détente du soir</translation>
    </message>
    <message>
        <source>What it is for, when to do it</source>
        <translation>À quoi elle sert, quand la faire</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Autres étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>default {time}</source>
        <translation>par défaut {time}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Autres étiquettes</translation>
    </message>
</context>
<context>
    <name>RoutineHtml</name>
    <message>
        <source>Skip or adapt a step if:</source>
        <translation>Passez ou adaptez une étape si :</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Yes, right after</source>
        <translation>Oui, juste après</translation>
    </message>
    <message>
        <source>Yes, {time} after</source>
        <translation>Oui, {time} après</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{pace} /km</source>
        <translation>{pace} /km</translation>
    </message>
    <message>
        <source>{sport} from {source}</source>
        <translation>{sport} (source : {source})</translation>
    </message>
    <message>
        <source>Average heart rate: {bpm}</source>
        <translation>Fréquence cardiaque moyenne : {bpm}</translation>
    </message>
    <message>
        <source>Cool-down: {routine}</source>
        <translation>Retour au calme : {routine}</translation>
    </message>
</context>
<context>
    <name>SendToWatch</name>
    <message>
        <source>Send to watch</source>
        <translation>Envoyer à la montre</translation>
    </message>
    <message>
        <source>No watch is plugged in: none of the mounted drives has a GARMIN/NewFiles folder. Plug in your watch and try again, or save the workout as a file to copy later.</source>
        <translation>Aucune montre n&apos;est branchée : aucun des lecteurs montés n&apos;a de dossier GARMIN/NewFiles. Branchez votre montre et réessayez, ou enregistrez l&apos;entraînement dans un fichier à copier plus tard.</translation>
    </message>
    <message>
        <source>Eject the watch; you&apos;ll find “{name}” under Training → Workouts.</source>
        <translation>Éjectez la montre ; vous trouverez «&#xa0;{name}&#xa0;» sous Entraînement → Entraînements.</translation>
    </message>
    <message>
        <source>Save watch workout</source>
        <translation>Enregistrer l&apos;entraînement pour la montre</translation>
    </message>
    <message>
        <source>FIT workout (*.fit)</source>
        <translation>Entraînement FIT (*.fit)</translation>
    </message>
    <message>
        <source>Sent “{name}” to the watch ({file}).</source>
        <translation>«&#xa0;{name}&#xa0;» envoyée à la montre ({file}).</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Cannot send to the watch</source>
        <translation>Impossible d&apos;envoyer à la montre</translation>
    </message>
    <message>
        <source>Saved the watch workout to {path}.</source>
        <translation>Entraînement pour la montre enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Cannot start the gentler routine: {error}</source>
        <translation>Impossible de lancer la routine plus douce : {error}</translation>
    </message>
    <message>
        <source>“{name}” has no steps to time.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a aucune étape à chronométrer.</translation>
    </message>
    <message>
        <source>Saving to your history…</source>
        <translation>Enregistrement dans votre historique…</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Enregistré dans votre historique.</translation>
    </message>
    <message>
        <source>Not saved — see the message below.</source>
        <translation>Non enregistré — voir le message ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Time left in this part</source>
        <translation>Temps restant dans cette partie</translation>
    </message>
    <message>
        <source>Form cues</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progression dans la routine</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Reste {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Space resumes</source>
        <translation>Espace pour reprendre</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>Form cues: {cues}</source>
        <translation>Consignes : {cues}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Your routines, history and settings live here. Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder.</source>
        <translation>Vos routines, votre historique et vos paramètres se trouvent ici. Lancez avec --data-dir ou définissez BACKPAIN_TIMER_DATA_DIR pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {error}. They apply until Backpain Timer closes.</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans {path} : {error}. Ils s&apos;appliquent jusqu&apos;à la fermeture de Backpain Timer.</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation>Démarrer à l&apos;ouverture de session, en arrière-plan</translation>
    </message>
    <message>
        <source>Backpain Timer then waits in the tray: the daily reminder works and, when a run from your watch lands in a run folder, it offers the cool-down.</source>
        <translation>Backpain Timer attend alors dans la zone de notification : le rappel quotidien fonctionne et, quand une course de votre montre arrive dans un dossier de courses, il propose le retour au calme.</translation>
    </message>
    <message>
        <source>Cannot change the start at login: {error}</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session : {error}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Exercise&apos;s default</source>
        <translation>Selon l&apos;exercice</translation>
    </message>
    <message>
        <source>One hold, no sides</source>
        <translation>Un seul maintien, sans côtés</translation>
    </message>
    <message>
        <source>Both: left, then right</source>
        <translation>Les deux : gauche, puis droite</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Gauche seulement</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Droite seulement</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Pick another exercise from the library</source>
        <translation>Choisir un autre exercice dans la bibliothèque</translation>
    </message>
    <message>
        <source>Make custom</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Write your own name, instructions, cues and caution for this step</source>
        <translation>Écrire votre propre nom, vos instructions, consignes et précautions pour cette étape</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Une instruction par ligne</translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation>Une consigne par ligne</translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation>Quand arrêter ou faire attention</translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation>Exercice personnalisé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>e.g. 45s or 1:30</source>
        <translation>p. ex. 45s ou 1:30</translation>
    </message>
    <message>
        <source>Shown during the step, e.g. Breathe into your back</source>
        <translation>Affiché pendant l&apos;étape, p. ex. Respirez dans le dos</translation>
    </message>
    <message>
        <source>in, e.g. 4s</source>
        <translation>inspiration, p. ex. 4s</translation>
    </message>
    <message>
        <source>out, e.g. 6s</source>
        <translation>expiration, p. ex. 6s</translation>
    </message>
    <message>
        <source>Custom exercise name</source>
        <translation>Nom de l&apos;exercice personnalisé</translation>
    </message>
    <message>
        <source>Custom exercise caution</source>
        <translation>Précautions de l&apos;exercice personnalisé</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>Repos après cette étape</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Select a step, or add one from the library.</source>
        <translation>Sélectionnez une étape, ou ajoutez-en une depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Repos après</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>{exercise} (custom)</source>
        <translation>{exercise} (personnalisé)</translation>
    </message>
    <message>
        <source>Use a library exercise…</source>
        <translation>Utiliser un exercice de la bibliothèque…</translation>
    </message>
    <message>
        <source>default {hold}</source>
        <translation>par défaut {hold}</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>sans côtés</translation>
    </message>
    <message>
        <source>Exercise&apos;s default ({sides})</source>
        <translation>Selon l&apos;exercice ({sides})</translation>
    </message>
    <message>
        <source>routine&apos;s ({time})</source>
        <translation>de la routine ({time})</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Custom exercise</source>
        <translation>Exercice personnalisé</translation>
    </message>
    <message>
        <source>No exercise</source>
        <translation>Aucun exercice</translation>
    </message>
    <message>
        <source>no hold time</source>
        <translation>sans temps de maintien</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Drag a step, or use Alt+Up and Alt+Down, to change the order</source>
        <translation>Faites glisser une étape, ou utilisez Alt+Haut et Alt+Bas, pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>A&amp;jouter un exercice…</translation>
    </message>
    <message>
        <source>Pick an exercise from the library</source>
        <translation>Choisir un exercice dans la bibliothèque</translation>
    </message>
    <message>
        <source>Add &amp;custom</source>
        <translation>Étape personnal&amp;isée</translation>
    </message>
    <message>
        <source>A step with your own exercise</source>
        <translation>Une étape avec votre propre exercice</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation>Copier l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Retirer l&apos;étape sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Monter l&apos;étape sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Ajouter une étape personnalisée</translation>
    </message>
</context>
<context>
    <name>SymptomChecklist</name>
    <message>
        <source>&amp;Numbness</source>
        <translation>E&amp;ngourdissement</translation>
    </message>
    <message>
        <source>&amp;Tingling</source>
        <translation>&amp;Fourmillements</translation>
    </message>
    <message>
        <source>&amp;Weakness</source>
        <translation>Fa&amp;iblesse</translation>
    </message>
    <message>
        <source>Something &amp;else?</source>
        <translation>Autr&amp;e chose ?</translation>
    </message>
    <message>
        <source>Something else? Show more symptoms</source>
        <translation>Autre chose ? Afficher plus de symptômes</translation>
    </message>
    <message>
        <source>Chest pain, breathlessness, a fall, fever… (Alt+E)</source>
        <translation>Douleur dans la poitrine, essoufflement, une chute, de la fièvre… (Alt+E)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Time actually exercised</source>
        <translation>Temps réellement pratiqué</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Douleur avant → après</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Retour au calme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Show {tag} routines</source>
        <translation>Afficher les routines avec l&apos;étiquette {tag}</translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation>Afficher toutes les routines</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Retour au calme</translation>
    </message>
    <message>
        <source>Pre-run</source>
        <translation>Avant la course</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Après la course</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Gainage</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Backpain Timer tray menu</source>
        <translation>Menu de Backpain Timer dans la zone de notification</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Retour au calme immédiat</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice: {reason}. Sounds and the flash still work ({hint}).</source>
        <translation>Pas de voix : {reason}. Les sons et le flash fonctionnent toujours ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine did not start within {seconds} s. Check that speech-dispatcher is running and can play sound ({hint}).</source>
        <translation>Pas de voix : le moteur vocal n&apos;a pas démarré en {seconds} s. Vérifiez que speech-dispatcher tourne et peut jouer du son ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine stopped answering (nothing for {seconds} s). Sounds and the flash still work; restart the app to try the voice again.</source>
        <translation>Pas de voix : le moteur vocal ne répond plus (rien depuis {seconds} s). Les sons et le flash fonctionnent toujours ; redémarrez l&apos;application pour réessayer la voix.</translation>
    </message>
    <message>
        <source>No voice: the speech process could not start ({program}).</source>
        <translation>Pas de voix : le processus vocal n&apos;a pas pu démarrer ({program}).</translation>
    </message>
    <message>
        <source>No voice: the speech process ended unexpectedly ({hint}).</source>
        <translation>Pas de voix : le processus vocal s&apos;est arrêté de façon inattendue ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the pseudo-language has no voice. Sounds and the flash still work.</source>
        <translation>Pas de voix : la pseudo-langue n&apos;a pas de voix. Les sons et le flash fonctionnent toujours.</translation>
    </message>
    <message>
        <source>No voice: no English voice is installed, so the cues are not spoken.</source>
        <translation>Pas de voix : aucune voix anglaise n&apos;est installée, les indications ne sont donc pas dites à voix haute.</translation>
    </message>
    <message>
        <source>No voice: no German voice is installed, so the cues are not spoken.</source>
        <translation>Pas de voix : aucune voix allemande n&apos;est installée, les indications ne sont donc pas dites à voix haute.</translation>
    </message>
    <message>
        <source>No voice: no French voice is installed, so the cues are not spoken.</source>
        <translation>Pas de voix : aucune voix française n&apos;est installée, les indications ne sont donc pas dites à voix haute.</translation>
    </message>
    <message>
        <source>No voice: no Spanish voice is installed, so the cues are not spoken.</source>
        <translation>Pas de voix : aucune voix espagnole n&apos;est installée, les indications ne sont donc pas dites à voix haute.</translation>
    </message>
    <message>
        <source>No voice: no voice for “{language}” is installed, so the cues are not spoken.</source>
        <translation>Pas de voix : aucune voix pour « {language} » n&apos;est installée, les indications ne sont donc pas dites à voix haute.</translation>
    </message>
    <message>
        <source>Sounds and the flash still work. Install speech-dispatcher&apos;s espeak-ng voices ({hint}), then restart the app.</source>
        <translation>Les sons et le flash fonctionnent toujours. Installez les voix espeak-ng de speech-dispatcher ({hint}), puis redémarrez l&apos;application.</translation>
    </message>
</context>
</TS>
