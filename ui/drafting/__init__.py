"""Drafting: the side-by-side editor, alternatives, notes, checks, versions, listening."""
