"""The command line: the only place that prints for humans and turns errors into exit codes.

Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad config.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from followup import __version__, heap
from followup.cli_control import ConfigOpt, control_commands
from followup.cli_init import init_command
from followup.cli_learn import learn_commands
from followup.cli_logging import setup_logging
from followup.cli_model import human_classification, model_commands, read_message
from followup.cli_service import doctor_command, service_app
from followup.errors import ConfigError, FollowupError

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.daemon.dryrun import Intercepted

log = logging.getLogger("followup")

app = typer.Typer(
    name="followup",
    help="Watches your IMAP inbox for job-search mail and leaves the right follow-up in Drafts. Never sends mail.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Help texts are plain text: rich markup would eat "[[accounts]]" and "[label]" (test_cli_help.py).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(
    help="Try the rules on a message without touching any server.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
password_app = typer.Typer(
    help="Store or remove an account's password in the system keyring.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")
app.add_typer(password_app, name="password")
app.add_typer(service_app, name="service")
app.command("init")(init_command)

VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail.")]


def _settings(config: Path | None) -> Settings:
    from followup import config as cfg

    return cfg.load(config)


def _need_accounts(settings: Settings) -> None:
    if not settings.accounts:
        raise ConfigError(
            "accounts: no [[accounts]] in the config: add one (`followup init --print-example` shows how)"
        )


DryRunOpt = Annotated[
    bool,
    typer.Option(
        "--dry-run",
        help="Decide everything and print each draft as you would read it; write nothing anywhere "
        "(no draft, no keyword, no state change).",
    ),
]


_DRY_RUN_HEADERS = ("In-Reply-To", "X-Followup-Key")  # what threads and keys a draft, shown with it


class _DryRunPrinter:
    """Prints what a dry run would have written; worker threads call it, so it holds a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __call__(self, item: Intercepted) -> None:
        from followup.drafts import reader_text

        with self._lock:
            if item.data is None:
                typer.echo(
                    f"\n== {item.account}: would set keyword {item.keyword} on UID {item.uid} in {item.folder}"
                )
            else:
                typer.echo(
                    f"\n== {item.account}: draft that would go to {item.folder} (dry run: not written)\n"
                )
                typer.echo(reader_text(item.data, extra=_DRY_RUN_HEADERS))


@app.command()
def once(config: ConfigOpt = None, verbose: VerboseOpt = False, dry_run: DryRunOpt = False) -> None:
    """Process everything new in every account once, write due follow-ups, and exit."""
    with heap.collector_paused():  # the daemon's imports (spaCy among them): long-lived objects only
        from followup.daemon.progress import BIG, for_this_process, stage_line
        from followup.daemon.service import run_once

    setup_logging(verbose)
    settings = _settings(config)
    _need_accounts(settings)
    if dry_run:
        _once_dry(settings)
        return
    began = time.perf_counter()
    results = run_once(settings, progress=for_this_process())
    wall = time.perf_counter() - began
    for name, c in results.items():
        log.info(
            "%s: %d new message(s), %d draft(s) written, %d scheduled", name, c.seen, c.drafts, c.scheduled
        )
        if c.seen >= BIG:
            log.info("%s: %s", name, stage_line(c.stages, wall))


def _once_dry(settings: Settings) -> None:
    from zoneinfo import ZoneInfo

    from followup.daemon.dryrun import run_once_dry
    from followup.daemon.progress import for_this_process
    from followup.drafts import reader_text

    results, timed = run_once_dry(settings, _DryRunPrinter(), progress=for_this_process())
    zone = ZoneInfo(settings.profile.timezone)
    for entry in timed:
        due = entry.due.astimezone(zone).strftime("%a %d %b %Y %H:%M") if entry.due else "?"
        typer.echo(
            f"\n== {entry.account}: timed draft, due {due} ({zone.key}), rule {entry.rule} (dry run: not scheduled)\n"
        )
        typer.echo(reader_text(entry.data or b"", extra=_DRY_RUN_HEADERS))
    for name, c in results.items():
        log.info("%s (dry run): %d new message(s), %d draft(s) and %d timed draft(s) would be written; "
                 "nothing was written", name, c.seen, c.drafts, c.scheduled)  # fmt: skip


@app.command()
def run(config: ConfigOpt = None, verbose: VerboseOpt = False, dry_run: DryRunOpt = False) -> None:
    """Run forever: IDLE (or poll) every account and write drafts as mail arrives. Stops on SIGTERM/SIGINT."""
    with heap.collector_paused():  # the daemon's imports (spaCy among them): long-lived objects only
        from followup.daemon.notify import SystemdNotifier, watchdog_seconds
        from followup.daemon.progress import for_this_process
        from followup.daemon.service import run_forever

    setup_logging(verbose)
    settings = _settings(config)
    _need_accounts(settings)
    stop = threading.Event()
    notifier = SystemdNotifier()

    def _stop(signum: int, _frame: object) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        notifier.notify("STOPPING=1")
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        notifier.notify("STATUS=loading the model and logging in")
        if dry_run:
            from followup.daemon.dryrun import run_forever_dry

            log.info("dry run: drafts are printed, nothing is written; state is a scratch copy")
            run_forever_dry(settings, stop, _DryRunPrinter(), notifier=notifier, watchdog=watchdog_seconds(),
                            progress=for_this_process())  # fmt: skip
        else:
            run_forever(
                settings, stop, notifier=notifier, watchdog=watchdog_seconds(), progress=for_this_process()
            )
    finally:
        notifier.close()


@app.command()
def demo(
    keep: Annotated[bool, typer.Option(help="Leave the demo server running until Enter is pressed.")] = False,
) -> None:
    """The main job on a built-in demo mailbox: a local IMAP server, sample job mail, drafts. No account needed."""
    from followup.demo import run_demo

    setup_logging(False)
    logging.getLogger().setLevel(logging.WARNING)
    run_demo(keep=keep)


@app.command()
def doctor(config: ConfigOpt = None) -> None:
    """Check config, secrets, each account's connection and Drafts, the model, state and the service."""
    raise typer.Exit(doctor_command(config))


@app.command(name="check-config")
def check_config(config: ConfigOpt = None) -> None:
    """Validate the config file and list the effective rules."""
    from followup.pipeline import load_rules

    settings = _settings(config)
    rules = load_rules(settings)
    typer.echo(f"config OK: {len(settings.accounts)} account(s), {len(rules)} rule(s)")
    for rule in rules:
        typer.echo(f"  {rule.describe()}")


@rules_app.command("test")
def rules_test(
    file: Annotated[Path, typer.Argument(help="A message file (.eml), or '-' for stdin.")],
    at: Annotated[
        str | None,
        typer.Option("--at", help="Pretend it is this moment (ISO 8601, e.g. 2026-12-01T09:00+01:00)."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Classify a message, show which rules match and why, and print every draft in full. Touches no server."""
    from followup import config as cfg
    from followup import mail
    from followup.drafts import reader_text
    from followup.models import ActionKind, draft_key
    from followup.pipeline import Pipeline
    from followup.screen import Outcome, screen

    path = cfg.resolve_config_path(config)
    if path.exists():
        settings = cfg.load(path)
    else:
        typer.echo(f"(no config at {path}: using a placeholder profile and the default rules)\n")
        settings = cfg.parse(_PLACEHOLDER_CONFIG, source="placeholder config")
    now = _parse_at(at) if at else datetime.now(UTC)
    data = sys.stdin.buffer.read() if str(file) == "-" else read_message(file)
    email = mail.parse(data)
    pipeline = Pipeline.load(settings)
    result = pipeline.classify(email)
    from followup.classifiers import classification_to_json

    typer.echo(human_classification(classification_to_json(str(file), result, email)))
    # The daemon's own screen; without the lookback test, so any file can be tried whatever its date.
    if screen(email, own_address=pipeline.profile.email, now=now, lookback_days=None) is Outcome.OWN:
        typer.echo("\nThis message is from your own address: followup never answers it.")
        return
    typer.echo("\nRules:")
    facts = pipeline.facts(email, result)
    matches = pipeline.explain(facts, now=now)
    for match in matches:
        typer.echo("  " + match.describe().replace("\n", "\n  "))
    actions = [a for m in matches for a in m.actions]
    if not actions:
        typer.echo("\nNo action: no draft would be written.")
    for action in actions:
        typer.echo(f"\n== {action.describe()}")
        if action.kind is ActionKind.DRAFT:
            draft = pipeline.compose(facts, action, key=draft_key(email, action.name), now=now)
            # As the user will read it (decoded, un-flowed), with the headers that thread and key it.
            typer.echo(reader_text(draft.data, extra=("In-Reply-To", "X-Followup-Key")))


_PLACEHOLDER_CONFIG = """
[profile]
name = "Your Name"
email = "you@example.com"
"""


def _parse_at(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"--at {value!r}: use ISO 8601, e.g. 2026-12-01T09:00+01:00") from None
    return moment if moment.tzinfo else moment.astimezone()


@password_app.command("set")
def password_set(
    account: Annotated[str, typer.Argument(help="The account's name in the config ([[accounts]] name).")],
    stdin: Annotated[
        bool, typer.Option("--stdin", help="Read the password from standard input (for scripts).")
    ] = False,
) -> None:
    """Store ACCOUNT's password in the system keyring (prompted, never echoed)."""
    import getpass

    from followup.passwords import set_keyring_password

    secret = sys.stdin.readline().rstrip("\r\n") if stdin else getpass.getpass(f"Password for {account}: ")
    if not secret:
        raise typer.BadParameter("the password is empty; nothing stored")
    set_keyring_password(account, secret)
    typer.echo(f"stored the password for '{account}' in the system keyring")


@password_app.command("delete")
def password_delete(
    account: Annotated[str, typer.Argument(help="The account's name in the config.")],
) -> None:
    """Remove ACCOUNT's password from the system keyring."""
    from followup.passwords import delete_keyring_password

    if delete_keyring_password(account):
        typer.echo(f"deleted the password for '{account}'")
    else:
        typer.echo(f"no password stored for '{account}'")


# After once/run/demo/doctor above, so `--help` lists the daily commands first.
control_commands(app)
model_commands(app)
learn_commands(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI in-process and return the exit code (tests call this)."""
    try:
        # With standalone_mode=False the parser returns Exit(n)'s code instead of raising it.
        rc = app(args=argv, prog_name="followup", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        return 1
    except typer.TyperException as exc:  # usage errors: unknown option, missing argument, bad value
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            typer.echo(f"followup: error: {exc}", err=True)
        return int(getattr(exc, "exit_code", 2))
    except FollowupError as exc:
        typer.echo(f"followup: error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return rc if isinstance(rc, int) else 0


def entry() -> None:
    heap.freeze_when_built()  # this process is the command: its start-up heap is frozen once loaded
    sys.exit(main())


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"followup {__version__}")
        raise typer.Exit(0)
