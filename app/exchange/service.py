"""Sending a speech out and taking what comes back: the tutor's page, her suggestions, whole-speech
bundles between two Moksoris, and a plain text file as a new speech. Used by the window and the
command line alike; every refusal is an `ExchangeError` with a code the interface words."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from app.exchange import sealing
from app.exchange.documents import SUGGESTIONS_SCHEMA, bundle_problem, problem
from app.exchange.errors import ExchangeError
from app.exchange.merge import MergeSummary, merge
from app.exchange.tutor_page import page_html
from app.user_files import UnusableFile, write_user_file
from app.vault.crypto import SealedError
from app.vault.files import codec_of
from models.records import Role, Take, now_iso
from models.store import SpeechStore
from models.store_exchange import ExchangeConflict

__all__ = ["ExchangeError", "Arrival", "open_file", "preview", "receive", "tutor_page", "bundle"]


# Sending ----------------------------------------------------------------------------------------

def page_document(store: SpeechStore, speech_id: int) -> dict[str, Any]:
    """What the tutor's page shows: the speech's live rows, alternatives and notes. No takes, no audio."""
    speech = store.speech(speech_id)

    def author(role: Role, name: str) -> dict[str, str]:
        return {"author": role.value, "author_name": name}

    rows = []
    for segment in store.segments(speech_id):
        rows.append({
            "uid": segment.uid, "korean": segment.korean, "english": segment.english,
            "paragraph": segment.starts_paragraph,
            "alternatives": [{"text": a.text, "note": a.note, "chosen": a.chosen, **author(a.author, a.author_name)}
                             for a in store.alternatives(segment.id)],
            "notes": [{"text": n.text, **author(n.author, n.author_name)} for n in store.notes(speech_id, segment.id)],
        })
    return {
        "type": "moksori-tutor-page", "version": 1, "page_id": secrets.token_hex(16), "speech_uid": speech.uid,
        "title": speech.title, "speaker": speech.speaker, "written_at": now_iso(), "rows": rows,
        "notes": [{"text": n.text, **author(n.author, n.author_name)} for n in store.notes(speech_id, None)],
    }


def tutor_page(store: SpeechStore, speech_id: int, passphrase: str) -> str:
    """The self-contained HTML page for the tutor, the speech sealed inside it."""
    key = sealing.derive(passphrase)
    return page_html(sealing.seal(page_document(store, speech_id), key, "page"))


def bundle(store: SpeechStore, speech_id: int, passphrase: str, with_takes: bool = False) -> str:
    """The whole speech (alternatives, notes, versions, history; its practice recordings only when asked)
    sealed for another Moksori. What is sent becomes the base of the next merge with what comes back."""
    state = store.speech_state(speech_id)
    takes = _portable_takes(store, speech_id) if with_takes else []
    store.set_exchange_base(state["speech"]["uid"], state)
    return sealing.seal_text({**state, "bundle_id": secrets.token_hex(16), "written_at": now_iso(),
                              "takes": takes}, passphrase, "bundle")


def _portable_takes(store: SpeechStore, speech_id: int) -> list[dict[str, Any]]:
    folder = store.path.parent

    def audio_of(take: Take) -> bytes | None:
        try:
            return codec_of(store).read(folder / take.audio)  # a sealed take travels as her audio
        except (OSError, SealedError):  # a take whose recording is gone travels without it: nothing to send
            return None

    return portable_takes(store, speech_id, audio_of)


def portable_takes(store: SpeechStore, speech_id: int,
                   audio_of: Callable[[Take], bytes | None]) -> list[dict[str, Any]]:
    """A speech's takes as a bundle carries them (`audio_of` gives each one's plain audio, or None to
    leave it out): also how a backup's takes are merged into a folder that has work."""
    takes = []
    for take in store.takes(speech_id):
        audio = audio_of(take)
        if audio is None:
            continue
        takes.append({"sha256": hashlib.sha256(audio).hexdigest(), "title": take.title, "source": take.source,
                      "recorded_at": take.recorded_at, "seconds": take.seconds, "report": take.report,
                      "suffix": Path(take.audio).suffix.lower(), "audio": base64.b64encode(audio).decode("ascii")})
    return takes


def recording_count(store: SpeechStore, speech_id: int) -> tuple[int, int]:
    """(practice recordings, their bytes): what "with takes" would add to a bundle."""
    folder = store.path.parent
    sizes = [(folder / take.audio).stat().st_size for take in store.takes(speech_id) if (folder / take.audio).exists()]
    return len(sizes), sum(sizes)


# Receiving --------------------------------------------------------------------------------------

@dataclass
class Arrival:
    """What a file brings, before (preview) or after (receive) it is merged."""

    kind: str  # suggestions or bundle
    speech_id: int | None  # the speech it goes to (None: a bundle that creates a new speech)
    title: str
    tutor: str = ""
    alternatives: int = 0
    sentences: int = 0
    notes: int = 0
    moved: int = 0  # arrived on the closest row: theirs was deleted or merged
    changed: int = 0  # written for an earlier wording of the row
    already: int = 0  # in this speech already (the same file twice)
    rows_added: int = 0
    rows_changed: int = 0
    versions: int = 0
    conflicts: int = 0
    takes: int = 0  # practice recordings that arrive with a bundle
    new_speech: bool = False
    details: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return not (self.alternatives or self.notes or self.rows_added or self.rows_changed or self.versions
                    or self.conflicts or self.new_speech or self.takes)

    def summary(self) -> str:
        """One English line, for the command line (the window words it in the interface language)."""
        if self.kind == "suggestions":
            text = (f"{self.tutor}: {self.alternatives} alternatives on {self.sentences} sentences, "
                    f"{self.notes} notes")
            extras = [f"{self.moved} on the closest row (theirs was deleted or merged)" if self.moved else "",
                      f"{self.changed} written for an earlier wording" if self.changed else "",
                      f"{self.already} here already" if self.already else ""]
        else:
            text = (f"“{self.title}”: new speech with {self.rows_added} rows" if self.new_speech else
                    f"“{self.title}”: {self.rows_added} rows added, {self.rows_changed} changed, "
                    f"{self.alternatives} alternatives, {self.notes} notes, {self.versions} versions")
            extras = [f"{self.conflicts} rows changed on both computers (both texts kept)" if self.conflicts else ""]
            extras.append(f"{self.takes} practice recordings" if self.takes else "")
        extras = [e for e in extras if e]
        return text + (f" ({'; '.join(extras)})" if extras else "")

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "details"}
        return {**data, "summary": self.summary()}


def open_file(text: str, passphrase: str) -> tuple[str, dict[str, Any]]:
    """(kind, document) of a suggestions file or a bundle; ExchangeError when it cannot be used."""
    if text.lstrip().startswith("<") and 'id="sealed"' in text:
        raise ExchangeError("is_page")
    try:
        kind, document = sealing.open_text(text, passphrase, ("suggestions", "bundle", "page"))
    except sealing.SealError as error:
        raise ExchangeError(error.code, error.detail) from error
    if kind == "page":  # the page she sent, not what came back
        raise ExchangeError("is_page")
    found = problem(document, SUGGESTIONS_SCHEMA) if kind == "suggestions" else bundle_problem(document)
    if found:
        raise ExchangeError("bad_content", found)
    return kind, document


def _target(store: SpeechStore, speech_uid: str, speech_id: int | None) -> int | None:
    found = store.speech_by_uid(speech_uid)
    if speech_id is not None and found != speech_id:
        raise ExchangeError("other_speech", store.speech(speech_id).title)
    return found


def preview(store: SpeechStore, kind: str, document: dict[str, Any], speech_id: int | None = None) -> Arrival:
    if kind == "suggestions":
        target = _target(store, document["speech_uid"], speech_id)
        if target is None:
            raise ExchangeError("unknown_speech")
        return _suggestions(store, target, document, write=False)
    return _bundle(store, document, speech_id, write=False)


def receive(store: SpeechStore, kind: str, document: dict[str, Any], speech_id: int | None = None) -> Arrival:
    """Merge what a file brings (all or nothing)."""
    if kind == "suggestions":
        target = _target(store, document["speech_uid"], speech_id)
        if target is None:
            raise ExchangeError("unknown_speech")
        with store.transaction():
            arrival = _suggestions(store, target, document, write=True)
            store.record_receipt(target, kind, document["page_id"] + "/" + document["saved_at"], arrival.tutor,
                                 arrival.summary())
        return arrival
    return _bundle(store, document, speech_id, write=True)


def _closest(rows: list[dict[str, Any]], english: str, position: int) -> dict[str, Any] | None:
    live = [r for r in rows if not r["deleted"]]
    if not live:
        return None
    return max(live, key=lambda r: (fuzz.partial_ratio(english, r["english"]), -abs(r["position"] - position)))


def _suggestions(store: SpeechStore, speech_id: int, document: dict[str, Any], write: bool) -> Arrival:
    rows = store.segment_states(speech_id)
    by_uid = {r["uid"]: r for r in rows}
    arrival = Arrival("suggestions", speech_id, store.speech(speech_id).title, tutor=document["tutor"].strip())
    existing = store.annotation_uids(speech_id)
    sentences: set[int] = set()

    def place(row_uid: str | None, row_english: str) -> tuple[dict[str, Any] | None, str]:
        row = by_uid.get(row_uid or "")
        if row is not None and not row["deleted"]:
            return row, ("" if row["english"].strip() == row_english.strip() else "changed")
        position = row["position"] if row else len(rows)
        return _closest(rows, row_english, position), "moved"

    for alt in document["alternatives"]:
        if alt["uid"] in existing:
            arrival.already += 1
            continue
        row, origin = place(alt["row"], alt["row_english"])
        if row is None:
            arrival.details.append(f"no row for: {alt['text'][:60]}")
            continue
        if write:
            store.add_received_alternative(row["id"], alt["uid"], alt["text"], alt["note"], arrival.tutor, origin,
                                           alt["created_at"])
        existing.add(alt["uid"])  # a file naming one item twice counts it once
        arrival.alternatives += 1
        sentences.add(row["id"])
        arrival.moved += origin == "moved"
        arrival.changed += origin == "changed"
    for note in document["notes"]:
        if note["uid"] in existing:
            arrival.already += 1
            continue
        segment_id = None
        if note["row"] is not None:
            row, origin = place(note["row"], note.get("row_english", ""))
            segment_id = row["id"] if row else None
            arrival.moved += origin == "moved"
        if write:
            store.add_received_note(speech_id, segment_id, note["uid"], note["text"], arrival.tutor,
                                    note["created_at"])
        existing.add(note["uid"])
        arrival.notes += 1
    arrival.sentences = len(sentences)
    return arrival


def _bundle(store: SpeechStore, document: dict[str, Any], speech_id: int | None, write: bool) -> Arrival:
    remote = {key: value for key, value in document.items() if key not in ("bundle_id", "written_at", "takes")}
    uid = remote["speech"]["uid"]
    target = _target(store, uid, speech_id)
    arrival = Arrival("bundle", target, remote["speech"]["title"])
    takes = _new_takes(store, target, document.get("takes", []))
    arrival.takes = len(takes)
    if target is None:
        arrival.new_speech = True
        arrival.rows_added = sum(1 for r in remote["rows"] if not r["deleted"])
        arrival.alternatives = sum(1 for a in remote["alternatives"] if not a["deleted"])
        arrival.notes = sum(1 for n in remote["notes"] if not n["deleted"])
        arrival.versions = len(remote["versions"])
        merged = remote
    else:
        local = store.speech_state(target)
        merged, summary = merge(store.exchange_base(uid), local, remote)
        _count(arrival, summary)
    if write:
        written: list[Path] = []
        try:
            with store.transaction():
                arrival.speech_id = store.write_state(merged)
                store.set_exchange_base(uid, store.speech_state(arrival.speech_id))
                for take in takes:
                    written.append(_add_take(store, arrival.speech_id, take))
                store.record_receipt(arrival.speech_id, "bundle", document.get("bundle_id", ""), "",
                                     arrival.summary())
        except ExchangeConflict as error:
            _remove(written)
            raise ExchangeError(error.code) from error
        except BaseException:
            _remove(written)
            raise
    return arrival


def _new_takes(store: SpeechStore, speech_id: int | None, takes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bundle's recordings not on this computer yet (by their audio's SHA-256), each checked."""
    here: set[str] = set()
    if speech_id is not None:
        for stored in store.takes(speech_id) + store.takes(speech_id, deleted=True):
            try:
                here.add(hashlib.sha256(codec_of(store).read(store.path.parent / stored.audio)).hexdigest())
            except (OSError, SealedError):
                continue
    fresh = []
    for take in takes:
        try:
            audio = base64.b64decode(take["audio"], validate=True)
        except ValueError as error:
            raise ExchangeError("bad_content", "takes: audio is not base64") from error
        if hashlib.sha256(audio).hexdigest() != take["sha256"]:
            raise ExchangeError("bad_content", "takes: audio does not match its digest")
        if take["sha256"] not in here:
            here.add(take["sha256"])
            fresh.append({**take, "audio": audio})
    return fresh


def _add_take(store: SpeechStore, speech_id: int, take: dict[str, Any]) -> Path:
    folder = store.path.parent
    relative = Path("takes") / str(speech_id) / f"received-{take['sha256'][:16]}{take['suffix']}"
    codec = codec_of(store)
    if codec.sealing:
        try:
            codec.write(folder / relative, take["audio"])  # sealed with the speech's key
        except OSError as error:
            raise UnusableFile(f"{folder / relative}: cannot write the recording ({error.strerror})",
                               "not_writable") from error
    else:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        write_user_file(folder / relative, take["audio"], "recording")
    added = store.add_take(speech_id, relative.as_posix(), float(take["seconds"]), "imported", take["title"],
                           take["recorded_at"])
    if take["report"]:
        store.set_take_report(added.id, take["report"])
    return folder / relative


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _count(arrival: Arrival, summary: MergeSummary) -> None:
    arrival.rows_added = summary.rows_added
    arrival.rows_changed = summary.rows_changed
    arrival.alternatives = summary.alternatives_added
    arrival.notes = summary.notes_added
    arrival.versions = summary.versions_added
    arrival.conflicts = len(summary.conflicts)


# A plain text file as a new speech ----------------------------------------------------------------

def import_text(store: SpeechStore, text: str, title: str) -> int:
    """A UTF-8 text, one row per line, Korean and English separated by a tab (either may be empty)."""
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        korean, _, english = line.partition("\t")
        rows.append((korean.strip(), english.strip()))
    if not rows:
        raise ExchangeError("empty_text")
    with store.transaction():
        speech = store.create_speech(title)
        store.insert_segments(speech.id, 0, rows)
    return speech.id


def dumps(arrival: Arrival) -> str:
    return json.dumps(arrival.to_json(), ensure_ascii=False)
