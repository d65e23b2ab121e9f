<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.dateparse</name>
    <message>
        <source>Not understood. Try &quot;friday&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot; or 2026-12-03.</source>
        <translation>No se ha entendido. Pruebe «viernes», «en 10 días», «3 dic 14:00» o 2026-12-03.</translation>
    </message>
    <message>
        <source>“{text}” depends on which days you mean: type the day instead, e.g. &quot;jan 5&quot;, &quot;in 3 weeks&quot; or &quot;start of next month&quot;.</source>
        <translation>«{text}» depende de qué días quiera decir: escriba el día, p. ej., «5 ene», «en 3 semanas» o «principios del próximo mes».</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>«{text}» no es una hora del día.</translation>
    </message>
    <message>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} de {year} no tiene día {day}.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>No existe el mes {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} in the coming years.</source>
        <translation>No hay ningún {day} de {month} en los próximos años.</translation>
    </message>
    <message>
        <source>Write the year with 2 or 4 digits.</source>
        <translation>Escriba el año con 2 o 4 cifras.</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {said}.</source>
        <translation>{date} es {weekday}, no {said}.</translation>
    </message>
    <message>
        <source>(moved from {weekday} to the next working day)</source>
        <translation>(movido del {weekday} al siguiente día laborable)</translation>
    </message>
    <message>
        <source>(read as day/month)</source>
        <translation>(leído como día/mes)</translation>
    </message>
    <message>
        <source>(read as month/day)</source>
        <translation>(leído como mes/día)</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>“{region}” is not a holiday region the holidays package knows: only the working week is used (no public holidays).</source>
        <translation>«{region}» no es una región que conozca el paquete holidays: solo cuentan los días laborables de la semana (sin festivos).</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>un día festivo</translation>
    </message>
    <message>
        <source>{days}; public holidays of {region}</source>
        <translation>{days}; festivos de {region}</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}).</source>
        <translation>{day} es festivo ({holiday}).</translation>
    </message>
    <message>
        <source>{day} is not a working day.</source>
        <translation>{day} no es un día laborable.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>En 2 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>En 2 semanas</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mes</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>En 3 meses</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <extracomment>in %n day</extracomment>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <extracomment>%n day ago</extracomment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year between {first} and {last}.</source>
        <translation>El año {year} está fuera de rango: use un año entre {first} y {last}.</translation>
    </message>
</context>
<context>
    <name>domain.vocabulary</name>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter or card</source>
        <translation>carta o tarjeta</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>met</source>
        <translation>reunión realizada</translation>
    </message>
    <message>
        <source>my move</source>
        <translation>me toca a mí</translation>
    </message>
    <message>
        <source>their move</source>
        <translation>le toca al contacto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Personal Contacts</source>
        <translation>Contactos personales</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Industry Colleagues</source>
        <translation>Colegas del sector</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
</context>
</TS>
