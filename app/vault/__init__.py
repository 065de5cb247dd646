"""The lock: encryption at rest of everything in the data folder (see docs/ENCRYPTION.md)."""
