"""A real, throw-away Dovecot for integration tests.

Everything (config, certificates, mail, sockets, log) lives in one temp dir directly under /tmp, so
the unprivileged mail uid can traverse it and nothing touches the system's Dovecot. Start takes about
0.1 s and stop about 1 s (the master waits for its children), so the fixtures share one server per
layout and hand each test a fresh user.
"""

from __future__ import annotations

import contextlib
import grp
import itertools
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = Path(os.environ.get("FOLLOWUP_TEST_DOVECOT", "/usr/sbin/dovecot"))
DOVEADM = Path("/usr/bin/doveadm")

MISSING_MESSAGE = (
    "dovecot not found: run `make test` as root (it installs dovecot-imapd) "
    "or `sudo apt-get install dovecot-imapd`"
)


USER_POOL = 400  # users made before start; far more than one session's tests need


class DovecotMissing(RuntimeError):
    """Dovecot (or what it needs to run here) is not installed; the fixtures turn this into a failure."""


class Variant(StrEnum):
    """Folder layouts seen on real servers; each gets its own Dovecot because namespaces are global."""

    STANDARD = "standard"  # Drafts, Sent, Trash with RFC 6154 special-use flags
    GMAIL = "gmail"  # [Gmail] is a \Noselect parent; [Gmail]/Drafts carries \Drafts
    COURIER = "courier"  # INBOX. prefix, "." separator, INBOX.Drafts without any flags (old cPanel)
    GERMAN = "german"  # localized names without flags: Entwürfe, Gesendet, Papierkorb


# (name relative to the namespace, special-use flag or "")
_MAILBOXES: dict[Variant, tuple[tuple[str, str], ...]] = {
    Variant.STANDARD: (("Drafts", "\\Drafts"), ("Sent", "\\Sent"), ("Trash", "\\Trash")),
    Variant.GMAIL: (
        ("[Gmail]/Drafts", "\\Drafts"),
        ("[Gmail]/Sent Mail", "\\Sent"),
        ("[Gmail]/Trash", "\\Trash"),
    ),
    Variant.COURIER: (("Drafts", ""), ("Sent", ""), ("Trash", "")),
    Variant.GERMAN: (("Entwürfe", ""), ("Gesendet", ""), ("Papierkorb", "")),
}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(cmd: Sequence[object], cwd: Path) -> None:
    proc = subprocess.run(list(map(str, cmd)), cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed: {proc.stderr.strip()}")


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate for 127.0.0.1/localhost signed by it (openssl CLI)."""
    if shutil.which("openssl") is None:
        raise DovecotMissing("openssl not found: `sudo apt-get install openssl`")
    ca_key, ca_crt = directory / "ca.key", directory / "ca.crt"
    key, csr, crt = directory / "server.key", directory / "server.csr", directory / "server.crt"
    ext = directory / "server.ext"
    ext.write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
    )
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _run(
        [
            *("openssl", "req", "-x509", *ec, "-keyout", ca_key, "-out", ca_crt, "-days", "2"),
            *("-subj", "/CN=followup test CA", "-addext", "basicConstraints=critical,CA:TRUE"),
            *("-addext", "keyUsage=critical,keyCertSign,cRLSign"),
        ],
        directory,
    )
    _run(["openssl", "req", *ec, "-keyout", key, "-out", csr, "-subj", "/CN=localhost"], directory)
    _run(
        [
            *("openssl", "x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key, "-CAcreateserial"),
            *("-out", crt, "-days", "2", "-extfile", ext),
        ],
        directory,
    )
    return ca_crt, crt, key


class DovecotServer:
    """One Dovecot master on two free loopback ports (plain+STARTTLS and IMAPS).

    Users are added at run time (the passwd-file is re-read on change), so one server can give every
    test its own empty mailbox.
    """

    host = "127.0.0.1"

    def __init__(self, variant: Variant | str = Variant.STANDARD, oauth2_introspection_url: str = "") -> None:
        """oauth2_introspection_url: also accept XOAUTH2/OAUTHBEARER, checking each token by an RFC 7662
        POST to that URL (a server the test runs on 127.0.0.1); plain passwords keep working."""
        if not DOVECOT.exists():
            raise DovecotMissing(MISSING_MESSAGE)
        self.variant = Variant(variant)
        self.oauth2_introspection_url = oauth2_introspection_url
        self._uid, self._gid, self._login_user, self._internal_user = self._identities()
        self._proc: subprocess.Popen[bytes] | None = None
        self.start_seconds = 0.0
        self.stop_seconds = 0.0
        self.root = Path(tempfile.mkdtemp(prefix=f"followup-dovecot-{self.variant.value}-", dir="/tmp"))
        try:
            self._prepare()
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise

    def _prepare(self) -> None:
        """Ports, users, certificates and config inside the temp dir."""
        # The mail uid must traverse into the dir (mkdtemp makes it 0700).
        self.root.chmod(0o755)
        self.imap_port = _free_port()
        self.imaps_port = _free_port()
        self.log_file = self.root / "dovecot.log"
        self.config_file = self.root / "dovecot.conf"
        self.users_file = self.root / "users"
        self.users_file.write_text("")
        self.users_file.chmod(0o644)
        self.home_root = self.root / "home"
        self.home_root.mkdir()
        self._passwords: dict[str, str] = {}
        self._counter = itertools.count(1)
        os.chown(self.home_root, self._uid, self._gid)
        self._pool = [f"user{next(self._counter)}" for _ in range(USER_POOL)]
        for name in self._pool:
            self._write_user(name, secrets.token_urlsafe(12))
        self.ca_file, self._cert, self._key = make_certificates(self.root)
        self.oauth2_file = self.root / "dovecot-oauth2.conf.ext"
        if self.oauth2_introspection_url:
            self.oauth2_file.write_text(self._oauth2_config())
        self.config_file.write_text(self._config())

    # ---- configuration ------------------------------------------------------------------------

    def _identities(self) -> tuple[int, int, str, str]:
        """Who serves mail: nobody/nogroup as root (Dovecot refuses root), else the current user."""
        if os.geteuid() == 0:
            for user in ("dovenull", "dovecot"):
                try:
                    pwd.getpwnam(user)
                except KeyError as exc:
                    raise DovecotMissing(
                        f"system user {user!r} missing: reinstall dovecot-core "
                        "(`apt-get install --reinstall dovecot-core`)"
                    ) from exc
            nobody = pwd.getpwnam("nobody")
            try:
                gid = grp.getgrnam("nogroup").gr_gid
            except KeyError:
                gid = nobody.pw_gid
            return nobody.pw_uid, gid, "dovenull", "dovecot"
        me = pwd.getpwuid(os.getuid()).pw_name
        return os.getuid(), os.getgid(), me, me

    def _namespace(self) -> str:
        separator, prefix = (".", "INBOX.") if self.variant is Variant.COURIER else ("/", "")
        lines = ["namespace inbox {", "  inbox = yes", f"  separator = {separator}", f"  prefix = {prefix}"]
        for name, flag in _MAILBOXES[self.variant]:
            lines.append(f'  mailbox "{name}" {{')
            lines.append("    auto = subscribe")
            if flag:
                lines.append(f"    special_use = {flag}")
            lines.append("  }")
        lines.append("}")
        return "\n".join(lines)

    def _config(self) -> str:
        root = self.root
        rootless = os.geteuid() != 0
        # Rootless: Dovecot cannot chroot or chown to other ids, so everything runs as us.
        chroot = "  chroot =\n" if rootless else ""
        internal_group = f"default_internal_group = {grp.getgrgid(self._gid).gr_name}\n" if rootless else ""
        # LAYOUT=fs keeps "[Gmail]" a plain directory, which Dovecot lists as \Noselect like Gmail does.
        layout = ":LAYOUT=fs" if self.variant is Variant.GMAIL else ""
        oauth2_mechanisms = password_mechanisms = oauth2_passdb = ""
        if self.oauth2_introspection_url:
            oauth2_mechanisms = " xoauth2 oauthbearer"
            # Each passdb only for its own mechanisms: a token is never compared with a password.
            password_mechanisms = "  mechanisms = plain login\n"
            oauth2_passdb = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {self.oauth2_file}\n}}\n"
            )
        return f"""\
# Generated by tests/dovecot.py for one test session.
base_dir = {root}/run
state_dir = {root}/state
log_path = {self.log_file}
info_log_path = {self.log_file}
protocols = imap
listen = {self.host}
ssl = yes
ssl_cert = <{self._cert}
ssl_key = <{self._key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
auth_failure_delay = 0
auth_verbose = yes
default_login_user = {self._login_user}
default_internal_user = {self._internal_user}
{internal_group}first_valid_uid = {min(self._uid, 500) if rootless else 500}
first_valid_gid = 0
mail_uid = {self._uid}
mail_gid = {self._gid}
mail_location = maildir:~/Maildir{layout}
mail_max_userip_connections = 200
mailbox_list_index = no
# Quota is on for every user but limits none: set_quota() gives one user its rules (userdb fields).
mail_plugins = $mail_plugins quota
plugin {{
  quota = maildir:User quota
}}
login_greeting = followup test dovecot ready
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {self.users_file}
{password_mechanisms}}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = {self.users_file}
}}
{self._namespace()}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.imaps_port}
    ssl = yes
  }}
{chroot}}}
# One failed login would otherwise slow every later login from 127.0.0.1 (IMAP-NOTES.md).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{chroot}}}
"""

    def _oauth2_config(self) -> str:
        """The oauth2 passdb: every login asks the introspection URL (no auth cache: auth_cache_size is 0)."""
        return f"""\
# RFC 7662 introspection: POST token=..., answer {{"active": true, "username": "..."}} or {{"active": false}}.
introspection_mode = post
introspection_url = {self.oauth2_introspection_url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""

    # ---- lifecycle ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        """Start the master in the foreground and wait until the IMAP port accepts connections."""
        if self.running:
            return
        began = time.monotonic()
        self._proc = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(self.config_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so kill() takes the children too
        )
        deadline = began + timeout
        while True:
            if self._proc.poll() is not None:
                stderr = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
                self._proc = None
                raise RuntimeError(f"dovecot exited at start: {stderr.strip()}\n{self.log()}")
            if self._ready():
                break
            if time.monotonic() > deadline:
                self.kill()
                raise TimeoutError(f"dovecot not ready after {timeout} s\n{self.log()}")
            time.sleep(0.02)
        self.start_seconds = time.monotonic() - began

    def _ready(self) -> bool:
        try:
            for port in (self.imap_port, self.imaps_port):
                with socket.create_connection((self.host, port), timeout=0.5) as sock:
                    if port == self.imap_port and b"ready" not in sock.recv(200):
                        return False
        except OSError:
            return False
        return True

    def terminate(self) -> None:
        """Ask the master to stop without waiting (lets several servers stop in parallel)."""
        if self.running and self._proc is not None:
            self._proc.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the master, wait, then SIGKILL the whole group. Safe to call any number of times."""
        if self._proc is None:
            return
        began = time.monotonic()
        proc, self._proc = self._proc, None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._kill_group(proc)
                proc.wait()
        self._kill_group(proc)  # stragglers (none expected after a clean stop)
        if proc.stderr:
            proc.stderr.close()
        self.stop_seconds = time.monotonic() - began

    def kill(self) -> None:
        """Abrupt death of every Dovecot process, as after a crash or OOM kill."""
        if self._proc is None:
            return
        proc, self._proc = self._proc, None
        self._kill_group(proc)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
        # Children die a moment after the master; until then a port may still accept and reset.
        deadline = time.monotonic() + 5
        while self._port_open() and time.monotonic() < deadline:
            time.sleep(0.01)

    def _port_open(self) -> bool:
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=0.2):
                return True
        except OSError:
            return False

    @staticmethod
    def _kill_group(proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def restart(self) -> None:
        """Same ports and mail, new processes: every open connection is dropped."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        """Stop and remove the temp dir."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def log(self) -> str:
        """The server's log, for failure messages."""
        try:
            return self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return "(no dovecot log yet)"

    # ---- users --------------------------------------------------------------------------------

    def _write_user(self, name: str, password: str) -> None:
        if name in self._passwords or ":" in name or ":" in password or "\n" in name + password:
            raise ValueError(f"bad or duplicate user {name!r}")
        with self.users_file.open("a") as fh:
            fh.write(self._user_line(name, password, ""))
        self._passwords[name] = password

    def _user_line(self, name: str, password: str, extra: str) -> str:
        home = self.home_root / name
        return f"{name}:{{PLAIN}}{password}:{self._uid}:{self._gid}::{home}::{extra}\n"

    def set_quota(self, user: str, *rules: str) -> None:
        """Give `user` these quota rules ("*:storage=1M", "Drafts:storage=2K"); none lifts the quota.

        The rules take effect at the user's next login: Dovecot re-reads the passwd-file at most once
        a second, so this waits for that.
        """
        # With no rule the maildir backend falls back to the limit kept in maildirsize: 0 is no limit.
        rules = rules or ("*:storage=0",)
        extra = " ".join(f"userdb_quota_rule{'' if i == 0 else i + 1}={rule}" for i, rule in enumerate(rules))
        lines = self.users_file.read_text().splitlines(keepends=True)
        prefix = f"{user}:"
        self.users_file.write_text(
            "".join(
                self._user_line(user, self._passwords[user], extra) if line.startswith(prefix) else line
                for line in lines
            )
        )
        time.sleep(1.05)

    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A new user with an empty mailbox (the variant's folders appear at first login).

        Dovecot re-reads the passwd-file at most once a second, so users are made in advance; a
        named user (or one past the pool) costs a wait for the next second.
        """
        if name is None and password is None and self._pool:
            name = self._pool.pop(0)
        else:
            name = name or f"user{next(self._counter)}"
            self._write_user(name, password or secrets.token_urlsafe(12))
            if self.running:
                time.sleep(1.05)
        self._prepare_home(name)
        return name, self._passwords[name]

    def _prepare_home(self, name: str) -> None:
        """Gmail lists "[Gmail]" as a \\Noselect parent from the start; a bare directory does that here."""
        if self.variant is not Variant.GMAIL:
            return
        home = self.home_root / name
        parent = home / "Maildir" / "[Gmail]"
        parent.mkdir(parents=True, exist_ok=True)
        for path in (home, home / "Maildir", parent):
            os.chown(path, self._uid, self._gid)

    def password(self, user: str) -> str:
        return self._passwords[user]

    # ---- IMAP helpers (tests use these to arrange and inspect, not the code under test) --------

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    @contextlib.contextmanager
    def client(self, user: str, tls: bool = False) -> Iterator[IMAPClient]:
        """A logged-in imapclient connection for arranging and checking mailboxes."""
        if tls:
            imap = IMAPClient(
                self.host, self.imaps_port, ssl=True, ssl_context=self.ssl_context(), timeout=10
            )
        else:
            imap = IMAPClient(self.host, self.imap_port, ssl=False, timeout=10)
        try:
            imap.login(user, self._passwords[user])
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(
        self,
        user: str,
        folder: str,
        data: bytes,
        flags: Sequence[str] = (),
        when: datetime | None = None,
    ) -> int:
        """APPEND one message; returns its UID (Dovecot always answers APPENDUID)."""
        with self.client(user) as imap:
            response = imap.append(folder, data, flags=tuple(flags), msg_time=when)
        # b'[APPENDUID 1700000000 7] Append completed.'
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("]")[0].split()[-1])

    def fetch_all(self, user: str, folder: str) -> list[tuple[int, tuple[str, ...], bytes]]:
        """(uid, flags, bytes) of every message, read with BODY.PEEK so nothing changes."""
        with self.client(user) as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            if not uids:
                return []
            data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        out = []
        for uid in sorted(data):
            flags = tuple(f.decode() if isinstance(f, bytes) else str(f) for f in data[uid][b"FLAGS"])
            out.append((uid, flags, data[uid][b"BODY[]"]))
        return out

    def uidvalidity(self, user: str, folder: str) -> int:
        with self.client(user) as imap:
            return int(imap.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def mailbox_path(self, user: str, folder: str) -> Path:
        """Where Dovecot keeps the folder on disk (asks doveadm, so every layout is right)."""
        proc = subprocess.run(
            [str(DOVEADM), "-c", str(self.config_file), "mailbox", "path", "-u", user, folder],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"doveadm mailbox path failed: {proc.stderr.strip()}")
        return Path(proc.stdout.strip())

    def change_uidvalidity(self, user: str, folder: str) -> int:
        """Make Dovecot forget the folder's UIDs, as after a restore or a server migration.

        Removing dovecot-uidlist and the indexes keeps every message file (and its flags, which
        maildir keeps in the file name) but Dovecot renumbers the messages under a new
        UIDVALIDITY. The user must have no open session, or that process writes the old list back.
        """
        before = self.uidvalidity(user, folder)
        path = self.mailbox_path(user, folder)
        for item in path.iterdir():
            if item.name == "dovecot-uidlist" or item.name.startswith("dovecot.index"):
                item.unlink()
        after = self.uidvalidity(user, folder)
        if after == before:
            raise RuntimeError(
                f"UIDVALIDITY of {folder} stayed {before} after removing {path}/dovecot-uidlist"
            )
        return after
