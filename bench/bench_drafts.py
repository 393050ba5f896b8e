"""The drafts check as a figure: hand-written source emails through the real pipeline, every fact compared.

    .venv/bin/python bench/bench_drafts.py [--gold-labels] [-v]

Prints "drafts with every fact right: N of M" for tests/data/drafts/cases.toml (recipient, greeting,
company, role, the slot as written, the kind of reply, the timed drafts, what must not be said),
each wrong fact with -v, and the time to compose one draft. With --gold-labels the case's own label
replaces the classifier's, which separates classifier misses from drafting ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from draft_cases import check, load_cases, run_case, settings
from followup.pipeline import Pipeline


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
