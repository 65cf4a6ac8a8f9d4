"""The interactive HTML graph view: one offline file an analyst can open.

pyvis holds the nodes, edges and vis-network options and renders the page
through our Jinja template (kg/templates/view.html), which inlines pyvis's
bundled vis-network 9.1.2 and our own UI (RTL Arabic with English beside it,
legend with class filters, search by folded spelling, evidence panel). No
Bootstrap, web font or other network reference is written.

Nothing from an article is ever inserted as HTML: node data travels as JSON
(`tojson` escapes <, >, & and ') and the page builds its DOM with textContent;
vis-network draws labels on a canvas.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyvis
import rdflib
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network

from extract.normalize import fold
from kg.atomic import atomic_write_text
from kg.view_layout import cluster_layout
from kg.view_model import DEFAULT_TYPES, KINDS, Entity, ViewModel, read_view_model

TEMPLATES = Path(__file__).with_name("templates")
PYVIS_TEMPLATES = Path(pyvis.__file__).with_name("templates")

# Above this many nodes the layout is computed here (no physics in the page),
# edge labels appear only when zoomed in, and node labels of small nodes too.
LARGE = 400


def _colour(background: str, border: str) -> dict:
    return {
        "background": background,
        "border": border,
        "highlight": {"background": background, "border": "#0f172a"},
        "hover": {"background": background, "border": "#0f172a"},
    }


GROUPS = {
    "official": {"shape": "dot", "color": _colour("#2563eb", "#1e3a8a")},
    "institution": {"shape": "square", "color": _colour("#16a34a", "#14532d")},
    "project": {"shape": "triangle", "color": _colour("#f59e0b", "#92400e")},
    "post": {"shape": "hexagon", "color": _colour("#a855f7", "#581c87")},
    "article": {"shape": "diamond", "color": _colour("#94a3b8", "#334155")},
}


def _select(model: ViewModel, types: frozenset[str]) -> nx.DiGraph:
    """The drawn graph: entities of the chosen kinds, edges merged per pair.

    Nodes and edges go in sorted order: the model is read from rdflib's sets, whose
    order changes with the process's hash seed, and the layout walks neighbours in
    insertion order — unsorted, two builds of one input would draw different pages.
    """
    g = nx.DiGraph()
    for iri in sorted(model.entities):
        if model.entities[iri].kind in types:
            g.add_node(iri)
    wanted = {"sub_of", "action", "mentions"}
    wanted |= {"holds", "post_in"} if "post" in types else {"holds_in"}
    for edge in sorted(model.edges, key=lambda e: (e.source, e.target, e.kind, e.label)):
        if edge.kind not in wanted or edge.source not in g or edge.target not in g:
            continue
        if g.has_edge(edge.source, edge.target):
            labels = g.edges[edge.source, edge.target]["labels"]
            if edge.label not in labels:
                labels.append(edge.label)
        else:
            g.add_edge(edge.source, edge.target, labels=[edge.label], kind=edge.kind)
    return g


def _focus(g: nx.DiGraph, model: ViewModel, name: str, depth: int) -> nx.DiGraph:
    """The neighbourhood (undirected BFS, `depth` hops) of the entity named `name`."""
    key = fold(name)
    drawn = [model.entities[n] for n in g.nodes]
    seeds = [e.iri for e in drawn if key in e.keys]
    if not seeds:
        seeds = [e.iri for e in drawn if any(key in k for k in e.keys)]
    if not key or not seeds:
        raise ValueError(f"no entity named {name!r} in the graph")
    undirected = g.to_undirected(as_view=True)
    keep: set = set()
    for seed in seeds:
        keep |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=max(depth, 0)))
    return g.subgraph(keep).copy()


def _info(e: Entity) -> dict:
    """Tooltip facts of one node, plain text only (the page escapes by construction)."""
    info: dict = {"n": len(e.articles)}
    if e.subkind:
        info["sub"] = e.subkind
    if e.honorifics:
        info["hon"] = e.honorifics
    if e.posts:
        info["posts"] = [list(p) for p in e.posts]
    if e.cost:
        info["cost"] = list(e.cost)
    if e.area:
        info["area"] = e.area
    if e.actions:
        info["acts"] = [list(a) for a in e.actions]
    if e.evidence:
        info["ev"] = [list(x) for x in e.evidence]
        info["nev"] = e.n_evidence
    return info


def _network(g: nx.DiGraph, model: ViewModel, large: bool) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    ids = {iri: f"n{i}" for i, iri in enumerate(sorted(g.nodes, key=str))}
    # An undirected copy, not a view: a DiGraph's undirected view lists neighbours from a
    # set (hash-seed order); the copy keeps _select's sorted order, so the layout is stable.
    pos = cluster_layout(g.to_undirected(), {n: model.entities[n].kind for n in g.nodes}) if large else {}
    nodes = []
    for iri, nid in ids.items():
        e = model.entities[iri]
        node = {
            "id": nid,
            "label": e.label,
            "group": e.kind,
            "value": max(1, len(e.articles)),
            "keys": sorted(e.keys),
            "latin": e.latin,
            "info": _info(e),
        }
        if iri in pos:
            node["x"], node["y"] = pos[iri]
            if e.kind == "institution":
                # Hubs keep a readable label in the zoomed-out overview; maxVisible caps it when zoomed in.
                node["scaling"] = {"label": {"min": 90, "max": 140, "maxVisible": 26}}
        nodes.append(node)
    edges = []
    for s, t, data in g.edges(data=True):
        edges.append({"from": ids[s], "to": ids[t], "label": "، ".join(data["labels"]), "kind": data["kind"]})
    # Filled directly: pyvis's add_node/from_nx are quadratic (PITFALLS.md).
    net.nodes, net.edges = nodes, edges
    net.node_ids = list(ids.values())
    net.options = _options(large)
    return net


def _options(large: bool) -> dict:
    font = "'Noto Sans Arabic', 'Noto Naskh Arabic', 'Segoe UI', Tahoma, 'DejaVu Sans', sans-serif"
    return {
        "groups": GROUPS,
        "nodes": {
            "font": {"face": font, "size": 15, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1.5,
            "scaling": {
                "min": 10,
                "max": 42,
                "label": {"enabled": True, "min": 13, "max": 26, "drawThreshold": 9 if large else 5},
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#94a3b8", "highlight": "#0f172a", "hover": "#334155", "inherit": False},
            "font": {
                "face": font,
                "size": 13,
                "color": "#334155",
                "strokeWidth": 0,
                "background": "rgba(255,255,255,0.85)",
                "align": "horizontal",
            },
            "smooth": False if large else {"type": "continuous"},
            "width": 1,
            "selectionWidth": 2,
            "scaling": {"label": {"drawThreshold": 10 if large else 5}},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "physics": {
            "enabled": not large,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 170, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
        },
    }


def _environment() -> Environment:
    # Our template first; pyvis's folder gives the bundled vis-network to inline.
    env = Environment(loader=FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]), autoescape=True)
    # Arabic as UTF-8, not as \\u escapes (a third of the size); tojson still escapes <, >, & and '.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return env


def render_view(
    graph: rdflib.Graph, *, focus: str | None = None, depth: int = 2, types: set[str] | None = None
) -> tuple[str, int]:
    """The page's HTML and the number of nodes it draws."""
    chosen = frozenset(types) if types else DEFAULT_TYPES
    unknown = chosen - set(KINDS)
    if unknown:
        raise ValueError(f"unknown node type(s) {', '.join(sorted(unknown))}; choose from {', '.join(KINDS)}")
    model = read_view_model(graph)
    g = _select(model, chosen)
    if focus is not None:
        g = _focus(g, model, focus, depth)
    large = g.number_of_nodes() > LARGE
    net = _network(g, model, large)
    net.templateEnv = _environment()
    net.path = "view.html"
    # Shown in the page's header; autoescaped by the template.
    net.heading = f"{focus} (±{depth})" if focus else ""
    return net.generate_html(), len(net.nodes)


def write_view(
    graph: rdflib.Graph, out: Path, *, focus: str | None = None, depth: int = 2, types: set[str] | None = None
) -> int:
    """Write the interactive view of `graph` to `out` (UTF-8, atomically); return nodes drawn."""
    html, n = render_view(graph, focus=focus, depth=depth, types=types)
    atomic_write_text(out, html, encoding="utf-8")  # temp file beside `out`, then os.replace
    return n
