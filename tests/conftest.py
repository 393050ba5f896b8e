"""Shared fixtures: real Dovecot servers (tests/dovecot.py) and generic helpers.

One Dovecot per folder layout for the whole session (stop costs about 1 s each, and they stop in
parallel); every test gets its own user, so its mailbox starts empty. Tests that restart or kill
the server take `private_dovecot` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from dovecot import DovecotMissing, DovecotServer, Variant

if TYPE_CHECKING:
    from followup.classifiers import Classifier
    from followup.config import Settings
    from followup.daemon.imap import ConnectionSettings
    from followup.pipeline import Pipeline


class DovecotPool:
    """Starts one server per variant on first use; stops them all together at the end."""

    def __init__(self) -> None:
        self._servers: dict[Variant, DovecotServer] = {}

    def get(self, variant: Variant | str = Variant.STANDARD) -> DovecotServer:
        variant = Variant(variant)
        if variant not in self._servers:
            server = _new_server(variant)
            self._servers[variant] = server
            server.start()
        return self._servers[variant]

    def close(self) -> None:
        servers = list(self._servers.values())
        for server in servers:
            server.terminate()  # all masters wind down at once instead of ~1 s each in turn
        for server in servers:
            server.cleanup()


def _new_server(variant: Variant) -> DovecotServer:
    try:
        return DovecotServer(variant)
    except DovecotMissing as exc:
        missing = str(exc)
    # A failure, not a skip: a suite that silently skips its IMAP tests proves nothing.
    pytest.fail(missing, pytrace=False)


@dataclass(frozen=True)
class ImapAccount:
    """A fresh user on a running Dovecot, with what the code under test needs to log in."""

    server: DovecotServer
    user: str
    password: str

    def settings(self, security: str = "none", **overrides: object) -> ConnectionSettings:
        """Settings for this account: "none" and "starttls" use the plain port, "tls" the IMAPS one."""
        from followup.daemon.imap import ConnectionSettings, Security

        mode = Security(security)
        port = self.server.imaps_port if mode is Security.TLS else self.server.imap_port
        values: dict[str, object] = {
            "host": self.server.host,
            "port": port,
            "security": mode,
            "username": self.user,
            "ca_file": None if mode is Security.NONE else self.server.ca_file,
            "timeout": 10.0,
            "account": f"test-{self.user}",
        }
        values.update(overrides)
        return ConnectionSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def dovecot_pool() -> Iterator[DovecotPool]:
    pool = DovecotPool()
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def dovecot(dovecot_pool: DovecotPool) -> DovecotServer:
    """The shared standard-layout server (Drafts/Sent/Trash with SPECIAL-USE flags)."""
    return dovecot_pool.get(Variant.STANDARD)


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    """A new user with an empty mailbox on the shared standard server."""
    user, password = dovecot.add_user()
    return ImapAccount(dovecot, user, password)


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """A server of its own, for tests that restart or kill it."""
    server = _new_server(Variant.STANDARD)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On failure, show the tail of every Dovecot log the test touched."""
    outcome: Any = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    funcargs = getattr(item, "funcargs", {})
    servers = {id(v): v for v in funcargs.values() if isinstance(v, DovecotServer)}
    for value in funcargs.values():
        if isinstance(value, ImapAccount):
            servers[id(value.server)] = value.server
    for server in servers.values():
        tail = "\n".join(server.log().splitlines()[-40:])
        report.sections.append((f"dovecot log ({server.variant.value}, {server.root})", tail))


# ---- followup config for tests ----------------------------------------------------------------


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | Path):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def account_block(
    account: ImapAccount,
    monkeypatch: pytest.MonkeyPatch,
    *,
    name: str = "test",
    security: str = "none",
    secret: str | None = None,
    password: str | None = None,
    **extra: object,
) -> str:
    """One [[accounts]] entry for `account`; its secret goes through an env var (never the file).

    `secret` overrides the password the env var holds (a wrong one, say); `password` replaces the
    source altogether (e.g. "command:..."). TLS uses the IMAPS port; extra keys are written as given.
    """
    if password is None:
        env = f"FOLLOWUP_TEST_PW_{name.upper()}_{account.user.upper()}"
        monkeypatch.setenv(env, account.password if secret is None else secret)
        password = f"env:{env}"
    port = account.server.imaps_port if security == "tls" else account.server.imap_port
    values: dict[str, object] = {
        "name": name, "host": account.server.host, "port": port, "security": security,
        "username": account.user, "password": password, **extra,
    }  # fmt: skip
    return "[[accounts]]\n" + "\n".join(f"{key} = {_toml(value)}" for key, value in values.items()) + "\n"


def write_config(tmp_path: Path, *accounts: str, top: str = "") -> Path:
    """A config.toml with the test profile, state under tmp_path and these account blocks."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(
        f'state_dir = "{tmp_path / "state"}"\n{top}\n'
        '[profile]\nname = "Sam Rivera"\nemail = "sam.rivera@example.org"\ntimezone = "Europe/Berlin"\n\n'
        + "\n".join(accounts)
    )
    return path


@pytest.fixture(scope="session")
def shared_classifier() -> Classifier:
    """The shipped model, loaded once for the session (about a second each time otherwise)."""
    from followup.classifiers import Classifier

    return Classifier.load()


@pytest.fixture
def pipeline_for(shared_classifier: Classifier) -> Callable[[Settings], Pipeline]:
    """Pipeline.load for a test's settings, with the session's classifier."""
    from followup.pipeline import Pipeline

    return lambda settings: Pipeline.load(settings, classifier=shared_classifier)
