"""The objects that flow through extraction: text → mentions → facts.

Every fact keeps the `Mention` it was read from, and every mention keeps its
character offsets into the *original* article text, so the graph can say where
each statement was made. Nothing here knows about RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Article:
    """One input news article. `id` is the record's id or the file's stem."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None  # file the article was read from, for messages
    date_source: str | None = None  # where `date` came from: record, first-line, page, file-modified


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of the original text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """A piece of text that names something, with its offsets and sentence."""

    start: int
    end: int
    text: str
    sentence: int  # index into Extraction.sentences

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Money:
    value: Decimal
    currency: str  # ISO 4217 code
    mention: Mention


@dataclass(frozen=True, slots=True)
class Area:
    square_metres: Decimal
    mention: Mention


@dataclass(slots=True)
class Institution:
    """A named organisation. `key` is the folded name used for identity."""

    key: str
    name: str
    kind: str  # ministry, governorate, parliament, committee, ...
    parent: str | None = None  # key of the parent institution
    mentions: list[Mention] = field(default_factory=list)
    implied: bool = False  # only implied by a role phrase (وزير X → وزارة X)


@dataclass(frozen=True, slots=True)
class Holding:
    """An official holds a post: role noun + institution, read at `mention`."""

    role: str  # singular role with its complement, e.g. "نائب محافظ القليوبية"
    role_noun: str  # the bare role, e.g. "نائب محافظ"
    institution: str | None  # key of the institution, when known
    mention: Mention
    status: str = "current"  # current | former | new


@dataclass(slots=True)
class Official:
    """A person who holds (or held) a public post in this article."""

    key: str  # folded full name
    name: str
    honorifics: list[str] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    alt_names: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Project:
    key: str
    name: str
    cost: Money | None = None
    area: Area | None = None
    mentions: list[Mention] = field(default_factory=list)


ACTIONS = ("inspected", "opened", "laid_foundation", "approved", "followed_up", "launched")


@dataclass(frozen=True, slots=True)
class Action:
    """An official did `action` (one of ACTIONS) to a project."""

    official: str  # Official.key
    action: str
    project: str  # Project.key
    mention: Mention  # the trigger verb's span


@dataclass(slots=True)
class Extraction:
    """All that was read from one article."""

    article: Article
    sentences: list[Span] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
