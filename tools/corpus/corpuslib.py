"""Scaffolding shared by the corpus engines (engines/*.py) and the driver (build.py).

Each engine holds the slot logic of one slice of the corpus; its families are data (families/**/*.toml)
and its word lists are data (lexicon/*.toml, read with ``lexicon``). What the engines have in common lives
here: the record layout and what each label may carry, family ids, building with a fixed seed,
validation, writing the JSONL file, printing counts, the expansion of `other` and of
rejection/acknowledgement families (each shared by a pair of engines), and the formatting helpers and
header sets that several engines use alike. Standard library only.
"""

from __future__ import annotations

import copy
import json
import random
import re
import string
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

Record = dict[str, Any]

HERE = Path(__file__).resolve().parent
_LEXICON: dict[str, dict[str, Any]] = {}


def lexicon(kind: str, engine: str, name: str) -> Any:
    """The list or table ``name`` of ``engine`` in lexicon/<kind>.toml (people, organisations, roles,
    places, misc): the word lists live there as data, the engines only draw from them."""
    if kind not in _LEXICON:
        with (HERE / "lexicon" / f"{kind}.toml").open("rb") as fh:
            _LEXICON[kind] = tomllib.load(fh)
    return copy.deepcopy(_LEXICON[kind][engine][name])  # an engine may extend its copy


# The keys of a corpus record, in the order they are written.
RECORD_KEYS = (
    "id",
    "family",
    "label",
    "stage",
    "sender",
    "subject",
    "text",
    "date",
    "headers",
    "ics",
    "entities",
)
VARIANT_SUFFIXES = "abc"

REJ = "rejection"
ACK = "application_received"
APP = "after_application"  # rejection stages
INT = "after_interview"

# What each label allows: its stages, whether it may carry an ics invite and which entities.
LABEL_STAGES: dict[str, frozenset[str | None]] = {
    "interview_invitation": frozenset({None}),
    "assessment": frozenset({None}),
    "offer": frozenset({None}),
    ACK: frozenset({None}),
    REJ: frozenset({APP, INT}),
    "other": frozenset({None}),  # needs no reply, so nothing to extract either
}
ICS_LABELS = frozenset({"interview_invitation", "other"})  # "other": reminders of slots already booked
ENTITY_KEYS = frozenset(
    {"company", "role", "contact", "interview_start", "meeting_link", "location", "talent_network_link"}
)
NO_ENTITY_LABELS = frozenset({"other"})
START_LABELS = frozenset({"interview_invitation"})  # the only label that may carry interview_start
# Marks a filled template must not contain any more: ``{slot}`` and ``[[a|b]]``.
UNFILLED = ("{", "}", "[[", "]]")

# ---------------------------------------------------------------------------------------------------------
# Records, building and writing
# ---------------------------------------------------------------------------------------------------------


def record(
    fid: str,
    variant: int,
    label: str,
    stage: str | None,
    sender: str,
    subject: str,
    text: str,
    date: str,
    headers: dict[str, str],
    ics: dict[str, str] | None,
    entities: dict[str, str],
) -> Record:
    """One corpus record; variant 0, 1, 2 of family ``fid`` gets the id ``fid-a``, ``fid-b``, ``fid-c``."""
    return {
        "id": f"{fid}-{VARIANT_SUFFIXES[variant]}",
        "family": fid,
        "label": label,
        "stage": stage,
        "sender": sender,
        "subject": subject,
        "text": text,
        "date": date,
        "headers": headers,
        "ics": ics,
        "entities": entities,
    }


class _HasFid(Protocol):
    fid: str


F = TypeVar("F", bound=_HasFid)
T = TypeVar("T")


def add_family(families: list[F], fam: F, prefix: str) -> None:
    """Append ``fam`` as the next family ``<prefix>-NNN``: ids count up in writing order, per prefix."""
    fam.fid = f"{prefix}-{sum(1 for f in families if f.fid.startswith(prefix + '-')) + 1:03d}"
    families.append(fam)


def redraw(draw: Callable[[], T], key: Callable[[T], str], seen: set[str], tries: int = 20) -> T:
    """``draw()`` until ``key`` of the value is one ``seen`` does not hold yet (at most ``tries`` times);
    the value's key is added to ``seen``. Keeps the variants of one family apart."""
    for _ in range(tries):
        value = draw()
        if key(value) not in seen:
            break
    seen.add(key(value))
    return value


def build(
    families: Sequence[F], expand: Callable[[F, random.Random], list[Record]], seed: int
) -> list[Record]:
    """Expand every family in order with one generator seeded with ``seed`` (the output is deterministic)."""
    fids = [f.fid for f in families]
    dupes = sorted(x for x, c in Counter(fids).items() if c > 1)
    if dupes:
        raise SystemExit(f"duplicate family ids {dupes}")
    rng = random.Random(seed)
    records: list[Record] = []
    for fam in families:
        records.extend(expand(fam, rng))
    return records


def generate(
    families: Sequence[F],
    expand: Callable[[F, random.Random], list[Record]],
    seed: int,
    validate: Callable[[list[Record]], Counter[str]],
    path: Path,
) -> tuple[list[Record], Counter[str]]:
    """A generator's run but for what it prints: build, validate (nothing is written unless that passes),
    write ``path``. Returns the records and validate's counts."""
    records = build(families, expand, seed)
    counts = validate(records)
    write_jsonl(path, records)
    return records, counts


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object a line, UTF-8 kept as is (not \\u-escaped), "\\n" line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------------------
# Expanding families that several generators write the same way
# ---------------------------------------------------------------------------------------------------------


class _OtherFamily(_HasFid, Protocol):
    sender: str
    subject: str | list[str]
    text: str
    headers: dict[str, str]
    ics: dict[str, str] | None
    n: int | None


def expand_other(
    fam: _OtherFamily,
    rng: random.Random,
    draw: Callable[[], tuple[dict[str, str], datetime]],
    label: str,
    counts: Sequence[int],
) -> list[Record]:
    """The variants of a family whose messages carry no entities (``other``), its templates filled with
    ``str.format_map``. ``draw()`` gives fresh slots and the message date; bodies never repeat within the
    family. Without ``fam.n`` the number of variants is drawn from ``counts``; the variants take the
    family's subjects in turn, from a random one on."""
    n = fam.n or rng.choice(counts)
    subjects = fam.subject if isinstance(fam.subject, list) else [fam.subject]
    offset = rng.randrange(len(subjects))
    seen: set[str] = set()
    rows: list[Record] = []
    for v in range(n):
        slots, msg = redraw(draw, lambda d: fam.text.format_map(d[0]), seen)
        rows.append(
            record(
                fam.fid,
                v,
                label,
                None,
                fam.sender.format_map(slots),
                subjects[(offset + v) % len(subjects)].format_map(slots),
                fam.text.format_map(slots),
                msg.isoformat(),
                {k: val.format_map(slots) for k, val in fam.headers.items()},
                {k: val.format_map(slots) for k, val in fam.ics.items()} if fam.ics else None,
                {},
            )
        )
    return rows


@dataclass
class AtsFamily:
    """One hand-written rejection or acknowledgement (ATS-style) message; its slots are filled once per
    variant. Generators subclass it with their own slot options."""

    fid: str
    label: str
    stage: str | None
    sender: str
    subject: str
    text: str
    contact: str | None = None  # slot naming the person who signs (contact entity), if any
    headers: dict[str, str] = field(default_factory=dict)
    n: int = 3


def ats_record(
    fam: AtsFamily,
    variant: int,
    slots: Mapping[str, str],
    picks: Mapping[int, int],
    subject_picks: bool = False,
    company: bool = True,
) -> Record:
    """One variant of a rejection/acknowledgement family: ``[[a|b]]`` alternatives in the text (and in
    the subject when ``subject_picks``) follow ``picks``; the entities are the company (unless
    ``company`` is false), role and talent-network link where the message states them, and the signer
    named by the family's ``contact`` slot."""
    sender = fill_alternatives(fam.sender, slots, {})
    subject = fill_alternatives(fam.subject, slots, picks if subject_picks else {})
    text = fill_alternatives(fam.text, slots, picks)
    headers = {k: fill_alternatives(h, slots, {}) for k, h in fam.headers.items()}
    blob = "\n".join([sender, subject, text])
    ents: dict[str, str] = {}
    if company and slots["company"] in blob:
        ents["company"] = slots["company"]
    if slots["role"] in blob:
        ents["role"] = slots["role"]
    if fam.contact:
        ents["contact"] = slots[fam.contact]
    if "talent_link" in slots and slots["talent_link"] in blob:
        ents["talent_network_link"] = slots["talent_link"]
    return record(
        fam.fid, variant, fam.label, fam.stage, sender, subject, text, slots["_date"], headers, None, ents
    )


def expand_ats(
    fam: AtsFamily,
    rng: random.Random,
    draw: Callable[[], dict[str, str]],
    picks: Callable[[int], Mapping[int, int]],
    tries: int,
    subject_picks: bool = False,
    company: bool = True,
) -> list[Record]:
    """The ``fam.n`` variants of a rejection/acknowledgement family, each from fresh slots (``draw()``,
    redrawn up to ``tries`` times until the company is new to the family) and the alternatives
    ``picks(variant)``; see ats_record."""
    rows: list[Record] = []
    used_companies: set[str] = set()
    for v in range(fam.n):
        slots = redraw(draw, lambda s: s["company"], used_companies, tries)
        rows.append(ats_record(fam, v, slots, picks(v), subject_picks, company))
    return rows


# An extra slot of a slot-filled rejection/acknowledgement family: a template formatted with the other
# slots, or a function of the slots and the variant's random source.
SlotExtra = str | Callable[[dict[str, str], random.Random], str]


@dataclass
class SlotFamily(AtsFamily):
    """An ATS-style family whose slots a generator draws per variant, plus the family's own extra slots."""

    extra: dict[str, SlotExtra] = field(default_factory=dict)
    no_company: bool = False  # the {company} slot is not the employer the message is about


def fill_extra(slots: dict[str, str], extra: Mapping[str, SlotExtra], rng: random.Random) -> dict[str, str]:
    """``slots`` with the family's extra slots added, in order (each may use the ones before it)."""
    for key, value in extra.items():
        slots[key] = value(slots, rng) if callable(value) else value.format(**slots)
    return slots


def talent(url: str) -> dict[str, SlotExtra]:
    """The extra slots of a family whose message links to a talent network."""
    return {"talent_link": url}


def expand_slot_family(
    fam: SlotFamily, rng: random.Random, draw: Callable[[], dict[str, str]], alternatives: int
) -> list[Record]:
    """The variants of a slot-filled family: variant v takes alternative v (rotated by a random offset,
    then per position) of each of the first ``alternatives`` ``[[a|b]]`` in subject and text, so the
    variants differ on purpose; ``draw()`` gives fresh slots (see expand_ats)."""

    def picks(v: int) -> dict[int, int]:
        offset = rng.randrange(6)
        return {i: v + offset + i for i in range(alternatives)}

    return expand_ats(fam, rng, draw, picks, tries=30, subject_picks=True, company=not fam.no_company)


def validate_slot_families(
    rows: list[Record],
    prefixes: Mapping[str, str],
    min_families: Mapping[str, int],
    own_prefix: Mapping[str, str] | None = None,
) -> Counter[str]:
    """validate_records for slot-filled rejection/acknowledgement rows: every sender is written as
    'Name <address>', and each label in ``own_prefix`` only stands in families of its prefix there."""

    def check(r: Mapping[str, Any]) -> list[str]:
        problems = [] if "<" in r["sender"] else [f"{r['id']}: sender is not written as 'Name <address>'"]
        for label, prefix in (own_prefix or {}).items():
            if r["label"] == label and not r["family"].startswith(prefix):
                problems.append(f"{r['id']}: {label} outside the {prefix} families")
        return problems

    return validate_records(rows, prefixes, min_families=min_families, check=check)


SF = TypeVar("SF", bound=SlotFamily)


def run_slot_families(
    families: Sequence[SF],
    draw: Callable[[SF, random.Random], dict[str, str]],
    *,
    alternatives: int,
    prefixes: Mapping[str, str],
    min_families: Mapping[str, int],
    own_prefix: Mapping[str, str] | None = None,
    seed: int,
    out: Path,
) -> int:
    """Build a rejection/acknowledgement corpus from ``seed`` (each variant's slots from ``draw(family,
    rng)``, see expand_slot_family), validate it (see validate_slot_families; nothing is written unless
    that passes), write ``out`` and print its counts."""
    rows, counts = generate(
        families,
        lambda f, rng: expand_slot_family(f, rng, lambda: draw(f, rng), alternatives),
        seed,
        lambda rows: validate_slot_families(rows, prefixes, min_families, own_prefix),
        out,
    )
    fam_stage = Counter(f.stage for f in families if f.label == REJ)
    msg_stage = Counter(r["stage"] for r in rows if r["label"] == REJ)
    links = sum(1 for r in rows if "talent_network_link" in r["entities"])
    print_label_lines(counts, (REJ, ACK))
    print(f"rejection stages (families): {dict(fam_stage)}; (messages): {dict(msg_stage)}")
    print(f"messages with talent_network_link: {links}")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


def numeric_day(d: datetime, region: str, dashed: Collection[str] = (), iso: Collection[str] = ()) -> str:
    """03/14/2026 where the month comes first, 14-03-2026 in ``dashed`` regions, 2026-03-14 in ``iso``
    regions, else 14/03/2026."""
    if region in MONTH_FIRST:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if region in dashed:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if region in iso:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------------------


def _aware(value: object) -> datetime | None:
    """The datetime an ISO string stands for when it parses and carries an offset, else None."""
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return dt if dt.utcoffset() is not None else None


def _check_record(
    r: Mapping[str, Any],
    family_re: re.Pattern[str],
    label_of: Callable[[str], str],
    nonempty: Sequence[str],
) -> list[str]:
    rid = str(r["id"])
    family, label = str(r["family"]), str(r["label"])
    problems: list[str] = []
    if not family_re.fullmatch(family) or not re.fullmatch(re.escape(family) + f"-[{VARIANT_SUFFIXES}]", rid):
        problems.append(f"{rid}: malformed id/family (family {family!r})")
    elif label_of(family) != label:
        problems.append(f"{rid}: label {label} does not match family {family}")
    if label not in LABEL_STAGES:
        problems.append(f"{rid}: unknown label {label!r}")
    elif r["stage"] not in LABEL_STAGES[label]:
        problems.append(f"{rid}: stage {r['stage']!r} not allowed for {label}")

    values = [r["sender"], r["subject"], r["text"]]
    headers, ics, ents = r["headers"], r["ics"], r["entities"]
    if not isinstance(headers, dict) or not isinstance(ents, dict) or not isinstance(ics, dict | None):
        return [*problems, f"{rid}: headers/entities must be objects, ics an object or null"]
    if not all(isinstance(v, str) for v in [*values, *headers.values(), *(ics or {}).values()]):
        return [*problems, f"{rid}: sender, subject, text, header and ics values must be strings"]
    for value in [*values, *headers.values(), *(ics or {}).values()]:
        if any(mark in value for mark in UNFILLED):
            problems.append(f"{rid}: unfilled slot in {value[:80]!r}")
    for key in nonempty:
        if not str(r[key]).strip():
            problems.append(f"{rid}: {key} is empty")
    if any("\n" in v for v in [r["sender"], r["subject"], *headers.values()]):
        problems.append(f"{rid}: newline in a header value")
    if "@" not in r["sender"]:
        problems.append(f"{rid}: sender has no address")

    sent = _aware(r["date"])
    if sent is None:
        problems.append(f"{rid}: date {r['date']!r} does not parse or has no offset")
    if ics is not None:
        if label not in ICS_LABELS:
            problems.append(f"{rid}: calendar invite on a {label}")
        start, end = _aware(ics.get("start")), _aware(ics.get("end"))
        if start is None or end is None or end <= start:
            problems.append(f"{rid}: bad ics start/end")

    if ents and label in NO_ENTITY_LABELS:
        problems.append(f"{rid}: a {label} record carries entities")
    if set(ents) - ENTITY_KEYS:
        problems.append(f"{rid}: unknown entity keys {sorted(set(ents) - ENTITY_KEYS)}")
    hay = f"{r['sender']}\n{r['subject']}\n{r['text']}"
    for key, value in ents.items():
        if key == "interview_start":
            start = _aware(value)
            if label not in START_LABELS:
                problems.append(f"{rid}: interview_start on a {label}")
            if start is None or sent is None or start <= sent:
                problems.append(f"{rid}: interview_start {value!r} not aware or not after {r['date']}")
            if ics is not None and ics.get("start") != value:
                problems.append(f"{rid}: ics start differs from interview_start")
        elif not isinstance(value, str) or not value or value not in hay:
            problems.append(f"{rid}: entity {key}={value!r} is not stated in the message")
    return problems


def validate_records(
    records: Sequence[Mapping[str, Any]],
    prefixes: Mapping[str, str],
    *,
    label_of: Callable[[str], str] | None = None,
    variants: tuple[int, int] = (2, 3),
    min_families: Mapping[str, int] | None = None,
    min_messages: Mapping[str, int] | None = None,
    nonempty: Sequence[str] = ("sender", "subject", "text"),
    check: Callable[[Mapping[str, Any]], Iterable[str]] | None = None,
) -> Counter[str]:
    """Fail loudly (SystemExit listing every problem) on anything training or evaluation would trip over.

    ``prefixes`` maps a family-id prefix to its label (``{"rej": "rejection", ...}``); ``label_of`` may
    override the label a family id must carry. Every record must have exactly RECORD_KEYS, a unique id
    ``<prefix>-NNN-a|b|c``, the label of its family with a stage LABEL_STAGES allows, a body no other
    record has, no unfilled ``{slot}`` / ``[[a|b]]`` (nor a newline in header values), the ``nonempty``
    fields non-blank, an address in the sender, an aware date, sane ics times and ics only on ICS_LABELS,
    and entities from ENTITY_KEYS whose values are stated in the message (none on NO_ENTITY_LABELS;
    ``interview_start`` only on START_LABELS, aware, after the date and equal to the ics start). Each
    family must have ``variants`` (min, max) records; each label at least ``min_families`` families and
    ``min_messages`` messages. ``check`` adds a generator's own per-record checks (a problem string each).

    Returns messages per label plus ``"<label>:families"`` counts.
    """
    pattern = re.compile(rf"({'|'.join(map(re.escape, prefixes))})-\d{{3}}")
    family_label = label_of or (lambda fid: prefixes[fid.split("-")[0]])
    problems: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    per_family: Counter[str] = Counter()
    for r in records:
        rid = str(r.get("id"))
        if set(r) != set(RECORD_KEYS):
            problems.append(f"{rid}: keys differ from the record layout: {sorted(set(r) ^ set(RECORD_KEYS))}")
            continue
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids.add(rid)
        text = str(r["text"])
        if text in texts:
            problems.append(f"{rid}: text identical to another record")
        texts.add(text)
        per_family[str(r["family"])] += 1
        problems.extend(_check_record(r, pattern, family_label, nonempty))
        if check is not None:
            problems.extend(check(r))
    lo, hi = variants
    for family, n in per_family.items():
        if not lo <= n <= hi:
            problems.append(f"{family}: {n} variants (want {lo}-{hi})")
    counts = label_counts(records)
    for label, minimum in (min_families or {}).items():
        if counts[f"{label}:families"] < minimum:
            problems.append(f"{label}: {counts[f'{label}:families']} families, below {minimum}")
    for label, minimum in (min_messages or {}).items():
        if counts[label] < minimum:
            problems.append(f"{label}: {counts[label]} messages, below {minimum}")
    if problems:
        raise SystemExit("corpus invalid:\n  " + "\n  ".join(problems))
    return counts


# ---------------------------------------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------------------------------------


def label_counts(records: Iterable[Mapping[str, Any]]) -> Counter[str]:
    """Messages per label, and families per label under ``"<label>:families"``."""
    rows = list(records)
    counts: Counter[str] = Counter(str(r["label"]) for r in rows)
    for _, label in {(str(r["family"]), str(r["label"])) for r in rows}:
        counts[f"{label}:families"] += 1
    return counts


def print_label_table(counts: Mapping[str, int], labels: Iterable[str]) -> None:
    """``<label> families=N messages=M``, one aligned line a label."""
    for label in labels:
        print(f"{label:22s} families={counts[f'{label}:families']:3d} messages={counts[label]:4d}")


def print_label_lines(counts: Mapping[str, int], labels: Iterable[str]) -> None:
    """``<label>: N families, M messages``, one line a label."""
    for label in labels:
        print(f"{label}: {counts[f'{label}:families']} families, {counts[label]} messages")


def print_summary(records: Sequence[Mapping[str, Any]], path: Path) -> None:
    """Where the file went, how many families/messages and how many carry headers or ics, then per label."""
    counts = label_counts(records)
    families = {str(r["family"]) for r in records}
    with_headers = sum(1 for r in records if r["headers"])
    with_ics = sum(1 for r in records if r["ics"])
    print(f"wrote {path}")
    print(
        f"families: {len(families)}  messages: {len(records)}  with headers: {with_headers}  with ics: {with_ics}"
    )
    for label in sorted(k for k in counts if ":" not in k):
        print(f"  {label}: {counts[label]}")


# ---------------------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------------------

AUTO = {"Auto-Submitted": "auto-generated"}


def bulk(
    unsub: str, list_id: str | None = None, precedence: bool = True, one_click: bool = True
) -> dict[str, str]:
    """Headers that real bulk/marketing senders put on their mail."""
    h = {"List-Unsubscribe": unsub}
    if one_click:
        h["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if list_id:
        h["List-Id"] = list_id
    if precedence:
        h["Precedence"] = "bulk"
    return h


# ---------------------------------------------------------------------------------------------------------
# Templates, names, dates and random strings
# ---------------------------------------------------------------------------------------------------------

ALT = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT = re.compile(r"\{([a-z_0-9]+)\}")


def fill_alternatives(template: str, slots: Mapping[str, str], choices: Mapping[int, int]) -> str:
    """Fill ``[[a|b]]`` alternatives (the n-th one takes ``choices[n]``, default 0) and then ``{slots}``."""
    counter = iter(range(10_000))

    def pick(m: re.Match[str]) -> str:
        opts = m.group(1).split("|")
        return opts[choices.get(next(counter), 0) % len(opts)]

    return SLOT.sub(lambda m: slots[m.group(1)], ALT.sub(pick, template))


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_FIRST = frozenset({"us", "ca"})  # regions that write the month before the day


def fmt_day(d: datetime, region: str, weekday: bool = False, year: bool = False) -> str:
    """A date the way the sender's region writes it (US/Canada month-first, everyone else day-first)."""
    wd = WEEKDAYS[d.weekday()]
    if region in MONTH_FIRST:
        s = f"{MONTHS[d.month - 1]} {d.day}"
        if weekday:
            s = f"{wd}, {s}"
        return f"{s}, {d.year}" if year else s
    s = f"{d.day} {MONTHS[d.month - 1]}"
    if weekday:
        s = f"{wd} {s}"
    return f"{s} {d.year}" if year else s


def fmt_date_long(dt: datetime, region: str) -> str:
    """Weekday, day, month and year: "Tuesday, March 3, 2026" (month-first) or "Tuesday 3 March 2026"."""
    if region in MONTH_FIRST:
        return dt.strftime("%A, %B ") + f"{dt.day}, {dt.year}"
    return dt.strftime("%A ") + f"{dt.day} " + dt.strftime("%B %Y")


def fmt_date_short(dt: datetime, region: str) -> str:
    """Day and short month: "Mar 3" (month-first) or "3 Mar"."""
    if region in MONTH_FIRST:
        return dt.strftime("%b ") + str(dt.day)
    return f"{dt.day} " + dt.strftime("%b")


def fmt_time(dt: datetime, region: str, dotted: Collection[str] = ("uk",)) -> str:
    """A clock time as the region writes it: "2:30 PM", "2:30pm" (Australia), "2.30pm" / "2pm" in the
    ``dotted`` regions, "14:30" elsewhere."""
    h, m = dt.hour, dt.minute
    h12 = h % 12 or 12
    ampm = "AM" if h < 12 else "PM"
    if region in ("us", "ca", "in", "sg"):
        return f"{h12}:{m:02d} {ampm}"
    if region == "au":
        return f"{h12}:{m:02d}{ampm.lower()}"
    if region in dotted:
        return f"{h12}.{m:02d}{ampm.lower()}" if m else f"{h12}{ampm.lower()}"
    return f"{h:02d}:{m:02d}"


def tz_abbrev(dt: datetime) -> str:
    """The zone's abbreviation, with names for the zones that only have a UTC offset."""
    name = dt.tzname() or "UTC"
    return {"+08": "SGT", "+0530": "IST"}.get(name, name)


def event_slots(
    ev: datetime, ev_end: datetime, region: str, time: Callable[[datetime, str], str] = fmt_time
) -> dict[str, str]:
    """The ``ev_*`` slots for an event from ``ev`` to ``ev_end`` (times written with ``time``)."""
    return {
        "ev_weekday": ev.strftime("%A"),
        "ev_date_long": fmt_date_long(ev, region),
        "ev_date_short": fmt_date_short(ev, region),
        "ev_time": time(ev, region),
        "ev_time_end": time(ev_end, region),
        "ev_tz": tz_abbrev(ev),
        "ev_iso": ev.isoformat(),
        "ev_end_iso": ev_end.isoformat(),
    }


def weekday_before(d: datetime, rng: random.Random, lo: int, hi: int) -> datetime:
    """A weekday lo..hi days before d (interviews and applications happen on working days)."""
    while True:
        c = d - timedelta(days=rng.randint(lo, hi))
        if c.weekday() < 5:
            return c


def weekday_after(d: datetime, rng: random.Random, lo: int, hi: int) -> datetime:
    """A weekday lo..hi days after d."""
    while True:
        c = d + timedelta(days=rng.randint(lo, hi))
        if c.weekday() < 5:
            return c


def split_name(name: str) -> tuple[str, str]:
    """("Ana", "Ruiz") from "Ana Ruiz"; a single name is both first and last."""
    first, _, last = name.partition(" ")
    return first, last or first


def email_local(parts: Sequence[str], rng: random.Random) -> str:
    """The local part of someone's address from the (already slugged) parts of their name, in one of
    the four usual styles: first.last, first, flast, first.l."""
    style = rng.randrange(4)
    if style == 0:
        return ".".join(parts)
    if style == 1:
        return parts[0]
    if style == 2:
        return parts[0][0] + parts[-1]
    return parts[0] + "." + parts[-1][0]


def ascii_alnum(s: str) -> str:
    """Lower-case ASCII letters and digits only ("José-Luis" -> "joseluis"), for addresses and slugs."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rand_chars(rng: random.Random, alphabet: str, n: int) -> str:
    """``n`` characters drawn from ``alphabet`` (tokens, meeting ids, hex ids)."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def next_weekday(dt: datetime) -> datetime:
    """`dt`, moved forward to a Monday if it falls on a weekend."""
    while dt.weekday() >= 5:
        dt += timedelta(days=1)
    return dt


def prev_weekday(dt: datetime) -> datetime:
    """`dt`, moved back to a Friday if it falls on a weekend."""
    while dt.weekday() >= 5:
        dt -= timedelta(days=1)
    return dt


def pick_name(rng: random.Random, names: Mapping[str, Sequence[str]], region: str, used: set[str]) -> str:
    """A full name not used yet in this variant: mostly from the region's pool, else from names["any"]."""
    pool = names[region] if rng.random() < 0.7 else names["any"]
    choices = [n for n in pool if n not in used] or [n for n in names["any"] if n not in used]
    name = rng.choice(choices)
    used.add(name)
    return name
