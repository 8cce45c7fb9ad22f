"""The supervisor's statistics: periods, the classification table, rates, money, hot spots.
desk.statistics.figures is the interface the UI and the reports use."""
