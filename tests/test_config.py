"""Config errors name the key path and the fix, on one line."""

import pytest

from followup import config
from followup.errors import ConfigError

GOOD = """
[profile]
name = "Sam Rivera"
email = "sam@example.org"
timezone = "Europe/Berlin"

[[accounts]]
host = "imap.example.org"
username = "sam@example.org"
"""


def test_good_config_gets_sane_defaults():
    settings = config.parse(GOOD)
    [account] = settings.accounts
    assert account.name == "sam@example.org"
    assert account.port == 993
    assert account.password == "keyring"
    assert account.folders == ["INBOX"]
    assert settings.lookback_days == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD.replace('host = "imap.example.org"', 'host = "imap.example.org"\nsecurty = "tls"'),
            "accounts[0]: unknown key 'securty' (did you mean 'security'?)",
        ),
        (
            GOOD.replace(
                'username = "sam@example.org"', 'username = "sam@example.org"\npassword = "hunter2"'
            ),
            "accounts[0].password: a literal password is not allowed",
        ),
        (
            GOOD.replace('timezone = "Europe/Berlin"', 'timezone = "Mars/Olympus"'),
            "profile.timezone: unknown time zone 'Mars/Olympus'",
        ),
        (GOOD.replace('email = "sam@example.org"', ""), "profile.email: missing required key"),
        (GOOD + 'security = "none"\n', 'security = "none" sends the password in clear text'),
        (GOOD + "port = 99999\n", "accounts[0].port:"),
        ("[profile\n", "not valid TOML"),
        (GOOD + "lookbak_days = 3\n", None),
    ],
)
def test_errors_name_the_key_and_the_fix(text, expected):
    with pytest.raises(ConfigError) as err:
        config.parse(text, source="config.toml")
    message = str(err.value)
    assert message.startswith("config.toml: ")
    assert "\n" not in message
    if expected:
        assert expected in message


def test_unknown_top_level_key_suggests_the_close_one():
    text = "lookbak_days = 3\n" + GOOD
    with pytest.raises(
        ConfigError, match=r"config.toml: unknown key 'lookbak_days' \(did you mean 'lookback_days'\?\)"
    ):
        config.parse(text)


def test_plain_imap_is_allowed_to_loopback_and_with_explicit_opt_in():
    loopback = GOOD.replace("imap.example.org", "127.0.0.1") + 'security = "none"\n'
    assert config.parse(loopback).accounts[0].port == 143
    opted = GOOD + 'security = "none"\nallow_insecure = true\n'
    assert config.parse(opted).accounts[0].allow_insecure


def test_missing_file_says_where_to_put_one(tmp_path):
    with pytest.raises(ConfigError, match="no config file"):
        config.load(tmp_path / "nope.toml")


def test_config_path_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "env.toml"))
    assert config.resolve_config_path(None) == tmp_path / "env.toml"
    assert config.resolve_config_path(tmp_path / "x.toml") == tmp_path / "x.toml"
    monkeypatch.delenv("FOLLOWUP_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config.resolve_config_path(None) == tmp_path / "xdg" / "followup" / "config.toml"
