"""The statistics' parts; desk.statistics is the interface the UI and the reports use."""
