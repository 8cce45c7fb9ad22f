"""Appointments of inquiries on screen: the dialog, the detail tab, the reminder."""
