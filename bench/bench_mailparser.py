"""mail-parser against followup's mail.py: robustness, speed and memory on the same bytes.

    .venv/bin/python bench/bench_mailparser.py [--messages 10000] [--fuzz 400]

Two sets: the fuzz material of tests/test_fuzz.py (its named worst cases, and `--fuzz` examples of each
Hypothesis strategy: hostile headers, generated MIME trees, mutated real mail, arbitrary bytes) and the
backlog mail of bench_backlog.py (bench/mailgen.py, the same seed). For each parser and set it prints
messages that parsed, were refused with the parser's own error, crashed (any other exception) or took
over 2 s; subjects or senders still holding CR/LF after parsing; messages/s; the largest tracemalloc peak of one message (first 2,000); and, on the backlog, how often the two agree on subject,
sender, date and the first words of the text; and how the two Date readers (mail-parser's strict
one, which followup uses, and the stdlib's) fare on the Date headers. mail-parser is asked for what followup needs from a
message (headers, text/plain and text/html, attachment names), which its parse computes anyway.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import signal
import sys
import time
import tracemalloc
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from email.utils import parseaddr, parsedate_tz
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

SLOW = 2.0
MEMORY_SAMPLE = 2_000  # messages traced for the per-message peak (tracing is slow)


class _Slow(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Slow


def ours(data: bytes) -> dict[str, Any]:
    from followup import mail

    email = mail.parse(data)
    return {
        "subject": email.subject,
        "from": email.sender.email if email.sender else "",
        "date": email.date,
        "text": email.full_text,
        "attachments": email.attachments,
    }


def theirs(data: bytes) -> dict[str, Any]:
    import mailparser

    from followup.mail import html_to_text

    parsed = mailparser.parse_from_bytes(data)
    sender = str(parsed.from_[0][1]) if parsed.from_ and len(parsed.from_[0]) > 1 else ""
    date = parsed.date
    return {
        "subject": parsed.subject if isinstance(parsed.subject, str) else str(parsed.subject or ""),
        "from": sender,
        "date": date.replace(tzinfo=UTC) if date is not None and date.tzinfo is None else date,
        # followup would still turn HTML-only mail into text itself, as mail.py does
        "text": "\n".join(parsed.text_plain) or html_to_text("\n".join(parsed.text_html)),
        "attachments": tuple(a.get("filename") or "" for a in parsed.attachments),
    }


def run(
    parser: Callable[[bytes], dict[str, Any]], messages: list[bytes], refused: type[Exception]
) -> dict[str, Any]:
    """Outcome counts and wall time of one parser over `messages` (no tracing: real speed)."""
    outcomes: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    results: list[dict[str, Any] | None] = []
    signal.signal(signal.SIGALRM, _alarm)
    began = time.perf_counter()
    for data in messages:
        signal.setitimer(signal.ITIMER_REAL, SLOW)
        result = None
        try:
            result = parser(data)
            outcomes["parsed"] += 1
        except _Slow:
            outcomes["slow"] += 1
        except refused:
            outcomes["refused"] += 1
        except Exception as exc:  # RecursionError included: the daemon would lose the message
            outcomes["crashed"] += 1
            crashes[type(exc).__name__] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        results.append(result)
    wall = time.perf_counter() - began
    return {"outcomes": outcomes, "crashes": crashes, "wall": wall, "results": results}


def peak_memory(parser: Callable[[bytes], dict[str, Any]], messages: list[bytes]) -> float:
    """The largest tracemalloc peak of parsing one message, in MB (what one worker must hold)."""
    worst = 0
    tracemalloc.start()
    for data in messages:
        tracemalloc.reset_peak()
        with contextlib.suppress(Exception):
            signal.setitimer(signal.ITIMER_REAL, SLOW * 5)
            try:
                parser(data)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        worst = max(worst, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    return worst / 1e6


def injected(results: list[dict[str, Any] | None]) -> int:
    """Parsed subjects or senders that still hold CR or LF: a header a draft could not carry safely."""
    return sum(1 for r in results if r and any(c in r["subject"] + r["from"] for c in "\r\n"))


def _words(text: str, n: int = 12) -> list[str]:
    return text.split()[:n]


def agreement(a: list[dict[str, Any] | None], b: list[dict[str, Any] | None]) -> dict[str, str]:
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not pairs:
        return {}
    same = Counter()
    for x, y in pairs:
        same["subject"] += x["subject"] == y["subject"]
        same["sender"] += x["from"].casefold() == parseaddr(y["from"])[1].casefold()
        same["date"] += x["date"] == y["date"]
        same["first words"] += _words(x["text"]) == _words(y["text"])
    return {k: f"{v / len(pairs):.1%}" for k, v in same.items()}


def report(title: str, messages: list[bytes], compare: bool) -> None:
    import mailparser.exceptions

    from followup.errors import MailParseError

    size = sum(map(len, messages)) / 1e6
    print(f"\n{title}: {len(messages)} messages, {size:.1f} MB")
    runs = {
        "mail.py (followup)": run(ours, messages, MailParseError),
        "mail-parser": run(theirs, messages, mailparser.exceptions.MailParserError),
    }
    sample = messages[:MEMORY_SAMPLE]
    print(f"  {'parser':<20} {'parsed':>7} {'refused':>8} {'crashed':>8} {'slow':>5} {'CR/LF':>6} {'msg/s':>7} "
          f"{'peak MB':>8}  crashes")  # fmt: skip
    for (name, r), parse in zip(runs.items(), (ours, theirs), strict=True):
        o = r["outcomes"]
        crashes = ", ".join(f"{k} x{v}" for k, v in r["crashes"].most_common(4)) or "-"
        print(f"  {name:<20} {o['parsed']:>7} {o['refused']:>8} {o['crashed']:>8} {o['slow']:>5} "
              f"{injected(r['results']):>6} {len(messages) / r['wall']:>7.0f} {peak_memory(parse, sample):>8.1f}  "
              f"{crashes}")  # fmt: skip
    dates(messages)
    if compare:
        agree = agreement(runs["mail.py (followup)"]["results"], runs["mail-parser"]["results"])
        print("  agreement where both parsed: " + ", ".join(f"{k} {v}" for k, v in agree.items()))


_DATE = re.compile(rb"^Date:[ \t]*(.*?)\r?$", re.MULTILINE | re.IGNORECASE)


def dates(messages: list[bytes]) -> None:
    """The one part followup takes from mail-parser: its strict RFC 5322 Date reader, beside the stdlib's."""
    from mailparser.dates import parse_mail_date

    values = [m.group(1).decode("latin-1") for data in messages if (m := _DATE.search(data[:20_000]))]
    counts: Counter[str] = Counter()
    for value in values:
        try:
            strict = parse_mail_date(value).value
        except Exception:
            strict = None
        try:
            parsed = parsedate_tz(value)
            loose = parsed is not None and datetime(*parsed[:6]) is not None
        except (ValueError, OverflowError, TypeError, IndexError):
            loose = False
        zone = bool(_ZONE.search(value))
        counts["mail-parser read"] += strict is not None
        counts["stdlib read"] += loose
        counts["stdlib read, no zone given (it assumes UTC)"] += loose and not zone and strict is None
        counts["stdlib could not, mail-parser could"] += strict is not None and not loose
    print(f"  Date headers: {len(values)}; " + ", ".join(f"{k} {v}" for k, v in counts.items()))


_ZONE = re.compile(r"(?:[+-]\d{4}|\b(?:UT|UTC|GMT|Z|[ECMP][SD]T)\b)\s*(?:\(.*\))?\s*$")


def fuzz_material(per_strategy: int) -> list[bytes]:
    """The named worst cases and `per_strategy` examples of each strategy in tests/test_fuzz.py."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import test_fuzz

    out = [make() for make in test_fuzz.WORST_CASES.values()]
    strategies = [test_fuzz.hostile_messages(), test_fuzz.mime_messages(), test_fuzz.mutated_real(),
                  st.binary(max_size=2000)]  # fmt: skip
    for strategy in strategies:

        @settings(max_examples=per_strategy, database=None, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        @given(data=strategy)
        def collect(data: bytes) -> None:
            out.append(data)

        collect()
    return out


def backlog_material(n: int) -> Iterable[bytes]:
    from harness import crlf
    from mailgen import mailbox

    return [crlf(m) for m in mailbox(n, now=datetime.now(UTC))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000, help="backlog messages (default 10000)")
    parser.add_argument("--fuzz", type=int, default=400, help="examples per fuzz strategy (default 400)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)  # mail-parser logs every part and header it cannot handle
    import mailparser

    print(
        f"mail-parser {getattr(mailparser, '__version__', '?')} against followup.mail (Python {sys.version.split()[0]})"
    )
    report("fuzz material (tests/test_fuzz.py)", fuzz_material(args.fuzz), compare=False)
    report("backlog mail (bench/mailgen.py)", list(backlog_material(args.messages)), compare=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
