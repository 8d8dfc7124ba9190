<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutBackDialog</name>
    <message>
        <source>About your back</source>
        <translation>Sobre tu espalda</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Don&apos;t start; back to the routines (Esc)</source>
        <translation>No empezar; volver a las rutinas (Escape)</translation>
    </message>
    <message>
        <source>Start “{name}”</source>
        <translation>Empezar «{name}»</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Empezar igualmente</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>Seguir igualmente</translation>
    </message>
    <message>
        <source>Start the session you chose despite this advice</source>
        <translation>Empezar la sesión que elegiste a pesar de este consejo</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>Cambiar a {name}</translation>
    </message>
    <message>
        <source>Start the gentler routine “{name}” instead</source>
        <translation>Empezar en su lugar la rutina más suave «{name}»</translation>
    </message>
</context>
<context>
    <name>AfterCheckinPanel</name>
    <message>
        <source>And now, after the session?</source>
        <translation>¿Y ahora, después de la sesión?</translation>
    </message>
    <message>
        <source>A short note (optional), e.g. “tight after the hills”</source>
        <translation>Nota (opcional), p. ej., «tensa tras las cuestas»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add the answer to this session in your history</source>
        <translation>Añadir la respuesta a esta sesión en tu historial</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time</source>
        <translation>No responder esta vez</translation>
    </message>
    <message>
        <source>Your pain rose</source>
        <translation>Tu dolor subió</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>¿Tienes ahora alguno de estos síntomas?</translation>
    </message>
    <message>
        <source>Thanks, noted.</source>
        <translation>Gracias, anotado.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Saltado.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance &amp; reminder</source>
        <translation>Apariencia y recordatorio</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>“System” follows your desktop&apos;s language</source>
        <translation>«Sistema» sigue el idioma de tu escritorio</translation>
    </message>
    <message>
        <source>Restart Backpain Timer to see it in the new language.</source>
        <translation>Reinicia Backpain Timer para verlo en el nuevo idioma.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>Light or dark; “Follow the system” changes with your desktop</source>
        <translation>Claro u oscuro; «Como el sistema» cambia con tu escritorio</translation>
    </message>
    <message>
        <source>Remind me to stretch every day</source>
        <translation>Recordarme estirar cada día</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>The reminder comes through the system tray at this time</source>
        <translation>El recordatorio llega a esta hora a través de la bandeja del sistema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders cannot be shown.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que no se pueden mostrar recordatorios.</translation>
    </message>
</context>
<context>
    <name>BreathWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>How does your upper back feel right now?</source>
        <translation>¿Cómo sientes ahora la parte alta de la espalda?</translation>
    </message>
    <message>
        <source>Do you have any of these?</source>
        <translation>¿Tienes alguno de estos síntomas?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Start without answering (Esc or S)</source>
        <translation>Empezar sin responder (Escape o S)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Saltar el registro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Save the answer and go on (Enter)</source>
        <translation>Guardar la respuesta y seguir (Intro)</translation>
    </message>
    <message>
        <source>Type 0–9 (1 then 0 for 10) · Enter to continue · Esc or S to skip</source>
        <translation>Escribe 0–9 (1 y luego 0 para 10) · Intro para continuar · Escape o S para saltar</translation>
    </message>
    <message>
        <source>Before “{name}”</source>
        <translation>Antes de «{name}»</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Ask how my back feels before a session</source>
        <translation>Preguntar cómo está mi espalda antes de una sesión</translation>
    </message>
    <message>
        <source>Ask also when started with --start from the command line</source>
        <translation>Preguntar también al empezar con --start desde el terminal</translation>
    </message>
    <message>
        <source>Ask how my back feels after a session</source>
        <translation>Preguntar cómo está mi espalda después de una sesión</translation>
    </message>
    <message>
        <source>Your answers go into your history, next to each session, so you can see the trend.</source>
        <translation>Tus respuestas se guardan en tu historial, junto a cada sesión, para que veas la tendencia.</translation>
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
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueSounds</name>
    <message>
        <source>No sound: the cue sound {path} is missing; reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Sin sonido: falta el sonido de aviso {path}; reinstala Backpain Timer. En su lugar, los avisos se muestran con un destello.</translation>
    </message>
    <message>
        <source>No sound: {file} cannot be played ({error}); reinstall Backpain Timer. Cues show as a flash instead.</source>
        <translation>Sin sonido: no se puede reproducir {file} ({error}); reinstala Backpain Timer. En su lugar, los avisos se muestran con un destello.</translation>
    </message>
</context>
<context>
    <name>CuesPage</name>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Chimes at each change, ticks before it</source>
        <translation>Campanada en cada cambio, tictac antes</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Decir los avisos en voz alta</translation>
    </message>
    <message>
        <source>Say what comes next (offline voice)</source>
        <translation>Anunciar lo que viene (voz sin conexión)</translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>Cuenta atrás 3-2-1</translation>
    </message>
    <message>
        <source>Ticks in the last three seconds</source>
        <translation>Tictac en los últimos tres segundos</translation>
    </message>
    <message>
        <source>Halfway chime</source>
        <translation>Campanada a mitad</translation>
    </message>
    <message>
        <source>Halfway through holds of 20 s or more</source>
        <translation>A mitad de los bloques de 20 s o más</translation>
    </message>
    <message>
        <source>Breathing tones</source>
        <translation>Tonos de respiración</translation>
    </message>
    <message>
        <source>A soft tone at each breath in and out</source>
        <translation>Un tono suave al tomar y al soltar el aire</translation>
    </message>
    <message>
        <source>Flash at each change</source>
        <translation>Destello en cada cambio</translation>
    </message>
    <message>
        <source>The session view lights up briefly</source>
        <translation>La vista de la sesión se ilumina un momento</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>A still border instead of the fade; a still breathing circle</source>
        <translation>Un borde fijo en lugar del fundido; un círculo de respiración quieto</translation>
    </message>
    <message>
        <source>Tap anywhere to pause</source>
        <translation>Toca en cualquier sitio para pausar</translation>
    </message>
    <message>
        <source>A click or tap on the session view pauses and resumes</source>
        <translation>Un clic o un toque en la vista de la sesión pausa y reanuda</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Escuchar una muestra</translation>
    </message>
    <message>
        <source>Hear the chime (and the voice, when it is on) with these settings</source>
        <translation>Oír la campanada (y la voz, si está activada) con estos ajustes</translation>
    </message>
    <message>
        <source>Child&apos;s pose, 45 seconds</source>
        <translation>Postura del niño, 45 segundos</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>Sobre tu espalda</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor</source>
        <translation>Causas, prevención, cuidados en casa y cuándo ir al médico</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide this notice for good</source>
        <translation>Ocultar este aviso para siempre</translation>
    </message>
    <message>
        <source>Dismiss the disclaimer</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>Could not remember that the notice was dismissed ({path}: {error}); it will show again next time.</source>
        <translation>No se pudo guardar que cerraste el aviso ({path}: {error}); volverá a aparecer la próxima vez.</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Archivos de rutina (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to “{name}”?</source>
        <translation>¿Guardar los cambios en «{name}»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si no guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>A routine with this name exists</source>
        <translation>Ya existe una rutina con este nombre</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already a built-in routine.</source>
        <translation>«{name}» se guardaría como &apos;{id}&apos;, que ya es una rutina incluida.</translation>
    </message>
    <message>
        <source>Your routine would then be used instead of the built-in one (Restore built-in brings it back).</source>
        <translation>Entonces se usaría tu rutina en lugar de la incluida (con Restaurar la original vuelves a ella).</translation>
    </message>
    <message>
        <source>“{name}” would be saved as &apos;{id}&apos;, which is already one of your routines.</source>
        <translation>«{name}» se guardaría como &apos;{id}&apos;, que ya es una de tus rutinas.</translation>
    </message>
    <message>
        <source>The old file would go to the trash.</source>
        <translation>El archivo antiguo iría a la papelera.</translation>
    </message>
    <message>
        <source>Save it as &apos;{suggestion}&apos; instead, or replace it? {replaced}</source>
        <translation>¿Guardarla como &apos;{suggestion}&apos; o reemplazarla? {replaced}</translation>
    </message>
    <message>
        <source>Save as &apos;{suggestion}&apos;</source>
        <translation>Guardar como &apos;{suggestion}&apos;</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Routine changed on disk</source>
        <translation>La rutina cambió en el disco</translation>
    </message>
    <message>
        <source>The file of “{name}” was changed by another program.

Load the file and lose your unsaved edits, or keep editing (saving then replaces the file)?</source>
        <translation>Otro programa cambió el archivo de «{name}».

¿Cargar el archivo y perder tus cambios sin guardar, o seguir editando (al guardar, se reemplazará el archivo)?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Seconds (45), minutes and seconds (1:30) or units (1m30s)</source>
        <translation>Segundos (45), minutos y segundos (1:30) o unidades (1m30s)</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>Give the routine a name</source>
        <translation>Ponle un nombre a la rutina</translation>
    </message>
    <message>
        <source>Add at least one step</source>
        <translation>Añade al menos un paso</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicar paso</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <source>rest time</source>
        <translation>tiempo de descanso</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>tiempo de cambio de lado</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>tiempo de mantener</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>tiempo de tomar aire</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>tiempo de soltar el aire</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>Cambiar {field}</translation>
    </message>
    <message>
        <source>Change step {field}</source>
        <translation>Cambiar {field} del paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Start the routine as it is now, without saving</source>
        <translation>Empezar la rutina tal como está ahora, sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Control+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the editor; unsaved changes are asked about (Esc, Ctrl+W)</source>
        <translation>Cerrar el editor; se preguntará por los cambios sin guardar (Escape, Control+W)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Control+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Control+Mayúsculas+Z)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar</numerusform>
            <numerusform>%n problemas que corregir antes de guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>{name}[*] — Routine editor</source>
        <translation>{name}[*] — Editor de rutinas</translation>
    </message>
    <message>
        <source>This is your own version of a built-in routine. Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Esta es tu propia versión de una rutina incluida. Con Rutina ▸ Restaurar la original (en la ventana principal) vuelves a la original.</translation>
    </message>
    <message>
        <source>This is a built-in routine. Saving keeps your own copy, which is then used instead of it; Routine ▸ Restore built-in (in the main window) brings the original back.</source>
        <translation>Esta es una rutina incluida. Al guardar se conserva tu propia copia, que se usará en su lugar; con Rutina ▸ Restaurar la original (en la ventana principal) vuelves a la original.</translation>
    </message>
    <message>
        <source>This file has comments, which the editor cannot keep: saving writes it without them and keeps the commented version in the trash folder of your data.</source>
        <translation>Este archivo tiene comentarios, que el editor no puede conservar: al guardar se escribe sin ellos y la versión con comentarios se guarda en la carpeta de papelera de tus datos.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardada: {problem}</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>No se pudo guardar la rutina</translation>
    </message>
    <message>
        <source>Saved without the file&apos;s comments; the commented version is in {path}.</source>
        <translation>Guardada sin los comentarios del archivo; la versión con comentarios está en {path}.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>«{name}» guardada</translation>
    </message>
    <message>
        <source>The file was changed on disk and now has problems ({problem}); your version here is kept.</source>
        <translation>El archivo cambió en el disco y ahora tiene problemas ({problem}); se conserva tu versión de aquí.</translation>
    </message>
    <message>
        <source>The file was changed on disk; saving will replace it with your version.</source>
        <translation>El archivo cambió en el disco; al guardar se reemplazará por tu versión.</translation>
    </message>
</context>
<context>
    <name>EndView</name>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Volver a la lista de rutinas (Intro)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>(with pauses {time})</source>
        <translation>(con pausas {time})</translation>
    </message>
    <message>
        <source>{done} done, {skipped} skipped</source>
        <translation>{done} hechos, {skipped} saltados</translation>
    </message>
    <message>
        <source>{done} done, none skipped</source>
        <translation>{done} hechos, ninguno saltado</translation>
    </message>
</context>
<context>
    <name>ExerciseHtml</name>
    <message>
        <source>Easier:</source>
        <translation>Más fácil:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Más difícil:</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>mantén {time}</translation>
    </message>
    <message>
        <source>works {targets}</source>
        <translation>trabaja {targets}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Precaución:</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Search by name, body part or id</source>
        <translation>Buscar por nombre, parte del cuerpo o id</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Pain before and after (0–10)</source>
        <translation>Dolor antes y después (0–10)</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutos activos por semana</translation>
    </message>
    <message>
        <source>Running km per week</source>
        <translation>Km corridos por semana</translation>
    </message>
    <message>
        <source>No sessions in the last weeks yet: the charts fill in as you go.</source>
        <translation>Aún no hay sesiones en las últimas semanas: los gráficos se irán llenando.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>noticeably better</source>
        <translation>claramente mejor</translation>
    </message>
    <message>
        <source>noticeably worse</source>
        <translation>claramente peor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>Pain {pain}: {change}</source>
        <translation>Dolor {pain}: {change}</translation>
    </message>
    <message>
        <source>Noted: {symptoms}</source>
        <translation>Anotado: {symptoms}</translation>
    </message>
    <message>
        <source>After the session: {symptoms}</source>
        <translation>Después de la sesión: {symptoms}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Volver a las rutinas (Escape)</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Tendencia del dolor</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Mostrar las sesiones de la rutina</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message>
        <source>Show sessions with tag</source>
        <translation>Mostrar las sesiones con la etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No runs yet. Backpain Timer picks up run files (FIT, GPX, TCX) from the watched folders: runs-inbox in your data folder, a plugged-in watch, and the folders in the run_folders setting. To add files from anywhere else, use the command backpain-timer runs import FILE.</source>
        <translation>Aún no hay carreras. Backpain Timer recoge los archivos de carrera (FIT, GPX, TCX) de las carpetas vigiladas: runs-inbox en su carpeta de datos, un reloj conectado y las carpetas del ajuste run_folders. Para añadir archivos de cualquier otro lugar, use la orden backpain-timer runs import ARCHIVO.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>This week: {minutes} min</source>
        <translation>Esta semana: {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: {days}+ days</source>
        <translation>Racha: {days}+ días</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n carrera</numerusform>
            <numerusform>%n carreras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Save routine sheet</source>
        <translation>Guardar la hoja de la rutina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open the routine</source>
        <translation>No se puede abrir la rutina</translation>
    </message>
    <message>
        <source>Fix these problems in the file first:</source>
        <translation>Primero corrige estos problemas en el archivo:</translation>
    </message>
    <message>
        <source>The routine has problems:</source>
        <translation>La rutina tiene problemas:</translation>
    </message>
    <message>
        <source>Cannot duplicate the routine</source>
        <translation>No se puede duplicar la rutina</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>Las rutinas incluidas no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Delete “{name}”? The file goes to the trash folder of your data.</source>
        <translation>¿Eliminar «{name}»? El archivo irá a la carpeta de papelera de tus datos.</translation>
    </message>
    <message>
        <source>The built-in version comes back.</source>
        <translation>Volverá la versión incluida.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot delete the routine</source>
        <translation>No se puede eliminar la rutina</translation>
    </message>
    <message>
        <source>Restore the built-in “{name}”? Your version goes to the trash folder of your data.</source>
        <translation>¿Restaurar la versión incluida de «{name}»? Tu versión irá a la carpeta de papelera de tus datos.</translation>
    </message>
    <message>
        <source>Restore built-in routine</source>
        <translation>Restaurar la rutina original</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot restore the routine</source>
        <translation>No se puede restaurar la rutina</translation>
    </message>
    <message>
        <source>Replace your routines?</source>
        <translation>¿Reemplazar tus rutinas?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these problems and try again:</source>
        <translation>No se importó nada. Corrige estos problemas e inténtalo de nuevo:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Vuelta a la calma ya</translation>
    </message>
    <message>
        <source>Start the post-run cool-down at once</source>
        <translation>Empezar ya la vuelta a la calma tras correr</translation>
    </message>
    <message>
        <source>About your back</source>
        <translation>Sobre tu espalda</translation>
    </message>
    <message>
        <source>Causes, prevention, home care, and when to see a doctor (F1)</source>
        <translation>Causas, prevención, cuidados en casa y cuándo ir al médico (F1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your sessions, streak and pain check-ins (Ctrl+H)</source>
        <translation>Tus sesiones, tu racha y tus registros de dolor (Control+H)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Nueva rutina…</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation>Crea tu propia rutina (Control+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <source>Change the selected routine (Ctrl+E)</source>
        <translation>Cambiar la rutina seleccionada (Control+E)</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>Empezar la rutina seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Cannot start the cool-down: {error}</source>
        <translation>No se puede empezar la vuelta a la calma: {error}</translation>
    </message>
    <message>
        <source>No routines yet. Put routine files in your data folder&apos;s routines/ folder.</source>
        <translation>Aún no hay rutinas. Pon archivos de rutina en la carpeta routines/ de tu carpeta de datos.</translation>
    </message>
    <message>
        <source>No routine matches “{words}” tagged {tag}.</source>
        <translation>Ninguna rutina con la etiqueta {tag} coincide con «{words}».</translation>
    </message>
    <message>
        <source>No routine matches “{words}”.</source>
        <translation>Ninguna rutina coincide con «{words}».</translation>
    </message>
    <message>
        <source>No routine is tagged {tag}.</source>
        <translation>Ninguna rutina tiene la etiqueta {tag}.</translation>
    </message>
    <message>
        <source>No routine is listed.</source>
        <translation>No hay ninguna rutina en la lista.</translation>
    </message>
    <message>
        <source>Clear the search or pick “All” to see every routine.</source>
        <translation>Borra la búsqueda o elige «Todas» para ver todas las rutinas.</translation>
    </message>
    <message numerus="yes">
        <source>{total} in total · %n step(s)</source>
        <translation>
            <numerusform>{total} en total · %n paso</numerusform>
            <numerusform>{total} en total · %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your routine files could not be read and are not listed:</source>
        <translation>Algunos de tus archivos de rutina no se pudieron leer y no aparecen en la lista:</translation>
    </message>
    <message>
        <source>…and {count} more (run `backpain-timer validate` to see them all).</source>
        <translation>…y {count} más (ejecuta `backpain-timer validate` para verlos todos).</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: {exercise}, standing</source>
        <translation>Ilustración: {exercise}, de pie</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, seated</source>
        <translation>Ilustración: {exercise}, sentado</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, on the floor</source>
        <translation>Ilustración: {exercise}, en el suelo</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ilustración: {exercise}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About your back</source>
        <translation>&amp;Sobre tu espalda</translation>
    </message>
    <message>
        <source>Muted (M)</source>
        <translation>Silenciado (M)</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>Cannot start: {problem}</source>
        <translation>No se puede empezar: {problem}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Cool down now</source>
        <translation>Vuelta a la calma ya</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst)</source>
        <translation>Dolor de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>Drag, use the arrow keys, or type 0–9 (1 then 0 for 10)</source>
        <translation>Arrastra, usa las flechas o escribe 0–9 (1 y luego 0 para 10)</translation>
    </message>
    <message>
        <source>0  no pain</source>
        <translation>0  sin dolor</translation>
    </message>
    <message>
        <source>10  worst pain</source>
        <translation>10  el peor dolor</translation>
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
        <translation>Se muestra la última versión válida: corrige los problemas para actualizarla.</translation>
    </message>
    <message>
        <source>Plan: every segment with its start and length</source>
        <translation>Plan: cada tramo con su inicio y su duración</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>General information, not medical advice. Check with a healthcare professional before starting a new routine.</source>
        <translation>Información general, no consejo médico. Consulta a un profesional sanitario antes de empezar una rutina nueva.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation>Tiempo total {time}</translation>
    </message>
    <message>
        <source>Get ready {time}</source>
        <translation>Prepárate {time}</translation>
    </message>
    <message>
        <source>rest {time} between steps</source>
        <translation>descanso de {time} entre pasos</translation>
    </message>
    <message>
        <source>{time} to switch sides</source>
        <translation>{time} para cambiar de lado</translation>
    </message>
    <message>
        <source>Skip or adapt a step if: {steps}</source>
        <translation>Salta o adapta un paso si: {steps}</translation>
    </message>
    <message>
        <source>Breathe in {inhale}, out {exhale}.</source>
        <translation>Toma aire {inhale}, suéltalo {exhale}.</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not save this session to your history ({path}): {error}</source>
        <translation>No se pudo guardar esta sesión en tu historial ({path}): {error}</translation>
    </message>
    <message>
        <source>Could not save your check-in to your history ({path}): {error}</source>
        <translation>No se pudo guardar tu registro en tu historial ({path}): {error}</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation>&amp;Editar rutina…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation>&amp;Restaurar la original…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Send to &amp;watch</source>
        <translation>En&amp;viar al reloj</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>Im&amp;primir hoja de la rutina…</translation>
    </message>
    <message>
        <source>Saved a copy as “{id}”.</source>
        <translation>Se guardó una copia como «{id}».</translation>
    </message>
    <message>
        <source>Moved the routine to the trash folder of your data.</source>
        <translation>La rutina se movió a la carpeta de papelera de tus datos.</translation>
    </message>
    <message>
        <source>Restored the built-in routine; your version is in the trash folder.</source>
        <translation>Se restauró la rutina original; tu versión está en la carpeta de papelera.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>Se importó %n rutina.</numerusform>
            <numerusform>Se importaron %n rutinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportada a {path}.</translation>
    </message>
    <message>
        <source>Could not save the routine sheet: {error}</source>
        <translation>No se pudo guardar la hoja de la rutina: {error}</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}.</source>
        <translation>Hoja de la rutina guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Get ready time before the first hold. Empty: {default}.</source>
        <translation>Tiempo de preparación antes del primer bloque. Vacío: {default}.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rest time</source>
        <translation>Tiempo de descanso</translation>
    </message>
    <message>
        <source>Rest time after each step. Empty: {default}.</source>
        <translation>Tiempo de descanso después de cada paso. Vacío: {default}.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Tiempo de cambio de lado</translation>
    </message>
    <message>
        <source>Switch time between two holds of a step. Empty: {default}.</source>
        <translation>Tiempo para cambiar de lado entre dos bloques de un paso. Vacío: {default}.</translation>
    </message>
    <message>
        <source>e.g. Evening unwind</source>
        <translation>p. ej., Relajación nocturna</translation>
    </message>
    <message>
        <source>What it is for, when to do it</source>
        <translation>Para qué sirve y cuándo hacerla</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Otras etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>default {time}</source>
        <translation>por defecto {time}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descr&amp;ipción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Otras etiquetas</translation>
    </message>
</context>
<context>
    <name>RoutineHtml</name>
    <message>
        <source>Skip or adapt a step if:</source>
        <translation>Salta o adapta un paso si:</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Yes, right after</source>
        <translation>Sí, justo después</translation>
    </message>
    <message>
        <source>Yes, {time} after</source>
        <translation>Sí, {time} después</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{pace} /km</source>
        <translation>{pace} /km</translation>
    </message>
    <message>
        <source>{sport} from {source}</source>
        <translation>{sport} de {source}</translation>
    </message>
    <message>
        <source>Average heart rate: {bpm}</source>
        <translation>Frecuencia cardíaca media: {bpm}</translation>
    </message>
    <message>
        <source>Cool-down: {routine}</source>
        <translation>Vuelta a la calma: {routine}</translation>
    </message>
</context>
<context>
    <name>SendToWatch</name>
    <message>
        <source>Send to watch</source>
        <translation>Enviar al reloj</translation>
    </message>
    <message>
        <source>No watch is plugged in: none of the mounted drives has a GARMIN/NewFiles folder. Plug in your watch and try again, or save the workout as a file to copy later.</source>
        <translation>No hay ningún reloj conectado: ninguna de las unidades montadas tiene una carpeta GARMIN/NewFiles. Conecta el reloj e inténtalo de nuevo, o guarda el entrenamiento como archivo para copiarlo más tarde.</translation>
    </message>
    <message>
        <source>Eject the watch; you&apos;ll find “{name}” under Training → Workouts.</source>
        <translation>Expulsa el reloj; encontrarás «{name}» en Entrenamiento → Entrenamientos.</translation>
    </message>
    <message>
        <source>Save watch workout</source>
        <translation>Guardar el entrenamiento para el reloj</translation>
    </message>
    <message>
        <source>FIT workout (*.fit)</source>
        <translation>Entrenamiento FIT (*.fit)</translation>
    </message>
    <message>
        <source>Sent “{name}” to the watch ({file}).</source>
        <translation>«{name}» enviado al reloj ({file}).</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Cannot send to the watch</source>
        <translation>No se puede enviar al reloj</translation>
    </message>
    <message>
        <source>Saved the watch workout to {path}.</source>
        <translation>Entrenamiento para el reloj guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Cannot start the gentler routine: {error}</source>
        <translation>No se puede empezar la rutina más suave: {error}</translation>
    </message>
    <message>
        <source>“{name}” has no steps to time.</source>
        <translation>«{name}» no tiene pasos que cronometrar.</translation>
    </message>
    <message>
        <source>Saving to your history…</source>
        <translation>Guardando en tu historial…</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>Not saved — see the message below.</source>
        <translation>No guardado — mira el mensaje de abajo.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Time left in this part</source>
        <translation>Tiempo restante de esta parte</translation>
    </message>
    <message>
        <source>Form cues</source>
        <translation>Indicaciones de técnica</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Space resumes</source>
        <translation>Espacio para reanudar</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>Form cues: {cues}</source>
        <translation>Indicaciones de técnica: {cues}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your routines, history and settings live here. Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder.</source>
        <translation>Aquí se guardan tus rutinas, tu historial y tus ajustes. Inicia con --data-dir o define BACKPAIN_TIMER_DATA_DIR para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {error}. They apply until Backpain Timer closes.</source>
        <translation>No se pudieron guardar los ajustes en {path}: {error}. Se aplican hasta que se cierre Backpain Timer.</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation>Abrir al iniciar sesión, en segundo plano</translation>
    </message>
    <message>
        <source>Backpain Timer then waits in the tray: the daily reminder works and, when a run from your watch lands in a run folder, it offers the cool-down.</source>
        <translation>Backpain Timer espera entonces en la bandeja: el recordatorio diario funciona y, cuando una carrera de tu reloj llega a una carpeta de carreras, te ofrece la vuelta a la calma.</translation>
    </message>
    <message>
        <source>Cannot change the start at login: {error}</source>
        <translation>No se puede cambiar la apertura al iniciar sesión: {error}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Exercise&apos;s default</source>
        <translation>Según el ejercicio</translation>
    </message>
    <message>
        <source>One hold, no sides</source>
        <translation>Un bloque, sin lados</translation>
    </message>
    <message>
        <source>Both: left, then right</source>
        <translation>Ambos: izquierdo y luego derecho</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo el izquierdo</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo el derecho</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Pick another exercise from the library</source>
        <translation>Elegir otro ejercicio de la biblioteca</translation>
    </message>
    <message>
        <source>Make custom</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Write your own name, instructions, cues and caution for this step</source>
        <translation>Escribe tu propio nombre, instrucciones, indicaciones y precaución para este paso</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Una instrucción por línea</translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation>Una indicación por línea</translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation>Cuándo parar o tener cuidado</translation>
    </message>
    <message>
        <source>Custom exercise</source>
        <translation>Ejercicio propio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>e.g. 45s or 1:30</source>
        <translation>p. ej., 45s o 1:30</translation>
    </message>
    <message>
        <source>Shown during the step, e.g. Breathe into your back</source>
        <translation>Se muestra durante el paso, p. ej., Respira hacia la espalda</translation>
    </message>
    <message>
        <source>in, e.g. 4s</source>
        <translation>tomar, p. ej., 4s</translation>
    </message>
    <message>
        <source>out, e.g. 6s</source>
        <translation>soltar, p. ej., 6s</translation>
    </message>
    <message>
        <source>Custom exercise name</source>
        <translation>Nombre del ejercicio propio</translation>
    </message>
    <message>
        <source>Custom exercise caution</source>
        <translation>Precaución del ejercicio propio</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Rest after this step</source>
        <translation>Descanso después de este paso</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Tomar aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Soltar el aire</translation>
    </message>
    <message>
        <source>Select a step, or add one from the library.</source>
        <translation>Selecciona un paso o añade uno de la biblioteca.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>Rep&amp;eticiones</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>{exercise} (custom)</source>
        <translation>{exercise} (propio)</translation>
    </message>
    <message>
        <source>Use a library exercise…</source>
        <translation>Usar un ejercicio de la biblioteca…</translation>
    </message>
    <message>
        <source>default {hold}</source>
        <translation>por defecto {hold}</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>sin lados</translation>
    </message>
    <message>
        <source>Exercise&apos;s default ({sides})</source>
        <translation>Según el ejercicio ({sides})</translation>
    </message>
    <message>
        <source>routine&apos;s ({time})</source>
        <translation>rutina ({time})</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Custom exercise</source>
        <translation>Ejercicio propio</translation>
    </message>
    <message>
        <source>No exercise</source>
        <translation>Sin ejercicio</translation>
    </message>
    <message>
        <source>no hold time</source>
        <translation>sin tiempo de mantener</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Drag a step, or use Alt+Up and Alt+Down, to change the order</source>
        <translation>Arrastra un paso, o usa Alt+Arriba y Alt+Abajo, para cambiar el orden</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>&amp;Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Pick an exercise from the library</source>
        <translation>Elegir un ejercicio de la biblioteca</translation>
    </message>
    <message>
        <source>Add &amp;custom</source>
        <translation>Añadir pr&amp;opio</translation>
    </message>
    <message>
        <source>A step with your own exercise</source>
        <translation>Un paso con tu propio ejercicio</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation>Copiar el paso seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Quitar el paso seleccionado (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Subir el paso seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Bajar el paso seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Añadir paso propio</translation>
    </message>
</context>
<context>
    <name>SymptomChecklist</name>
    <message>
        <source>&amp;Numbness</source>
        <translation>&amp;Entumecimiento</translation>
    </message>
    <message>
        <source>&amp;Tingling</source>
        <translation>&amp;Hormigueo</translation>
    </message>
    <message>
        <source>&amp;Weakness</source>
        <translation>&amp;Debilidad</translation>
    </message>
    <message>
        <source>Something &amp;else?</source>
        <translation>¿&amp;Algo más?</translation>
    </message>
    <message>
        <source>Something else? Show more symptoms</source>
        <translation>¿Algo más? Mostrar más síntomas</translation>
    </message>
    <message>
        <source>Chest pain, breathlessness, a fall, fever… (Alt+E)</source>
        <translation>Dolor en el pecho, falta de aire, una caída, fiebre… (Alt+A)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>Time actually exercised</source>
        <translation>Tiempo realmente practicado</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show {tag} routines</source>
        <translation>Mostrar las rutinas de {tag}</translation>
    </message>
    <message>
        <source>Show all routines</source>
        <translation>Mostrar todas las rutinas</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <source>Pre-run</source>
        <translation>Antes de correr</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Después de correr</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Backpain Timer tray menu</source>
        <translation>Menú de bandeja de Backpain Timer</translation>
    </message>
    <message>
        <source>Cool down now</source>
        <translation>Vuelta a la calma ya</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice: {reason}. Sounds and the flash still work ({hint}).</source>
        <translation>Sin voz: {reason}. Los sonidos y el destello siguen funcionando ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine did not start within {seconds} s. Check that speech-dispatcher is running and can play sound ({hint}).</source>
        <translation>Sin voz: el motor de voz no arrancó en {seconds} s. Comprueba que speech-dispatcher esté en marcha y pueda reproducir sonido ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the speech engine stopped answering (nothing for {seconds} s). Sounds and the flash still work; restart the app to try the voice again.</source>
        <translation>Sin voz: el motor de voz dejó de responder (nada durante {seconds} s). Los sonidos y el destello siguen funcionando; reinicia la aplicación para volver a probar la voz.</translation>
    </message>
    <message>
        <source>No voice: the speech process could not start ({program}).</source>
        <translation>Sin voz: el proceso de voz no pudo arrancar ({program}).</translation>
    </message>
    <message>
        <source>No voice: the speech process ended unexpectedly ({hint}).</source>
        <translation>Sin voz: el proceso de voz terminó inesperadamente ({hint}).</translation>
    </message>
    <message>
        <source>No voice: the pseudo-language has no voice. Sounds and the flash still work.</source>
        <translation>Sin voz: el pseudoidioma no tiene voz. Los sonidos y el destello siguen funcionando.</translation>
    </message>
    <message>
        <source>No voice: no English voice is installed, so the cues are not spoken.</source>
        <translation>Sin voz: no hay ninguna voz en inglés instalada, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>No voice: no German voice is installed, so the cues are not spoken.</source>
        <translation>Sin voz: no hay ninguna voz en alemán instalada, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>No voice: no French voice is installed, so the cues are not spoken.</source>
        <translation>Sin voz: no hay ninguna voz en francés instalada, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>No voice: no Spanish voice is installed, so the cues are not spoken.</source>
        <translation>Sin voz: no hay ninguna voz en español instalada, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>No voice: no voice for “{language}” is installed, so the cues are not spoken.</source>
        <translation>Sin voz: no hay ninguna voz para «{language}» instalada, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>Sounds and the flash still work. Install speech-dispatcher&apos;s espeak-ng voices ({hint}), then restart the app.</source>
        <translation>Los sonidos y el destello siguen funcionando. Instala las voces espeak-ng de speech-dispatcher ({hint}) y luego reinicia la aplicación.</translation>
    </message>
</context>
</TS>
