<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>preflight</name>
    <message>
        <source>Follow-up Desktop cannot open its window: there is no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or over SSH with ssh -X. The commands (followup-desktop --help) work without a window.</source>
        <translation>Follow-up Desktop kann sein Fenster nicht öffnen: Hier läuft keine Desktop-Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie es von Ihrem Desktop aus oder über SSH mit ssh -X. Die Befehle (followup-desktop --help) funktionieren ohne Fenster.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} noch {second}</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot open its window: the libraries Qt needs to show it on {platform} are not installed:</source>
        <translation>Follow-up Desktop kann sein Fenster nicht öffnen: Die Bibliotheken, die Qt für die Anzeige unter {platform} braucht, sind nicht installiert:</translation>
    </message>
    <message>
        <source>Install them, then start it again:</source>
        <translation>Installieren Sie sie und starten Sie erneut:</translation>
    </message>
    <message>
        <source>and the packages that hold {libraries} (apt-file search, dnf provides or pacman -F finds them)</source>
        <translation>und die Pakete, die {libraries} enthalten (apt-file search, dnf provides oder pacman -F findet sie)</translation>
    </message>
    <message>
        <source>The commands (followup-desktop --help) work without them; they are only needed for the window.</source>
        <translation>Die Befehle (followup-desktop --help) funktionieren ohne sie; sie werden nur für das Fenster gebraucht.</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot start</source>
        <translation>Follow-up Desktop kann nicht starten</translation>
    </message>
    <message>
        <source>The window's libraries are all there.</source>
        <translation>Die Bibliotheken für das Fenster sind alle vorhanden.</translation>
    </message>
</context>
</TS>
