"""The files desk ships: fonts (Noto Sans SC, SIL OFL 1.1), translations (.ts/.qm), icons.

A package of its own so that `importlib.resources.files("desk._resources")` finds them in
a checkout, an installed wheel and a PyInstaller bundle alike (desk.config.resources_dir).
"""
