"""Regenerate imports/ offline from the local CRD copies in ../shared/crds/.

cdk8s.yaml is the single list of imports: each entry is `name:=<upstream URL>`. This script
maps every URL to the local file(s) that PROVENANCE.md says came from it, joins them into one
multi-document file (Traefik ships all its CRDs in one upstream file) and runs
`cdk8s import -l python` under the entry's own name, so no two imports of one API group can
overwrite each other's module.

Usage: python scripts/import_crds.py [CRD_DIR]   (default: ../shared/crds)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RAW_PREFIX = "https://raw.githubusercontent.com/"


def provenance(crd_dir: Path) -> dict[str, list[Path]]:
    """Upstream URL -> local files, read from the table in PROVENANCE.md."""
    by_url: dict[str, list[Path]] = {}
    for line in (crd_dir / "PROVENANCE.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 7 or not cells[0].endswith((".yaml", ".yml")):
            continue
        local, _kind, _versions, repo, tag, upstream_path = cells[:6]
        url = f"{RAW_PREFIX}{repo}/{tag}/{upstream_path}"
        by_url.setdefault(url, []).append(crd_dir / local)
    return by_url


def imports_from_config() -> list[tuple[str, str]]:
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    entries = []
    for entry in config["imports"]:
        name, sep, url = entry.partition(":=")
        if not sep:
            sys.exit(f"cdk8s.yaml import {entry!r} has no name: write it as name:=URL")
        entries.append((name, url))
    return entries


def main() -> int:
    crd_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "crds").resolve()
    if not (crd_dir / "PROVENANCE.md").is_file():
        sys.exit(f"no CRDs at {crd_dir}: put the shared CRD folder there or pass its path")
    by_url = provenance(crd_dir)
    out = ROOT / "imports"
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "imports"
        for name, url in imports_from_config():
            files = sorted(by_url.get(url, []))
            if not files:
                sys.exit(f"cdk8s.yaml import {name!r}: no local CRD in {crd_dir} comes from {url}")
            joined = Path(tmp) / f"{name}.yaml"
            joined.write_text("".join("---\n" + f.read_text().rstrip("\n") + "\n" for f in files))
            print(f"importing {name} from {len(files)} local file(s)")
            # Run outside the project: `cdk8s import` appends what it imported to the
            # cdk8s.yaml of its working folder, and ours must keep the upstream URLs.
            subprocess.run(
                [
                    str(ROOT / "node_modules" / ".bin" / "cdk8s"),
                    "--no-check-upgrade",
                    "import",
                    "-l",
                    "python",
                    "-o",
                    str(staged),
                    f"{name}:={joined}",
                ],
                cwd=tmp,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        # Swap in only a complete set: a failed import leaves the old bindings in place.
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staged, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
