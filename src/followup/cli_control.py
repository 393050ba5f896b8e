"""Everyday control: what is waiting (`pending`), stop one (`cancel`), leave things alone (`ignore`).

Kept apart from cli.py, which registers these with `control_commands(app)`. They read and change
only the state database; errors propagate as FollowupError so cli.main() owns the exit codes.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer

from followup.errors import UsageError
from followup.ignores import Ignore, IgnoreKind, address_matches, normalize

if TYPE_CHECKING:
    from followup.daemon.store import Store

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="Config file (default: $FOLLOWUP_CONFIG, else ~/.config/followup/config.toml)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV instead of a table.")]
MIN_KEY = 6


@contextmanager
def _state(config: Path | None) -> Iterator[tuple[Store, ZoneInfo]]:
    from followup import config as cfg
    from followup.daemon.store import open_store

    settings = cfg.load(config)
    store = open_store(settings)
    try:
        yield store, ZoneInfo(settings.profile.timezone)
    finally:
        store.close()


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="minutes") if moment else ""


def _emit(rows: list[dict[str, Any]], as_json: bool, as_csv: bool) -> bool:
    """Print rows as JSON or CSV when asked; False when the caller should draw its table."""
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["none"])
        writer.writeheader()
        writer.writerows(rows)
    return as_json or as_csv


def status(
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
    drafts: Annotated[
        bool, typer.Option("--drafts", help="What became of the drafts, per rule and template.")
    ] = False,
) -> None:
    """Your applications: stage, last contact and pending follow-ups (times in your profile's zone)."""
    if drafts:
        _draft_status(config, as_json, as_csv)
        return
    with _state(config) as (store, zone):
        apps = store.applications()
        counts = store.ledger_counts()
    rows: list[dict[str, Any]] = [
        {"account": a.account, "company": a.company, "role": a.role or "", "stage": a.stage.value,
         "last_contact": _local(a.last_contact, zone), "pending_followups": a.pending,
         "next_due": _local(a.next_due, zone)}
        for a in apps
    ]  # fmt: skip
    if _emit(rows, as_json, as_csv):
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Applications ({len(rows)}), times in {zone.key}")
    for col in ("company", "role", "stage", "last contact", "pending", "next follow-up"):
        table.add_column(col, no_wrap=col in {"stage", "pending"})
    for r in rows:
        table.add_row(r["company"], r["role"], r["stage"], r["last_contact"][:16].replace("T", " "),
                      str(r["pending_followups"]), r["next_due"][:16].replace("T", " "))  # fmt: skip
    console = Console()
    console.print(table)
    done, scheduled = counts.get("done", 0), counts.get("scheduled", 0)
    console.print(f"drafts written: {done}; timed follow-ups waiting: {scheduled}")


def _draft_status(config: Path | None, as_json: bool, as_csv: bool) -> None:
    """`status --drafts`: written, sent as is, sent edited, discarded, pending (learning/state.py)."""
    from followup.learning.state import outcome_summary

    with _state(config) as (store, _zone):
        rows = outcome_summary(store)
    if _emit(rows, as_json, as_csv):
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="What became of the drafts (Sent and Drafts are looked at every 10 minutes)")
    for col in ("rule", "template", "written", "sent as is", "sent edited", "discarded", "pending"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["rule"], r["action"].partition(".")[2] or r["action"], *(str(r[k]) for k in
                      ("written", "sent_as_is", "sent_edited", "discarded", "pending")))  # fmt: skip
    Console().print(table)


def pending(config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False) -> None:
    """Timed drafts not written yet: when each lands (in your profile's time zone), to whom, and why."""
    with _state(config) as (store, zone):
        entries = store.scheduled_rows()
    rows = [
        {"key": e.key, "account": e.account, "due": _local(e.due, zone), "zone": zone.key, "to": e.recipient,
         "subject": e.subject, "rule": e.rule, "action": e.action}
        for e in entries
    ]  # fmt: skip
    if _emit(rows, as_json, as_csv):
        return
    if not rows:
        typer.echo("no timed drafts waiting")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Timed drafts waiting ({len(rows)})")
    for col in (f"due ({zone.key})", "key", "to", "subject", "rule"):
        table.add_column(col, no_wrap=col == "key")
    for e in entries:
        due = e.due.astimezone(zone).strftime("%a %d %b %Y %H:%M") if e.due else ""
        table.add_row(due, e.key[:12], e.recipient or "(none)", e.subject, e.rule)
    console = Console()
    console.print(table)
    console.print("cancel one with `followup cancel KEY` (the first few characters of the key are enough)")


def cancel(
    key: Annotated[
        str, typer.Argument(help="The draft's key, or its first 6+ characters (see `followup pending`).")
    ],
    config: ConfigOpt = None,
) -> None:
    """Cancel a timed draft: it is never written, not even after a restart."""
    from followup.daemon.store import LedgerState

    key = key.strip().lower()
    if len(key) < MIN_KEY:
        raise UsageError(
            f"key '{key}' is too short: give at least {MIN_KEY} characters (see `followup pending`)"
        )
    with _state(config) as (store, _zone):
        found = store.find_keys(key)
        if not found:
            raise UsageError(f"no draft has a key starting with '{key}': see `followup pending`")
        if len(found) > 1:
            raise UsageError(f"'{key}' starts {len(found)} keys: give more characters")
        entry = found[0]
        if store.cancel(entry.key):
            typer.echo(
                f"cancelled {entry.key[:12]}: {entry.subject!r} to {entry.recipient or '(none)'} ({entry.rule})"
            )
            return
        state = store.ledger_state(entry.key)
    why = {
        LedgerState.DONE: "it is in Drafts already: delete it there",
        LedgerState.PENDING: "it is being written right now: delete it from Drafts",
        LedgerState.CANCELLED: "it was cancelled already",
    }.get(state, f"it is {state}") if state else "it is no longer in the ledger"  # fmt: skip
    raise UsageError(f"cannot cancel {entry.key[:12]}: {why}")


def _thread_of(store: Store, value: str) -> str:
    """A key from `pending` names the thread of the message it answers; anything else is a Message-ID."""
    candidate = value.strip().lower()
    if len(candidate) >= MIN_KEY and all(c in "0123456789abcdef" for c in candidate):
        found = store.find_keys(candidate)
        if len(found) == 1:
            if found[0].source.startswith("sha256:"):
                raise UsageError(
                    "that message has no Message-ID, so its thread cannot be named: ignore its sender"
                )
            return found[0].source
    return value


def _cancel_covered(store: Store, ignore: Ignore) -> list[str]:
    """Timed drafts the new ignore covers: replies in that thread, or to that sender or domain."""
    keys = []
    for entry in store.scheduled_rows():
        if ignore.kind is IgnoreKind.THREAD:
            covered = entry.source == ignore.value
        else:
            covered = address_matches(ignore, parseaddr(entry.recipient)[1])
        if covered and store.cancel(entry.key):
            keys.append(entry.key)
    return keys


def ignore(
    kind: Annotated[
        IgnoreKind | None, typer.Argument(help="thread, sender or domain; none: list what is ignored.")
    ] = None,
    value: Annotated[
        str | None,
        typer.Argument(help="A Message-ID (or a key from `followup pending`), an address, or a domain."),
    ] = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Leave a thread, a sender or a domain alone: no drafts for its mail, its timed drafts cancelled."""
    with _state(config) as (store, zone):
        if kind is None:
            rows = [
                {"kind": i.kind.value, "value": i.value, "since": _local(i.created_at, zone)}
                for i in store.ignores()
            ]
            if as_json:
                typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            elif not rows:
                typer.echo("nothing ignored; add with `followup ignore sender|domain|thread VALUE`")
            for row in [] if as_json else rows:
                typer.echo(f"{row['kind']:<7} {row['value']}  (since {row['since'][:16].replace('T', ' ')})")
            return
        if not value:
            raise UsageError(
                f"ignore {kind.value}: say which (e.g. `followup ignore {kind.value} {_EXAMPLES[kind]}`)"
            )
        raw = _thread_of(store, value) if kind is IgnoreKind.THREAD else value
        item = Ignore(kind, normalize(kind, raw))
        added = store.add_ignore(item.kind.value, item.value)
        cancelled = _cancel_covered(store, item)
    typer.echo(f"ignoring {item.describe()}" + ("" if added else " (it was already)"))
    for key in cancelled:
        typer.echo(f"  cancelled timed draft {key[:12]}")
    typer.echo(f"undo with `followup unignore {item.kind.value} {item.value}`")


_EXAMPLES = {
    IgnoreKind.THREAD: "'<id@example.com>'",
    IgnoreKind.SENDER: "news@example.com",
    IgnoreKind.DOMAIN: "example.com",
}


def unignore(
    kind: Annotated[IgnoreKind, typer.Argument(help="thread, sender or domain.")],
    value: Annotated[str, typer.Argument(help="As `followup ignore` lists it.")],
    config: ConfigOpt = None,
) -> None:
    """Stop ignoring a thread, sender or domain (drafts cancelled by the ignore stay cancelled)."""
    item = Ignore(kind, normalize(kind, value))
    with _state(config) as (store, _zone):
        removed = store.remove_ignore(item.kind.value, item.value)
    if not removed:
        raise UsageError(f"{item.describe()} is not ignored: `followup ignore` lists what is")
    typer.echo(f"no longer ignoring {item.describe()}: its new mail is answered again")


def control_commands(app: typer.Typer) -> None:
    """Register these commands on the main app (cli.py)."""
    for command in (status, pending, cancel, ignore, unignore):
        app.command()(command)
