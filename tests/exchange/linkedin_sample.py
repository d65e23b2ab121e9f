"""A LinkedIn Connections.csv made for the tests, in the shape LinkedIn writes it."""

from __future__ import annotations

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
ROWS = (
    "Zoë,Ångström,https://www.linkedin.com/in/zoe-angstrom,,"
    '"Nordic Gears, AB",Head of Purchasing,15 Mar 2024\n'
    "Anna,Nowak,https://www.linkedin.com/in/anna-nowak-1a2b3c,,Acme Polska,"
    "Sales Director,07 Dec 2023\n"
    "Anna,Nowak,https://www.linkedin.com/in/annanowak,,Beta Logistics,Buyer,01 Feb 2022\n"
    "José,Muñoz,https://www.linkedin.com/in/jose-munoz,jose.munoz@example.es,"
    "Ibérica Soluciones SL,CEO,28 Aug 2019\n"
    "François,Lefèvre,https://www.linkedin.com/in/flefevre,,,,03 Jan 2025\n"
)
CONNECTIONS = PREAMBLE + HEADER + ROWS
