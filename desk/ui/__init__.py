"""The Qt layer: windows, dialogs, item models. It calls the domain; it holds no rules."""
