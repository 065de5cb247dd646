"""Contest day: the tally and file format, rules, seals, presets, contests in the store as files."""
