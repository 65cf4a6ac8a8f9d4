"""A fast, deterministic layout for large views, computed once in Python.

Physics in the browser takes tens of seconds on thousands of nodes, and
networkx's spring layouts need numpy and grow with the square of the graph.
This layout is linear: every node joins the cluster of its nearest hub
(institutions first, else officials) by a multi-source BFS; each cluster is
drawn as a radial tree around its hub (a wedge per subtree, sized by its
leaves), and clusters are packed in rows, largest first, those of one
connected component next to each other.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Hashable, Mapping

import networkx as nx

HUB_KINDS = ("institution", "official")
MAX_HUBS = 400  # per component; the rest join a hub's cluster


def _hubs(u: nx.Graph, comp: set, kinds: Mapping[Hashable, str]) -> list:
    for kind in HUB_KINDS:
        hubs = [n for n in comp if kinds.get(n) == kind]
        if hubs:
            break
    else:
        hubs = list(comp)
    hubs.sort(key=lambda n: (-u.degree(n), str(n)))
    return hubs[:MAX_HUBS]


def _radial(root, children: Mapping, spacing: float) -> tuple[dict, float]:
    """Positions relative to `root` and the cluster's radius."""
    order, depth, stack = [], {root: 0}, [root]
    while stack:
        n = stack.pop()
        order.append(n)
        for c in children.get(n, ()):
            depth[c] = depth[n] + 1
            stack.append(c)
    leaves: dict = {}
    for n in reversed(order):
        kids = children.get(n, ())
        leaves[n] = sum(leaves[c] for c in kids) if kids else 1
    per_depth: dict[int, int] = defaultdict(int)
    for n in order:
        per_depth[depth[n]] += 1
    radius = {0: 0.0}
    for d in range(1, max(per_depth) + 1):
        radius[d] = max(radius[d - 1] + spacing * 1.6, per_depth[d] * spacing / (2 * math.pi))
    pos = {root: (0.0, 0.0)}
    wedge = {root: (0.0, 2 * math.pi)}
    for n in order:
        start, width = wedge[n]
        kids = children.get(n, ())
        total = sum(leaves[c] for c in kids)
        for c in kids:
            w = width * leaves[c] / total
            wedge[c] = (start, w)
            angle = start + w / 2
            r = radius[depth[c]]
            pos[c] = (r * math.cos(angle), r * math.sin(angle))
            start += w
    return pos, radius[max(radius)] + spacing


def cluster_layout(g: nx.Graph, kinds: Mapping[Hashable, str], spacing: float = 70.0) -> dict:
    """x/y for every node of `g`; `kinds` maps a node to official/institution/…."""
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    clusters: list[tuple[int, float, dict]] = []
    components = sorted(nx.connected_components(u), key=lambda c: (-len(c), min(map(str, c))))
    for ci, comp in enumerate(components):
        hubs = _hubs(u, comp, kinds)
        parent = {h: None for h in hubs}
        owner = {h: h for h in hubs}
        queue = deque(hubs)
        while queue:
            n = queue.popleft()
            for m in u[n]:
                if m not in parent:
                    parent[m], owner[m] = n, owner[n]
                    queue.append(m)
        children: dict = defaultdict(list)
        for n, p in parent.items():
            if p is not None:
                children[p].append(n)
        for kids in children.values():
            kids.sort(key=lambda n: (kinds.get(n, ""), str(n)))
        for h in hubs:
            pos, r = _radial(h, children, spacing)
            clusters.append((ci, r, pos))
    # Row packing: keeps a component's clusters together, biggest components first.
    clusters.sort(key=lambda c: (c[0], -c[1]))
    area = sum((2 * r) ** 2 for _, r, _ in clusters)
    row_width = max(math.sqrt(area) * 1.15, max((2 * r for _, r, _ in clusters), default=0))
    out: dict = {}
    x = y = row_height = 0.0
    for _, r, pos in clusters:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return out
