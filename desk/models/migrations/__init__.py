"""Numbered schema steps, applied in order by desk.db (peewee's migration runner)."""
