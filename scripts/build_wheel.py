"""Build the library's wheel without writing into the source tree.

    python scripts/build_wheel.py OUTDIR

setuptools writes `build/` and `*.egg-info` next to the sources it builds from, so the files
git tracks (symlinks kept: the CRD bindings are a link) are copied to a temporary folder and
the wheel is built there; only OUTDIR receives anything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tracked_files(root: Path) -> list[str]:
    listing = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"], check=True, capture_output=True
    ).stdout
    return [name for name in listing.decode().split("\0") if name]


def build(outdir: Path, root: Path = ROOT) -> Path:
    """Build the wheel into outdir; returns its path."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dirtbike-wheel-") as scratch:
        source = Path(scratch) / "src"
        for name in tracked_files(root):
            origin, copy = root / name, source / name
            if not origin.exists() and not origin.is_symlink():
                continue  # deleted in the working tree, not yet committed
            copy.parent.mkdir(parents=True, exist_ok=True)
            if origin.is_symlink():
                copy.symlink_to(origin.readlink())
            else:
                shutil.copy2(origin, copy)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(outdir), str(source)], check=True)
    return max(outdir.glob("dirtbike_constructs-*.whl"), key=lambda p: p.stat().st_mtime)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    print(build(Path(sys.argv[1])))
