"""Render a Mermaid flow picture the way a reader sees it: in headless Chromium, with the mermaid
package pinned in package.json (node_modules, no network), then measure the drawing (each node's
box and text, each edge's path, each edge label's box and text) and take a screenshot.

    python scripts/flow_render.py [ENV] [--out docs/flows-ENV.png]   (make flow-picture)

writes the picture of dist/ENV/FLOWS.md (default prod) as a PNG that carries the SHA-256 of the
Mermaid source it was drawn from, so a test can tell when the committed picture is stale.
tests/test_flow_render.py checks the drawing itself."""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MERMAID = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "chromium")
#: A clean, quiet, offline browser: no sandbox (containers), no GPU, nothing fetched in the
#: background, a fresh profile each run, one pixel per CSS pixel.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--allow-file-access-from-files",
    "--force-device-scale-factor=1",
    # Virtual time runs until the page is idle: mermaid renders asynchronously.
    "--virtual-time-budget=60000",
)
PAD = 16
STAMP_KEY = "dirtbike-mermaid-sha256"

# Runs in the page after mermaid has drawn: every measure of one picture (`picture`, its
# container), in page pixels.
MEASURE = """
const measure = picture => {
const svg = picture.querySelector('svg');
const box = e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; };
const point = (path, at) => {
  const p = path.getPointAtLength(at), m = path.getScreenCTM();
  return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];
};
const samples = path => {
  const length = path.getTotalLength(), n = Math.max(2, Math.ceil(length / 4));
  return Array.from({length: n + 1}, (_, i) => point(path, length * i / n));
};
return {
  size: box(svg).slice(2),
  nodes: [...svg.querySelectorAll('g.node')].map(n => ({id: n.id, box: box(n), text: n.textContent})),
  edges: [...svg.querySelectorAll('path[data-edge="true"]')].map(p => ({id: p.dataset.id, points: samples(p)})),
  labels: [...svg.querySelectorAll('g.edgeLabel g.label[data-id]')].map(l => ({id: l.dataset.id, box: box(l), text: l.textContent})),
};
};
"""


def page(sources: list[str]) -> str:
    """The HTML page drawing each of `sources`, one below the other; when done, a list of their
    measures as JSON in #result."""
    pictures = "".join(f'<pre class="picture mermaid">{html.escape(source)}</pre>' for source in sources)
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<style>body {{ margin: 0; background: #fff; }} .picture {{ margin: 0; padding: {PAD}px; display: inline-block; }}</style>
<script src="{MERMAID.as_uri()}"></script></head>
<body>{pictures}<pre id="result"></pre>
<script>
{MEASURE}
const pictures = [...document.querySelectorAll('.picture')];
mermaid.initialize({{startOnLoad: false, flowchart: {{useMaxWidth: false}}}});
mermaid.run({{nodes: pictures}})
  .then(() => {{ document.getElementById('result').textContent = JSON.stringify(pictures.map(measure)); }})
  .catch(error => {{ document.getElementById('result').textContent = JSON.stringify({{error: String(error)}}); }});
</script></body></html>
"""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share an area (touching edges do not count)."""
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )

    def distance(self, x: float, y: float) -> float:
        """How far the point is from the box (0 inside it)."""
        dx = max(self.x - x, 0.0, x - (self.x + self.width))
        dy = max(self.y - y, 0.0, y - (self.y + self.height))
        return float((dx * dx + dy * dy) ** 0.5)


@dataclass(frozen=True)
class Drawn:
    box: Box
    text: str


@dataclass(frozen=True)
class Rendering:
    """What the browser drew: nodes by Mermaid id, edge paths (sampled points) and edge labels
    by edge id (`L_<from>_<to>_<n>`), the picture's size, and the browser's wall time."""

    width: float
    height: float
    nodes: dict[str, Drawn]
    edges: dict[str, list[tuple[float, float]]]
    labels: dict[str, Drawn]
    seconds: float


def _browser(url: str, *args: str) -> str:
    if shutil.which(CHROMIUM) is None:
        raise RuntimeError(f"{CHROMIUM} not found: install Chromium (Debian: apt-get install chromium; .ci/run does) or set CHROMIUM")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, url], capture_output=True, text=True, timeout=180, check=False
        )
    if result.returncode != 0:
        raise RuntimeError(f"{CHROMIUM} exited {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout


def render(source: str) -> Rendering:
    """Draw `source` in the browser and read back what it drew."""
    return render_all([source])[0]


def render_all(sources: list[str]) -> list[Rendering]:
    """Draw each of `sources` on one page, in one start of the browser (a start costs more than
    a drawing), and read back what it drew of each. `seconds` is the browser's time for all."""
    if not MERMAID.is_file():
        raise RuntimeError(f"{MERMAID.relative_to(ROOT)} is missing: run make setup")
    with tempfile.TemporaryDirectory() as folder:
        html_file = Path(folder) / "picture.html"
        html_file.write_text(page(sources), encoding="utf-8")
        started = time.monotonic()
        dom = _browser(html_file.as_uri(), "--dump-dom")
        seconds = time.monotonic() - started
    found = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    if not found or not found.group(1):
        raise RuntimeError("mermaid did not finish drawing within the browser's time budget")
    measured = json.loads(html.unescape(found.group(1)))
    if "error" in measured:
        raise RuntimeError(f"mermaid refused the picture: {measured['error']}")
    return [
        Rendering(
            width=one["size"][0],
            height=one["size"][1],
            nodes={_node_id(n["id"]): Drawn(Box(*n["box"]), n["text"]) for n in one["nodes"]},
            edges={e["id"]: [tuple(p) for p in e["points"]] for e in one["edges"]},
            labels={label["id"]: Drawn(Box(*label["box"]), label["text"]) for label in one["labels"] if label["text"]},
            seconds=seconds,
        )
        for one in measured
    ]


def _node_id(svg_id: str) -> str:
    """'mermaid-123-flowchart-n_web-4' -> 'n_web'."""
    return re.sub(r"^.*?-flowchart-(.*)-\d+$", r"\1", svg_id)


def screenshot(source: str, width: float, height: float) -> bytes:
    """A PNG of the drawn picture, `width` x `height` being its rendered size."""
    with tempfile.TemporaryDirectory() as folder:
        html_file, png = Path(folder) / "picture.html", Path(folder) / "picture.png"
        html_file.write_text(page([source]), encoding="utf-8")
        size = f"{int(width) + 2 * PAD + 1},{int(height) + 2 * PAD + 1}"
        _browser(html_file.as_uri(), f"--window-size={size}", f"--screenshot={png}")
        return png.read_bytes()


def mermaid_source(markdown: str) -> str:
    """The first fenced Mermaid block of a Markdown text."""
    found = re.search(r"```mermaid\n(.*?)```", markdown, re.S)
    if not found:
        raise ValueError("no ```mermaid block")
    return found.group(1)


def source_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def stamp(png: bytes, digest: str) -> bytes:
    """The PNG with a tEXt chunk naming the digest of the source it shows (after IHDR)."""
    body = STAMP_KEY.encode("latin-1") + b"\0" + digest.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
    end_of_header = 8 + 4 + 4 + 13 + 4  # signature, then IHDR: length, type, 13 bytes, CRC
    return png[:end_of_header] + chunk + png[end_of_header:]


def stamped_digest(png: bytes) -> str | None:
    """The digest `stamp` wrote into the PNG, None when there is none."""
    at = 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"tEXt" and body.startswith(STAMP_KEY.encode("latin-1") + b"\0"):
            return body.split(b"\0", 1)[1].decode("latin-1")
        at += 12 + length
    return None


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) from the PNG header."""
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("env", nargs="?", default="prod")
    parser.add_argument("--out", type=Path, help="default docs/flows-ENV.png")
    args = parser.parse_args(argv)
    source = mermaid_source((ROOT / "dist" / args.env / "FLOWS.md").read_text(encoding="utf-8"))
    drawn = render(source)
    out = args.out or ROOT / "docs" / f"flows-{args.env}.png"
    out.write_bytes(stamp(screenshot(source, drawn.width, drawn.height), source_digest(source)))
    print(f"{out.relative_to(ROOT)}: {len(drawn.nodes)} nodes, {len(drawn.edges)} edges, {drawn.width:.0f}x{drawn.height:.0f} px")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
