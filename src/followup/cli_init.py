"""`followup init`, kept apart from cli.py: the questions, the flags that answer them in scripts.

Library work (host guess, probes, login, config text) is in setup_wizard.py; this module only asks,
prints and decides what happens next. Errors propagate as FollowupError so cli.main() owns exit codes.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer

from followup import config as cfg
from followup import setup_wizard as wiz
from followup.errors import ConfigError, FollowupError


def _ask(interactive: bool, flag: str, prompt: str, default: str = "") -> str:
    if not interactive:
        if default:
            return default
        raise ConfigError(f"init: {flag} is needed when there is no terminal to ask (or with --yes)")
    return str(typer.prompt(prompt, default=default or None)).strip()


def init_command(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Where to write (default: $FOLLOWUP_CONFIG, else ~/.config/followup/config.toml).",
        ),
    ] = None,
    print_example: Annotated[
        bool, typer.Option("--print-example", help="Print the commented example config and exit.")
    ] = False,
    name: Annotated[str, typer.Option(help="Your name, as your drafts sign it.")] = "",
    email: Annotated[str, typer.Option(help="Your email address (mail from it is never answered).")] = "",
    host: Annotated[str, typer.Option(help="IMAP server (default: guessed from the address).")] = "",
    port: Annotated[
        int | None, typer.Option(help="IMAP port (default: 993 for tls, 143 for starttls).")
    ] = None,
    security: Annotated[
        cfg.Security | None, typer.Option(help="tls or starttls (default: probe 993 TLS, then 143 STARTTLS).")
    ] = None,
    username: Annotated[str, typer.Option(help="Login name (default: the email address).")] = "",
    account: Annotated[
        str, typer.Option("--account", help="A short name for the account (default: from the domain).")
    ] = "",
    timezone: Annotated[str, typer.Option(help="IANA time zone (default: this machine's).")] = "",
    phone: Annotated[str, typer.Option(help="A phone number for your signature (optional).")] = "",
    ca_file: Annotated[Path | None, typer.Option(help="Trust this CA (a server with a private CA).")] = None,
    drafts_folder: Annotated[
        str | None, typer.Option(help="Drafts folder (default: found on the server).")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input (for scripts).")
    ] = False,
    password_source: Annotated[
        str,
        typer.Option(help="Use an existing source instead of storing one: env:VAR, file:PATH, command:CMD."),
    ] = "",
    password_file: Annotated[
        Path | None, typer.Option(help="Store the password in this 0600 file instead of the keyring.")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Ask nothing: take flags and defaults (for scripts).")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing config file.")] = False,
    doctor: Annotated[bool, typer.Option(help="Run `followup doctor` at the end.")] = True,
) -> None:
    """Write a working config: who you are, your IMAP account (probed and logged in), where the password lives."""
    if print_example:
        typer.echo(wiz.example_config(), nl=False)
        return
    path = cfg.resolve_config_path(config)
    if path.exists() and not force:
        raise ConfigError(f"{path} exists already: edit it, check it with `followup doctor`, or pass --force")
    interactive = not yes and sys.stdin.isatty()
    if interactive:
        typer.echo(f"followup init: a few questions, then the config goes to {path}\n")

    a = wiz.Answers(phone=phone.strip(), ca_file=ca_file, drafts_folder=drafts_folder)
    a.name = name.strip() or _ask(interactive, "--name", "Your name (drafts are signed with it)")
    a.email = wiz.check_email(email or _ask(interactive, "--email", "Your email address"))
    if interactive and not phone:
        a.phone = str(typer.prompt("Phone for your signature (Enter: none)", default="", show_default=False))
    a.timezone = wiz.check_zone(
        timezone or _ask(interactive, "--timezone", "Your time zone", wiz.local_zone())
    )

    guess = None if host else wiz.suggest_host(a.email)
    if guess:
        typer.echo(f"IMAP host: {guess.host} ({guess.how})")
        if guess.note:
            typer.echo(f"  note: {guess.note}")
    a.host = host.strip() or _ask(interactive, "--host", "IMAP server", guess.host if guess else "")
    a.port = port if port is not None else (guess.port if guess and guess.host == a.host else None)
    probes = wiz.probe(a.host, a.port, security, ca_file)
    working = next((p for p in probes if p.ok), None)
    if working is None:
        raise FollowupError(
            f"cannot open a verified connection to {a.host} ({wiz.describe_probes(probes)}): "
            "check the host, or pass --port/--security (and --ca-file for a private CA)"
        )
    a.security, a.port = working.security, working.port
    typer.echo(f"✓ {a.host}:{a.port} {a.security.value}: {working.detail}")

    a.username = username.strip() or _ask(interactive, "--username", "Login name", a.email)
    a.account = account.strip() or _ask(
        interactive, "--account", "A short name for this account", wiz.account_name(a.email)
    )
    if password_source:
        from followup.passwords import get_secret

        a.password_source = password_source
        secret = get_secret(password_source, a.account)
    elif password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        secret = getpass.getpass(f"Password for {a.username} (an app password if 2FA is on): ")
    else:
        raise ConfigError("init: pass --password-stdin or --password-source when there is no terminal")
    if not secret:
        raise ConfigError("init: the password is empty; nothing written")

    login = wiz.try_login(a, secret)
    a.drafts_folder = login.drafts_folder
    typer.echo(f"✓ logged in as {a.username}; Drafts is {login.drafts_folder!r} ({login.drafts_how})")
    if not a.password_source:
        a.password_file = password_file
        a.password_source = wiz.store_password(a, secret, path.parent)
    text = wiz.config_text(a, login.drafts_how, login.idle)
    wiz.write_config(path, text)
    typer.echo(f"✓ password: {a.password_source.partition(':')[0]}; config written to {path}")
    for note in a.notes:
        typer.echo(f"  note: {note}")
    typer.echo("  the advice rules and their knobs are in the file, with a comment on each line")
    if doctor:
        from followup.cli_service import doctor_command

        typer.echo("\nfollowup doctor:")
        code = doctor_command(path)
        if code:
            raise typer.Exit(code)
    typer.echo(
        "\nNext: `followup once --dry-run` shows the drafts it would write for recent mail; `followup once` "
        "writes them; `followup service install --user` keeps it running."
    )
