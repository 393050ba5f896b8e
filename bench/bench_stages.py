"""Per-stage CPU time of the pure work per message, in process, no IMAP, with a digest of every output.

    .venv/bin/python bench/bench_stages.py [-n 3000] [--no-worker]

Generates `n` bench/mailgen.py messages (fixed seed, Message-IDs and clock, so every run sees the
same bytes) and runs them through parse -> classify (batches of 200, as the worker does) ->
facts + decide -> compose, timing each stage in CPU seconds (time.process_time: the machine is
shared, so wall time would mostly measure the neighbours). Then, unless --no-worker, the same
messages go through `AccountWorker._handle_batch` with a real state database and an IMAP stub, which
adds the state database (SQLite statements counted per message) and the worker's bookkeeping.

Prints one sha256 digest of every parsed Email, label, confidence, entity, action and draft byte,
and one of the state database's rows and the drafts queued for APPEND (timestamps of the wall clock
left out). A speed change must leave both digests as they were.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import logging
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mailgen
from followup import mail
from followup.config import Settings
from followup.config import parse as parse_config
from followup.daemon.imap_headers import Seen
from followup.models import ActionKind, RawMessage, draft_key
from followup.pipeline import Pipeline
from harness import write_config

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
BATCH = 200


def bench_settings(tmp: Path) -> Settings:
    """The config bench_backlog.py runs `followup once` with (one account, lookback 30 days)."""
    path = write_config(tmp / "config.toml", port=143, user="bench", state=tmp / "state")
    return parse_config(path.read_text(), source=str(path))


def messages(n: int) -> list[bytes]:
    """`n` mailgen messages, byte-identical on every run (mailgen's Message-IDs use time and pid)."""

    def msgid(idstring: str | None = None, domain: str | None = None) -> str:
        return f"<{idstring}@{domain}>"

    mailgen.make_msgid = msgid
    random.seed(n)  # MIME boundaries come from the global random
    return mailgen.mailbox(n, now=NOW)


def canonical(value: object) -> str:
    """repr with sets sorted, so the digest does not depend on PYTHONHASHSEED."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(map(canonical, value))) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(canonical, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    return repr(value)


class Digest:
    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def add(self, *parts: object) -> None:
        for part in parts:
            self._h.update(part if isinstance(part, bytes) else canonical(part).encode())
            self._h.update(b"\x00")

    def hex(self) -> str:
        return self._h.hexdigest()[:16]


def pure(pipeline: Any, raws: Sequence[bytes]) -> tuple[dict[str, float], str, int]:
    """The pure stages alone: CPU seconds per stage, the digest, the number of drafts."""
    spent = dict.fromkeys(("parse", "classify", "decide", "compose"), 0.0)
    digest = Digest()
    drafts = 0
    for start in range(0, len(raws), BATCH):
        began = time.process_time()
        emails = [mail.parse(raw) for raw in raws[start : start + BATCH]]
        spent["parse"] += time.process_time() - began
        digest.add(*emails)
        began = time.process_time()
        results = pipeline.classify_many(emails)
        spent["classify"] += time.process_time() - began
        for email, classification in zip(emails, results, strict=True):
            digest.add(classification)
            began = time.process_time()
            facts = pipeline.facts(email, classification, None)
            actions = pipeline.decide(facts, now=NOW, account="bench")
            spent["decide"] += time.process_time() - began
            digest.add(facts, actions)
            for action in actions:
                if action.kind is not ActionKind.DRAFT or action.template is None:
                    continue
                began = time.process_time()
                draft = pipeline.compose(facts, action, key=draft_key(email, action.name), now=NOW,
                                         account="bench")  # fmt: skip
                spent["compose"] += time.process_time() - began
                digest.add(draft)
                drafts += 1
    return spent, digest.hex(), drafts


class StubImap:
    """What the batch path asks of the server: no draft is there yet; APPENDs are kept, not sent."""

    def __init__(self) -> None:
        self.appended: list[bytes] = []

    def header_values_after(self, folder: str, header: str, seen: Seen | None) -> Seen:
        return Seen(1, 0, frozenset())

    def append_drafts(self, folder: str, data: Sequence[bytes], when: datetime | None = None) -> None:
        self.appended.extend(data)

    def add_keyword(self, folder: str, uid: int, keyword: str) -> None:
        pass


def worker(
    pipeline: Any, raws: Sequence[bytes], state: Path
) -> tuple[float, dict[str, float], Counter[str], str]:
    """The batch path of the daemon: CPU seconds, its stage split (wall), SQLite statements, digest."""
    from followup.daemon.store import Store
    from followup.daemon.worker import AccountWorker

    store = Store(state / "state.sqlite3")
    statements: Counter[str] = Counter()

    def count(sql: str) -> None:
        statements[re.sub(r"\s+", " ", sql.split("(", 1)[0])[:60]] += 1

    store._db.set_trace_callback(count)
    account = pipeline.settings.accounts[0]
    imap = StubImap()
    work = AccountWorker(account, pipeline, store, clock=lambda: NOW)
    work.session = imap  # type: ignore[assignment]
    work.drafts_folder = "Drafts"
    began = time.process_time()
    for start in range(0, len(raws), BATCH):
        chunk = [RawMessage(start + i + 1, data) for i, data in enumerate(raws[start : start + BATCH])]
        work._handle_batch(chunk, "INBOX", 1, chunk[-1].uid)
    cpu = time.process_time() - began
    store._db.set_trace_callback(None)
    digest = Digest()
    db = store._db
    digest.add(db.execute("SELECT * FROM cursors ORDER BY 1, 2").fetchall())
    digest.add(db.execute("SELECT account, identity, folder, uidvalidity, uid, message_id, label, confidence, "
                          "outcome, company, subject, received_at, fingerprint FROM messages "
                          "ORDER BY 1, 2").fetchall())  # fmt: skip
    digest.add(db.execute("SELECT key, account, source, action, rule, state, due, data, subject, recipient, "
                          "company, cancel_on_reply FROM ledger ORDER BY 1").fetchall())  # fmt: skip
    digest.add(db.execute("SELECT * FROM applications ORDER BY id").fetchall())
    digest.add(db.execute("SELECT * FROM stage_history ORDER BY 1, 2, 3").fetchall())
    digest.add(imap.appended)
    store.close()
    return cpu, dict(work.counters.stages), statements, digest.hex()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="messages (default 3000)")
    parser.add_argument(
        "--no-worker", action="store_true", help="skip the batch path with the state database"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of the pure stages; the least CPU counts")
    parser.add_argument("--statements", action="store_true", help="list the SQLite statements most run")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)  # the worker logs every draft; formatting is not what is measured
    raws = messages(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp  # the shipped model, never a personal one in the real home
        settings = bench_settings(Path(tmp))
        began = time.process_time()
        pipeline = Pipeline.load(settings)
        print(f"model load: {time.process_time() - began:.2f} s CPU")
        spent, digest, drafts = pure(pipeline, raws)
        for _ in range(args.repeat - 1):  # the least of each stage: the machine is shared
            again, _, _ = pure(pipeline, raws)
            spent = {name: min(seconds, again[name]) for name, seconds in spent.items()}
        total = sum(spent.values())
        print(f"pure stages, {args.n} messages, {drafts} drafts: digest {digest}")
        for name, seconds in spent.items():
            print(f"  {name:<9} {seconds * 1000 / args.n:6.3f} ms/message CPU")
        print(
            f"  {'total':<9} {total * 1000 / args.n:6.3f} ms/message CPU = {args.n / total:5.0f} messages/s"
        )
        if not args.no_worker:
            cpu, stages, statements, state_digest = worker(pipeline, raws, Path(tmp))
            print(f"worker batch path (state database, IMAP stub): digest {state_digest}")
            print(f"  CPU {cpu * 1000 / args.n:6.3f} ms/message = {args.n / cpu:5.0f} messages/s; "
                  f"{statements.total() / args.n:.1f} SQLite statements a message")  # fmt: skip
            if args.statements:
                for sql, count in statements.most_common(12):
                    print(f"    {count / args.n:5.2f} a message: {sql}")
            print("  wall by stage: " + ", ".join(f"{k} {v * 1000 / args.n:.3f}" for k, v in stages.items())
                  + " ms/message")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
