"""Which folder is Drafts: a pure choice over the folder list the server sent (LIST/XLIST).

Kept apart from `imap.py` so the many layouts (SPECIAL-USE, Gmail, Courier's INBOX prefix,
localized names) are decided without a connection.
"""

from __future__ import annotations

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
