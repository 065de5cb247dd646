"""Contest day: set-up, rubric, people, timing, judging, results, printing, files."""
