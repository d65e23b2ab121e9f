<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>preflight</name>
    <message>
        <source>Follow-up Desktop cannot open its window: there is no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or over SSH with ssh -X. The commands (followup-desktop --help) work without a window.</source>
        <translation>Follow-up Desktop no puede abrir su ventana: aquí no hay sesión de escritorio (no está definido ni DISPLAY ni WAYLAND_DISPLAY). Inícielo desde su escritorio, o por SSH con ssh -X. Las órdenes (followup-desktop --help) funcionan sin ventana.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} ni {second}</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot open its window: the libraries Qt needs to show it on {platform} are not installed:</source>
        <translation>Follow-up Desktop no puede abrir su ventana: no están instaladas las bibliotecas que Qt necesita para mostrarla en {platform}:</translation>
    </message>
    <message>
        <source>Install them, then start it again:</source>
        <translation>Instálelas y vuelva a iniciarlo:</translation>
    </message>
    <message>
        <source>and the packages that hold {libraries} (apt-file search, dnf provides or pacman -F finds them)</source>
        <translation>y los paquetes que contienen {libraries} (apt-file search, dnf provides o pacman -F los encuentran)</translation>
    </message>
    <message>
        <source>The commands (followup-desktop --help) work without them; they are only needed for the window.</source>
        <translation>Las órdenes (followup-desktop --help) funcionan sin ellas; solo hacen falta para la ventana.</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot start</source>
        <translation>Follow-up Desktop no puede iniciarse</translation>
    </message>
    <message>
        <source>The window's libraries are all there.</source>
        <translation>Están todas las bibliotecas de la ventana.</translation>
    </message>
</context>
</TS>
