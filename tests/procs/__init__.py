"""Scripts the multi-process tests run as separate desk processes (sys.executable)."""
