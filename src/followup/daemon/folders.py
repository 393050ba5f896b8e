"""Which folder is Drafts: a pure choice over the folder list the server sent (LIST/XLIST).

Kept apart from `imap.py` so the many layouts (SPECIAL-USE, Gmail, Courier's INBOX prefix,
localized names) are decided without a connection.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup.errors import ImapError

# Tried in this order when neither the config nor SPECIAL-USE names the Drafts folder. Compared
# case-insensitively against names imapclient already decoded from modified UTF-7.
KNOWN_DRAFTS_NAMES: tuple[str, ...] = (
    "Drafts",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "Draft",
    "Entwürfe",
    "Brouillons",
    "Borradores",
    "Bozze",
    "Concepten",
    "Rascunhos",
    "Utkast",
    "Kladder",
    "Luonnokset",
    "Черновики",
)


def choose_drafts(
    folders: list[tuple[frozenset[str], str]], override: str | None, host: str
) -> tuple[str, str]:
    """(folder name, how it was found): the config override, SPECIAL-USE \\Drafts, or a known name.

    `folders` holds (lower-case flags, decoded name) pairs; the errors name the folders to choose from.
    """
    selectable = [(flags, name) for flags, name in folders if "\\noselect" not in flags]
    if override:
        names = {name for _, name in selectable}
        if override in names:
            return override, "config drafts_folder"
        # INBOX is the one case-insensitive name in IMAP (RFC 3501 5.1).
        if override.upper().startswith("INBOX"):
            for name in names:
                if name.upper() == override.upper():
                    return name, "config drafts_folder"
        available = ", ".join(sorted(names)) or "none"
        if any(name == override for _, name in folders):
            raise ImapError(
                f"drafts_folder = {override!r} on {host} cannot hold messages (\\Noselect): "
                f"set drafts_folder in [[accounts]] to one of: {available}"
            )
        raise ImapError(
            f"drafts_folder = {override!r} does not exist on {host} "
            f"(folders: {available}): set drafts_folder in [[accounts]] to one of them"
        )
    for flags, name in selectable:
        if "\\drafts" in flags:
            return name, "SPECIAL-USE \\Drafts"
    by_lower: dict[str, str] = {}
    for _, name in selectable:
        by_lower.setdefault(name.casefold(), name)
    for known in KNOWN_DRAFTS_NAMES:
        if known.casefold() in by_lower:
            return by_lower[known.casefold()], f"known name {known!r}"
    # Localized names under a personal INBOX prefix (Courier, old cPanel): INBOX.Entwürfe.
    for known in KNOWN_DRAFTS_NAMES:
        for sep in "./":
            candidate = f"inbox{sep}{known}".casefold()
            if candidate in by_lower:
                return by_lower[candidate], f"known name {known!r}"
    raise ImapError(f'no Drafts folder found on {host}: set drafts_folder = "..." in [[accounts]]')


# Where a draft of followup can be found later: sent by the user, or deleted into the Trash.
KNOWN_SENT_NAMES: tuple[str, ...] = (
    "Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail", "Gesendet", "Gesendete Elemente", "Envoyés", "Enviados", "Inviati", "Verzonden",
)  # fmt: skip
KNOWN_TRASH_NAMES: tuple[str, ...] = (
    "Trash", "Deleted Items", "Deleted Messages", "INBOX.Trash", "INBOX/Trash", "[Gmail]/Trash",
    "[Google Mail]/Trash", "Papierkorb", "Gelöschte Elemente", "Corbeille", "Papelera", "Cestino", "Prullenbak",
)  # fmt: skip


def find_special(folders: list[tuple[frozenset[str], str]], flag: str, known: tuple[str, ...]) -> str | None:
    """The folder with SPECIAL-USE `flag` (e.g. "\\sent"), else one with a known name, else None."""
    selectable = [(flags, name) for flags, name in folders if "\\noselect" not in flags]
    for flags, name in selectable:
        if flag in flags:
            return name
    by_lower = {name.casefold(): name for _, name in selectable}
    return next((by_lower[k.casefold()] for k in known if k.casefold() in by_lower), None)


def where_drafts_go(folders: list[tuple[frozenset[str], str]], drafts: str) -> list[str]:
    """Drafts, Sent and Trash: where followup's drafts are found after the user sent or deleted them."""
    found = [drafts, find_special(folders, "\\sent", KNOWN_SENT_NAMES),
             find_special(folders, "\\trash", KNOWN_TRASH_NAMES)]  # fmt: skip
    return list(dict.fromkeys(name for name in found if name))


@dataclass(frozen=True)
class FolderState:
    """What SELECT/EXAMINE reported: a changed uidvalidity means every stored UID is void."""

    uidvalidity: int
    uidnext: int
    exists: int
