"""`followup init`: a newcomer's config from flags or questions, proven by a login before it is written."""

from __future__ import annotations

import io
import stat
import tomllib
from pathlib import Path

import pytest

from followup import config as cfg
from followup import passwords
from followup import setup_wizard as wiz
from followup.cli import main
from followup.errors import KeyringUnavailableError

ROOT = Path(__file__).resolve().parents[1]


def test_print_example_is_the_shipped_example_and_the_repo_one(capsys):
    assert main(["init", "--print-example"]) == 0
    out = capsys.readouterr().out
    assert out == (ROOT / "config.example.toml").read_text(encoding="utf-8") == wiz.example_config()
    cfg.parse(out)


def _answers(**overrides: object) -> wiz.Answers:
    values: dict[str, object] = {
        "name": "Ada Park", "email": "ada@example.net", "host": "mail.example.net", "port": 993,
        "security": cfg.Security.TLS, "username": "ada", "account": "work", "timezone": "America/Chicago",
        "password_source": "keyring",
    }  # fmt: skip
    values.update(overrides)
    return wiz.Answers(**values)  # type: ignore[arg-type]


def test_the_written_config_is_the_example_with_the_answers_and_every_comment():
    text = wiz.config_text(_answers(phone="+1 312 555 0100"), "SPECIAL-USE \\Drafts", idle=True)
    settings = cfg.parse(text)
    assert (settings.profile.name, settings.profile.email, settings.profile.timezone) == (
        "Ada Park", "ada@example.net", "America/Chicago",
    )  # fmt: skip
    assert settings.profile.signature == "Ada Park\n+1 312 555 0100"
    account = settings.accounts[0]
    assert (account.name, account.host, account.port, account.username) == (
        "work",
        "mail.example.net",
        993,
        "ada",
    )
    assert account.drafts_folder is None and account.mode == "idle"
    example = wiz.example_config()
    comments = [line for line in example.splitlines() if line.lstrip().startswith("#")]
    kept = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(kept) == len(comments)
    assert "Sam Rivera" not in text and "1234567" not in text


def test_a_non_standard_port_drafts_name_and_ca_are_switched_on(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")  # the config refuses a ca_file that does not exist
    text = wiz.config_text(
        _answers(port=10993, drafts_folder="Entwürfe", ca_file=ca), "known name 'Entwürfe'", idle=False
    )
    account = tomllib.loads(text)["accounts"][0]
    assert account["port"] == 10993 and account["drafts_folder"] == "Entwürfe"
    assert account["ca_file"] == str(ca) and account["mode"] == "poll"


def test_a_missing_example_line_is_an_error_not_a_silent_drop():
    with pytest.raises(Exception, match=r"profile\.nickname"):
        wiz.fill_example({("profile", "nickname"): "x"})


def test_host_from_a_known_provider_comes_with_its_login_note():
    guess = wiz.suggest_host("someone@gmail.com", srv=lambda name: pytest.fail("no DNS for Gmail"))
    assert guess is not None and guess.host == "imap.gmail.com" and "app password" in guess.note


def test_host_from_dns_srv_imaps_first():
    asked = []

    def srv(name):
        asked.append(name)
        return {"_imap._tcp.acme.example": [("imap.acme.example", 143)],
                "_imaps._tcp.acme.example": [("mail.acme.example", 993)]}.get(name, [])  # fmt: skip

    guess = wiz.suggest_host("jo@Acme.Example", srv=srv)
    assert guess is not None and (guess.host, guess.port) == ("mail.acme.example", 993)
    assert asked == ["_imaps._tcp.acme.example"]
    assert wiz.suggest_host("jo@nowhere.example", srv=lambda name: []) is None


def test_unreachable_dns_gives_no_guess_quickly(monkeypatch):
    import dns.resolver

    def down(*args, **kwargs):
        raise dns.resolver.NoNameservers("no servers")

    monkeypatch.setattr(dns.resolver, "resolve", down)
    assert wiz.dns_srv("_imaps._tcp.example.org") == []


# ---- against Dovecot ---------------------------------------------------------------------------


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)

    def no_keyring() -> object:
        raise KeyringUnavailableError("no secure system keyring is available (test)")

    monkeypatch.setattr(passwords, "_keyring_backend", no_keyring)
    return tmp_path


def _flags(account, *extra: str) -> list[str]:
    server = account.server
    return [
        "init", "--yes", "--name", "Ada Park", "--email", "ada@example.net", "--host", server.host,
        "--port", str(server.imaps_port), "--ca-file", str(server.ca_file), "--username", account.user,
        "--account", "work", "--timezone", "Europe/Berlin", "--password-stdin", *extra,
    ]  # fmt: skip


@pytest.mark.dovecot
def test_init_without_a_keyring_writes_a_0600_password_file_and_a_config_doctor_accepts(
    imap_account, home, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_account.password + "\n"))
    assert main(_flags(imap_account)) == 0
    out = capsys.readouterr().out
    path = home / "config" / "followup" / "config.toml"
    settings = cfg.load(path)
    account = settings.accounts[0]
    assert account.security is cfg.Security.TLS and account.port == imap_account.server.imaps_port
    secret_file = home / "config" / "followup" / "work.password"
    assert account.password == f"file:{secret_file}"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert secret_file.read_text().strip() == imap_account.password
    assert imap_account.password not in path.read_text()
    assert "Drafts is 'Drafts' (SPECIAL-USE \\Drafts)" in out
    assert "✓ work: login" in out and "✗" not in out


@pytest.mark.dovecot
def test_init_stores_in_the_keyring_where_there_is_one(imap_account, home, monkeypatch, capsys):
    stored = {}
    monkeypatch.setattr(
        passwords, "set_keyring_password", lambda account, secret: stored.update({account: secret})
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_account.password + "\n"))
    assert main([*_flags(imap_account), "--no-doctor"]) == 0
    assert stored == {"work": imap_account.password}
    assert cfg.load(home / "config" / "followup" / "config.toml").accounts[0].password == "keyring"


@pytest.mark.dovecot
def test_a_wrong_password_writes_nothing(imap_account, home, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-password\n"))
    assert main(_flags(imap_account)) != 0
    assert "login" in capsys.readouterr().err.lower()
    assert not (home / "config" / "followup").exists()


@pytest.mark.dovecot
def test_starttls_is_found_when_the_port_only_speaks_it(imap_account, home, monkeypatch, capsys):
    flags = _flags(imap_account)
    flags[flags.index("--port") + 1] = str(imap_account.server.imap_port)
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_account.password + "\n"))
    assert main([*flags, "--no-doctor"]) == 0
    account = cfg.load(home / "config" / "followup" / "config.toml").accounts[0]
    assert account.security is cfg.Security.STARTTLS and account.port == imap_account.server.imap_port


def test_nothing_listening_is_one_clear_line(home, monkeypatch, capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    rc = main(["init", "--yes", "--name", "A", "--email", "a@example.net", "--host", "127.0.0.1",
               "--port", str(port), "--timezone", "UTC", "--password-stdin"])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "cannot open a verified connection to 127.0.0.1" in err
    assert not (home / "config" / "followup").exists()


def test_an_existing_config_is_kept_unless_forced(home, capsys):
    path = home / "config" / "followup" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("# mine\n")
    assert main(["init", "--yes"]) == 2
    assert "exists already" in capsys.readouterr().err and path.read_text() == "# mine\n"


def test_without_a_terminal_a_missing_answer_names_its_flag(home, capsys):
    assert main(["init", "--yes", "--email", "a@example.net"]) == 2
    assert "--name" in capsys.readouterr().err


def test_plain_imap_is_offered_only_on_loopback():
    assert wiz.probe("127.0.0.1", 143, cfg.Security.NONE)[0].ok
    assert not wiz.probe("mail.example.net", 143, cfg.Security.NONE)[0].ok
    text = wiz.config_text(_answers(host="127.0.0.1", port=1143, security=cfg.Security.NONE), "", idle=True)
    assert cfg.parse(text).accounts[0].security is cfg.Security.NONE
