<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>domain.dateparse</name>
    <message>
        <source>Not understood. Try &quot;friday&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot; or 2026-12-03.</source>
        <translation>Pas compris. Essayez « vendredi », « dans 10 jours », « 3 déc. 14h » ou 2026-12-03.</translation>
    </message>
    <message>
        <source>“{text}” depends on which days you mean: type the day instead, e.g. &quot;jan 5&quot;, &quot;in 3 weeks&quot; or &quot;start of next month&quot;.</source>
        <translation>« {text} » dépend des jours que vous entendez : tapez plutôt le jour, par ex. « 5 janv. », « dans 3 semaines » ou « début du mois prochain ».</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>« {text} » n’est pas une heure.</translation>
    </message>
    <message>
        <source>{month} {year} has no day {day}.</source>
        <translation>Il n’y a pas de {day} {month} {year}.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} in the coming years.</source>
        <translation>Il n’y a pas de {day} {month} dans les années à venir.</translation>
    </message>
    <message>
        <source>Write the year with 2 or 4 digits.</source>
        <translation>Écrivez l’année avec 2 ou 4 chiffres.</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {said}.</source>
        <translation>{date} est un {weekday}, pas un {said}.</translation>
    </message>
    <message>
        <source>(moved from {weekday} to the next working day)</source>
        <translation>(déplacé du {weekday} au jour ouvré suivant)</translation>
    </message>
    <message>
        <source>(read as day/month)</source>
        <translation>(lu comme jour/mois)</translation>
    </message>
    <message>
        <source>(read as month/day)</source>
        <translation>(lu comme mois/jour)</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>“{region}” is not a holiday region the holidays package knows: only the working week is used (no public holidays).</source>
        <translation>« {region} » n’est pas une région connue du paquet holidays : seuls les jours ouvrés de la semaine comptent (pas de jours fériés).</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>un jour férié</translation>
    </message>
    <message>
        <source>{days}; public holidays of {region}</source>
        <translation>{days} ; jours fériés : {region}</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}).</source>
        <translation>{day} est un jour férié ({holiday}).</translation>
    </message>
    <message>
        <source>{day} is not a working day.</source>
        <translation>{day} n’est pas un jour ouvré.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>Dans 2 jours</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>Dans 2 semaines</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois prochain</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>Dans 3 mois</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <extracomment>in %n day</extracomment>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <extracomment>%n day ago</extracomment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year between {first} and {last}.</source>
        <translation>L’année {year} est hors limites : choisissez une année entre {first} et {last}.</translation>
    </message>
</context>
<context>
    <name>domain.vocabulary</name>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter or card</source>
        <translation>lettre ou carte</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rencontré</translation>
    </message>
    <message>
        <source>my move</source>
        <translation>à moi d'agir</translation>
    </message>
    <message>
        <source>their move</source>
        <translation>à eux de répondre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Personal Contacts</source>
        <translation>Contacts personnels</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Industry Colleagues</source>
        <translation>Collègues du secteur</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
</context>
</TS>
