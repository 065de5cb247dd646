"""The shell: the composition root, the launcher, the main window and its library, bin and settings."""
