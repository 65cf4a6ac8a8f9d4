"""The project's RDF vocabulary, kept in step with `ontology/agk.ttl`.

Standard vocabularies are reused where they fit (W3C ORG for posts and
organisations, schema.org for people, names and money, QUDT for areas, PROV-O
for provenance, NIF for text spans); `AGK` only declares what they lack. `AGK` is a closed
`DefinedNamespace`, so a typo in a term raises instead of minting a new IRI.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SH, TIME, XSD, DefinedNamespace

BASE = "https://w3id.org/arabic-gov-kg/"
ID = Namespace(BASE + "id/")
QUDT = Namespace("http://qudt.org/schema/qudt/")  # quantity values with a unit (rdflib has no QUDT)
UNIT = Namespace("http://qudt.org/vocab/unit/")  # QUDT units: UNIT.M2 is the square metre


class AGK(DefinedNamespace):
    """Terms of the Arabic government news ontology (ontology/agk.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # people and posts
    Official: URIRef  # a person holding or having held a public post
    PostHolding: URIRef  # an org:Membership read from text, with its post
    post: URIRef  # PostHolding → org:Post
    holdingStatus: URIRef  # "current" | "former" | "new"
    statedName: URIRef  # on an article's qualified derivation: the official's name as written there
    firstSeen: URIRef  # earliest article date that states the holding (kg.tenure)
    lastSeen: URIRef  # latest article date that states the holding (kg.tenure)
    succeededBy: URIRef  # PostHolding → the next holder's PostHolding of the same post

    # institutions (all subclasses of org:Organization)
    Institution: URIRef
    Ministry: URIRef
    Governorate: URIRef
    Parliament: URIRef
    Committee: URIRef
    Council: URIRef
    Authority: URIRef
    Directorate: URIRef
    Sector: URIRef
    University: URIRef
    Faculty: URIRef
    Company: URIRef
    InternationalBody: URIRef
    Agency: URIRef

    # projects and money
    Project: URIRef
    cost: URIRef  # Project → schema:MonetaryAmount
    area: URIRef  # Project → qudt:QuantityValue in square metres (unit:M2)

    # actions of officials on projects
    Action: URIRef
    Inspection: URIRef
    Opening: URIRef
    FoundationLaying: URIRef
    Approval: URIRef
    FollowUp: URIRef
    Launch: URIRef
    actionCode: URIRef  # on each Action subclass: the contract's code ("inspected")
    project: URIRef  # Action → Project
    inspected: URIRef  # shortcuts Official → Project, one per action kind
    opened: URIRef
    laidFoundation: URIRef
    approved: URIRef
    followedUp: URIRef
    launched: URIRef

    # provenance of text
    Article: URIRef
    dateSource: URIRef  # where the article's date came from: record, page, first-line, file-modified
    Mention: URIRef
    NameMention: URIRef  # the mention that names an official in an article, as written there
    foldedLabel: URIRef  # spelling-folded label, for search and identity
    latinLabel: URIRef  # Latin-script label (@ar-Latn), ALA-LC without diacritics


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

# Contract action code → (Action subclass, shortcut property).
ACTION_TERMS: dict[str, tuple[URIRef, URIRef]] = {
    "inspected": (AGK.Inspection, AGK.inspected),
    "opened": (AGK.Opening, AGK.opened),
    "laid_foundation": (AGK.FoundationLaying, AGK.laidFoundation),
    "approved": (AGK.Approval, AGK.approved),
    "followed_up": (AGK.FollowUp, AGK.followedUp),
    "launched": (AGK.Launch, AGK.launched),
}

# Institution kind (extract/) → class.
INSTITUTION_CLASSES: dict[str, URIRef] = {
    "ministry": AGK.Ministry,
    "governorate": AGK.Governorate,
    "parliament": AGK.Parliament,
    "committee": AGK.Committee,
    "council": AGK.Council,
    "authority": AGK.Authority,
    "directorate": AGK.Directorate,
    "sector": AGK.Sector,
    "university": AGK.University,
    "faculty": AGK.Faculty,
    "company": AGK.Company,
    "international": AGK.InternationalBody,
    "agency": AGK.Agency,
    "other": AGK.Institution,
}

PREFIXES: dict[str, Namespace | str] = {
    "agk": str(AGK),
    "id": ID,
    "org": ORG,
    "schema": SDO,
    "qudt": QUDT,
    "unit": UNIT,
    "prov": PROV,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "dcterms": DCTERMS,
    "time": TIME,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}


@lru_cache(maxsize=65536)
def slug(folded: str) -> str:
    """IRI-safe path segment from a folded Arabic name (spaces → '_')."""
    return quote("_".join(folded.split()), safe="")


def entity_iri(kind: str, folded: str) -> URIRef:
    """Stable IRI for an entity: the same folded name gives the same node."""
    return ID[f"{kind}/{slug(folded)}"]


@lru_cache(maxsize=1024)
def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{quote(article_id, safe='')}"]


def span_iri(article_id: str, start: int, end: int, what: str = "char") -> URIRef:
    """NIF-style IRI of a text span of an article (RFC 5147 `char=` fragment)."""
    return URIRef(f"{article_iri(article_id)}#{what}={start},{end}")


__all__ = ["AGK", "NIF", "ITSRDF", "ID", "ORG", "SDO", "QUDT", "UNIT", "PROV", "RDF", "RDFS", "XSD", "DCTERMS"]
