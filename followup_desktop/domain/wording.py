"""Tables of marked texts that read in the chosen language when they are read.

A module constant that maps codes to labels (``KIND_LABELS["birthday"]``), or lists
column titles, is built of ``_.mark("...")`` texts; wrapped in :class:`Labels` or
:class:`Titles` it hands out each text translated at the moment it is looked up, so
every screen, printout and command line that reads the table gets the chosen language
without translating it again (nothing is translated at import time). A text a caller
translates once more stays as it is (the translation is not a source text).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

from ..i18n import Message, translator

_ = translator(__name__)

K = TypeVar("K")


def shown(value: Any) -> Any:
    """A marked text translated; a tuple with such texts in it, each translated."""
    if isinstance(value, Message):
        return _(value)
    if isinstance(value, tuple):
        return tuple(shown(v) for v in value)
    return value


class Labels(Mapping[K, Any]):
    """A read-only mapping whose marked texts are translated when they are read."""

    __slots__ = ("_marked",)

    def __init__(self, marked: Mapping[K, Any]) -> None:
        self._marked = dict(marked)

    def __getitem__(self, key: K) -> Any:
        return shown(self._marked[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._marked)

    def __len__(self) -> int:
        return len(self._marked)

    def __repr__(self) -> str:
        return f"Labels({self._marked!r})"


class Titles(Sequence[str]):
    """A read-only sequence of marked texts (column titles), translated when read."""

    __slots__ = ("_marked",)

    def __init__(self, *marked: str) -> None:
        self._marked = tuple(marked)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(shown(v) for v in self._marked[index])
        return shown(self._marked[index])

    def __len__(self) -> int:
        return len(self._marked)

    def __add__(self, other: Sequence[str]) -> tuple[str, ...]:
        return tuple(self) + tuple(other)

    def __repr__(self) -> str:
        return f"Titles{self._marked!r}"
