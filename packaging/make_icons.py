"""Render the app icon (resources/icons/app.svg) into every format the bundles need.

    python packaging/make_icons.py [OUT_DIR]        (default: build/icons)

writes, under OUT_DIR:

    app.ico                    Windows: 16, 24, 32, 48, 64, 128 and 256 px, PNG-compressed
    app.icns                   macOS: 16 to 1024 px (1x and 2x), PNG-compressed
    hicolor/NxN/apps/ID.png    Linux icon theme sizes 16 to 512
    hicolor/scalable/apps/ID.svg

The SVG is rendered with Qt's QSvgRenderer on the offscreen platform, so no
display and no extra imaging library is needed; the .ico and .icns containers
are simple enough to write by hand (both carry PNG images).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
# The freedesktop icon name is the application id (also the .desktop file's name).
ICON_NAME = "example.followup_desktop.FollowupDesktop"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# (OSType, pixel size); the 2x variants (ic11..ic14, ic10) are for Retina screens.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Kept on the module so it outlives this call (one per process).
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f".ico images are 1 to 256 px, not {size}")
        data = pngs[size]
        dim = 0 if size == 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) elements."""
    body = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon under out_dir; returns the main paths by kind."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *HICOLOR_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}

    ico = out_dir / "app.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out_dir / "app.icns"
    icns.write_bytes(icns_bytes(pngs))
    png = out_dir / "app.png"
    png.write_bytes(pngs[256])

    hicolor = out_dir / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return {"ico": ico, "icns": icns, "png": png, "hicolor": hicolor}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else ROOT / "build" / "icons"
    paths = generate(out_dir)
    for kind, path in paths.items():
        print(f"{kind:8} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
