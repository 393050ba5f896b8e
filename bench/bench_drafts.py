"""The drafts check as a figure: hand-written source emails through the real pipeline, every fact compared.

    .venv/bin/python bench/bench_drafts.py [--gold-labels] [-v]

Prints "drafts with every fact right: N of M" for tests/data/drafts/cases.toml (recipient, greeting,
company, role, the slot as written, the kind of reply, the timed drafts, what must not be said),
each wrong fact with -v, and the time to write one draft (drafts.compose alone). With --gold-labels the case's own label
replaces the classifier's, which separates classifier misses from drafting ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from draft_cases import check, load_cases, run_case, settings
from followup import drafts, mail
from followup.models import draft_key
from followup.pipeline import Pipeline
from followup.rules import rendering


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold-labels", action="store_true", help="use each case's label, not the classifier's"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong fact")
    args = parser.parse_args()
    pipeline = Pipeline.load(settings())
    cases = load_cases()
    right = 0
    drafts = 0
    spent = 0.0
    for case in cases:
        started = time.perf_counter()
        outcome = run_case(pipeline, case, gold_label=args.gold_labels)
        spent += time.perf_counter() - started
        drafts += len(outcome.drafts())
        wrong = check(case, outcome)
        right += not wrong
        if wrong and args.verbose:
            print(f"{case.id}:\n  " + "\n  ".join(wrong))
    print(f"drafts with every fact right: {right} of {len(cases)}")
    print(f"{drafts} drafts; classify + decide + compose: {spent / len(cases) * 1000:.1f} ms per message")
    print(f"writing one draft (drafts.compose: headers, flowed text): {_compose_ms(pipeline):.3f} ms")
    return 0


def _compose_ms(pipeline: Pipeline, rounds: int = 300) -> float:
    """drafts.compose alone, on the reply to the long-thread case (30 references, an 80-char id)."""
    case = next(c for c in load_cases() if c.id == "inv-one-long-thread")
    email = mail.parse(case.data)
    classification = pipeline.classify(email)
    facts = pipeline.facts(email, classification, None)
    now = (email.date or datetime.now(UTC)) + timedelta(minutes=10)
    [action] = [a for a in pipeline.decide(email, classification, history=None, now=now) if a.due is None
                and a.template]  # fmt: skip
    assert action.template is not None
    context = rendering.build_context(facts, pipeline.profile, pipeline.tz, now)
    rendered = rendering.render(action.template, context)
    key = draft_key(email, action.name)
    started = time.perf_counter()
    for _ in range(rounds):
        drafts.compose(facts, rendered, action, key=key, profile=pipeline.profile, now=now)
    return (time.perf_counter() - started) / rounds * 1000


if __name__ == "__main__":
    raise SystemExit(main())
