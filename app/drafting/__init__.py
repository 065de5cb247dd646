"""Drafting: sentences, versions, export, draft checks, the offline voice."""
