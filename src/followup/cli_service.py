"""`followup service install|uninstall` and `followup doctor`, kept apart from cli.py.

cli.py registers them; errors propagate as FollowupError so cli.main() owns the exit codes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

service_app = typer.Typer(
    help="Run followup as a systemd service.", no_args_is_help=True, rich_markup_mode=None
)

UserOpt = Annotated[bool, typer.Option("--user", help="A user unit in ~/.config/systemd/user (the default).")]
SystemOpt = Annotated[
    bool, typer.Option("--system", help="A system template, followup@USER.service, in /etc/systemd/system.")
]


def _kind(user: bool, system: bool) -> str:
    if user and system:
        raise typer.BadParameter("pick one of --user and --system")
    return "system" if system else "user"


@service_app.command("install")
def install_command(
    user: UserOpt = False,
    system: SystemOpt = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be done; change nothing.")
    ] = False,
    exe: Annotated[
        Path | None, typer.Option("--exe", help="The followup command to run (default: the one on PATH).")
    ] = None,
    account: Annotated[
        str | None, typer.Option("--as", help="--system: the service user (default: followup).")
    ] = None,
) -> None:
    """Write the unit, reload systemd and start followup now and at every boot."""
    from followup import install

    kind = _kind(user, system)
    result = install.install(kind, (exe or install.find_exe()).absolute(), dry_run=dry_run, user=account)
    if dry_run:
        typer.echo(f"would write {result.unit_path}:\n")
        typer.echo(result.unit_text)
    elif result.written:
        typer.echo(f"wrote {result.unit_path}")
    for command in result.ran:
        typer.echo(f"ran: {command}")
    for note in result.notes:
        typer.echo(f"note: {note}")
    if result.todo:
        typer.echo("\nrun these commands:" if not dry_run else "commands:")
        for command in result.todo:
            typer.echo(f"  {command}")


@service_app.command("uninstall")
def uninstall_command(
    user: UserOpt = False,
    system: SystemOpt = False,
    account: Annotated[
        str | None, typer.Option("--as", help="--system: the service user (default: followup).")
    ] = None,
) -> None:
    """Stop and disable the service and remove its unit file (config and state stay)."""
    from followup import install

    result = install.uninstall(_kind(user, system), user=account)
    typer.echo(f"removed {result.unit_path}" if result.written else f"no unit at {result.unit_path}")
    for command in result.ran:
        typer.echo(f"ran: {command}")
    if result.todo:
        typer.echo("\nrun these commands:")
        for command in result.todo:
            typer.echo(f"  {command}")


def doctor_command(config: Path | None = None) -> int:
    """Print every check; 0 when all required checks pass, else 1."""
    from followup.doctor import exit_code, format_checks, run_checks

    checks = run_checks(config)
    typer.echo(format_checks(checks))
    return exit_code(checks)
