"""Where the data folders shipped beside the packages are (`ontology/`, `queries/`).

They live at the repository root, next to `kg/` and `extract/`, not inside a
package, so they are found relative to this file. That works from a source
checkout and from an editable install (the supported way); a plain wheel
install does not carry them, and the error says so instead of failing later.
"""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """The repository root: the folder holding `kg/`, `ontology/` and `queries/`."""
    return _ROOT


def _existing(path: Path, what: str) -> Path:
    if not path.exists():
        raise FileNotFoundError(
            f"{what} not found at {path}: the data folders ship beside the packages, "
            "so install the project from a source checkout with `pip install -e .`"
        )
    return path


def ontology_path(name: str = "agk.ttl") -> Path:
    """A file of `ontology/`, by default the OWL ontology `agk.ttl`."""
    return _existing(_ROOT / "ontology" / name, f"ontology file {name!r}")


def shapes_path() -> Path:
    """The SHACL shapes the built graph must satisfy (`ontology/shapes.ttl`)."""
    return ontology_path("shapes.ttl")


def queries_dir() -> Path:
    """The folder of SPARQL queries (`queries/*.rq`), the contract queries among them."""
    path = _existing(_ROOT / "queries", "queries folder")
    if not path.is_dir():
        raise FileNotFoundError(f"queries folder {path} is not a folder")
    return path


__all__ = ["project_root", "ontology_path", "shapes_path", "queries_dir"]
