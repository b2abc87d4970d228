"""BlueGreenService: two HardenedDeployments (blue and green), a stable Service on the active
color, a preview Service on the idle one, and an optional weighted A/B split."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import Container
from .endpoint import EndpointInfo
from .errors import ConfigError
from .hardened_deployment import Autoscaling, HardenedDeployment
from .meta import LABEL_NAME, ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

COLORS = ("blue", "green")
COLOR_LABEL = "dirtbike.io/color"


@dataclass(frozen=True)
class ColorSpec:
    """One color's release: its image (pinned) and replicas (0 parks the idle color)."""

    image: str
    replicas: int = 1


class BlueGreenService(Construct):
    """Blue-green releases with a one-line switch.

    Renders `<name>-blue` and `<name>-green` HardenedDeployments (each with its own Service),
    the stable Service `<name>` selecting the active color, the preview Service
    `<name>-preview` selecting the idle color and, with `split`, a Traefik TraefikService
    `<name>` that weights traffic between the two color Services. Flipping `active` changes
    only the two selectors.

    Attributes: `name`, `namespace`, `active`, `idle`, `deployments` (color -> deployment),
    `service_name`, `service_ports`, `preview_service_name`, `traefik_service_name` (or None),
    `endpoint` (the flow endpoint: its selector matches both colors, so flows survive a switch).
    """

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        container: Container,
        blue: ColorSpec,
        green: ColorSpec,
        active: Literal["blue", "green"],
        name: str | None = None,
        split: Mapping[str, int] | None = None,
        autoscaling: Autoscaling | None = None,
        component: str | None = None,
        part_of: str | None = None,
        **deployment_options: Any,
    ) -> None:
        """
        container: the workload; its image is replaced by each color's image.
        blue, green: ColorSpec per color. active: the color the stable Service selects.
        name: default: the construct id. split: weights {'blue': n, 'green': m} summing to
        100 for an A/B split through Traefik; default None (all traffic to the active
        color). autoscaling: HPA on the active color only; default None.
        component, part_of: recommended labels. deployment_options: passed to both
        HardenedDeployments (spread, strategy, sidecars, init_containers, reads, ...).
        """
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id, max_length=50)
        check.dns_label(where, "namespace", namespace)
        check.one_of(where, "active", active, COLORS)
        colors = {"blue": blue, "green": green}
        for color, spec in colors.items():
            check.instance_of(where, color, spec, ColorSpec, "a dirtbike_constructs.ColorSpec")
            check.image(where, f"{color}.image", spec.image)
            check.integer(where, f"{color}.replicas", spec.replicas, minimum=0, maximum=1000)
        if colors[active].replicas == 0 and autoscaling is None:
            raise ConfigError(
                where, f"{active}.replicas", 0, "at least 1 for the active color", "scale the idle color to zero, not the active one"
            )
        check.instance_of(where, "container", container, Container, "a dirtbike_constructs.Container")
        exposed = [p for p in container.ports if p.expose]
        if not exposed:
            raise ConfigError(where, "container.ports", container.ports, "at least one exposed port (the Services route to it)")
        weights = self._weights(where, split, colors) if split is not None else None
        for reserved in ("name", "app", "pod_labels", "replicas", "namespace", "container"):
            if reserved in deployment_options:
                raise ConfigError(where, reserved, deployment_options[reserved], "set by BlueGreenService itself")

        attach(self, scope, id, where)
        self.name: str = name
        self.namespace: str = namespace
        self.active: str = active
        self.idle: str = "green" if active == "blue" else "blue"
        self.service_name: str = name
        self.preview_service_name: str = f"{name}-preview"
        self.traefik_service_name: str | None = None

        self.deployments: dict[str, HardenedDeployment] = {}
        for color in COLORS:
            self.deployments[color] = HardenedDeployment(
                self,
                color,
                namespace=namespace,
                name=f"{name}-{color}",
                app=name,
                container=dataclasses.replace(container, image=colors[color].image),
                # The autoscaled active color's count is the HPA's; its ColorSpec.replicas
                # applies once it is idle again.
                replicas=1 if autoscaling is not None and color == active else colors[color].replicas,
                autoscaling=autoscaling if color == active else None,
                pod_labels={COLOR_LABEL: color},
                component=component,
                part_of=part_of,
                **deployment_options,
            )
        self._endpoint = EndpointInfo(
            name=name,
            kind="BlueGreenService",
            path=where,
            namespace=namespace,
            selector={LABEL_NAME: name},
            ports=dict(self.deployments[active].endpoint.ports),
        )
        self.service_ports: dict[str, int] = {p.name: p.public_port for p in exposed}
        labels = recommended_labels(name=name, instance=name, component=component, part_of=part_of)

        def service(service_name: str, color: str) -> dict[str, Any]:
            return {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": object_meta(service_name, namespace, labels),
                "spec": {
                    "type": "ClusterIP",
                    "selector": {LABEL_NAME: name, COLOR_LABEL: color},
                    "ports": [{"name": p.name, "port": p.public_port, "targetPort": p.name, "protocol": p.protocol} for p in exposed],
                },
            }

        self.service = ManifestObject(self, "Resource", service(name, self.active))
        ManifestObject(self, "PreviewService", service(self.preview_service_name, self.idle))
        if weights is not None:
            self.traefik_service_name = name
            main_port = exposed[0].public_port
            ManifestObject(
                self,
                "TraefikService",
                {
                    "apiVersion": "traefik.io/v1alpha1",
                    "kind": "TraefikService",
                    "metadata": object_meta(name, namespace, labels),
                    "spec": {
                        "weighted": {
                            "services": [{"name": f"{name}-{color}", "port": main_port, "weight": weights[color]} for color in COLORS]
                        }
                    },
                },
            )

    @property
    def endpoint(self) -> EndpointInfo:
        """Both colors' pods as one flow endpoint, with the container's named ports."""
        return self._endpoint

    @staticmethod
    def _weights(where: str, split: Mapping[str, int], colors: Mapping[str, ColorSpec]) -> dict[str, int]:
        if not isinstance(split, Mapping) or set(split) != set(COLORS):
            raise ConfigError(where, "split", split, "weights for exactly 'blue' and 'green', e.g. {'blue': 90, 'green': 10}")
        for color in COLORS:
            check.integer(where, f"split[{color!r}]", split[color], minimum=0, maximum=100)
            if split[color] > 0 and colors[color].replicas == 0:
                raise ConfigError(
                    where, f"split[{color!r}]", split[color], f"0 while {color} has no replicas", f"give {color} replicas or weight 0"
                )
        total = sum(split[c] for c in COLORS)
        if total != 100:
            raise ConfigError(where, "split", dict(split), "weights summing to exactly 100", f"they sum to {total}")
        return {c: split[c] for c in COLORS}
