"""The sample report in the README, made by the review tool from a crafted change to stage
(rendered in memory; nothing is written to dist/):

- WordPress: the blue colour gets the image green runs, and green becomes active;
- Prometheus may scrape phpMyAdmin on 8080;
- MySQL's volume is trimmed from 10Gi to 5Gi (the mistake the report exists to catch).

    python scripts/review_sample.py            print the report
    python scripts/review_sample.py --readme   replace the sample between its markers in README.md
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the site package lives at the repository root

from dirtbike_constructs import EndpointInfo, allow  # noqa: E402
from dirtbike_constructs.tools.review import render_tree, review_files  # noqa: E402
from dirtbike_site import cli, environments, peers  # noqa: E402

START, END = "<!-- review-sample:start -->", "<!-- review-sample:end -->"


def crafted_change() -> None:
    stage = environments.ENVIRONMENTS["stage"]
    environments.ENVIRONMENTS["stage"] = dataclasses.replace(
        stage,
        wordpress=dataclasses.replace(stage.wordpress, blue_image=stage.wordpress.green_image, active="green"),
        mysql=dataclasses.replace(stage.mysql, storage_size="5Gi"),
    )
    build = cli.build

    def with_scrape(env, store=None):
        site = build(env, store)
        phpmyadmin = next(
            n
            for n in site.chart("web").node.find_all()
            if isinstance(getattr(n, "endpoint", None), EndpointInfo) and n.endpoint.name == "phpmyadmin"
        )
        allow(peers.PROMETHEUS, phpmyadmin, "http")
        return site

    cli.build = with_scrape


def sample() -> str:
    before = {f"stage/{p}": t for p, t in cli.render("stage").items()}
    crafted_change()
    after = {f"stage/{p}": t for p, t in cli.render("stage").items()}
    (review,) = review_files(before, after)
    return render_tree(review, "main")


def in_readme(report: str) -> str:
    """The report as the README holds it between its markers: two heading levels down, so the
    sample sits under the README's own section."""
    shifted = "\n".join("##" + line if line.startswith(("## ", "### ")) else line for line in report.splitlines())
    return f"{START}\n\n{shifted}\n\n{END}"


def readme_sample(text: str) -> str:
    """The sample the README holds now, markers included."""
    head, rest = text.split(START, 1)
    inner, _ = rest.split(END, 1)
    return f"{START}{inner}{END}"


def main(argv: list[str]) -> int:
    report = sample()
    if argv == ["--readme"]:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(text.replace(readme_sample(text), in_readme(report)), encoding="utf-8")
        return 0
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
