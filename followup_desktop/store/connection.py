"""The store's ``Database``: plain sqlite3 first, peewee only when something needs it.

Raw SQL runs on the plain sqlite3 connection of the thread that opened the file until
something needs the ORM (a model query, a transaction, another thread); then peewee is
imported and adopts that same connection. A start that only reads its first screen never
loads peewee (~35 ms of every start). ``database.db`` is the one instance.
"""

from __future__ import annotations

import sqlite3
from threading import Lock, get_ident
from typing import TYPE_CHECKING, Any, NoReturn, cast

from ..i18n import translator
from .errors import StoreError

_ = translator(__name__)

if TYPE_CHECKING:
    import peewee


class Database:
    """The store's database: ``execute_sql``, ``atomic``, ``connection`` and the rest of
    the peewee ``SqliteDatabase`` surface the store uses, with peewee loaded on demand.

    Until ``orm`` is first used, the thread that called ``connect`` runs SQL on its
    own sqlite3 connection (errors come out as peewee's exception classes, as they
    would through peewee). After that every call goes to peewee, which took over
    that connection for that thread and opens its own for any other thread.
    """

    def __init__(self) -> None:
        self.database: str | None = None
        self._pragmas: dict[str, Any] = {}
        self._conn: sqlite3.Connection | None = None
        self._owner: int | None = None  # the thread that opened _conn
        self._orm: peewee.SqliteDatabase | None = None
        self._orm_lock = Lock()  # a worker thread may be the first to need it
        self._uri = False  # True when ``database`` is a file: URI (read-only opens)

    # -- peewee ------------------------------------------------------------------------
    @property
    def orm(self) -> peewee.SqliteDatabase:
        """The peewee database (models are bound to it); imported on first use."""
        if self._orm is None:
            with self._orm_lock:
                if self._orm is None:
                    orm = _make_orm()
                    if self.database is not None:
                        orm.init(
                            self.database,
                            pragmas=self._pragmas,
                            check_same_thread=False,
                            uri=self._uri,
                        )
                    self._orm = orm
        if self._conn is not None and self._owner == get_ident() and self._orm.is_closed():
            # Hand this thread's open connection over instead of opening a second one.
            cast(Any, self._orm).adopt(self._conn)  # our SqliteDatabase subclass
            self._orm.connect()
        return self._orm

    def _raw(self) -> sqlite3.Connection | None:
        """The plain connection, while peewee has not taken over (this thread only)."""
        if self._orm is None and self._owner == get_ident():
            return self._conn
        return None

    # -- the surface the store uses ----------------------------------------------------------
    def init(
        self,
        database: str | None,
        pragmas: dict[str, Any] | None = None,
        *,
        uri: bool = False,
        **_ignored: Any,
    ) -> None:
        if not self.is_closed():
            self.close()
        self.database = database
        self._pragmas = dict(pragmas or {})
        self._uri = uri
        if self._orm is not None:
            self._orm.init(database, pragmas=self._pragmas, check_same_thread=False, uri=uri)

    def connect(self, reuse_if_open: bool = False) -> bool:
        if not self.is_closed():
            if reuse_if_open:
                return False
            raise StoreError(_("The database is already open."))
        if self.database is None:
            raise StoreError(_("No database has been opened yet."))
        try:
            conn = sqlite3.connect(
                self.database,
                timeout=5,
                isolation_level=None,
                check_same_thread=False,
                uri=self._uri,
            )
        except sqlite3.Error:
            _reraise_as_peewee()
        try:
            for pragma, value in self._pragmas.items():
                conn.execute(f"PRAGMA {pragma} = {value}")
        except sqlite3.Error:
            conn.close()
            _reraise_as_peewee()
        self._conn, self._owner = conn, get_ident()
        if self._orm is not None:
            self.orm  # noqa: B018 (peewee is already in use: it takes the connection now)
        return True

    def execute_sql(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        raw = self._raw()
        if raw is None:
            return self.orm.execute_sql(sql, params)
        try:
            return raw.execute(sql, params or ())
        except sqlite3.Error:
            _reraise_as_peewee()

    def connection(self) -> sqlite3.Connection:
        raw = self._raw()
        return raw if raw is not None else self.orm.connection()

    def atomic(self, *args: Any, **kwargs: Any):
        return self.orm.atomic(*args, **kwargs)

    def is_closed(self) -> bool:
        if self._conn is not None and self._owner == get_ident():
            return False
        return self._orm.is_closed() if self._orm is not None else True

    def close(self) -> bool:
        closed = self._orm.close() if self._orm is not None else False
        if self._conn is not None and self._owner == get_ident():
            self._conn.close()  # already closed when peewee had taken it over: harmless
            self._conn = None
            closed = True
        return closed


def _make_orm() -> peewee.SqliteDatabase:
    import peewee

    class AdoptingSqliteDatabase(peewee.SqliteDatabase):
        """peewee's SqliteDatabase that can take over an already open connection."""

        _adopted: tuple[int, sqlite3.Connection] | None = None

        def adopt(self, conn: sqlite3.Connection) -> None:
            self._adopted = (get_ident(), conn)

        def _connect(self):
            adopted = self._adopted
            if adopted is not None and adopted[0] == get_ident():
                self._adopted = None  # only the thread that offered it takes it
                return adopted[1]  # pragmas were set when it was opened
            return super()._connect()  # type: ignore[misc]  # peewee-stubs omit it

    return AdoptingSqliteDatabase(None)


def _reraise_as_peewee() -> NoReturn:
    """Re-raise the sqlite3 error being handled as the peewee class peewee would raise."""
    import peewee

    with cast(Any, peewee).__exception_wrapper__:
        raise
