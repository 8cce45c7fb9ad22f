"""Screens of the statistics: the window, its models and charts, drill-downs, hot spots."""
