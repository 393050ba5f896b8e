"""Applications (company + role) and what the user asked followup to leave alone, in the state database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from followup.daemon.records import (
    Application,
    company_key,
)
from followup.ignores import Ignore, IgnoreKind
from followup.models import Stage

if TYPE_CHECKING:
    pass

from followup.daemon.store_base import StoreBase, _dt, _iso, _role_key


class ApplicationStore(StoreBase):
    """The applications table and the ignore list; the ledger lives in Store."""

    # -- applications ----------------------------------------------------------------------------
    def application_key(
        self, account: str, company: str, role: str | None, thread: Sequence[str], own_id: str
    ) -> str:
        """Which application a mail from `company` is about: company + role, else company + thread.

        In order: an application of the company whose mail is in `thread` (In-Reply-To and
        References) and whose role does not contradict `role`; the one with this role; with a
        role the company's only open application when it has no role yet; without a role the
        company's only open application (the company-wide rule of schema 2). Else a new key:
        company + role, or company + the thread's root Message-ID (`own_id` when it has none).
        """
        ckey, rkey = company_key(company), _role_key(role)
        with self._read() as db:
            apps = db.execute(
                "SELECT id, app_key, role, stage FROM applications WHERE account=? AND company_key=? "
                "ORDER BY id",
                (account, ckey),
            ).fetchall()
            refs = [ref for ref in thread if ref]
            marks = ",".join("?" * len(refs))
            linked = (
                {
                    row[0]
                    for row in db.execute(
                        f"SELECT application FROM stage_history WHERE source IN ({marks}) UNION "
                        f"SELECT a.id FROM ledger l JOIN applications a ON a.account=l.account AND "
                        f"a.app_key=l.company WHERE l.account=? AND l.source IN ({marks})",
                        [*refs, account, *refs],
                    )
                }
                if refs
                else set()
            )
        threads = {f"{ckey}|thread:{ref}" for ref in refs}
        for app_id, key, app_role, _stage in apps:
            if (app_id in linked or key in threads) and (
                not rkey or not app_role or _role_key(app_role) == rkey
            ):
                return str(key)
        for _id, key, app_role, _stage in apps:
            if rkey and app_role and _role_key(app_role) == rkey:
                return str(key)
        open_apps = [(key, app_role) for _id, key, app_role, stage in apps if stage != Stage.REJECTED.value]
        if len(open_apps) == 1 and not (rkey and open_apps[0][1]):
            return str(open_apps[0][0])
        if rkey:
            return f"{ckey}|role:{rkey}"
        return f"{ckey}|thread:{refs[0] if refs else own_id}"

    def track(
        self,
        account: str,
        company: str,
        role: str | None,
        stage: Stage,
        at: datetime,
        source: str,
        application: str | None = None,
    ) -> None:
        """Move this application (company-only without `application`) to `stage`; remember when and why."""
        ckey = company_key(company)
        akey = application or ckey
        when = _iso(at)
        with self._tx() as db:
            db.execute(
                "INSERT INTO applications (account, company, company_key, role, stage, first_contact, "
                "last_contact, app_key) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (account, app_key) DO UPDATE SET "
                "stage=excluded.stage, last_contact=MAX(last_contact, excluded.last_contact), "
                "role=COALESCE(applications.role, excluded.role)",
                (account, company, ckey, role, stage.value, when, when, akey),
            )
            app_id = db.execute(
                "SELECT id FROM applications WHERE account=? AND app_key=?", (account, akey)
            ).fetchone()[0]
            db.execute(
                "INSERT OR IGNORE INTO stage_history VALUES (?,?,?,?)", (app_id, stage.value, when, source)
            )

    def application(self, account: str, company: str, key: str | None = None) -> Application | None:
        """The application with this key (`application_key`), else the company-only one."""
        with self._read() as db:
            row = db.execute(
                "SELECT account, company, role, stage, first_contact, last_contact FROM applications "
                "WHERE account=? AND app_key=?",
                (account, key or company_key(company)),
            ).fetchone()
        return self._application(row) if row else None

    def applications(self) -> list[Application]:
        with self._read() as db:
            rows = db.execute(
                "SELECT a.account, a.company, a.role, a.stage, a.first_contact, a.last_contact, "
                "(SELECT COUNT(*) FROM ledger l WHERE l.account=a.account AND l.company=a.app_key "
                " AND l.state='scheduled'), "
                "(SELECT MIN(due) FROM ledger l WHERE l.account=a.account AND l.company=a.app_key "
                " AND l.state='scheduled') FROM applications a ORDER BY a.last_contact DESC"
            ).fetchall()
        return [self._application(row) for row in rows]

    @staticmethod
    def _application(row: Sequence[object]) -> Application:
        first, last = _dt(row[4]), _dt(row[5])  # type: ignore[arg-type]
        assert first is not None and last is not None
        return Application(
            account=str(row[0]), company=str(row[1]), role=row[2],  # type: ignore[arg-type]
            stage=Stage(str(row[3])), first_contact=first, last_contact=last,
            pending=int(row[6]) if len(row) > 6 else 0,  # type: ignore[call-overload]
            next_due=_dt(row[7]) if len(row) > 7 else None,  # type: ignore[arg-type]
        )  # fmt: skip

    def add_ignore(self, kind: str, value: str) -> bool:
        """Remember a thread, sender or domain to leave alone; False when it was there already."""
        cur = self._write(
            "INSERT OR IGNORE INTO ignores VALUES (?,?,?)", (kind, value, _iso(datetime.now(UTC)))
        )
        return cur.rowcount == 1

    def remove_ignore(self, kind: str, value: str) -> bool:
        return self._write("DELETE FROM ignores WHERE kind=? AND value=?", (kind, value)).rowcount == 1

    def ignores(self) -> list[Ignore]:
        """Every thread, sender and domain to leave alone, oldest first (`followup ignore`)."""
        with self._read() as db:
            rows = db.execute("SELECT kind, value, created_at FROM ignores ORDER BY created_at").fetchall()
        return [Ignore(IgnoreKind(kind), str(value), datetime.fromisoformat(at)) for kind, value, at in rows]
