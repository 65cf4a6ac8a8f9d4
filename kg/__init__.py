"""Arabic government news → knowledge graph: graph building, queries, export, view and the `kg` CLI.

The library comes first (`kg.build.build`, `kg.query.run_query`, `kg.export.export_graph`);
`kg.cli` is a thin command-line layer over it.
"""

__version__ = "0.1.0"
