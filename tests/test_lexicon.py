"""One list per fact: the word lists about mail live in followup.lexicon and nowhere else in src/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import followup
from followup import lexicon
from followup.classifiers.modeltext import sender_is_ats, sender_is_freemail
from followup.drafts import is_no_reply, reply_subject
from followup.models import Address, Email

SRC = Path(followup.__file__).parent
# One telling member of each fact in lexicon.py: a literal collection outside lexicon.py holding one of
# these is a second copy of that fact.
MARKERS = {
    "greenhouse.io": "ATS_DOMAINS",
    "jobs.nhs.uk": "JOB_BOARD_DOMAINS",
    "smartrecruiters": "HIRING_PLATFORM_NAMES",
    "gmail.com": "FREEMAIL_DOMAINS",
    "googlemail": "FREEMAIL_PROVIDER_NAMES",
    "do-not-reply": "NO_REPLY_NAMES",
    "mailer-daemon": "NO_REPLY_NAMES",
    "postmaster": "NO_REPLY_NAMES",
    "antw": "REPLY_PREFIXES",
    "re:": "REPLY_PREFIXES",
    "kind regards": "SIGN_OFFS_BEFORE_NAME",
    "mit freundlichen grüßen": "SIGN_OFFS",
    "cordialement": "SIGN_OFFS",
    "gmbh": "LEGAL_SUFFIXES",
    "limited": "LEGAL_SUFFIXES",
}


def _collections(tree: ast.AST) -> list[ast.expr]:
    """List, tuple and set literals, and frozenset(...)/set(...) calls over one."""
    return [n for n in ast.walk(tree) if isinstance(n, ast.List | ast.Tuple | ast.Set)]


def _strings(node: ast.expr) -> set[str]:
    return {
        e.value.lower()
        for e in getattr(node, "elts", [])
        if isinstance(e, ast.Constant) and isinstance(e.value, str)
    }


def test_no_module_besides_lexicon_defines_a_lexicon_list() -> None:
    copies = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "lexicon.py":
            continue
        for node in _collections(ast.parse(path.read_text(encoding="utf-8"))):
            for marker in _strings(node) & set(MARKERS):
                copies.append(
                    f"{path.relative_to(SRC)}:{node.lineno} {marker!r} (use lexicon.{MARKERS[marker]})"
                )
    assert copies == []


def test_the_markers_are_in_the_lexicon() -> None:
    """The scan above only means something while each marker really belongs to its fact."""
    for marker, name in MARKERS.items():
        values = {v.lower() for v in getattr(lexicon, name)}
        assert marker in values or marker.rstrip(":") in values, (marker, name)


def test_the_store_folds_only_legal_suffixes() -> None:
    folded = {s.lower().replace(".", "") for s in lexicon.LEGAL_SUFFIXES}
    assert set(lexicon.COMPANY_KEY_SUFFIXES) <= folded


def test_narrower_feature_lists_are_subsets_of_their_fact() -> None:
    assert set(lexicon.REPLY_PREFIXES_FEATURE) <= set(lexicon.REPLY_PREFIXES)
    assert set(lexicon.NO_REPLY_FEATURE) <= set(lexicon.NO_REPLY_NAMES + lexicon.NO_REPLY_HEADS)


def _from(address: str) -> Email:
    return Email(message_id="x@y", subject="s", sender=Address("", address))


@pytest.mark.parametrize("domain", ["greenhouse.io", "jobs.greenhouse.io", lexicon.ATS_DOMAINS[-1]])
def test_stages_read_the_ats_domains(domain: str) -> None:
    assert sender_is_ats(_from(f"jobs@{domain}"))


@pytest.mark.parametrize("domain", lexicon.FREEMAIL_DOMAINS)
def test_stages_read_the_freemail_domains(domain: str) -> None:
    assert sender_is_freemail(_from(f"someone@{domain}"))


@pytest.mark.parametrize("local", ["no_reply", "do.not.reply", "postmaster", "bounces+123", "notify"])
def test_drafts_read_the_no_reply_names(local: str) -> None:
    assert is_no_reply(f"{local}@example.com")
    assert not is_no_reply("anna.reply@example.com")


@pytest.mark.parametrize("prefix", lexicon.REPLY_PREFIXES)
def test_drafts_strip_every_reply_prefix(prefix: str) -> None:
    assert reply_subject(f"{prefix.upper()}: {prefix}: Interview") == "Re: Interview"
