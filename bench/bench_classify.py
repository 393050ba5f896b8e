"""Classifier throughput: load the shipped model, classify N messages on one core, print the figures.

Messages are sampled from the corpus (cycled, with the greeting varied so no two are identical) or,
when the corpus is absent, generated from a few templates. Run: .venv/bin/python bench/bench_classify.py
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from followup.classifiers import CORPUS_DIR, Classifier, extract_entities, load_corpus, record_to_email
from followup.models import Address, Email, Label

NAMES = ["Sam", "Priya", "Jonas", "Mei", "Olu", "Ana", "Tom", "Ines", "Ravi", "Zoe"]
FALLBACK = [
    "We would like to invite you to a 30-minute interview next Tuesday at 3pm EST.",
    "Unfortunately we have decided to move forward with other candidates.",
    "We are pleased to offer you the position. Your offer letter is attached.",
    "Thank you for applying. We have received your application.",
    "Please complete the online coding assessment within 5 days.",
    "Our weekly newsletter: ten jobs you might be interested in.",
]


def messages(n: int, seed: int) -> list[Email]:
    rng = random.Random(seed)
    if any(CORPUS_DIR.glob("*.jsonl")):
        base = [record_to_email(r) for r in load_corpus(CORPUS_DIR)]
    else:
        base = [
            Email(
                message_id=f"{i}@bench",
                subject="Your application",
                sender=Address("Acme Careers", "careers@acme.io"),
                date=datetime.fromisoformat("2026-03-02T10:15:00-05:00"),
                text=t,
            )
            for i, t in enumerate(FALLBACK)
        ]
    out = []
    for i in range(n):
        email = base[i % len(base)]
        out.append(replace(email, message_id=f"{i}@bench", text=f"Hi {rng.choice(NAMES)},\n\n{email.text}"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=10_000, help="messages to classify (default 10000)")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--model", type=Path, default=None, help="model dir (default: the shipped model)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target is stated
    start = time.perf_counter()
    classifier = Classifier.load(args.model)
    load_s = time.perf_counter() - start
    batch = messages(args.n, args.seed)
    start = time.perf_counter()
    labels: dict[str, int] = {}
    skipped: list[Email] = []
    for email, result in zip(
        batch,
        classifier.classify_many(batch, batch_size=args.batch_size, entities_for_other=False),
        strict=True,
    ):
        labels[result.label.value] = labels.get(result.label.value, 0) + 1
        if result.label is Label.OTHER:
            skipped.append(email)
    elapsed = time.perf_counter() - start
    # What the daemon's path skips: entity extraction for mail labelled "other" (no draft, no entities).
    start = time.perf_counter()
    for email in skipped:
        extract_entities(email, Label.OTHER)
    saved = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    sys.stdout.write(
        f"model load:      {load_s:.2f} s\n"
        f"messages:        {args.n}\n"
        f"classify_many:   {elapsed:.2f} s  ({args.n / elapsed:.0f} messages/s, one core)\n"
        f"entities skipped for {len(skipped)} 'other' messages: {saved:.2f} s saved "
        f"({args.n / (elapsed + saved):.0f} messages/s if extracted)\n"
        f"peak RSS:        {peak_mb:.0f} MB\n"
        f"labels:          {dict(sorted(labels.items()))}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
