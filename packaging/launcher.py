"""Entry script for the PyInstaller bundle (followup_desktop/__main__.py uses a relative
import, which a frozen top-level script cannot)."""

import sys

from followup_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
