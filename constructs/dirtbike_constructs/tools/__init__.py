"""Repository tools: programs that work on rendered output, not constructs.

They are kept apart from the construct modules (nothing under `dirtbike_constructs` imports
them), are installed with the library, and each one with a command line has a console entry
point (see `setup.cfg`):

| module | console command | what |
|---|---|---|
| `tools.diff` | `dirtbike-diff` | semantic diff of a rendered tree between a git revision and the working tree |
| `tools.netpol` | `dirtbike-netpol` | NetworkPolicy evaluator: who can reach whom, on which port |
| `tools.flow_report` | (library function) | Markdown/Mermaid picture of declared flows |
| `tools.flow_names` | (library functions) | the names of flow endpoints FLOWS.md and the review share |
| `tools.flow_picture` | (library functions) | the Mermaid picture of flows both draw |
| `tools.pin_images` | `python -m dirtbike_constructs.tools.pin_images` (`make pin-images`) | resolve image tags to digests (OCI distribution API) into an images lock |
| `tools.review` | `dirtbike-review` | what a change to a rendered tree will do (security, rollout, failures, capacity, images, flows), as a pull-request comment |

New repository tools belong here, one module each, with a `main(argv) -> int` when they have a
command line.
"""
