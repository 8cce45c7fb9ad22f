"""The bundle's entry point (desk.spec): exactly the `desk` command.

A script outside desk/ so PyInstaller does not put desk/ itself on the import path
(its config.py, errors.py, ... would shadow nothing today, but could).
"""

import sys

from desk.__main__ import main

sys.exit(main())
