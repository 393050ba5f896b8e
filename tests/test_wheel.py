"""A newcomer's install, end to end: sdist -> wheel -> a venv of its own -> init -> doctor -> once.

The sdist and the wheel are built from this tree as `python -m build` builds them (the wheel from
the sdist, so both are proven). The wheel goes into a venv outside the repository that has never
seen the source tree; its dependencies are installed once and kept, keyed by the wheel's
Requires-Dist, so a rerun costs a build and a `--no-deps` reinstall. Every command then runs from a
directory outside the repo, with the keyring switched off, against the test Dovecot over TLS.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import shutil
import subprocess
import sys
import tarfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.demo import demo_messages

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".venv-wheel"  # the installed venv, reused while the dependencies stay the same

pytestmark = [pytest.mark.wheel, pytest.mark.dovecot, pytest.mark.timeout(600)]


def _run(argv: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    assert done.returncode == 0, (
        f"{' '.join(map(str, argv))} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    )
    return done


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) of this tree, the wheel built from the unpacked sdist."""
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    return next(out.glob("followup-*.tar.gz")), next(out.glob("followup-*.whl"))


def _requires(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        lines = zf.read(meta).decode().splitlines()
    return "\n".join(sorted(line for line in lines if line.startswith("Requires-Dist:")))


@pytest.fixture(scope="module")
def venv(dists: tuple[Path, Path]) -> Path:
    """A venv with the wheel installed; dependencies kept across runs while Requires-Dist is unchanged."""
    wheel = dists[1]
    stamp = CACHE / "requires.sha256"
    wanted = hashlib.sha256(_requires(wheel).encode()).hexdigest()
    python = CACHE / "bin" / "python"
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if not (python.exists() and stamp.exists() and stamp.read_text() == wanted):
        shutil.rmtree(CACHE, ignore_errors=True)
        _run([sys.executable, "-m", "venv", CACHE])
        _run([*pip, wheel])
        stamp.write_text(wanted)
    else:
        _run([*pip, "--no-deps", "--force-reinstall", wheel])
    _run([python, "-m", "pip", "check"])
    return CACHE / "bin"


def test_the_sdist_carries_the_tests_their_data_and_the_example(dists):
    with tarfile.open(dists[0]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {
        "tests/conftest.py",
        "tests/test_wheel.py",
        "config.example.toml",
        "MANIFEST.in",
        "Makefile",
    } <= names
    assert any(n.startswith("tests/data/mail/") for n in names)
    assert any(n.startswith("systemd/") for n in names)


def test_the_wheel_holds_what_init_and_service_install_need(dists):
    with zipfile.ZipFile(dists[1]) as zf:
        names = set(zf.namelist())
        example = zf.read("followup/config.example.toml").decode()
    assert example == (ROOT / "config.example.toml").read_text(encoding="utf-8")
    assert any(n.startswith("followup/rules/templates/") for n in names)
    assert any(n.startswith("followup/classifiers/model/") for n in names)
    assert not any(n.startswith(("tests/", "bench/")) for n in names)


def test_from_pip_install_to_drafts(venv, imap_account, tmp_path):
    server = imap_account.server
    home = tmp_path / "home"
    env = {
        "PATH": f"{venv}:/usr/bin:/bin", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local/state"), "XDG_DATA_HOME": str(home / ".local/share"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "TMPDIR": str(tmp_path), "LANG": "C.UTF-8",
    }  # fmt: skip
    followup = venv / "followup"

    def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return _run([followup, *args], cwd=tmp_path, env=env, input=stdin, timeout=300)

    assert cli("-V").stdout.startswith("followup ")
    init = cli(
        "init", "--yes", "--name", "Sam Rivera", "--email", "sam.rivera@example.org", "--host", server.host,
        "--port", str(server.imaps_port), "--ca-file", str(server.ca_file), "--username", imap_account.user,
        "--account", "work", "--timezone", "Europe/Berlin", "--password-stdin",
        stdin=imap_account.password + "\n",
    )  # fmt: skip
    config = home / ".config" / "followup" / "config.toml"
    assert config.exists() and "config written" in init.stdout
    assert "no system keyring here" in init.stdout
    assert oct((home / ".config" / "followup" / "work.password").stat().st_mode & 0o777) == "0o600"

    doctor = cli("doctor")
    assert "✗" not in doctor.stdout and "✓ work: drafts: 'Drafts'" in doctor.stdout

    for data in demo_messages(datetime.now(UTC))[:3]:  # an invitation, a rejection, an offer
        server.append(imap_account.user, "INBOX", data)
    cli("once")
    drafts = server.fetch_all(imap_account.user, "Drafts")
    assert drafts, "followup once wrote no draft"
    for _uid, flags, data in drafts:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert "\\Draft" in flags and msg["X-Followup-Key"] and msg["In-Reply-To"]

    demo = subprocess.run(
        [followup, "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert demo.returncode == 1 and "pip install 'followup[demo]'" in demo.stderr
    assert not list(tmp_path.glob("followup-demo-*"))
    unit = cli("service", "install", "--user", "--dry-run")
    assert f"ExecStart={followup} run" in unit.stdout
