"""The Qt window: widgets, undo commands, translations loading, the background-task helper."""
