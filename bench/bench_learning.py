"""Learning from corrections: does the personal model get better where it mattered, and no worse?

    .venv/bin/python bench/bench_learning.py [../shared/realmail/dev.jsonl] [--corrections 15]

1. Scores the shipped model on the real-mail dev set (which stays outside the project: it is read
   from the path given, never copied), takes N corrections from its failures (deterministic: by id,
   one true label after another; from mail in every language, or with `--english` only from mail
   the shipped model reads), trains the personal model exactly as `followup train --personal` does
   (it decides only mail in the languages the corrections taught; `--whole`: all mail, as before
   8 December, for comparison), and prints macro-F1 of both models on the held-out rest of the dev set, the shipped test split
   and the corpus dev split (seed 0, then the mean and sd over --seeds seeds: one seed moves a
   figure by a point or more), and every held-out message whose label changed at seed 0 (ids only;
   nothing is tuned on them).
2. On a local Dovecot with `followup run` in IDLE mode: seconds from another client setting a
   `followup/<label>` keyword to the correction being recorded and acted on.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from dovecot import DovecotServer  # noqa: E402
from followup import config, mail  # noqa: E402
from followup.classifiers import Classifier  # noqa: E402
from followup.classifiers.dataset import load_corpus, record_to_email, split  # noqa: E402
from followup.classifiers.evaluate import EvalReport, score  # noqa: E402
from followup.daemon import feedback, service  # noqa: E402
from followup.daemon.store import Store  # noqa: E402
from followup.demo import demo_messages  # noqa: E402
from followup.learning import state  # noqa: E402
from followup.learning.labels import keyword_for  # noqa: E402
from followup.learning.personal import (  # noqa: E402
    Recipe,
    corpus_dir,
    personal_classifier,
    readable,
)
from followup.models import Label  # noqa: E402
from followup.pipeline import Pipeline  # noqa: E402
from harness import PASSWORD_ENV, write_config  # noqa: E402


def as_eml(rec: dict[str, str]) -> bytes:
    """A dev-set record as the mail a user would have received (as shared/realmail/score.py builds it)."""
    msg = EmailMessage()
    company = rec.get("company") or "Example Corp"
    domain = re.sub(r"[^a-z0-9]", "", company.lower())[:20] or "example"
    msg["From"] = f'"{rec.get("contact_name") or company + " Recruiting"}" <careers@{domain}.com>'
    msg["To"] = "Alex Morgan <alex.morgan@example.org>"
    msg["Subject"] = rec.get("subject") or ""
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=f"{domain}.com")
    msg.set_content(rec["body"])
    return bytes(msg)


def as_record(rec: dict[str, str]) -> dict[str, object]:
    """What a correction of this message stores (learning/state.py email_record)."""
    out = state.email_record(mail.parse(as_eml(rec)), Label(rec["label"]))
    return {**out, "id": f"dev-{rec['id']}", "family": f"dev-{rec['id']}"}


def report(classifier: Classifier, records: list[dict[str, object]]) -> EvalReport:
    return score(records, list(classifier.classify_many(record_to_email(r) for r in records)))


def pick(failures: list[dict[str, object]], n: int) -> list[dict[str, object]]:
    """N failures, one true label after another, each label's in id order: a user corrects what they see."""
    by_label: dict[str, list[dict[str, object]]] = defaultdict(list)
    for rec in sorted(failures, key=lambda r: str(r["id"])):
        by_label[str(rec["label"])].append(rec)
    out: list[dict[str, object]] = []
    while len(out) < n and any(by_label.values()):
        for label in sorted(by_label):
            if by_label[label] and len(out) < n:
                out.append(by_label[label].pop(0))
    return out


def learning_gain(dev_path: Path, n: int, weight: int | None, recipe: Recipe = "scratch",
                  english: bool = False, seeds: int = 1, whole: bool = False) -> None:  # fmt: skip
    """Macro-F1 of the shipped and the personal model (seed 0, and the mean over `seeds` seeds)."""
    dev = [json.loads(line) for line in dev_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [as_record(r) for r in dev]
    shipped = Classifier.load()
    predicted = list(shipped.classify_many(record_to_email(r) for r in records))
    # A user corrects what they see wrong; `english`: only mail the shipped model reads.
    failures = [
        r
        for r, p in zip(records, predicted, strict=True)
        if p.label.value != r["label"] and (readable(r) or not english)
    ]
    chosen = pick(failures, n)
    ids = {r["id"] for r in chosen}
    rest = [r for r in records if r["id"] not in ids]
    _train, corpus_dev, test = split(load_corpus(corpus_dir()))
    rows = [("held-out rest of the dev set", rest), ("shipped test split", test),
            ("corpus dev split", corpus_dev), ("the corrections themselves", chosen)]  # fmt: skip
    base = [report(shipped, subset).macro_f1 for _name, subset in rows]
    before = dict(zip((str(r["id"]) for r in records), (p.label.value for p in predicted), strict=True))
    scores: list[list[float]] = []
    cpu: list[float] = []
    models: list[Classifier] = []
    harm: list[int] = []  # held-out mail the personal model gives a wrong job label the shipped one did not
    for seed in range(max(1, seeds)):
        began = time.process_time()
        # As Classifier.load reads what train_personal saves (the shipped model is not trained again).
        model = personal_classifier(
            chosen, seed=seed, weight=weight, recipe=recipe, shipped=shipped, whole=whole
        )
        cpu.append(time.process_time() - began)
        scores.append([report(model, subset).macro_f1 for _name, subset in rows])
        models.append(model)
        now = model.classify_many(record_to_email(r) for r in rest)
        harm.append(sum(1 for r, c in zip(rest, now, strict=True) if c.label.value not in (r["label"], "other")
                        and c.label.value != before[str(r["id"])]))  # fmt: skip
    personal = models[0]
    which = "readable (English)" if english else "(all languages)"
    print(f"dev set: {len(records)} messages, shipped model wrong on {len(failures)} {which}; "
          f"{len(chosen)} of them taken as corrections (recipe {recipe}, weight {weight or 'default'}); "
          f"trained in {statistics.mean(cpu):.0f} s CPU; reads {', '.join(sorted(personal.languages))}")  # fmt: skip
    taught = sorted(personal.languages - {"en"})
    print("decides: all mail (--whole)" if whole else
          f"decides: English by the shipped model, {', '.join(taught) or 'nothing'} by the personal one")  # fmt: skip
    print(
        f"{'macro-F1':32} {'n':>4} {'shipped':>8} {'personal':>8} {'points':>7}   mean, sd over {seeds} seed(s)"
    )
    for i, (name, subset) in enumerate(rows):
        points = [100 * (s[i] - base[i]) for s in scores]
        spread = f"{statistics.mean(points):+7.1f} {statistics.stdev(points):5.1f}" if seeds > 1 else ""
        print(f"{name:32} {len(subset):4d} {base[i]:8.3f} {scores[0][i]:8.3f} {points[0]:+7.1f}   {spread}")
    print(f"held-out mail given a new wrong job label (a wrong draft), per seed: {harm}")
    after = personal.classify_many(record_to_email(r) for r in rest)
    for rec, new in zip(rest, after, strict=True):
        old = before[str(rec["id"])]
        if new.label.value != old:
            verdict = (
                "fixed" if new.label.value == rec["label"] else "broken" if old == rec["label"] else "wrong"
            )
            print(f"  held out {rec['id']:36} {new.language or '?':3} true {rec['label']:21} "
                  f"shipped {old:21} personal {new.label.value:21} {verdict}")  # fmt: skip
    foreign_set(shipped, personal)


FOREIGN_SET = ROOT / "bench" / "handwritten" / "foreign"


def foreign_set(shipped: Classifier, personal: Classifier) -> None:
    """Mail in the taught languages that neither the corrections nor the phrase lists were written from."""
    files = sorted(FOREIGN_SET.glob("*/*.eml"))
    if not files:
        return
    emails = [mail.parse(f.read_bytes()) for f in files]
    print(
        f"blind set in de, es, fr, nl ({FOREIGN_SET.relative_to(ROOT)}, {len(files)}): right / wrong job labels"
    )
    for name, model in (("shipped", shipped), ("personal (seed 0)", personal)):
        labels = [c.label.value for c in model.classify_many(emails)]
        right = sum(label == f.parent.name for f, label in zip(files, labels, strict=True))
        wrong = sum(label not in (f.parent.name, "other") for f, label in zip(files, labels, strict=True))
        print(f"  {name:18} {right:3d} right, {wrong} wrong job labels")


def keyword_latency(samples: int) -> None:
    """Seconds from a keyword set by another client to the correction acted on, `run` in IDLE mode."""
    feedback.Retrainer.poll = lambda self: None  # type: ignore[method-assign]  # drafts only, no training
    with tempfile.TemporaryDirectory() as tmp, DovecotServer() as server:
        user, password = server.add_user()
        now = datetime.now(UTC)
        os.environ[PASSWORD_ENV] = password
        path = write_config(Path(tmp) / "config.toml", port=server.imap_port, user=user, state=Path(tmp))
        settings = config.load(path)
        pipeline = Pipeline.load(settings)
        messages = [m for m in demo_messages(now) if b"demo-01" in m or b"demo-02" in m or b"demo-04" in m]
        uids = [server.append(user, "INBOX", m) for m in messages]
        stop = threading.Event()
        thread = threading.Thread(
            target=service.run_forever, args=(settings, stop), kwargs={"pipeline": pipeline}
        )
        thread.start()
        store = Store(Path(tmp) / "state.sqlite3")
        try:
            deadline = time.monotonic() + 60
            while len(store.message_rows()) < len(uids) and time.monotonic() < deadline:
                time.sleep(0.05)
            times = []
            labels = [Label.OTHER, Label.REJECTION, Label.OFFER]
            for i in range(samples):
                uid, label = uids[i % len(uids)], labels[i % len(labels)]
                with server.client(user) as imap:
                    imap.select_folder("INBOX")
                    imap.remove_flags([uid], [keyword_for(x) for x in Label])
                    began = time.monotonic()
                    imap.add_flags([uid], [keyword_for(label)])
                while time.monotonic() - began < 30:
                    found = [
                        c for c in state.corrections(store) if c.uid == uid and c.label is label and c.applied
                    ]
                    if found:
                        times.append(time.monotonic() - began)
                        break
                    time.sleep(0.01)
        finally:
            stop.set()
            thread.join(15)
            store.close()
    if times:
        print(f"keyword -> correction acted on (IDLE), {len(times)} samples: median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s")  # fmt: skip
    else:
        print("keyword -> correction: never seen within 30 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "dev", nargs="?", type=Path, default=ROOT.parent / "shared" / "realmail" / "dev.jsonl"
    )
    parser.add_argument("--corrections", type=int, default=15)
    parser.add_argument(
        "--weight", type=int, default=None, help="Copies of each correction (default: the recipe's)."
    )
    parser.add_argument("--latency-samples", type=int, default=6)
    parser.add_argument("--recipe", choices=["resume", "scratch", "full"], default="scratch",
                        help="scratch: the text classifier anew (what `train --personal` does); "
                        "resume: one more pass from the shipped model; full: the decision step too")  # fmt: skip
    parser.add_argument("--seeds", type=int, default=3, help="Train this many seeds; the mean and sd.")
    parser.add_argument("--whole", action="store_true",
                        help="The personal model decides all mail, English too (before 8 December; off in followup).")  # fmt: skip
    parser.add_argument("--english", action="store_true", help="Corrections only from mail in English.")
    parser.add_argument("--skip-model", action="store_true", help="Only the keyword latency.")
    args = parser.parse_args()
    if not args.skip_model:
        if not args.dev.is_file():
            sys.exit(f"no dev set at {args.dev}: give its path")
        learning_gain(
            args.dev, args.corrections, args.weight, args.recipe, args.english, args.seeds, args.whole
        )
    if args.latency_samples:
        keyword_latency(args.latency_samples)


if __name__ == "__main__":
    main()
