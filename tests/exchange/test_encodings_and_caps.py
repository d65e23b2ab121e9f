"""Issue 17, item 12: legacy encodings read right, and a photo cannot eat the memory."""

from __future__ import annotations

import base64
import os
import subprocess
import sys

import pytest

from followup_desktop.exchange.detect import read_contacts_file

OUTLOOK_HEAD = "First Name,Last Name,Company,E-mail Address\r\n"


@pytest.mark.parametrize(
    ("encoding", "label", "rows"),
    [
        (
            "shift_jis",
            "Shift-JIS",
            [("太郎", "山田", "株式会社サンプル"), ("花子", "佐藤", "東京商事")],
        ),
        (
            "cp1251",
            "Windows-1251",
            [
                ("Иван", "Петров", "ООО Ромашка"),
                ("Анна", "Смирнова", "Торговый дом"),
                ("Сергей", "Кузнецов", "Завод Прогресс"),
                ("Мария", "Попова", "Строительная компания"),
            ],
        ),
        (
            "cp1252",
            "Windows-1252",
            [
                ("Zoë", "Müller", "Café Straße"),
                ("José", "Núñez", "Señor Ñandú"),
                ("René", "Lefèvre", "Société Générale"),
            ],
        ),
    ],
)
def test_a_csv_in_a_legacy_encoding_is_read_right(tmp_path, encoding, label, rows):
    text = OUTLOOK_HEAD + "".join(
        f"{a},{b},{c},x{i}@example.org\r\n" for i, (a, b, c) in enumerate(rows)
    )
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode(encoding))
    parsed = read_contacts_file(path)
    assert parsed.encoding == label
    got = [(r.first_name, r.last_name, r.company) for r in parsed.records]
    assert got == rows


PHOTO_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Carl;;;\r\nFN:Carl Berg\r\n"
    "EMAIL:carl@berg.example\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nTEL:+46 8 555\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ana\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n{raw21}\r\n\r\n"
    "EMAIL:ana@lee.example\r\nEND:VCARD\r\n"
)


def _folded(data: str, width: int = 74) -> str:
    return "\r\n ".join(data[i : i + width] for i in range(0, len(data), width))


def test_a_vcard_with_a_20_mb_photo_imports_the_contact_in_little_memory(tmp_path):
    photo = base64.b64encode(os.urandom(15 * 1024 * 1024)).decode()  # 20 MB of base64
    raw21 = "\r\n".join(photo[i : i + 76] for i in range(0, 200_000, 76))  # 2.1: not indented
    path = tmp_path / "phone.vcf"
    path.write_text(PHOTO_CARD.format(photo=_folded(photo), raw21=raw21), newline="")
    assert path.stat().st_size > 20_000_000
    data = tmp_path / "data"
    probe = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(p.stdout + p.stderr)\n"
    )
    cmd = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data), "import", str(path)]
    out = subprocess.run(
        [sys.executable, "-c", probe, *cmd], capture_output=True, text=True, timeout=300
    ).stdout
    first, said = out.split("\n", 1)
    code, peak_kib = map(int, first.split())
    assert code == 0, said
    assert "Imported: 2" in said
    # Before: 3.1 GB for this file. The text itself is 20 MB; allow the app around it.
    print(f"peak {peak_kib / 1024:.0f} MB")
    assert peak_kib < 400 * 1024, f"peak {peak_kib / 1024:.0f} MB"
