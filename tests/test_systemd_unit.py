"""The units are valid, rate as hardened, and followup still works under their seccomp filters.

PID 1 here is not systemd, so nothing can start the unit for real. What is proven:
- `systemd-analyze verify` accepts both units and `security --offline` rates the system template;
- the unit's SystemCallFilter=, MemoryDenyWriteExecute=, RestrictAddressFamilies=, NoNewPrivileges
  and UMask, built as the same kernel filters systemd loads (tests/seccomp_sandbox.py), let Python
  import spaCy and numpy, run a pipeline, classify with the model and log in to IMAP over TLS, while
  W+X memory and other socket families are really refused.
Not proven here: the mount/namespace options (ProtectSystem=, PrivateTmp=, ProtectProc= ...).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ImapAccount
from followup import install

HERE = Path(__file__).parent
EXE = Path(sys.executable).parent / "followup"

pytestmark = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None,
    reason="systemd-analyze is not installed (apt-get install systemd)",
)


@pytest.fixture
def unit_dir(tmp_path: Path) -> Path:
    for kind in install.UnitKind:
        (tmp_path / install.unit_file_name(kind)).write_text(install.render_unit(kind, EXE))
    return tmp_path


def analyze(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["systemd-analyze", *args], capture_output=True, text=True, check=False, env=env, timeout=60
    )


def test_units_verify(unit_dir: Path, tmp_path: Path) -> None:
    system = analyze("verify", str(unit_dir / "followup@.service"))
    assert system.returncode == 0 and system.stdout + system.stderr == "", system.stderr
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    user = analyze("verify", "--user", str(unit_dir / "followup.service"), env=env)
    assert user.returncode == 0 and user.stdout + user.stderr == "", user.stderr


def test_system_template_rates_ok(unit_dir: Path) -> None:
    done = analyze("security", "--offline=true", "--threshold=20", str(unit_dir / "followup@.service"))
    score = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", done.stdout)
    assert score, done.stdout + done.stderr
    assert float(score.group(1)) <= 2.0, done.stdout
    assert done.returncode == 0  # --threshold=20 means 2.0


SANDBOXED = r"""
import errno, mmap, socket, sys
import numpy, spacy
doc = spacy.blank("en")("Thank you for applying, we would like to invite you to an interview.")
assert len(doc) > 5
assert float((numpy.ones((64, 64)) @ numpy.ones((64, 64))).sum()) == 64.0 ** 3
from followup import mail
from followup.classifiers import Classifier
from followup.doctor import SAMPLE_MESSAGE
result = Classifier.load().classify(mail.parse(SAMPLE_MESSAGE.replace(b"\n", b"\r\n")))
print("label", result.label.value)
# The filter is really there: writable+executable memory and packet sockets are refused.
try:
    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    print("wx allowed")
except PermissionError:
    print("wx refused")
try:
    socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    print("packet allowed")
except OSError as exc:
    print("packet refused" if exc.errno == errno.EAFNOSUPPORT else f"packet {exc}")
print(open("/proc/self/status").read().split("NoNewPrivs:")[1].split()[0], "no_new_privs")
"""


def run_sandboxed(
    unit: Path, *command: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HERE / "seccomp_sandbox.py"), str(unit), "--", *command],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip


def test_spacy_numpy_and_the_model_work_under_the_unit_filters(unit_dir: Path) -> None:
    done = run_sandboxed(unit_dir / "followup@.service", sys.executable, "-c", SANDBOXED)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "label interview_invitation" in lines
    assert "wx refused" in lines and "packet refused" in lines and "1 no_new_privs" in lines


def test_tls_login_works_under_the_unit_filters(unit_dir: Path, imap_account: ImapAccount) -> None:
    code = (
        "import os, sys\n"
        "from followup.daemon.imap import ConnectionSettings, ImapSession\n"
        "s = ConnectionSettings(host=sys.argv[1], port=int(sys.argv[2]), security='tls', username=sys.argv[3],"
        " ca_file=sys.argv[4], timeout=10)\n"
        "with ImapSession(s, lambda: os.environ['FOLLOWUP_SANDBOX_PW']) as imap:\n"
        "    print(imap.find_drafts()[0])\n"
    )
    server = imap_account.server
    env = {**os.environ, "FOLLOWUP_SANDBOX_PW": imap_account.password}
    done = run_sandboxed(
        unit_dir / "followup@.service", sys.executable, "-c", code,
        server.host, str(server.imaps_port), imap_account.user, str(server.ca_file), env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Drafts"
