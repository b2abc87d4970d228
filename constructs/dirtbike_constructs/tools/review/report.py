"""The Markdown report of one tree, consequences first, then the detailed diff, and the
combined report fit to a pull-request comment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..diff import diff_environment, render_markdown
from .access import credential_findings, exposure_findings, rbac_findings
from .admission import admission_findings
from .capacity import capacity_table
from .danger import danger_findings
from .flows import compare_flows, flow_findings, flow_picture
from .images import Scan, image_findings
from .model import Finding, Tree
from .privileges import privilege_findings
from .rollout import rollout_findings

MARKER = "<!-- dirtbike-review -->"
OMITTED = "_(omitted to fit the comment; the full report is in the job summary and the `review` artifact)_"


@dataclass
class TreeReview:
    """Everything the report of one tree says, as data (the tests read it)."""

    name: str
    security: list[Finding]
    rollout: list[Finding]
    danger: list[Finding]
    images: list[Finding]
    capacity: str | None
    picture: str | None
    diff: str
    counts: dict[str, int]
    #: Line diffs of the tree's files that are not objects (a cluster's servers' files).
    server_files: str = ""

    @property
    def unchanged(self) -> bool:
        return not any(self.counts.values())

    @property
    def findings(self) -> list[Finding]:
        return [*self.security, *self.rollout, *self.danger, *self.images]

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}


def review_tree(name: str, old: Tree | None, new: Tree | None, scans: Mapping[str, Scan] | None = None) -> TreeReview:
    before, after = old or Tree(name), new or Tree(name)
    diff = diff_environment(name, before.objects, after.objects)
    counts = {"changed": len(diff.changed), "added": len(diff.added), "removed": len(diff.removed), "renamed": len(diff.renamed)}
    if diff.empty:
        return TreeReview(name, [], [], [], [], None, None, "", counts)
    flows = compare_flows(old, new)
    security = [
        *flow_findings(flows),
        *privilege_findings(old, new),
        *rbac_findings(old, new),
        *credential_findings(old, new),
        *exposure_findings(old, new),
        *admission_findings(old, new),
    ]
    return TreeReview(
        name,
        security,
        rollout_findings(old, new),
        danger_findings(old, new),
        image_findings(old, new, scans),
        capacity_table(old, new),
        flow_picture(flows),
        _without_heading(render_markdown([diff])),
        counts,
    )


def _without_heading(markdown: str) -> str:
    """The diff's own '### tree' heading: the report has one already."""
    first, _, rest = markdown.partition("\n")
    return rest.lstrip("\n") if first.startswith("### ") else markdown


def _bullets(findings: list[Finding], numbered: bool = False) -> list[str]:
    if not findings:
        return ["Nothing."]
    return [f"{i}. {f.text}" if numbered else f"- {f.text}" for i, f in enumerate(findings, 1)]


def render_tree(review: TreeReview, base: str) -> str:
    """The report of one tree; an unchanged tree in one line."""
    if review.unchanged:
        return f"**`{review.name}`**: no changes against `{base}`.\n"
    counts = review.counts
    lines = [
        f"## `{review.name}` against `{base}`",
        "",
        f"{counts['changed']} objects changed, {counts['added']} added, {counts['removed']} removed, "
        f"{counts['renamed']} renamed · **{len(review.danger)} will fail or lose data** · "
        f"{len(review.security)} security · {len(review.rollout)} rollout",
        "",
    ]
    lines += ["### Will fail or lose data", "", *_bullets(review.danger), ""] if review.danger else []
    lines += ["### Security posture", "", *_bullets(review.security), ""]
    switches = [f for f in review.rollout if f.rule.startswith("blue-green")]
    restarts = [f for f in review.rollout if f.rule == "restart"]
    others = [f for f in review.rollout if f not in switches and f not in restarts]
    lines += ["### Rollout", ""]
    if not review.rollout:
        lines += ["Nothing.", ""]
    if switches:
        lines += [*_bullets(switches), ""]
    if restarts:
        lines += ["Restarts, in the order apply reaches them:", "", *_bullets(restarts, numbered=True), ""]
    if others:
        lines += [*_bullets(others), ""]
    if not review.danger:
        lines += ["### Will fail or lose data", "", "Nothing.", ""]
    lines += ["### Capacity", "", review.capacity or "No change in requests or limits.", ""]
    lines += ["### Images", "", *_bullets(review.images), ""]
    if review.picture:
        lines += [
            "### Flows",
            "",
            "What the change does to the flows, in FLOWS.md's names: added thick green, removed dotted red, "
            "ports changed amber (`+` added, `-` removed); a new endpoint filled green, a gone one red.",
            "",
            review.picture,
            "",
        ]
    if review.server_files:
        lines += [
            "### Server files",
            "",
            "Copied onto the servers by hand (docs/cluster.md); not applied by `make apply`.",
            "",
            review.server_files,
        ]
    lines += ["### Detailed diff", "", review.diff]
    return "\n".join(lines).rstrip() + "\n"


def render_all(reviews: list[TreeReview], base: str, folder: str = "dist") -> str:
    """Every tree's report under one heading; one line when nothing changed anywhere."""
    shown = folder.rstrip("/") + "/"
    if all(r.unchanged for r in reviews):
        return f"No changes to `{shown}` against `{base}`. {MARKER}\n"
    parts = [MARKER, f"# What this change does to `{shown}` (against `{base}`)", ""]
    changed = [r for r in reviews if not r.unchanged]
    unchanged = [r for r in reviews if r.unchanged]
    parts += [render_tree(r, base) for r in changed]
    if unchanged:
        parts.append("Unchanged: " + ", ".join(f"`{r.name}`" for r in unchanged) + ".\n")
    return "\n".join(parts)


def fit(reviews: list[TreeReview], base: str, limit: int, folder: str = "dist") -> str:
    """The combined report within `limit` characters: detailed diffs go first, then flow
    pictures, then the text is cut with a note."""
    text = render_all(reviews, base, folder)
    for drop in ("diff", "picture"):
        if len(text) <= limit:
            return text
        for review in reviews:
            if drop == "diff" and review.diff:
                review.diff = OMITTED + "\n"
            elif drop == "picture" and review.picture:
                review.picture = OMITTED
        text = render_all(reviews, base, folder)
    if len(text) > limit:
        note = "\n\n" + OMITTED + "\n"
        text = text[: max(0, limit - len(note))] + note
    return text
