"""Facts → RDF: the only place where extraction results become triples.

Shape of the graph (see ontology/agk.ttl for the terms):

* An article is an `agk:Article` (also `schema:NewsArticle`, `nif:Context`)
  with `dcterms:identifier`, `nif:isString` and, where given, headline, date, URL.
* Every mention is an `agk:Mention` (a `nif:Phrase`) with begin/end offsets,
  `nif:anchorOf`, `nif:referenceContext` (the article), `nif:sentence`, and
  `itsrdf:taIdentRef` pointing at the entity it names.
* An official (`agk:Official`) is named in each article by one mention typed
  `agk:NameMention` (the name as that article writes it: a person's node
  gathers every article's spelling), and `org:holds` an `org:Post`, which has an
  `org:role` and is `org:postIn` an institution. Each holding is also an
  `agk:PostHolding` (an `org:Membership`) with `prov:wasDerivedFrom` the
  mention(s) that state it, and per article a `prov:qualifiedDerivation`
  (`prov:entity` the mention, `agk:holdingStatus` as that article states it,
  `agk:statedName` the official's name as that article writes it).
* Institutions are `org:Organization` with a kind class, `org:subOrganizationOf`.
* Officials and institutions also have `agk:latinLabel` (a sub-property of
  rdfs:label, `@ar-Latn`): ALA-LC romanisation without diacritics.
* A project (`agk:Project`) has `agk:cost` (`schema:MonetaryAmount`: `schema:value`,
  `schema:currency`) and `agk:area` (`qudt:QuantityValue`: `qudt:numericValue` in
  `qudt:unit` `unit:M2`), each derived from a mention. Only amounts of money are
  `schema:value`s, so ranking projects by cost reads the amounts alone (docs/scale.md).
* An action (`agk:Inspection`, `agk:Opening`, ...) is a `prov:Activity`
  `prov:wasAssociatedWith` the official, with `agk:project`, derived from the
  trigger's mention, with a per-article `prov:qualifiedDerivation` naming the
  official as the article does (`agk:statedName`); the shortcut
  `official agk:inspected project` is added too.

IRIs are minted from folded names, so the same official, institution or
project in two articles is one node (kg.identity then splits two people who
share a name, and joins a short name to the full one). Tenure dates are not
written here: they depend on all articles (kg.tenure).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, XSD

from extract.model import Extraction, Mention
from extract.normalize import fold
from extract.transliterate import to_latin
from kg.vocab import (
    ACTION_TERMS,
    AGK,
    ID,
    INSTITUTION_CLASSES,
    ITSRDF,
    NIF,
    PREFIXES,
    QUDT,
    UNIT,
    article_iri,
    entity_iri,
    slug,
    span_iri,
)

AR = "ar"
# BCP 47 "ar-Latn" (Arabic in Latin script); tags are case-insensitive and Oxigraph stores them in
# lower case, so they are written that way and the graph is the same in every store
LATIN_TAG = "ar-latn"


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def add_extractions(g: Graph, extractions: Iterable[Extraction]) -> Graph:
    """Add the facts of each extraction to `g` and return it."""
    for ex in extractions:
        _ArticleWriter(g, ex).write()
    return g


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    return add_extractions(new_graph(), extractions)


def _date_literal(value: str) -> Literal | None:
    """An xsd:date from an ISO date (a time after it is ignored); None when unreadable."""
    try:
        return Literal(date.fromisoformat(value[:10]), datatype=XSD.date)
    except ValueError:
        return None


def _amount(value) -> str:
    """A decimal written plainly (47000000, 1.5), the same whatever its source spelling."""
    text = format(value.normalize(), "f")
    return text


# Terms of every mention, looked up once: a build writes ~20 mentions an article
_TYPE, _MENTION, _REFERS = RDF.type, AGK.Mention, ITSRDF.taIdentRef
_BEGIN, _END, _ANCHOR, _CONTEXT, _SENTENCE = (
    NIF.beginIndex,
    NIF.endIndex,
    NIF.anchorOf,
    NIF.referenceContext,
    NIF.sentence,
)


@lru_cache(maxsize=65536)
def _offset(n: int) -> Literal:
    """A character offset as an xsd:integer literal (offsets repeat from article to article)."""
    return Literal(n)


# Names, posts and roles recur from article to article, and rdflib's Literal() is slow
# (~8 µs): the labels of the entities are made once.
@lru_cache(maxsize=65536)
def _arabic(text: str) -> Literal:
    return Literal(text, lang=AR)


@lru_cache(maxsize=65536)
def _plain(text: str) -> Literal:
    return Literal(text)


@lru_cache(maxsize=16384)
def _latin_label(name: str, person: bool) -> Literal | None:
    """The entity's Latin-script label (ALA-LC, no diacritics; extract.transliterate), None if empty."""
    latin = to_latin(name, person=person)
    return Literal(latin, lang=LATIN_TAG) if latin else None


class _ArticleWriter:
    """Writes one article's facts; holds the article id for span IRIs."""

    def __init__(self, g: Graph, ex: Extraction) -> None:
        self.g = g
        self.ex = ex
        self.aid = ex.article.id
        self.article = article_iri(self.aid)
        self.names = {off.key: off.name for off in ex.officials}  # each official as this article names them
        self.sentences = [span_iri(self.aid, s.start, s.end, "sentence") for s in ex.sentences]

    def write(self) -> None:
        self._article()
        inst_iri = {i.key: entity_iri("org", i.key) for i in self.ex.institutions}
        for inst in self.ex.institutions:
            self._institution(inst, inst_iri)
        person_iri = {}
        for off in self.ex.officials:
            person_iri[off.key] = self._official(off, inst_iri)
        project_iri = {}
        for proj in self.ex.projects:
            project_iri[proj.key] = self._project(proj)
        for act in self.ex.actions:
            self._action(act, person_iri, project_iri)

    # -- provenance -------------------------------------------------------
    def _article(self) -> None:
        g, a, art = self.g, self.article, self.ex.article
        g.add((a, RDF.type, AGK.Article))
        g.add((a, RDF.type, SDO.NewsArticle))
        g.add((a, RDF.type, NIF.Context))
        g.add((a, DCTERMS.identifier, Literal(art.id)))
        g.add((a, NIF.isString, Literal(art.text)))
        if art.title:
            g.add((a, SDO.headline, Literal(art.title, lang=AR)))
        published = _date_literal(art.date) if art.date else None
        if published is not None:
            g.add((a, SDO.datePublished, published))
            if art.date_source:
                g.add((a, AGK.dateSource, Literal(art.date_source)))
        if art.url:
            g.add((a, SDO.url, Literal(art.url, datatype=XSD.anyURI)))
        for s, node in zip(self.ex.sentences, self.sentences):
            g.add((node, RDF.type, NIF.Sentence))
            g.add((node, _BEGIN, _offset(s.start)))
            g.add((node, _END, _offset(s.end)))
            g.add((node, _ANCHOR, Literal(s.of(art.text))))
            g.add((node, _CONTEXT, a))

    def _mention(self, m: Mention, entity: URIRef) -> URIRef:
        g = self.g
        node = span_iri(self.aid, m.start, m.end)
        g.add((node, _TYPE, _MENTION))
        g.add((node, _BEGIN, _offset(m.start)))
        g.add((node, _END, _offset(m.end)))
        g.add((node, _ANCHOR, Literal(m.text)))
        g.add((node, _CONTEXT, self.article))
        if 0 <= m.sentence < len(self.sentences):
            g.add((node, _SENTENCE, self.sentences[m.sentence]))
        g.add((node, _REFERS, entity))
        return node

    def _labels(self, node: URIRef, name: str, key: str) -> None:
        self.g.add((node, RDFS.label, _arabic(name)))
        self.g.add((node, AGK.foldedLabel, _plain(key)))

    def _latin(self, node: URIRef, name: str, person: bool = False) -> None:
        """A Latin-script label for readers without Arabic."""
        latin = _latin_label(name, person)
        if latin is not None:
            self.g.add((node, AGK.latinLabel, latin))

    # -- entities ---------------------------------------------------------
    def _institution(self, inst, inst_iri: dict[str, URIRef]) -> None:
        g, node = self.g, inst_iri[inst.key]
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, RDF.type, INSTITUTION_CLASSES.get(inst.kind, AGK.Institution)))
        self._labels(node, inst.name, inst.key)
        self._latin(node, inst.name)
        if inst.parent:
            parent = inst_iri.get(inst.parent) or entity_iri("org", inst.parent)
            g.add((node, ORG.subOrganizationOf, parent))
        for m in inst.mentions:
            self._mention(m, node)

    def _official(self, off, inst_iri: dict[str, URIRef]) -> URIRef:
        g = self.g
        person = entity_iri("person", off.key)
        g.add((person, RDF.type, AGK.Official))
        g.add((person, RDF.type, SDO.Person))
        g.add((person, RDF.type, FOAF.Person))
        self._labels(person, off.name, off.key)
        self._latin(person, off.name, person=True)
        if fold(off.name) != off.key:  # "عبد الله" as typed, beside the key's "عبدالله": both find the person
            g.add((person, AGK.foldedLabel, _plain(fold(off.name))))
        g.add((person, SDO.name, _arabic(off.name)))
        for h in off.honorifics:
            g.add((person, SDO.honorificPrefix, _arabic(h)))
        for alt in sorted(off.alt_names):
            g.add((person, SDO.alternateName, _arabic(alt)))
        named = False
        for m in off.mentions:
            node = self._mention(m, person)
            if not named and m.text == off.name:  # the name as this article writes it
                g.add((node, RDF.type, AGK.NameMention))
                named = True
        for h in off.holdings:
            role_key = fold(h.role)
            post = entity_iri("post", role_key)
            role = entity_iri("role", fold(h.role_noun))
            g.add((post, RDF.type, ORG.Post))
            self._labels(post, h.role, role_key)
            g.add((post, ORG.role, role))
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, _arabic(h.role_noun)))
            if h.institution:
                g.add((post, ORG.postIn, inst_iri.get(h.institution) or entity_iri("org", h.institution)))
            g.add((person, ORG.holds, post))
            g.add((post, ORG.heldBy, person))
            holding = ID[f"holding/{slug(off.key)}/{slug(role_key)}"]
            g.add((holding, RDF.type, AGK.PostHolding))
            g.add((holding, ORG.member, person))
            g.add((holding, AGK.post, post))
            g.add((holding, ORG.role, role))
            if h.institution:
                g.add(
                    (
                        holding,
                        ORG.organization,
                        inst_iri.get(h.institution) or entity_iri("org", h.institution),
                    )
                )
            g.add((holding, AGK.holdingStatus, Literal(h.status)))
            stated = self._mention(h.mention, post)
            g.add((holding, PROV.wasDerivedFrom, stated))
            # the status as this article states it: a PROV qualified derivation, one per holding and
            # article (a role span shared by successor and predecessor states two statuses)
            derivation = URIRef(f"{self.article}#holding={slug(off.key)}/{slug(role_key)}")
            g.add((holding, PROV.qualifiedDerivation, derivation))
            g.add((derivation, RDF.type, PROV.Derivation))
            g.add((derivation, PROV.entity, stated))
            g.add((derivation, AGK.holdingStatus, Literal(h.status)))
            g.add((derivation, AGK.statedName, Literal(off.name)))
        return person

    def _project(self, proj) -> URIRef:
        g = self.g
        node = entity_iri("project", proj.key)
        g.add((node, RDF.type, AGK.Project))
        g.add((node, RDF.type, SDO.Project))
        self._labels(node, proj.name, proj.key)
        for m in proj.mentions:
            self._mention(m, node)
        if proj.cost is not None:
            c = proj.cost
            cost = ID[f"project/{slug(proj.key)}/cost/{c.currency}{_amount(c.value)}"]
            g.add((node, AGK.cost, cost))
            g.add((cost, RDF.type, SDO.MonetaryAmount))
            g.add((cost, SDO.value, Literal(c.value, datatype=XSD.decimal)))
            g.add((cost, SDO.currency, Literal(c.currency)))
            g.add((cost, PROV.wasDerivedFrom, self._mention(c.mention, cost)))
        if proj.area is not None:
            a = proj.area
            area = ID[f"project/{slug(proj.key)}/area/{_amount(a.square_metres)}"]
            g.add((node, AGK.area, area))
            g.add((area, RDF.type, QUDT.QuantityValue))
            g.add((area, QUDT.numericValue, Literal(a.square_metres, datatype=XSD.decimal)))
            g.add((area, QUDT.unit, UNIT.M2))
            g.add((area, PROV.wasDerivedFrom, self._mention(a.mention, area)))
        return node

    def _action(self, act, person_iri: dict[str, URIRef], project_iri: dict[str, URIRef]) -> None:
        g = self.g
        person, project = person_iri.get(act.official), project_iri.get(act.project)
        if person is None or project is None:
            return
        cls, shortcut = ACTION_TERMS[act.action]
        node = ID[f"action/{slug(act.official)}/{act.action}/{slug(act.project)}"]
        g.add((node, RDF.type, cls))
        g.add((node, RDF.type, PROV.Activity))
        g.add((node, PROV.wasAssociatedWith, person))
        g.add((node, AGK.project, project))
        trigger = self._mention(act.mention, node)
        g.add((node, PROV.wasDerivedFrom, trigger))
        g.add((person, shortcut, project))
        # this article's statement of the action, naming the official as the article does
        stated = URIRef(f"{self.article}#action={slug(act.official)}/{act.action}/{slug(act.project)}")
        g.add((node, PROV.qualifiedDerivation, stated))
        g.add((stated, RDF.type, PROV.Derivation))
        g.add((stated, PROV.entity, trigger))
        g.add((stated, AGK.statedName, Literal(self.names[act.official])))


__all__ = ["new_graph", "build_graph", "add_extractions", "BNode"]
