"""Sample contacts files as the real programs write them, built by the tests."""

from __future__ import annotations

from pathlib import Path

OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Assistant's Phone,Business Fax,Business Phone,"
    "Business Phone 2,Home Phone,Mobile Phone,Categories,E-mail Address,E-mail Type,"
    "E-mail Display Name,E-mail 2 Address,Notes,Referred By"
)


def outlook_row(
    first="",
    last="",
    company="",
    title="",
    phone="",
    home="",
    mobile="",
    categories="",
    email="",
    email2="",
    notes="",
    referred="",
) -> str:
    cells = [
        "",
        first,
        "",
        last,
        "",
        company,
        "",
        title,
        "1 Main St",
        "Springfield",
        "",
        "",
        phone,
        "",
        home,
        mobile,
        categories,
        email,
        "SMTP",
        f"{first} {last} ({email})" if email else "",
        email2,
        notes,
        referred,
    ]
    return ",".join(_quote(c) for c in cells)


def _quote(cell: str) -> str:
    if any(ch in cell for ch in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


OUTLOOK_TEXT = (
    "\r\n".join(
        [
            OUTLOOK_HEADER,
            outlook_row(
                "Zoë",
                "Ångström",
                "Nordic Gears",
                "Buyer",
                "+46 8 123 45",
                "+46 8 999",
                "+46 70 111 22",
                "Clients;VIP",
                "zoe@nordic.example",
                "zoe.private@example.org",
                "Met at the fair.\nLikes blue.",
                "Carl Berg",
            ),
            outlook_row("Carl", "Berg", "Berg AB", phone="+46 8 555", email="carl@berg.example"),
            outlook_row("Dora", "Díaz", categories="Prospect", email="dora@example.com"),
        ]
    )
    + "\r\n"
)

GOOGLE_TEXT = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Relation 1 - Label,Relation 1 - Value\n"
    'Ana,,Souza,Souza Ltda,CEO,"first line\nsecond line",* myContacts ::: Clients ::: Golf,'
    "* Work ::: Home,ana@souza.example ::: ana@home.example,Mobile,+55 11 9999,Work,"
    "+55 11 3333 ::: +55 11 4444,Referred by,Bea Lima\n"
    "Bea,,Lima,,,,* myContacts,,bea@lima.example,,,,,,\n"
)

GOOGLE_LEGACY_TEXT = (
    "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
    "Kim Park,Kim,,Park,,* My Contacts ::: Prospects,* Work,kim@park.example,Mobile,"
    "010-1234,,Park Co,Owner\n"
)

VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "TEL;CELL:+49 170 1\r\nTEL;WORK;VOICE:+49 30 2\r\n"
    "EMAIL;PREF;INTERNET:juergen@mueller.example\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite =\r\nZeile\r\n"
    "END:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Rossi;Maria;;;\nFN:Maria Rossi\n"
    "ORG:Rossi\\, Figli & Co.;Vendite\nTITLE:Director\n"
    "EMAIL;TYPE=INTERNET,WORK:maria@rossi.example\nTEL;TYPE=WORK,VOICE:+39 02 1\n"
    "CATEGORIES:Clients,Italy\n"
    "NOTE:A very long note that goes on and on so that the line has to be folded a\n"
    " cross two physical lines.\nEND:VCARD\n"
)
VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nN:Doe;Jane;;;\nFN:Jane Doe\n"
    "TEL;TYPE=cell;VALUE=uri:tel:+1-555-0100\nEMAIL;TYPE=work:jane@doe.example\n"
    "ORG:Doe Industries\nEND:VCARD\n"
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path
