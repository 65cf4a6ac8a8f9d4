"""Graph → what the HTML view draws: entities with their evidence, and labelled edges.

The view never shows IRIs: every entity carries its Arabic label, folded search
keys, the distinct articles that mention it (node size) and a few source
sentences (tooltip evidence). Reading is done predicate by predicate with
`graph.subject_objects`, so a 2,000-article graph is read in about a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO

from extract.normalize import fold
from kg.vocab import ACTION_TERMS, AGK, INSTITUTION_CLASSES, ITSRDF, NIF, QUDT

KINDS = ("official", "institution", "project", "post", "article")
DEFAULT_TYPES = frozenset({"official", "institution", "project"})

# Arabic relation labels drawn on edges.
REL_HOLDS = "يشغل"
REL_POST_IN = "في"
REL_SUB_OF = "تابع لـ"
REL_MENTIONS = "ذكر"
ACTION_LABELS = {
    "inspected": "تفقد",
    "opened": "افتتح",
    "laid_foundation": "وضع حجر الأساس",
    "approved": "اعتمد",
    "followed_up": "تابع",
    "launched": "أطلق",
}
INSTITUTION_KIND_AR = {
    "ministry": "وزارة",
    "governorate": "محافظة",
    "parliament": "برلمان",
    "committee": "لجنة",
    "council": "مجلس",
    "authority": "هيئة",
    "directorate": "مديرية",
    "sector": "قطاع",
    "university": "جامعة",
    "faculty": "كلية",
    "company": "شركة",
    "international": "جهة دولية",
    "agency": "جهاز",
    "other": "مؤسسة",
}
CURRENCY_AR = {
    "EGP": "جنيه",
    "USD": "دولار",
    "SAR": "ريال سعودي",
    "EUR": "يورو",
    "JOD": "دينار أردني",
    "AED": "درهم إماراتي",
}
MAX_EVIDENCE = 12  # sentences kept per node; the count of all is kept too
MAX_SENTENCE = 360  # characters of a sentence shown in a tooltip


@dataclass(slots=True)
class Entity:
    """One drawable node with what its tooltip needs (all plain text)."""

    iri: URIRef
    kind: str  # one of KINDS
    label: str
    keys: set[str] = field(default_factory=set)  # folded label and alternate names
    latin: str = ""  # Latin-script label (agk:latinLabel), for readers without Arabic
    subkind: str = ""  # institution kind in Arabic
    honorifics: list[str] = field(default_factory=list)
    posts: list[tuple[str, str, str]] = field(default_factory=list)  # (post, institution, status)
    cost: tuple[str, str] | None = None  # ("47 مليون جنيه", "47,000,000 EGP")
    area: str | None = None  # "116 م²"
    actions: list[tuple[str, str]] = field(default_factory=list)  # (verb, other party)
    articles: set[str] = field(default_factory=set)  # distinct article ids
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence)
    n_evidence: int = 0


@dataclass(frozen=True, slots=True)
class Edge:
    source: URIRef
    target: URIRef
    label: str
    kind: str  # holds | post_in | sub_of | action | mentions


@dataclass(slots=True)
class ViewModel:
    entities: dict[URIRef, Entity]
    edges: list[Edge]


CENT = Decimal("0.01")
HUGE_DIGITS = 40  # figures with more digits before the point are shown as 1.000e+40


def _cents(value: Decimal) -> Decimal:
    """`value` rounded to 0.01 and normalised, in a context wide enough for all its digits.

    The default context (28 digits) raises InvalidOperation on a 30-digit amount.
    """
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 3)
        return value.quantize(CENT).normalize()


def _huge(value: Decimal) -> bool:
    """Too long to write out (or NaN/Infinity, which a hand-written graph may hold)."""
    return not value.is_finite() or value.adjusted() >= HUGE_DIGITS


def format_number(value: Decimal) -> str:
    """47 → "47", 1.20 → "1.2", 2.125 → "2.13": short and human."""
    if _huge(value):
        return f"{value:.3e}"
    return f"{_cents(value):f}"


def format_money(value: Decimal, currency: str) -> tuple[str, str]:
    """(Arabic words for people, ISO amount): ("47 مليون جنيه", "47,000,000 EGP")."""
    name = CURRENCY_AR.get(currency, currency)
    if _huge(value):
        return f"{format_number(value)} {name}", f"{value:.6e} {currency}"
    for scale, word in ((Decimal(10) ** 9, "مليار"), (Decimal(10) ** 6, "مليون"), (Decimal(1000), "ألف")):
        if abs(value) >= scale:
            human = f"{format_number(value / scale)} {word} {name}"
            break
    else:
        human = f"{format_number(value)} {name}"
    iso = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return human, f"{iso} {currency}"


def format_area(square_metres: Decimal) -> str:
    if _huge(square_metres):
        return f"{square_metres:.3e} م²"
    q = _cents(square_metres)
    text = f"{q:,f}" if q == q.to_integral_value() else f"{q:,.2f}"
    return f"{text} م²"


def _decimal(literal) -> Decimal | None:
    try:
        return Decimal(str(literal))
    except (InvalidOperation, TypeError):
        return None


class _Reader:
    """Reads one rdflib graph into a ViewModel; one pass per predicate."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.entities: dict[URIRef, Entity] = {}
        self.edges: list[Edge] = []

    def read(self) -> ViewModel:
        self._entities()
        self._evidence()
        self._posts()
        self._institution_parents()
        self._projects()
        self._actions()
        self._articles()
        for e in self.entities.values():
            e.keys.add(fold(e.label))
            e.keys.discard("")
        return ViewModel(self.entities, self.edges)

    def _label(self, node: URIRef) -> str:
        """The fullest of a node's labels (articles write one person's name in several ways)."""
        labels = sorted(str(x) for x in self.g.objects(node, RDFS.label))
        return max(labels, key=len) if labels else str(node).rsplit("/", 1)[-1]

    def _entities(self) -> None:
        g = self.g
        for kind, cls in (
            ("official", AGK.Official),
            ("institution", ORG.Organization),
            ("project", AGK.Project),
            ("post", ORG.Post),
        ):
            for node in g.subjects(RDF.type, cls):
                if isinstance(node, URIRef) and node not in self.entities:
                    self.entities[node] = Entity(node, kind, self._label(node))
        kind_of = {cls: k for k, cls in INSTITUTION_CLASSES.items()}
        for e in self.entities.values():
            if e.kind == "institution":
                kinds = [kind_of[c] for c in g.objects(e.iri, RDF.type) if c in kind_of]
                specific = [k for k in kinds if k != "other"] or kinds or ["other"]
                e.subkind = INSTITUTION_KIND_AR[sorted(specific)[0]]
        for node, folded in g.subject_objects(AGK.foldedLabel):
            if node in self.entities:
                self.entities[node].keys.add(str(folded))
        for node, latin in sorted(g.subject_objects(AGK.latinLabel)):
            e = self.entities.get(node)
            if e is not None:
                e.latin = e.latin or str(latin)
                e.keys.add(fold(str(latin)).lower())  # the page lower-cases what is typed
        for node, alt in g.subject_objects(SDO.alternateName):
            if node in self.entities:
                self.entities[node].keys.add(fold(str(alt)))
        for node, h in g.subject_objects(SDO.honorificPrefix):
            if node in self.entities and str(h) not in self.entities[node].honorifics:
                self.entities[node].honorifics.append(str(h))

    def _evidence(self) -> None:
        """Mentions → (article id, sentence) on the entity they support."""
        g = self.g
        article_id = {a: str(i) for a, i in g.subject_objects(DCTERMS.identifier)}
        context = dict(g.subject_objects(NIF.referenceContext))
        sentence_of = dict(g.subject_objects(NIF.sentence))
        anchor = dict(g.subject_objects(NIF.anchorOf))
        # Facts derived from a mention (cost, area, holding, action) count for their owners.
        owners: dict[URIRef, list[URIRef]] = defaultdict(list)
        for project, cost in g.subject_objects(AGK.cost):
            owners[cost].append(project)
        for project, area in g.subject_objects(AGK.area):
            owners[area].append(project)
        for action, person in g.subject_objects(PROV.wasAssociatedWith):
            owners[action].append(person)
        for action, project in g.subject_objects(AGK.project):
            owners[action].append(project)
        for holding, person in g.subject_objects(ORG.member):
            owners[holding].append(person)
        for post, org in g.subject_objects(ORG.postIn):  # "وزير X" names the institution too
            owners[post].append(org)
        supports: list[tuple[URIRef, URIRef]] = []
        for mention, target in g.subject_objects(ITSRDF.taIdentRef):
            supports.append((mention, target))
            for owner in owners.get(target, ()):
                supports.append((mention, owner))
        for fact, mention in g.subject_objects(PROV.wasDerivedFrom):
            for owner in owners.get(fact, ()):
                supports.append((mention, owner))
        seen: set[tuple[URIRef, URIRef]] = set()
        for mention, target in sorted(supports):
            entity = self.entities.get(target)
            doc = context.get(mention)
            if entity is None or doc is None:
                continue
            aid = article_id.get(doc, str(doc).rsplit("/", 1)[-1])
            entity.articles.add(aid)
            sentence = sentence_of.get(mention)
            key = (target, sentence if sentence is not None else mention)
            if key in seen:
                continue
            seen.add(key)
            text = str(anchor.get(sentence, anchor.get(mention, "")))
            entity.n_evidence += 1
            if len(entity.evidence) < MAX_EVIDENCE:
                if len(text) > MAX_SENTENCE:
                    text = text[: MAX_SENTENCE - 1] + "…"
                entity.evidence.append((aid, text))

    def _posts(self) -> None:
        g = self.g
        status: dict[tuple[URIRef, URIRef], str] = {}
        for holding, post in g.subject_objects(AGK.post):
            person = g.value(holding, ORG.member)
            st = g.value(holding, AGK.holdingStatus)
            if person is not None and st is not None:
                status[(person, post)] = str(st)
        post_in = {p: o for p, o in g.subject_objects(ORG.postIn) if o in self.entities}
        for post, org in post_in.items():
            if post in self.entities:
                self.edges.append(Edge(post, org, REL_POST_IN, "post_in"))
        for person, post in sorted(g.subject_objects(ORG.holds)):
            official, post_e = self.entities.get(person), self.entities.get(post)
            if official is None or post_e is None:
                continue
            org = post_in.get(post)
            org_label = self.entities[org].label if org is not None else ""
            official.posts.append((post_e.label, org_label, status.get((person, post), "current")))
            self.edges.append(Edge(person, post, REL_HOLDS, "holds"))
            if org is not None:
                self.edges.append(Edge(person, org, f"{REL_HOLDS}: {post_e.label}", "holds_in"))

    def _institution_parents(self) -> None:
        for child, parent in sorted(self.g.subject_objects(ORG.subOrganizationOf)):
            if child in self.entities and parent in self.entities:
                self.edges.append(Edge(child, parent, REL_SUB_OF, "sub_of"))

    def _projects(self) -> None:
        g = self.g
        for project, cost in g.subject_objects(AGK.cost):
            e = self.entities.get(project)
            value, currency = _decimal(g.value(cost, SDO.value)), g.value(cost, SDO.currency)
            if e is not None and value is not None and currency is not None and e.cost is None:
                e.cost = format_money(value, str(currency))
        for project, area in g.subject_objects(AGK.area):
            e = self.entities.get(project)
            value = _decimal(g.value(area, QUDT.numericValue))
            if e is not None and value is not None and e.area is None:
                e.area = format_area(value)

    def _actions(self) -> None:
        for code, (_cls, shortcut) in ACTION_TERMS.items():
            verb = ACTION_LABELS[code]
            for person, project in sorted(self.g.subject_objects(shortcut)):
                official, proj = self.entities.get(person), self.entities.get(project)
                if official is None or proj is None:
                    continue
                official.actions.append((verb, proj.label))
                proj.actions.append((verb, official.label))
                self.edges.append(Edge(person, project, verb, "action"))

    def _articles(self) -> None:
        g = self.g
        for doc in g.subjects(RDF.type, AGK.Article):
            aid = g.value(doc, DCTERMS.identifier)
            e = Entity(doc, "article", str(aid) if aid is not None else self._label(doc))
            headline = g.value(doc, SDO.headline)
            if headline is not None:
                e.evidence.append((e.label, str(headline)))
                e.n_evidence = 1
            e.articles.add(e.label)
            self.entities[doc] = e
        by_id = {e.label: e.iri for e in self.entities.values() if e.kind == "article"}
        for e in list(self.entities.values()):
            if e.kind in ("article", "post"):
                continue
            for aid in sorted(e.articles):
                if aid in by_id:
                    self.edges.append(Edge(by_id[aid], e.iri, REL_MENTIONS, "mentions"))


def read_view_model(g: Graph) -> ViewModel:
    """Everything the view can draw, read from a graph shaped as kg/to_rdf.py builds it."""
    return _Reader(g).read()
