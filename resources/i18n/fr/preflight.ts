<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>preflight</name>
    <message>
        <source>Follow-up Desktop cannot open its window: there is no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or over SSH with ssh -X. The commands (followup-desktop --help) work without a window.</source>
        <translation>Follow-up Desktop ne peut pas ouvrir sa fenêtre : il n’y a pas de session de bureau ici (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez-le depuis votre bureau, ou par SSH avec ssh -X. Les commandes (followup-desktop --help) fonctionnent sans fenêtre.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} ni {second}</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot open its window: the libraries Qt needs to show it on {platform} are not installed:</source>
        <translation>Follow-up Desktop ne peut pas ouvrir sa fenêtre : les bibliothèques dont Qt a besoin pour l’afficher sous {platform} ne sont pas installées :</translation>
    </message>
    <message>
        <source>Install them, then start it again:</source>
        <translation>Installez-les, puis relancez :</translation>
    </message>
    <message>
        <source>and the packages that hold {libraries} (apt-file search, dnf provides or pacman -F finds them)</source>
        <translation>et les paquets qui contiennent {libraries} (apt-file search, dnf provides ou pacman -F les trouve)</translation>
    </message>
    <message>
        <source>The commands (followup-desktop --help) work without them; they are only needed for the window.</source>
        <translation>Les commandes (followup-desktop --help) fonctionnent sans elles ; elles ne servent qu’à la fenêtre.</translation>
    </message>
    <message>
        <source>Follow-up Desktop cannot start</source>
        <translation>Follow-up Desktop ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The window's libraries are all there.</source>
        <translation>Les bibliothèques de la fenêtre sont toutes là.</translation>
    </message>
</context>
</TS>
