"""Big mail: the peak memory of `followup once` over N mails of M MB each (default 30 x 10 MB).

    .venv/bin/python bench/bench_memory.py [--mails 30] [--mb 10]

Each mail is an interview invitation with an M MB PDF attached. Fetches are bounded by RFC822.SIZE
and each message's bytes are dropped once parsed, so the peak stays near the process's floor (the
model) plus one batch; the goal is 300 MB. Prints the figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from dovecot import DovecotServer  # noqa: E402
from test_memory import big_mail  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mails", type=int, default=30)
    parser.add_argument("--mb", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="followup-memory-") as tmp, DovecotServer() as server:
        user, password = server.add_user()
        began = time.monotonic()
        with server.client(user) as imap:
            for i in range(args.mails):
                imap.append("INBOX", big_mail(i, args.mb * 1024 * 1024))
        seeded = time.monotonic() - began
        config = Path(tmp) / "config.toml"
        config.write_text(
            f'state_dir = "{tmp}/state"\n[profile]\nname = "Sam Rivera"\nemail = "sam.rivera@example.org"\n'
            f'[[accounts]]\nname = "bench"\nhost = "127.0.0.1"\nport = {server.imap_port}\nsecurity = "none"\n'
            f'username = "{user}"\npassword = "env:FOLLOWUP_BENCH_PW"\n'
        )
        env = dict(os.environ, FOLLOWUP_BENCH_PW=password)
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "followup", "once", "--config", str(config)], env=env,
                              capture_output=True, text=True, check=False)  # fmt: skip
        took = time.monotonic() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.mails} mails of {args.mb} MB (seeded in {seeded:.0f} s): `followup once` took {took:.0f} s, "
          f"exit code {done.returncode}, peak RSS {peak:.0f} MB (goal: under 300 MB)")  # fmt: skip
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
