"""Instant search: the trigram index over the contact's search forms (V5), the forms
recomputed with transliterations and phone digits (V16), and the Python rules V16
calls from SQL (``register_functions``)."""

from __future__ import annotations

V5 = [
    # Instant search: a trigram index over the folded search text and the phone digits,
    # so any substring of 3+ characters is found without scanning 50,000 rows. It reads
    # its text from the contact table (external content) and triggers keep it in step.
    """CREATE VIRTUAL TABLE contact_fts USING fts5(
        search_text, phone_digits,
        content='contact', content_rowid='id', tokenize='trigram'
    )""",
    """CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
        INSERT INTO contact_fts (rowid, search_text, phone_digits)
        VALUES (new.id, new.search_text, new.phone_digits);
    END""",
    """CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
        INSERT INTO contact_fts (contact_fts, rowid, search_text, phone_digits)
        VALUES ('delete', old.id, old.search_text, old.phone_digits);
    END""",
    """CREATE TRIGGER contact_fts_update AFTER UPDATE OF search_text, phone_digits ON contact
    BEGIN
        INSERT INTO contact_fts (contact_fts, rowid, search_text, phone_digits)
        VALUES ('delete', old.id, old.search_text, old.phone_digits);
        INSERT INTO contact_fts (rowid, search_text, phone_digits)
        VALUES (new.id, new.search_text, new.phone_digits);
    END""",
    "INSERT INTO contact_fts (contact_fts) VALUES ('rebuild')",
    # The contact list pages through contacts in name order and filters by search,
    # category and "no next step" without touching the table rows.
    """CREATE INDEX contact_list ON contact
        (archived, sort_name, search_text, phone_digits, category_id, next_due)""",
]

V16 = [
    # Search finds transliterations (Müller from "mueller", Ørsted from "oersted") and a
    # phone number typed in any format: the stored search forms are recomputed with the
    # rules of domain.text.search_fold and domain.phones.stored_digits, which migrate()
    # offers to SQL for this step. The trigram index follows through its triggers.
    """UPDATE contact SET
        search_text = followup_search_text(first_name, last_name, company, email),
        phone_digits = followup_phone_digits(phone, mobile)""",
]


def register_functions(conn) -> None:
    """The Python rules some steps call (V16): the contact's search forms."""
    from ...domain import phones, text

    def search_text(first, last, company, email) -> str:
        return text.search_text(first or "", last or "", company or "", email or "")

    def phone_digits(phone, mobile) -> str:
        return phones.stored_digits(phone or "", mobile or "")

    conn.create_function("followup_search_text", 4, search_text, deterministic=True)
    conn.create_function("followup_phone_digits", 2, phone_digits, deterministic=True)
