"""Domain records and their persistence (SQLite through sqlite-utils). Never imports Qt."""
