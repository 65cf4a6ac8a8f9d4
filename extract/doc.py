"""The working document that every extraction stage reads and annotates.

Like a spaCy `Doc`: one object flows through the stages; each stage adds its
own layer (persons, role phrases, institutions, officials, projects, actions).
Token indices refer to `tokens`; `mention()` turns a token range into a
`Mention` with offsets into the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from extract.model import Action, Article, Institution, Mention, Official, Project, Span
from extract.normalize import Folded, fold_with_offsets
from extract.sentences import split_sentences
from extract.tokens import Token, tokenize


@dataclass(slots=True)
class PersonMention:
    """A person named in text: honorifics (maybe none) followed by a name."""

    start: int  # first token (honorific or name), clitics included
    name_start: int
    end: int  # token after the name
    honorifics: list[str]
    sentence: int
    strong: bool = False  # the name ended at a clear boundary
    skip: int = 0  # folded characters of a clitic (و) to drop from the first name token


@dataclass(slots=True)
class RolePhrase:
    """A role noun with its complement: "نائبى المحافظ", "وزير الصحة بمطروح"."""

    start: int
    noun_end: int  # token after the role noun
    end: int  # token after the complement
    canonical: str  # singular role noun, e.g. "نائب"
    number: str  # sg | du | pl | acc
    definite: bool
    nested: tuple[int, int, str, bool] | None  # (start, end, canonical, definite) of an inner role
    status: str  # current | former | new
    sentence: int
    text: str = ""  # the role as stated in full, filled once institutions are known
    institution: str | None = None  # institution key
    status_word: bool = False  # the phrase ends with السابق/الجديد/الحالي


@dataclass(slots=True)
class Doc:
    article: Article
    folded: Folded
    tokens: list[Token]
    sentences: list[Span]
    sentence_of: list[int]  # sentence index of each token
    persons: list[PersonMention] = field(default_factory=list)
    roles: list[RolePhrase] = field(default_factory=list)
    institutions: dict[str, Institution] = field(default_factory=dict)
    institution_spans: list = field(default_factory=list)  # InstitutionMention, text order
    institution_full: dict[str, str] = field(default_factory=dict)  # key → name with its ب-parent
    officials: list[Official] = field(default_factory=list)
    project_mentions: list = field(default_factory=list)  # ProjectMention, as found
    costs: dict = field(default_factory=dict)  # id(ProjectMention) → Money
    areas: dict = field(default_factory=dict)  # id(ProjectMention) → Area
    projects: dict[str, Project] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    cache: dict = field(default_factory=dict)  # per-article memo for stages' derived indexes

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        folded = fold_with_offsets(article.text)
        tokens = tokenize(folded.text)
        sentences = split_sentences(article.text)
        starts = [s.start for s in sentences]
        sentence_of = []
        for t in tokens:
            o = folded.offsets[t.start]
            sentence_of.append(max(0, bisect_right(starts, o) - 1))
        return cls(article, folded, tokens, sentences, sentence_of)

    def span(self, start: int, end: int, skip: int = 0) -> tuple[int, int]:
        """Original-text offsets of the token range [start, end).

        `skip` drops that many folded characters at the start (a clitic و).
        """
        return self.folded.to_original(self.tokens[start].start + skip, self.tokens[end - 1].end)

    def original_at(self, i: int) -> str:
        """The original character behind folded character i. Folding merges ة with the pronoun ه,
        the preposition على with the name علي, إ with ا; the original spelling tells them apart."""
        return self.article.text[self.folded.offsets[i]]

    def surface(self, start: int, end: int, skip: int = 0) -> str:
        """Original text of the token range, white space collapsed."""
        s, e = self.span(start, end, skip)
        return " ".join(self.article.text[s:e].split())

    def folded_words(self, start: int, end: int) -> list[str]:
        return [t.text for t in self.tokens[start:end]]

    def mention(self, start: int, end: int, skip: int = 0) -> Mention:
        s, e = self.span(start, end, skip)
        return Mention(s, e, self.article.text[s:e], self.sentence_of[start])

    def token_at(self, offset: int) -> int:
        """Index of the token that covers (or follows) an original-text offset."""
        starts = self.token_starts()
        return max(0, bisect_right(starts, offset) - 1)

    def token_starts(self) -> list[int]:
        if not self._starts:
            self._starts.extend(self.folded.offsets[t.start] for t in self.tokens)
        return self._starts

    def project_index(self) -> tuple[dict[int, list], dict[int, object]]:
        """Project mentions by sentence and by start token, kept up to date as
        stages append to `project_mentions` (an append-only list)."""
        by_sentence, by_start, done = self.cache.setdefault("project-index", ({}, {}, [0]))
        for m in self.project_mentions[done[0] :]:
            by_sentence.setdefault(self.sentence_of[m.start], []).append(m)
            by_start.setdefault(m.start, m)
        done[0] = len(self.project_mentions)
        return by_sentence, by_start

    def sentence_range(self, index: int) -> tuple[int, int]:
        """Token range [start, end) of sentence `index`."""
        lo = bisect_right(self.sentence_of, index - 1)
        hi = bisect_right(self.sentence_of, index)
        return lo, hi
