"""Reading a shared object's ELF dynamic section: the libraries it needs (``NEEDED``) and
where it asks the loader to look first (``RUNPATH``/``RPATH``, ``$ORIGIN`` expanded).

Pure Python (``struct`` over an ``mmap``), 32 and 64 bit, either byte order. The
start-up check (``preflight``) follows these lists from Qt's platform plugin.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NEEDED, _DT_STRTAB, _DT_RPATH, _DT_RUNPATH = 1, 5, 15, 29


@dataclass
class Dynamic:
    """What a shared library's dynamic section asks for: libraries and search paths."""

    needed: list[str] = field(default_factory=list)
    runpath: list[str] = field(default_factory=list)  # $ORIGIN already expanded


def read_dynamic(path: Path) -> Dynamic | None:
    """The NEEDED libraries and RUNPATH/RPATH of a shared object, or None if it is no ELF."""
    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _dynamic_of(data, path)  # only the pages read are loaded (Qt6Gui: 10 MB)
    except (OSError, ValueError, struct.error):
        return None


def _dynamic_of(data, path: Path) -> Dynamic | None:
    if len(data) < 64 or data[:4] != b"\x7fELF":
        return None
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        phoff, phentsize, phnum = (
            struct.unpack_from(end + "Q", data, 32)[0],
            *struct.unpack_from(end + "HH", data, 54),
        )
        ph_format, dyn_format = end + "IIQQQQQQ", end + "qQ"
    else:
        phoff, phentsize, phnum = (
            struct.unpack_from(end + "I", data, 28)[0],
            *struct.unpack_from(end + "HH", data, 42),
        )
        ph_format, dyn_format = end + "IIIIIIII", end + "iI"
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, size)
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        fields = struct.unpack_from(ph_format, data, phoff + i * phentsize)
        if wide:
            p_type, _flags, offset, vaddr, _paddr, filesz = fields[:6]
        else:
            p_type, offset, vaddr, _paddr, filesz = fields[:5]
        if p_type == _PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif p_type == _PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return Dynamic()
    entries: list[tuple[int, int]] = []
    size = struct.calcsize(dyn_format)
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], size):
        tag, value = struct.unpack_from(dyn_format, data, pos)
        if tag == 0:
            break
        entries.append((tag, value))
    strtab = next((v for t, v in entries if t == _DT_STRTAB), None)
    if strtab is None:
        return Dynamic()
    base = next((off + strtab - va for va, off, sz in loads if va <= strtab < va + sz), strtab)

    def string(offset: int) -> str:
        start = base + offset
        return data[start : data.find(b"\0", start)].decode("utf-8", "replace")

    found = Dynamic()
    origin = str(Path(path).resolve().parent)
    for tag, value in entries:
        if tag == _DT_NEEDED:
            found.needed.append(string(value))
        elif tag in (_DT_RUNPATH, _DT_RPATH):
            for part in string(value).split(":"):
                if part:
                    found.runpath.append(
                        part.replace("$ORIGIN", origin).replace("${ORIGIN}", origin)
                    )
    return found
