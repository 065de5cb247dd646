"""Merging two computers' states of one speech: a three-way merge by stable ids, no storage.

Why not a CRDT (pycrdt): a CRDT text merges two edits of one sentence character by character, which
can leave a sentence that neither computer wrote. Here a sentence is the unit: when both sides changed
the same row since they last exchanged (the *base*), the later edit stays the row's text and the other
becomes an alternative marked "conflict" (a Korean text, a note on the row), so nothing typed is lost.
Rows, alternatives, notes, versions and history are united by uid; a flag (deleted, chosen, resolved)
follows the side that changed it. Every choice is symmetric, so two computers that merge each other's
states end with the same speech. Without a base (never exchanged), anything that differs is a conflict.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

_MISSING = object()


@dataclass
class MergeSummary:
    rows_added: int = 0
    rows_changed: int = 0
    alternatives_added: int = 0
    notes_added: int = 0
    versions_added: int = 0
    conflicts: list[str] = field(default_factory=list)  # uids of rows both sides changed

    @property
    def changed_anything(self) -> bool:
        return bool(self.rows_added or self.rows_changed or self.alternatives_added or self.notes_added
                    or self.versions_added or self.conflicts)


def merge3(base: Any, local: Any, remote: Any) -> tuple[Any, bool]:
    """(merged value, conflict?): the side that changed wins; both changed differently is a conflict
    (the caller decides it), and then `local` is returned."""
    if local == remote:
        return local, False
    if base is not _MISSING and local == base:
        return remote, False
    if base is not _MISSING and remote == base:
        return local, False
    return local, True


def derived_uid(*parts: str) -> str:
    """The same uid on both computers for what a merge makes (a conflict's alternative or note)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _by_uid(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["uid"]: item for item in items}


def merge(base: dict[str, Any] | None, local: dict[str, Any], remote: dict[str, Any]) -> tuple[dict[str, Any],
                                                                                              MergeSummary]:
    """The merged state of one speech, and what the remote side brought."""
    summary = MergeSummary()
    base = base or {"speech": {}, "rows": [], "alternatives": [], "notes": []}
    merged: dict[str, Any] = {key: local[key] for key in ("type", "version")}

    speech = dict(local["speech"])
    later = remote["speech"] if (remote["speech"]["updated_at"], remote["speech"]["title"]) > (
        local["speech"]["updated_at"], local["speech"]["title"]) else local["speech"]
    for key in ("title", "speaker", "min_seconds", "max_seconds"):
        value, conflict = merge3(base["speech"].get(key, _MISSING), local["speech"][key], remote["speech"][key])
        speech[key] = later[key] if conflict else value
    speech["updated_at"] = max(local["speech"]["updated_at"], remote["speech"]["updated_at"])
    merged["speech"] = speech

    rows, extra_alternatives, extra_notes = _merge_rows(base, local, remote, summary)
    merged["rows"] = rows
    merged["alternatives"] = _merge_flagged(base["alternatives"], local["alternatives"] + extra_alternatives,
                                            remote["alternatives"], ("deleted", "chosen"), summary, "alternatives")
    merged["notes"] = _merge_flagged(base["notes"], local["notes"] + extra_notes, remote["notes"],
                                     ("deleted", "resolved"), summary, "notes")
    versions = _by_uid(local["versions"])
    summary.versions_added = sum(1 for v in remote["versions"] if v["uid"] not in versions)
    versions.update({v["uid"]: v for v in remote["versions"] if v["uid"] not in versions})
    merged["versions"] = sorted(versions.values(), key=lambda v: (v["created_at"], v["uid"]))
    history = _by_uid(local["history"]) | _by_uid(remote["history"])
    merged["history"] = sorted(history.values(), key=lambda h: (h["replaced_at"], h["uid"]))
    merged["words"] = sorted(set(local["words"]) | set(remote["words"]))
    return merged, summary


def _merge_rows(base: dict[str, Any], local: dict[str, Any], remote: dict[str, Any],
                summary: MergeSummary) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    base_rows, local_rows, remote_rows = _by_uid(base["rows"]), _by_uid(local["rows"]), _by_uid(remote["rows"])
    result: dict[str, dict[str, Any]] = {}
    alternatives: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for uid in local_rows.keys() | remote_rows.keys():
        mine, theirs = local_rows.get(uid), remote_rows.get(uid)
        if mine is None or theirs is None:
            result[uid] = dict(mine or theirs or {})
            if mine is None:
                summary.rows_added += 1
            continue
        old = base_rows.get(uid, {})
        row = dict(mine)
        later, earlier = (theirs, mine) if (theirs["edited_at"], theirs["english"], theirs["korean"]) > (
            mine["edited_at"], mine["english"], mine["korean"]) else (mine, theirs)
        conflict_any = False
        for key in ("english", "korean"):
            value, conflict = merge3(old.get(key, _MISSING), mine[key], theirs[key])
            if conflict:
                conflict_any = True
                value = later[key]
                lost = earlier[key]
                if lost.strip() and key == "english":
                    alternatives.append({
                        "uid": derived_uid(uid, "english", lost), "row": uid, "text": lost, "note": "",
                        "author": "student", "author_name": "", "origin": "conflict",
                        "chosen": False, "created_at": earlier["edited_at"] or later["edited_at"], "deleted": False})
                elif lost.strip():
                    notes.append({
                        "uid": derived_uid(uid, "korean", lost), "row": uid, "author": "student",
                        "author_name": "", "text": lost, "resolved": False,
                        "created_at": earlier["edited_at"] or later["edited_at"], "deleted": False,
                        "conflict": "korean"})
            row[key] = value
        if row["english"] != mine["english"] or row["korean"] != mine["korean"]:
            summary.rows_changed += 1
        if conflict_any:
            summary.conflicts.append(uid)
        row["edited_at"] = max(mine["edited_at"], theirs["edited_at"])
        paragraph, conflict = merge3(old.get("paragraph", _MISSING), mine["paragraph"], theirs["paragraph"])
        row["paragraph"] = (mine["paragraph"] or theirs["paragraph"]) if conflict else paragraph
        # A row deleted on one side stays if the other side wrote in it since: what was written is not lost.
        if mine["deleted"] == theirs["deleted"]:
            row["deleted"] = mine["deleted"]
        else:
            deleter, survivor = (mine, theirs) if mine["deleted"] else (theirs, mine)
            if old and old["deleted"] == survivor["deleted"]:  # the deletion is the news
                row["deleted"] = survivor["english"] == old["english"] and survivor["korean"] == old["korean"]
            else:  # the row was restored on the other side, or there is no shared past: keep it
                row["deleted"] = False
        result[uid] = row
    order = _merge_order([r["uid"] for r in base["rows"]],
                         [r["uid"] for r in local["rows"]], [r["uid"] for r in remote["rows"]])
    rows = [result[uid] for uid in order]
    return [r for r in rows if not r["deleted"]] + [r for r in rows if r["deleted"]], alternatives, notes


def _merge_order(base: list[str], local: list[str], remote: list[str]) -> list[str]:
    """One order for the union of rows: the shared rows in the order of the side that changed it (the
    larger sequence when both did, so both computers agree), each side's own rows after the row they
    follow on that side."""
    shared = set(local) & set(remote)
    local_shared = [u for u in local if u in shared]
    remote_shared = [u for u in remote if u in shared]
    base_shared = [u for u in base if u in shared]
    skeleton, conflict = merge3(base_shared if base else _MISSING, local_shared, remote_shared)
    if conflict:
        skeleton = max(local_shared, remote_shared)
    chains: dict[str | None, list[list[str]]] = {}
    for side in (local, remote):
        anchor: str | None = None
        chain: list[str] = []
        for uid in side:
            if uid in shared:
                if chain:
                    chains.setdefault(anchor, []).append(chain)
                anchor, chain = uid, []
            else:
                chain.append(uid)
        if chain:
            chains.setdefault(anchor, []).append(chain)
    order: list[str] = []
    for anchor in [None, *skeleton]:
        if anchor is not None:
            order.append(anchor)
        for chain in sorted(chains.get(anchor, [])):
            order.extend(chain)
    return order


def _merge_flagged(base: list[dict[str, Any]], local: list[dict[str, Any]], remote: list[dict[str, Any]],
                   flags: tuple[str, ...], summary: MergeSummary, counter: str) -> list[dict[str, Any]]:
    base_items, local_items, remote_items = _by_uid(base), _by_uid(local), _by_uid(remote)
    result = []
    for uid in sorted(local_items.keys() | remote_items.keys()):
        mine, theirs = local_items.get(uid), remote_items.get(uid)
        if mine is None or theirs is None:
            item = dict(mine or theirs or {})
            if mine is None:
                setattr(summary, f"{counter}_added", getattr(summary, f"{counter}_added") + 1)
        else:
            item = dict(mine)
            old = base_items.get(uid, {})
            for flag in flags:
                value, conflict = merge3(old.get(flag, _MISSING), mine[flag], theirs[flag])
                # Both changed it differently: keep it visible (not deleted), and chosen only if both say so.
                item[flag] = (mine[flag] and theirs[flag]) if conflict else value
        item.pop("conflict", None)
        result.append(item)
    return sorted(result, key=lambda i: (i["created_at"], i["uid"]))
