"""What every app module of the site is given: the environment, one chart and one
ZeroTrustNamespace per area, and the sealed credentials."""

from __future__ import annotations

from dataclasses import dataclass, field

import cdk8s

from dirtbike_constructs import Flow, SealedSecret, SecretFiles, ZeroTrustNamespace, flows_of
from dirtbike_constructs.image_lock import ImageLock

from .credentials import SealedStore, required
from .environments import Environment
from .images import load_lock

PART_OF = "dirtbike"
AREAS = ("data", "web", "forum", "auth", "trails")
CLUSTER_DOMAIN = "cluster.local"


@dataclass
class Site:
    env: Environment
    store: SealedStore
    app: cdk8s.App = field(default_factory=cdk8s.App)
    by_area: dict[str, cdk8s.Chart] = field(default_factory=dict)
    namespaces: dict[str, ZeroTrustNamespace] = field(default_factory=dict)
    sealed: dict[str, SealedSecret] = field(default_factory=dict)
    #: The images lock synthesis pins every image by (images/lock.json).
    images: ImageLock = field(default_factory=load_lock)

    def __post_init__(self) -> None:
        for area in AREAS:
            chart = cdk8s.Chart(self.app, area)
            self.by_area[area] = chart
            self.namespaces[area] = ZeroTrustNamespace(
                chart, "namespace", name=self.env.namespace(area), part_of=PART_OF, boundary=self.env.name
            )
        # A SealedSecret for each credential sealed; the rest are reported as missing.
        for credential in required(self.env):
            encrypted = self.store.sealed(credential)
            if encrypted is not None:
                self.sealed[credential.name] = SealedSecret(
                    self.by_area[credential.area],
                    f"sealed-{credential.name}",
                    name=credential.name,
                    namespace=credential.namespace_in(self.env),
                    encrypted_data=encrypted,
                    secret_type=credential.secret_type,
                    part_of=PART_OF,
                )

    def chart(self, area: str) -> cdk8s.Chart:
        return self.by_area[area]

    def ns(self, area: str) -> str:
        return self.env.namespace(area)

    def host(self, service: str, area: str) -> str:
        """The in-cluster DNS name of a Service."""
        return f"{service}.{self.ns(area)}.svc.{CLUSTER_DOMAIN}"

    def secret_files(self, name: str, mount_path: str, *, key: str | None = None) -> SecretFiles:
        """Mount a declared credential; its fingerprint (once sealed) rolls the pods on change."""
        if name not in {c.name for c in required(self.env)}:
            raise KeyError(f"credential {name!r} is not declared in dirtbike_site/credentials.py")
        fingerprint = self.sealed[name].fingerprint if name in self.sealed else ""
        return SecretFiles(name, mount_path, key=key, fingerprint=fingerprint)

    @property
    def flows(self) -> list[Flow]:
        """Every flow of the environment: the application's and the workloads' own."""
        return flows_of(self.app)

    @property
    def charts(self) -> list[cdk8s.Chart]:
        return [self.by_area[a] for a in AREAS]
