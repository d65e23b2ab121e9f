"""The Windows version resource of the .exe files (Explorer's Details tab, Task Manager's
name for the process), as the text file PyInstaller's EXE(version=...) reads."""

from __future__ import annotations

from pathlib import Path


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); a suffix such as 'rc1' or '.dev0' is dropped."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        numbers.append(int(digits))
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str, name: str, company: str, exe_name: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": company,
        "FileDescription": name,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {company}. MIT License.",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": name,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str, name: str, company: str, exe_name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, name, company, exe_name), encoding="utf-8")
    return path
