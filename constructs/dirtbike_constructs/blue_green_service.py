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
from .plus_workload import PlusPeerContract
from .pod_props import resolved_init
from .hardened_deployment import DeploymentProps, HardenedDeployment, plan_deployment
from .meta import LABEL_NAME, ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels
from .invariants import EXTERNAL_SERVICE_ANNOTATION
from .pod import service_exposure

COLORS = ("blue", "green")
COLOR_LABEL = "dirtbike.io/color"


@dataclass(frozen=True)
class ColorSpec:
    """One color's release: its image (pinned) and replicas (0 parks the idle color); replicas
    default None: the props' `replicas`."""

    image: str
    replicas: int | None = None


@resolved_init
@dataclass(frozen=True, kw_only=True)
class BlueGreenServiceProps(DeploymentProps):
    """The props of a BlueGreenService: every `DeploymentProps` field, applied to both colors'
    Deployments, and the release's own. Differences from a single Deployment:

    - container: its image is replaced by each color's image.
    - name: the stable Service's; the colors are `<name>-blue` and `<name>-green` (at most 50
      characters, default the construct id).
    - app: stays None (the name): the Services select pods by app.kubernetes.io/name and color.
    - replicas: each color's count unless its ColorSpec sets one; default 1.
    - autoscaling: an HPA on the active color only.
    - service_type, external_service_reason: the stable Service's; the color and preview
      Services stay ClusterIP."""

    blue: ColorSpec
    """The blue color's image and replicas. Required."""
    green: ColorSpec
    """The green color's image and replicas. Required."""
    active: Literal["blue", "green"]
    """The color the stable Service selects. Required."""
    split: Mapping[str, int] | None = None
    """Weights {'blue': n, 'green': m} summing to 100 for an A/B split through Traefik;
    default None (all traffic to the active color)."""


class BlueGreenService(PlusPeerContract, Construct):
    """Blue-green releases with a one-line switch.

    Renders `<name>-blue` and `<name>-green` HardenedDeployments (each with its own Service),
    the stable Service `<name>` selecting the active color, the preview Service
    `<name>-preview` selecting the idle color and, with `split`, a Traefik TraefikService
    `<name>` that weights traffic between the two color Services. Flipping `active` changes
    only the two selectors. Props: `BlueGreenServiceProps`.

    Attributes: `name`, `namespace`, `active`, `idle`, `deployments` (color -> deployment),
    `service_name`, `service_ports`, `preview_service_name`, `traefik_service_name` (or None),
    `endpoint` (the flow endpoint: its selector matches both colors, so flows survive a switch).
    """

    @all_or_nothing
    def __init__(self, scope: Construct, id: str, props: BlueGreenServiceProps) -> None:
        where = construct_path(scope, id)
        check.instance_of(
            where,
            "props",
            props,
            BlueGreenServiceProps,
            "a dirtbike_constructs.BlueGreenServiceProps: BlueGreenService(scope, id, BlueGreenServiceProps(...))",
        )
        name = check.dns_label(where, "name", props.name if props.name is not None else id, max_length=50)
        namespace = check.dns_label(where, "namespace", props.namespace)
        active = check.one_of(where, "active", props.active, COLORS)
        if props.app is not None and props.app != name:
            raise ConfigError(
                where,
                "app",
                props.app,
                "None (the name): the stable and preview Services select pods by app.kubernetes.io/name and color",
                "set name instead",
            )
        check.integer(where, "replicas", props.replicas, minimum=0, maximum=1000)
        colors = {"blue": props.blue, "green": props.green}
        replicas: dict[str, int] = {}
        for color, spec in colors.items():
            check.instance_of(where, color, spec, ColorSpec, "a dirtbike_constructs.ColorSpec")
            check.image(where, f"{color}.image", spec.image)
            count = spec.replicas if spec.replicas is not None else props.replicas
            replicas[color] = check.integer(where, f"{color}.replicas", count, minimum=0, maximum=1000)
        if replicas[active] == 0 and props.autoscaling is None:
            raise ConfigError(
                where, f"{active}.replicas", 0, "at least 1 for the active color", "scale the idle color to zero, not the active one"
            )
        container = check.instance_of(where, "container", props.container, Container, "a dirtbike_constructs.Container")
        exposed = [p for p in container.ports if p.expose]
        if not exposed:
            raise ConfigError(where, "container.ports", container.ports, "at least one exposed port (the Services route to it)")
        weights = self._weights(where, props.split, replicas) if props.split is not None else None
        service_type, reason = service_exposure(where, props)
        pod_labels = check.label_map(where, "pod_labels", props.pod_labels)
        if COLOR_LABEL in pod_labels:
            raise ConfigError(where, "pod_labels", [COLOR_LABEL], f"labels other than {COLOR_LABEL} (BlueGreenService sets it)")
        shared = {f.name: getattr(props, f.name) for f in dataclasses.fields(DeploymentProps)}
        color_props = {
            color: DeploymentProps(
                **{
                    **shared,
                    "name": f"{name}-{color}",
                    "app": name,
                    "container": dataclasses.replace(container, image=colors[color].image),
                    # The autoscaled active color's count is the HPA's; its replicas apply
                    # once it is idle again.
                    "replicas": 1 if props.autoscaling is not None and color == active else replicas[color],
                    "autoscaling": props.autoscaling if color == active else None,
                    "pod_labels": {**pod_labels, COLOR_LABEL: color},
                    "service_type": "ClusterIP",
                    "external_service_reason": None,
                }
            )
            for color in COLORS
        }
        for color in COLORS:  # both colors validated before anything is attached
            plan_deployment(f"{where}/{color}", color_props[color], color)

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
            self.deployments[color] = HardenedDeployment(self, color, color_props[color])
        self._endpoint = EndpointInfo(
            name=name,
            kind="BlueGreenService",
            path=where,
            namespace=namespace,
            selector={LABEL_NAME: name},
            ports=dict(self.deployments[active].endpoint.ports),
        )
        self.service_ports: dict[str, int] = {p.name: p.public_port for p in exposed}
        labels = recommended_labels(name=name, instance=name, component=props.component, part_of=props.part_of)

        def service(service_name: str, color: str, service_type: str = "ClusterIP", reason: str | None = None) -> dict[str, Any]:
            annotations = {EXTERNAL_SERVICE_ANNOTATION: reason} if reason is not None else None
            return {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": object_meta(service_name, namespace, labels, annotations),
                "spec": {
                    "type": service_type,
                    "selector": {LABEL_NAME: name, COLOR_LABEL: color},
                    "ports": [{"name": p.name, "port": p.public_port, "targetPort": p.name, "protocol": p.protocol} for p in exposed],
                },
            }

        self.service = ManifestObject(self, "Resource", service(name, self.active, service_type, reason))
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
    def _weights(where: str, split: Mapping[str, int], replicas: Mapping[str, int]) -> dict[str, int]:
        if not isinstance(split, Mapping) or set(split) != set(COLORS):
            raise ConfigError(where, "split", split, "weights for exactly 'blue' and 'green', e.g. {'blue': 90, 'green': 10}")
        for color in COLORS:
            check.integer(where, f"split[{color!r}]", split[color], minimum=0, maximum=100)
            if split[color] > 0 and replicas[color] == 0:
                raise ConfigError(
                    where, f"split[{color!r}]", split[color], f"0 while {color} has no replicas", f"give {color} replicas or weight 0"
                )
        total = sum(split[c] for c in COLORS)
        if total != 100:
            raise ConfigError(where, "split", dict(split), "weights summing to exactly 100", f"they sum to {total}")
        return {c: split[c] for c in COLORS}
