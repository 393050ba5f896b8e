"""The command line: the only place that prints for humans and turns errors into exit codes.

Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad config.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import typer

from followup import __version__
from followup.cli_control import control_commands
from followup.cli_init import init_command
from followup.cli_learn import learn_commands
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
control_commands(app)
learn_commands(app)

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="Config file (default: $FOLLOWUP_CONFIG, else ~/.config/followup/config.toml)."
    ),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail.")]


class _JournalFormatter(logging.Formatter):
    """journald reads `<N>` priority prefixes and adds its own timestamps."""

    PRIORITY: ClassVar[dict[int, int]] = {
        logging.DEBUG: 7,
        logging.INFO: 6,
        logging.WARNING: 4,
        logging.ERROR: 3,
        logging.CRITICAL: 2,
    }

    def format(self, record: logging.LogRecord) -> str:
        return f"<{self.PRIORITY.get(record.levelno, 6)}>{super().format(record)}"


def setup_logging(verbose: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if os.environ.get("JOURNAL_STREAM"):
        handler.setFormatter(_JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%Y-%m-%d %H:%M:%S")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("imapclient", "spacy", "urllib3", "asyncio", "pymap"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


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
def classify(
    files: Annotated[
        list[Path], typer.Argument(help="Message files (.eml); '-' reads one message from stdin.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Label messages and show the entities and the evidence behind each label."""
    from followup import mail
    from followup.classifiers import Classifier, classification_to_json

    threshold, model = 0.5, None
    if config is not None or os.environ.get("FOLLOWUP_CONFIG"):
        settings = _settings(config)
        threshold, model = settings.classifier.threshold, settings.classifier.model
    from followup.learning.personal import personal_model

    classifier = Classifier.load(model or personal_model(), threshold=threshold)  # yours once you taught it
    for path in files:
        data = sys.stdin.buffer.read() if str(path) == "-" else _read(path)
        email = mail.parse(data)
        result = classifier.classify(email)
        record = classification_to_json(str(path), result)
        if as_json:
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo(_human_classification(record))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror}") from None


def _human_classification(record: dict[str, Any]) -> str:
    lines = [f"{record['file']}: {record['label']} ({record['confidence']:.2f})"]
    if record.get("decision"):
        lines.append(f"  why: {record['decision']}")
    entities = {k: v for k, v in record["entities"].items() if v}
    for key, value in entities.items():
        lines.append(f"  {key}: {value}")
    for ev in record["evidence"]:
        lines.append(f"  evidence [{ev['label']}] {ev['text']!r}")
    return "\n".join(lines)


@app.command()
def train(
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="Corpus folder (default: corpus/ of a source checkout; a wheel ships the model, not the corpus)."
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the shipped model).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed and corpus give the same model.")] = 0,
    personal: Annotated[
        bool,
        typer.Option(
            "--personal",
            help="Train your personal model (shipped corpus + your corrections) into "
            "$XDG_DATA_HOME/followup/model; the shipped model is never touched.",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Rebuild the shipped classifier from the corpus of a source checkout, or your personal one (--personal)."""
    from followup.classifiers import train as train_model

    setup_logging(False)
    if personal:
        from followup.cli_learn import train_personal_command

        train_personal_command(config, corpus, out, seed)
        return
    from followup.classifiers.dataset import CORPUS_DIR

    if out is None and corpus is None and not CORPUS_DIR.is_dir():
        raise ConfigError(
            f"the shipped model is rebuilt from a source checkout (no {CORPUS_DIR}): "
            "use `followup train --personal` to train your own model"
        )
    metrics = train_model(corpus, out, seed=seed)
    typer.echo(json.dumps(metrics, indent=2, sort_keys=True))


@app.command(name="eval")
def evaluate(
    corpus: Annotated[
        Path | None, typer.Option(help="Corpus folder (default: corpus/ of a source checkout).")
    ] = None,
    model: Annotated[Path | None, typer.Option(help="Model folder (default: the shipped model).")] = None,
    split: Annotated[str, typer.Option(help="Which split to score: train, dev, test or all.")] = "test",
    cv: Annotated[
        int,
        typer.Option(
            help="Family-grouped K-fold cross-validation over the whole corpus (trains K models; "
            "ignores --model and --split). 0: score the model on the split."
        ),
    ] = 0,
    seed: Annotated[int, typer.Option(help="Training seed for --cv.")] = 0,
    mail_set: Annotated[
        Path | None,
        typer.Option(
            "--set",
            help="Score a JSONL set of real mail (the format of ../shared/realmail/dev.jsonl) through "
            "mail parsing, per label and per language, instead of a corpus split.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="With --set: only records in this language ('en'), or all but one ('!en')."),
    ] = None,
    corrections: Annotated[
        bool,
        typer.Option(
            "--corrections",
            help="Your personal model against the shipped one: on your corrections (cross-validated: "
            "trains 3 models, minutes each) and on the shipped test split.",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Per-label precision, recall, F1, the confusion matrix and entity accuracy on a corpus split."""
    from followup.classifiers import cross_validate, evaluate_split, format_report
    from followup.classifiers.mailset import evaluate_set, format_set_report

    if mail_set is not None:
        typer.echo(format_set_report(evaluate_set(mail_set, model, lang)))
        return
    if corrections:
        from followup.cli_learn import eval_corrections_command

        setup_logging(False)
        eval_corrections_command(config, corpus, seed)
        return

    if cv:
        setup_logging(False)
        typer.echo(f"{cv}-fold cross-validation, grouped by family (seed {seed})")
        typer.echo(format_report(cross_validate(corpus, cv, seed=seed)))
        return
    typer.echo(format_report(evaluate_split(corpus, model, split)))


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
    data = sys.stdin.buffer.read() if str(file) == "-" else _read(file)
    email = mail.parse(data)
    pipeline = Pipeline.load(settings)
    result = pipeline.classify(email)
    from followup.classifiers import classification_to_json

    typer.echo(_human_classification(classification_to_json(str(file), result)))
    # The daemon's own screen; without the lookback test, so any file can be tried whatever its date.
    if screen(email, own_address=pipeline.profile.email, now=now, lookback_days=None) is Outcome.OWN:
        typer.echo("\nThis message is from your own address: followup never answers it.")
        return
    typer.echo("\nRules:")
    matches = pipeline.explain(email, result, history=None, now=now)
    for match in matches:
        typer.echo("  " + match.describe().replace("\n", "\n  "))
    actions = [a for m in matches for a in m.actions]
    if not actions:
        typer.echo("\nNo action: no draft would be written.")
    for action in actions:
        typer.echo(f"\n== {action.describe()}")
        if action.kind is ActionKind.DRAFT:
            draft = pipeline.compose(email, result, action, key=draft_key(email, action.name), now=now)
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
    sys.exit(main())


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"followup {__version__}")
        raise typer.Exit(0)
