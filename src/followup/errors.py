"""Typed errors. Only cli.py turns them into exit codes and human output.

Every message says what went wrong, why, and the fix, on one line.
"""


class FollowupError(Exception):
    """Base of every error followup raises on purpose."""

    exit_code = 1


class ConfigError(FollowupError):
    """The config file (or a value derived from it) is unusable: exit 2."""

    exit_code = 2


class SecretError(FollowupError):
    """A password or token could not be found where the config says it lives."""

    exit_code = 2


class KeyringUnavailableError(SecretError):
    """No secure system keyring here (a headless machine): a file or credential source is the way."""


class ImapError(FollowupError):
    """The server refused something or could not be reached; the watcher retries these."""


class MailParseError(FollowupError):
    """A message could not be understood; it is logged with its UID and skipped."""


class ModelError(FollowupError):
    """The classifier model is missing or unreadable."""


class UsageError(FollowupError):
    """A command was given something it cannot act on (an unknown key, a bad address): exit 2."""

    exit_code = 2


class AppendRefusedError(ImapError):
    """The server answered NO to an APPEND (Drafts over quota, folder gone): nothing was written."""


class StateError(FollowupError):
    """The state database cannot be used (damaged, unwritable) or is in use by another followup."""
