"""Open a contacts file: its bytes become text, its content says what it is.

The extension is never trusted: a ``.csv`` can hold vCards and an Outlook export
can be called ``contacts.txt``. Every way a file can be unusable ends in an
``ImportFileError`` whose sentence names the problem (and the line, if any).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import translator
from .errors import ImportFileError

_ = translator(__name__)

#: What a file that is not text is, by its first bytes: "{name} is {what}, not a contacts file".
_MAGIC = (
    (
        b"PK\x03\x04",
        _.mark(
            "a ZIP archive (an Excel .xlsx or other Office file, or LinkedIn's data archive: "
            "unzip that and choose Connections.csv)"
        ),
    ),
    (b"\xd0\xcf\x11\xe0", _.mark("an older Office document (.xls or .doc)")),
    (b"%PDF", _.mark("a PDF document")),
    (b"\x89PNG", _.mark("a PNG image")),
    (b"\xff\xd8\xff", _.mark("a JPEG image")),
    (b"GIF8", _.mark("a GIF image")),
    (b"SQLite format 3", _.mark("a SQLite database")),
    (b"\x1f\x8b", _.mark("a gzip-compressed file")),
)
_EMPTY = _.mark("{name} is empty: there are no contacts in it.")
_BINARY = _.mark(
    "{name} is a binary file, not text (line {line} contains binary data). "
    "Choose a CSV or vCard (.vcf) file."
)
_CANNOT_READ = _.mark("The file {path} cannot be read ({problem}).")


def quoted_name(path: Path) -> str:
    """A file's name as a sentence about it quotes it (“contacts.csv”, „contacts.csv“)."""
    return _("“{file}”").format(file=Path(path).name)


_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}


#: The largest contacts file read (60,000 Outlook rows are ~15 MB; a vCard file with
#: photos more): above it a sentence, not an attempt that eats the memory.
MAX_IMPORT_BYTES = 100 * 1024 * 1024


def read_bytes(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes; a device, FIFO or socket is refused before it is opened."""
    path = Path(path)
    size = _regular_size(path)
    if size > limit:
        raise ImportFileError(_too_big(path, size, limit))
    data = _read_start(path, limit + 1)
    if len(data) > limit:  # it grew while being read
        raise ImportFileError(_too_big(path, len(data), limit))
    return data


def _regular_size(path: Path) -> int:
    """The size of ``path``, or an ImportFileError unless it is a regular file."""
    import stat

    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ImportFileError(_("The file {path} does not exist.").format(path=path)) from exc
    except OSError as exc:
        raise ImportFileError(
            _(_CANNOT_READ).format(path=path, problem=exc.strerror or exc)
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImportFileError(_("{path} is a folder, not a file.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        # /dev/zero never ends, a FIFO blocks until someone writes: neither is a file.
        raise ImportFileError(
            _(
                "{path} is not a regular file (it is a device, pipe or socket). "
                "Choose a CSV or vCard (.vcf) file."
            ).format(path=path)
        )
    return info.st_size


def _read_start(path: Path, size: int) -> bytes:
    """Up to ``size`` bytes from the start; never waits on a pipe swapped in meanwhile."""
    import os

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise ImportFileError(
            _(_CANNOT_READ).format(path=path, problem=exc.strerror or exc)
        ) from exc


def _too_big(path: Path, size: int, limit: int) -> str:
    return _(
        "{file} is {size} MB; Follow-up Desktop imports files of up to {limit} MB. Split it "
        "into smaller files (or export without photos) and import those."
    ).format(file=path.name, size=f"{size / 1024 / 1024:,.0f}", limit=limit // 1024 // 1024)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """Outlook on Windows may write UTF-16 without a BOM: every other byte is NUL."""
    sample = data[:4000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name people recognise) or raise ``ImportFileError``."""
    name = name or _("The file")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(_(_EMPTY).format(name=name))
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(
                _(
                    "{name} is {what}, not a contacts file. "
                    "Save or export it as CSV or vCard (.vcf) and import that."
                ).format(name=name, what=_(what))
            )
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "UTF-8")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "UTF-16")]
    elif b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise ImportFileError(_(_BINARY).format(name=name, line=_line_of(data, data.index(0))))
        candidates = [(guess, "UTF-16")]
    else:
        candidates = [("utf-8", "UTF-8")]
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            guessed = _detect_legacy(data)
            if guessed is not None:
                candidates.append(guessed)
    error: UnicodeDecodeError | None = None
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            error = error or exc
            continue
        _refuse_binary(text, name)
        return text, label
    assert error is not None
    line = _line_of(data, error.start)
    labels = [label for _codec, label in candidates]
    if len(labels) > 1:
        tried = _("{first} nor {second}").format(first=labels[0], second=labels[1])
    else:
        tried = labels[0]
    raise ImportFileError(
        _(
            "{name} is in an unknown text encoding: line {line} contains bytes that are not "
            "{encodings}. Save it as UTF-8 (for example from Excel: “CSV UTF-8”) and try again."
        ).format(name=name, line=line, encodings=tried)
    )


_LABELS = {
    "cp1252": "Windows-1252",
    "cp932": "Shift-JIS",
    "shift_jis": "Shift-JIS",
    "shift_jis_2004": "Shift-JIS",
    "euc_jp": "EUC-JP",
    "cp949": "EUC-KR",
    "euc_kr": "EUC-KR",
    "gb2312": "GB2312",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "big5": "Big5",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
    "mac_roman": "Mac Roman",
}


def _label(codec: str) -> str:
    if codec in _LABELS:
        return _LABELS[codec]
    if codec.startswith("cp125"):
        return f"Windows-{codec[2:]}"
    if codec.startswith("iso8859_"):
        return f"ISO-8859-{codec[8:]}"
    return codec.upper().replace("_", "-")


#: Bytes outside ASCII a file needs before its encoding is detected rather than assumed.
MIN_EVIDENCE = 8


def _detect_legacy(data: bytes) -> tuple[str, str] | None:
    """The encoding of text that is not UTF-8, by charset-normalizer (codec, label).

    Western European text decodes the same in several code pages; then the one
    Windows and Excel write, Windows-1252, is named.
    """
    sample = data[:1_000_000]
    if len(sample.translate(None, bytes(range(128)))) < MIN_EVIDENCE:  # non-ASCII bytes
        # Too few letters outside ASCII for any detector to tell code pages apart:
        # the one Windows and Excel write.
        return "cp1252", _label("cp1252")
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    codec = best.encoding
    if codec != "cp1252":
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        same_text = western is not None and western == data.decode(codec, "replace")
        if same_text or any(m.encoding == "cp1252" and m.chaos <= best.chaos for m in matches):
            codec = "cp1252"
    return codec, _label(codec)


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ch in _CONTROL)
    if bad and bad > len(sample) * 0.01:
        first = next(i for i, ch in enumerate(sample) if ch in _CONTROL)
        line = sample.count("\n", 0, first) + 1
        raise ImportFileError(_(_BINARY).format(name=name, line=line))


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


def read_contacts_file(
    path: Path,
    *,
    mapping: dict[int, str] | None = None,
    force_generic: bool = False,
    day_first: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
):
    """Read any supported contacts file into a ``ParsedFile`` (format from the content)."""
    from .contacts_csv import parse_csv
    from .vcard import parse_vcards

    path = Path(path)
    name = quoted_name(path)
    text, encoding = decode(read_bytes(path), name)
    if looks_like_vcard(text):
        return parse_vcards(text, encoding, name=name, progress=progress, cancelled=cancelled)
    return parse_csv(
        text,
        encoding,
        mapping=mapping,
        name=name,
        force_generic=force_generic,
        day_first=day_first,
        progress=progress,
        cancelled=cancelled,
    )


@dataclass
class Peek:
    """What the first part of a file says, enough to decide the wizard's next page."""

    kind: str
    encoding: str
    headers: list[str]
    sample: list[list[str]]


def peek(path: Path, size: int = 65536) -> Peek:
    """Read the start of a file only: its kind, header and a few rows (fast for any size)."""
    import csv
    import io

    from .contacts_csv import locate_header
    from .csv_maps import detect_kind

    path = Path(path)
    name = quoted_name(path)
    _regular_size(path)
    data = _read_start(path, size + 1)
    if len(data) > size:
        data = data[:size]
        wide = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
            b"\x00" in data and _utf16_without_bom(data)
        )
        if wide:
            data = data[: len(data) - len(data) % 2]
        elif b"\n" in data:
            data = data[: data.rindex(b"\n") + 1]
    text, encoding = decode(data, name)
    if looks_like_vcard(text):
        return Peek("vcard", encoding, [], [])
    text = text.lstrip("\ufeff")
    delimiter, skip = locate_header(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for ordinal, row in enumerate(reader):
            if ordinal >= skip and any(c.strip() for c in row):
                rows.append(row)
            if len(rows) > 5:
                break
    except csv.Error:
        pass
    if not rows:
        raise ImportFileError(_(_EMPTY).format(name=name))
    headers = [h.strip() for h in rows[0]]
    return Peek(detect_kind(headers), encoding, headers, rows[1:])
