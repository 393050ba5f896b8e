"""Teaching followup: `teach`, `corrections`, `forget` (registered on the app by cli.py).

A correction made here is stored at once; the daemon acts on it (drafts) on its next pass when it
handled the message, and retrains the personal model in the background. See README "Teach it".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from followup.cli_control import ConfigOpt, CsvOpt, JsonOpt, _emit, _local, _state
from followup.errors import UsageError

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.models import Email

_ACCOUNT_UID = re.compile(r"^(?P<account>[^:/\\]+):(?P<uid>\d+)$")


def _fetch(settings: Settings, account_name: str, uid: int) -> tuple[bytes, str]:
    """The message at UID in the account's first watched folder, read with BODY.PEEK."""
    from followup.daemon.imap import ImapSession
    from followup.passwords import get_secret

    account = settings.account(account_name)
    secret = get_secret(account.password, account.name)
    folder = account.folders[0]
    with ImapSession(account.connection(), lambda: secret) as session:
        session.select(folder, readonly=True)
        found = list(session.fetch([uid]))
    if not found:
        raise UsageError(f"{account_name}: no message with UID {uid} in {folder}: check the UID")
    return found[0].data, folder


def teach(
    message: Annotated[
        str,
        typer.Argument(help="A message file (.eml), or ACCOUNT:UID (a UID in the account's first folder)."),
    ],
    label: Annotated[
        str,
        typer.Option(
            "--label",
            "-l",
            help="The right label: invitation, rejection, offer, received, assessment or not-job.",
        ),
    ],
    config: ConfigOpt = None,
) -> None:
    """Tell followup what a message really is; the personal model learns from it."""
    from followup import mail
    from followup.learning import state
    from followup.learning.labels import keyword_for, parse_label

    right = parse_label(label)
    match = _ACCOUNT_UID.match(message)
    path = Path(message)
    with _state(config) as (store, _zone):
        if match and not path.exists():
            from followup import config as cfg

            data, folder = _fetch(cfg.load(config), match["account"], int(match["uid"]))
            account, uid = match["account"], int(match["uid"])
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UsageError(
                    f"cannot read {path}: {exc.strerror}: give a .eml file or ACCOUNT:UID"
                ) from None
            account, folder, uid = "", None, None
        email: Email = mail.parse(data)
        if not account and (where := state.account_of(store, email.identity)) is not None:
            account, folder, uid = where  # a message the daemon handled: it acts on the correction
        changed = state.save_correction(
            store, account, email, right, via=state.Via.CLI, folder=folder, uid=uid, applied=not account
        )
    what = f"{email.subject or '(no subject)'!r}"
    if not changed:
        typer.echo(f"{what} was already corrected to {right.value}")
        return
    typer.echo(f"{what}: corrected to {right.value} (in your mail client: keyword {keyword_for(right)})")
    if account:
        typer.echo("the running daemon changes its drafts on its next pass and retrains your model")
    else:
        typer.echo(
            "followup has not handled this message, so no draft changes; the personal model learns from it"
        )
    typer.echo("to retrain now: followup train --personal")


def corrections(config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False) -> None:
    """Every correction you made (keyword, label folder or `teach`), oldest first."""
    from followup.learning import state

    with _state(config) as (store, zone):
        found = state.corrections(store)
    rows: list[dict[str, Any]] = [
        {"at": _local(c.created_at, zone), "account": c.account, "label": c.label.value,
         "model_said": c.previous.value if c.previous else "", "via": c.via.value,
         "subject": c.record.get("subject", ""), "from": c.record.get("sender", ""),
         "acted_on": c.applied}
        for c in found
    ]  # fmt: skip
    if _emit(rows, as_json, as_csv):
        return
    if not rows:
        typer.echo("no corrections yet (README: Teach it)")
        return
    for r in rows:
        was = f" (model said {r['model_said']})" if r["model_said"] else ""
        typer.echo(f"{r['at'][:16].replace('T', ' ')}  {r['label']:<20} {r['via']:<7} {r['subject']!r}{was}")


def forget(
    config: ConfigOpt = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Remove every correction, every draft outcome and the personal model (the shipped model stays)."""
    from followup.learning import state
    from followup.learning.personal import remove_personal

    if not yes and not typer.confirm("Remove all corrections, draft outcomes and your personal model?"):
        raise typer.Exit(1)
    with _state(config) as (store, _zone):
        removed = state.forget(store)
    model = remove_personal()
    typer.echo(
        f"removed {removed['corrections']} correction(s), {removed['draft_outcomes']} draft outcome(s), "
        f"{removed['draft_copies']} draft copies" + (" and the personal model" if model else "")
    )
    typer.echo("keywords and labels you set in your mail client stay: remove them there too")


def learn_commands(app: typer.Typer) -> None:
    """Register these commands on the main app (cli.py)."""
    for command in (teach, corrections, forget):
        app.command()(command)


def _records(config: Path | None) -> list[dict[str, Any]]:
    from followup.learning import state

    with _state(config) as (store, _zone):
        return [c.record for c in state.corrections(store)]


def train_personal_command(config: Path | None, corpus: Path | None, out: Path | None, seed: int) -> None:
    """`followup train --personal`: the personal model from the shipped corpus and the corrections."""
    from followup.learning.personal import taught_languages, train_personal

    records = _records(config)
    if not records:
        typer.echo("no corrections yet: nothing to learn (README: Teach it); the shipped model is used")
        return
    path = train_personal(records, out, corpus, seed)
    taught = taught_languages(records)
    what = (f"it decides mail in {', '.join(taught)}; the shipped model goes on with English" if taught
            else "in English: kept as template memory; the shipped model goes on deciding English")  # fmt: skip
    typer.echo(f"personal model trained on {len(records)} correction(s), {what}: {path}")


def eval_corrections_command(config: Path | None, corpus: Path | None, seed: int) -> None:
    """`followup eval --corrections`: the personal model against the shipped one (learning/compare.py)."""
    from followup.learning import state
    from followup.learning.compare import compare, format_comparison

    records = _records(config)
    if len(records) < 2:
        raise UsageError(
            f"{len(records)} correction(s): eval --corrections needs at least 2 (README: Teach it)"
        )
    with _state(config) as (store, _zone):
        hints: dict[str, int] = {}
        for row in state.outcome_summary(store):
            if row["discarded"]:
                hints[row["rule"]] = hints.get(row["rule"], 0) + row["discarded"]
    typer.echo(format_comparison(compare(records, corpus, seed), hints))
