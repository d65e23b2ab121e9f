"""``followup-desktop import`` / ``undo-import`` / ``export-contacts`` as a person runs them."""

from followup_desktop.app import main
from followup_desktop.store.database import open_database
from followup_desktop.store.models import Contact
from tests.exchange.samples import GOOGLE_TEXT, OUTLOOK_TEXT, write


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), *args])


def count(data_dir):
    open_database(data_dir / "followup.sqlite3")
    return Contact.select().count()


def test_import_prints_summary_and_can_be_undone(tmp_path, data_dir, capsys):
    path = write(tmp_path, "outlook.csv", OUTLOOK_TEXT, "utf-16")
    assert cli(data_dir, "import", str(path), "--category", "Clients") == 0
    out = capsys.readouterr().out
    assert "Outlook CSV, UTF-16, 3 rows" in out and "Imported: 3" in out
    assert "undo-import 1" in out
    assert count(data_dir) == 3
    assert Contact.get(Contact.first_name == "Carl").category.name == "Clients"  # default
    assert Contact.get(Contact.first_name == "Dora").category.name == "Prospects"  # matched
    zoe = Contact.get(Contact.first_name == "Zoë")
    assert zoe.referred_by.first_name == "Carl"  # "Referred By" matched another row

    # The same file again: all duplicates, nothing imported, non-zero exit.
    assert cli(data_dir, "import", str(path)) == 1
    captured = capsys.readouterr()
    assert "Skipped: 3" in captured.out and "nothing could be imported" in captured.err

    assert cli(data_dir, "undo-import", "1") == 0
    assert "Removed 3 contacts" in capsys.readouterr().out
    assert count(data_dir) == 0


def test_dry_run_and_on_duplicate_update(tmp_path, data_dir, capsys):
    path = write(tmp_path, "google.csv", GOOGLE_TEXT)
    assert cli(data_dir, "import", str(path), "--dry-run") == 0
    assert "dry run" in capsys.readouterr().out
    assert count(data_dir) == 0
    assert cli(data_dir, "import", str(path)) == 0
    changed = GOOGLE_TEXT.replace("Souza Ltda", "Souza SA")
    again = write(tmp_path, "google2.csv", changed)
    assert cli(data_dir, "import", str(again), "--on-duplicate", "update") == 0
    assert "Updated: 1" in capsys.readouterr().out
    assert count(data_dir) == 2
    assert Contact.get(Contact.first_name == "Ana").company == "Souza SA"


def test_bad_file_and_unknown_category_are_one_line_errors(tmp_path, data_dir, capsys):
    empty = write(tmp_path, "empty.csv", "")
    assert cli(data_dir, "import", str(empty)) == 2
    assert "empty.csv” is empty" in capsys.readouterr().err
    path = write(tmp_path, "outlook.csv", OUTLOOK_TEXT)
    assert cli(data_dir, "import", str(path), "--category", "Nope") == 2
    assert "no category named “Nope”" in capsys.readouterr().err
    unknown = write(tmp_path, "odd.csv", "Foo,Bar\n1,2\n")
    assert cli(data_dir, "import", str(unknown)) == 2
    assert "were not recognised" in capsys.readouterr().err
    assert count(data_dir) == 0


def test_export_contacts_csv_and_vcf(tmp_path, data_dir, capsys):
    cli(data_dir, "import", str(write(tmp_path, "o.csv", OUTLOOK_TEXT)))
    capsys.readouterr()
    out = tmp_path / "out.vcf"
    assert cli(data_dir, "export-contacts", "--format", "vcf", "--out", str(out)) == 0
    assert "Exported 3 contacts" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    csv_out = tmp_path / "clients.csv"
    args = ["export-contacts", "--out", str(csv_out), "--category", "Clients"]
    assert cli(data_dir, *args) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfFirst Name")
    assert (
        cli(data_dir, "export-contacts", "--out", str(tmp_path / "x.csv"), "--category", "Nope")
        == 2
    )


def test_any_csv_with_recognisable_columns_says_how_it_read_them(tmp_path, data_dir, capsys):
    path = write(tmp_path, "crm.csv", "Name;Firm;Mail\nAda Lovelace;Engines;ada@x.org\n")
    assert cli(data_dir, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "Columns: Name → Full name, Firm → Company, Mail → E-mail" in out
    assert "Imported: 1" in out
