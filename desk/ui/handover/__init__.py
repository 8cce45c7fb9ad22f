"""Screens of the handover: composer, takeover, history, banner, shift settings page."""
