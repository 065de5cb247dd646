"""The practice studio: recording, takes, the report, charts, playback."""
