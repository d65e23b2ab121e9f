"""Makes docs/jogger.png, the README's picture of a printed weekly list.

A small sample book (Maria Lopez's week 48 of 2026, printed on Monday 23 Nov) in
a throw-away data folder, written as an A4 PDF with the default options, and its
first page rendered at 75 dpi by pdftoppm (poppler-utils), like the first picture.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python docs/make_jogger_png.py
        [--pdf KEEP.pdf] [--compact] [--png docs/jogger.png]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

TODAY = date(2026, 11, 23)  # the Monday of week 48

# (category, first, last, company, phone, email, due, time, channel, whose, reason,
#  last interaction, its note); due None = no next step.
SAMPLE = [
    (
        "Personal Contacts",
        "Tom",
        "Becker",
        "",
        "+1 415 555 0142",
        "tom.becker@example.com",
        date(2026, 11, 19),
        None,
        "call",
        "mine",
        "Ask for an intro to his sister's practice",
        datetime(2026, 11, 8, 20),
        "Dinner at the tennis club; his sister runs a dental practice",
    ),
    (
        "Personal Contacts",
        "Grace",
        "Okafor",
        "",
        "+1 415 555 0178",
        "grace.o@example.com",
        date(2026, 11, 26),
        None,
        "call",
        "mine",
        "Congratulate on the new job",
        datetime(2026, 10, 30, 18),
        "Moved to Oakland, new job at a logistics firm",
    ),
    (
        "Personal Contacts",
        "Hana",
        "Sato",
        "",
        "",
        "",
        None,
        None,
        "",
        "",
        "",
        datetime(2026, 8, 20, 12),
        "Summer barbecue",
    ),
    (
        "Clients",
        "Daniel",
        "Kim",
        "Harbor Logistics",
        "+1 510 555 0110",
        "dkim@harborlog.example",
        date(2026, 11, 23),
        time(10),
        "call",
        "mine",
        "After-sale check-in: how is the system running?",
        datetime(2026, 11, 12, 15),
        "Delivery done; happy with install, two more sites in spring",
    ),
    (
        "Clients",
        "Sofia",
        "Rossi",
        "Rossi & Figli Imports",
        "+1 212 555 0166",
        "sofia@rossi.example",
        date(2026, 11, 25),
        None,
        "email",
        "mine",
        "Renewal: send the new price list",
        datetime(2026, 9, 2, 11),
        "Renewal due January",
    ),
    (
        "Clients",
        "Emma",
        "Schulz",
        "Schulz Bakery",
        "",
        "",
        None,
        None,
        "",
        "",
        "",
        datetime(2026, 11, 1, 9),
        "Order delivered",
    ),
    (
        "Clients",
        "Ravi",
        "Patel",
        "Patel Pharmacy",
        "",
        "",
        None,
        None,
        "",
        "",
        "",
        datetime(2026, 10, 2, 14),
        "Paid the last invoice",
    ),
    (
        "Prospects",
        "Chen",
        "Wei",
        "Brightline Dental",
        "+1 650 555 0199",
        "chen.wei@brightline.example",
        date(2026, 11, 21),
        None,
        "email",
        "mine",
        "Send the quote for 5 seats",
        datetime(2026, 11, 17, 16),
        "Liked the demo; needs pricing for 5 seats",
    ),
    (
        "Prospects",
        "Lena",
        "Fischer",
        "Fischer Architects",
        "+1 617 555 0123",
        "lena@fischer-arch.example",
        date(2026, 11, 24),
        time(14, 30),
        "meeting",
        "mine",
        "Demo at their office: bring the training plan",
        datetime(2026, 11, 10, 10),
        "Asked how long training takes",
    ),
    (
        "Prospects",
        "Omar",
        "Haddad",
        "Haddad Clinics",
        "+1 312 555 0187",
        "omar@haddad.example",
        date(2026, 11, 27),
        None,
        "email",
        "theirs",
        "Sends the signed order form",
        datetime(2026, 11, 19, 17),
        "Agreed on terms; signs after the board meets",
    ),
    (
        "Industry Colleagues",
        "Priya",
        "Nair",
        "Dental Supply Association",
        "+1 408 555 0131",
        "priya.nair@dsa.example",
        date(2026, 11, 26),
        None,
        "meeting",
        "mine",
        "Coffee: swap leads from the trade fair",
        datetime(2026, 11, 6, 9),
        "Met at the trade fair",
    ),
    (
        "Referrals",
        "Marcus",
        "Green",
        "Green & Co Accountants",
        "+1 415 555 0190",
        "marcus@greenco.example",
        date(2026, 11, 24),
        None,
        "letter or card",
        "mine",
        "Thank-you card for sending Chen Wei our way",
        datetime(2026, 11, 16, 12),
        "Introduced us to Brightline Dental",
    ),
]


def fill() -> None:
    from followup_desktop.store.contacts import categories, create_contact
    from followup_desktop.store.followups import create_followup, refresh_contact_summary
    from followup_desktop.store.jogger import USER_NAME
    from followup_desktop.store.models import Interaction
    from followup_desktop.store.settings import set_setting

    by_name = {c.name: c.id for c in categories()}
    set_setting(USER_NAME, "Maria Lopez")
    for (
        cat,
        first,
        last,
        company,
        phone,
        email,
        due,
        at,
        channel,
        whose,
        reason,
        met,
        note,
    ) in SAMPLE:
        c = create_contact(
            first_name=first,
            last_name=last,
            company=company,
            phone=phone,
            email=email,
            category=by_name[cat],
        )
        Interaction.create(
            contact=c.id,
            occurred_at=met,
            channel="meeting",
            outcome="reached",
            notes=note,
            created_at=met,
        )
        refresh_contact_summary(c.id)
        if due is not None:
            create_followup(c.id, due, reason, channel=channel, due_time=at, whose=whose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", default=str(Path(__file__).with_name("jogger.png")))
    parser.add_argument("--pdf", help="also keep the PDF here")
    parser.add_argument("--compact", action="store_true", help="categories packed together")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install -y poppler-utils", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize

    from followup_desktop.domain.jogger import Formats, Options, week_of
    from followup_desktop.store.database import close_database, open_database
    from followup_desktop.store.jogger import load_sheet
    from followup_desktop.ui.jogger.printing import write_pdf

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (painting needs it)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "followup.sqlite3")
        fill()
        options = Options(page_per_category=not args.compact)
        sheet = load_sheet(week_of(TODAY), TODAY, options=options, fmt=Formats())
        pdf = Path(args.pdf) if args.pdf else Path(tmp) / "week.pdf"
        a4 = QPageSize(QPageSize.PageSizeId.A4)
        pages = write_pdf(sheet, pdf, page_size=a4, fmt=Formats(), printed_on=TODAY)
        close_database()
        stem = Path(tmp) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "75", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, stem],
            check=True,
        )
        shutil.move(f"{stem}.png", args.png)
    print(f"Wrote {args.png} (page 1 of {pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
