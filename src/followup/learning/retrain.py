"""`python -m followup.learning.retrain CORRECTIONS.jsonl`: the daemon's background retraining.

A child process, so the model's memory is given back when it ends and a failure cannot touch the
daemon. It lowers its own priority first, reads and removes the file the daemon wrote (0600, in the
temp directory), and writes the personal model (learning/personal.py).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from followup.learning.personal import train_personal


def main(argv: list[str]) -> int:
    os.nice(10)
    logging.basicConfig(level=logging.INFO, format="retrain: %(message)s")
    path = Path(argv[0])
    try:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    finally:
        path.unlink(missing_ok=True)
    train_personal(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
