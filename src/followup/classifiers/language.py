"""Which language a mail is written in. The model learnt English only: other languages are `other`.

A German rejection read with English cues once became an acknowledgement and got an English
check-in; no draft beats that. CLD2 (pycld2: Chromium's compact language detector, its tables
compiled into the wheel, nothing downloaded) reads the new text of the mail, or the subject when
there is none: about 30,000 short mails a second, 20 MB. On the corpus (all English, 4,000 records)
and the hand-written sets it calls none foreign; bilingual mail (a German or French text with its
English version) holds a block of English text and stays with the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycld2

from followup.models import Email

# Languages the model was trained on (ISO 639-1).
MODEL_LANGUAGES = frozenset({"en"})
# Where a model's meta.json lists the languages the user taught it (a personal model; see learning/).
META_LANGUAGES = "followup_languages"
# Mail mostly in another language is read when it holds a block of text this long (bytes, as CLD2 counts)
# in a language the model reads: the English version of bilingual mail. Bilingual mail measured 203-666
# (German, French, and German + French + English, also behind a German legal footer); mail in one other
# language 0-99 (an English summary line, English names and addresses). A share of the text could not tell
# them apart: a French interview reminder counted 26-36% English and a trilingual invitation 34%.
MIN_READABLE_BLOCK = 150
MAX_CHARS = 2_000  # enough to tell; CLD2's cost grows with the text
# Characters CLD2 rejects as invalid input (control characters other than tab and newlines).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class LanguageGuess:
    """The main language of a mail and whether the model reads it."""

    code: str  # ISO 639-1 of the main language; "" when CLD2 cannot tell (too short, only numbers)
    name: str  # "German"
    share: int  # percent of the text in the main language
    readable: bool  # the model reads this mail (its language, or enough of the text in it)

    def describe(self) -> str:
        """For `classify`: 'German (96% of the text)'."""
        return f"{self.name} ({self.share}% of the text)" if self.code else "unknown"


UNKNOWN = LanguageGuess("", "", 0, True)


def identify(email: Email, languages: frozenset[str] = MODEL_LANGUAGES) -> LanguageGuess:
    """The language of the mail's new text (its subject when it has none).

    `languages`: those the model reads (a personal model also reads those the user taught it).
    """
    text = email.text if any(ch.isalpha() for ch in email.text) else email.subject
    text = _CONTROL.sub(" ", text[:MAX_CHARS]).encode("utf-8", "ignore").decode("utf-8")
    try:
        _reliable, _size, found = pycld2.detect(text)
    except pycld2.error:  # CLD2 rejects some byte sequences; then the model decides, as before
        return UNKNOWN
    name, code, share, _score = found[0]
    if code in ("un", "xx") or not share:
        return UNKNOWN
    readable = code in languages or _longest_block(text, languages) >= MIN_READABLE_BLOCK
    return LanguageGuess(code, name.title(), int(share), readable)


def _longest_block(text: str, languages: frozenset[str]) -> int:
    """The longest run of text (bytes) CLD2 assigns to one of `languages` (0 when it finds none)."""
    try:
        *_rest, vectors = pycld2.detect(text, returnVectors=True)
    except pycld2.error:
        return 0
    return max((length for _offset, length, _name, code in vectors if code in languages), default=0)
