"""One header read across a folder on an open connection: which draft keys Drafts holds, and when.

The session (imap.py) selects the folder and maps errors; these functions only send SEARCH and
FETCH BODY.PEEK (nothing is ever marked read) on the folder already selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from imapclient import IMAPClient

from followup.daemon import imap_wire as wire
from followup.daemon.folders import FolderState

FETCH_BATCH = 500  # UIDs per header FETCH


@dataclass(frozen=True)
class Seen:
    """The values of a header read from a folder up to a UID, so the next read asks only for newer mail."""

    uidvalidity: int
    last_uid: int
    values: frozenset[str]


def header_values(client: IMAPClient, uids: Sequence[int], header: str) -> dict[int, str]:
    """{uid: the header's value} for these messages."""
    out: dict[int, str] = {}
    item = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
    key = f"BODY[HEADER.FIELDS ({header.upper()})]".encode()
    for start in range(0, len(uids), FETCH_BATCH):
        response = client.fetch(list(uids[start : start + FETCH_BATCH]), [item])
        for uid, data in response.items():
            name, _, value = wire.text(data.get(key, b"")).partition(":")
            if name.strip().lower() == header.lower() and value.strip():
                out[uid] = value.strip()
    return out


def keys_present(client: IMAPClient, header: str, values: Sequence[str]) -> set[str]:
    """Which of `values` some message carries in `header` (exactly).

    One `SEARCH OR HEADER h v1 OR HEADER h v2 ...` per wire.KEY_BATCH values, then the header of the
    hits is fetched to tell which value each one holds (HEADER matches substrings).
    """
    wanted = {v for v in values if v}
    if not wanted:
        return set()
    if not wire.HEADER_NAME.match(header) or any(not wire.TOKEN.match(v) for v in wanted):
        raise ValueError(f"{header}: only plain tokens can be searched in a batch")
    found: set[str] = set()
    ordered = sorted(wanted)
    for start in range(0, len(ordered), wire.KEY_BATCH):
        chunk = ordered[start : start + wire.KEY_BATCH]
        criteria: list[object] = []
        for value in chunk[:-1]:
            criteria += ["OR", "HEADER", header, value]
        criteria += ["HEADER", header, chunk[-1]]
        found |= wanted & set(header_values(client, client.search(criteria), header).values())
    return found


def values_after(client: IMAPClient, state: FolderState, header: str, seen: Seen | None) -> Seen:
    """The values of `header`, read on from `seen`: only the messages with a higher UID, all of them when
    `seen` is None or the folder's UIDVALIDITY changed. Values of messages expunged since stay in the
    result. The server is asked which UIDs are new (UIDNEXT is not trusted: a STATUS of the selected
    folder, its fallback, may be out of date); an empty folder is not asked ("n:*" may be refused)."""
    if seen is None or seen.uidvalidity != state.uidvalidity:
        seen = Seen(state.uidvalidity, 0, frozenset())
    if state.exists == 0:
        return seen
    # "n:*" always holds the highest UID, even one below n: hence the filter
    uids = [uid for uid in client.search(["UID", f"{seen.last_uid + 1}:*"]) if uid > seen.last_uid]
    found = header_values(client, uids, header).values()
    return Seen(state.uidvalidity, max(uids, default=seen.last_uid), seen.values | set(found))


def dates(client: IMAPClient, header: str) -> dict[str, datetime]:
    """{value of `header`: INTERNALDATE} of every message that has the header."""
    uids = client.search(["HEADER", header, ""])  # "" matches every message with the header
    values = header_values(client, uids, header)
    out: dict[str, datetime] = {}
    for start in range(0, len(uids), FETCH_BATCH):
        for uid, item in client.fetch(uids[start : start + FETCH_BATCH], ["INTERNALDATE"]).items():
            moment = item.get(b"INTERNALDATE")
            if uid in values and isinstance(moment, datetime):
                out[values[uid]] = wire.aware(moment)
    return out
