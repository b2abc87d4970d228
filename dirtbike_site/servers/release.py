"""What the pinned k3s release (environments.K3S_RELEASE) says about Kubernetes: its version
and minor, read from the release name, so nothing else names them."""

from __future__ import annotations

import re

from dirtbike_constructs import ConfigError

#: k3s release names: v<kubernetes version>+k3s<build>.
RELEASE = re.compile(r"v(?P<major>1)\.(?P<minor>0|[1-9][0-9]*)\.(?P<patch>0|[1-9][0-9]*)\+k3s(?P<build>[1-9][0-9]*)")


def parts(where: str, release: str) -> re.Match[str]:
    match = RELEASE.fullmatch(release) if isinstance(release, str) else None
    if match is None:
        raise ConfigError(where, "release", release, "a k3s release name such as 'v1.36.3+k3s1' (never a channel such as 'stable')")
    return match


def kubernetes_version(release: str) -> str:
    """'v1.36.3+k3s1' -> 'v1.36.3'."""
    return release.split("+", 1)[0]


def pod_security_version(release: str) -> str:
    """'v1.36.3+k3s1' -> 'v1.36': the Pod Security Standards of the running Kubernetes minor."""
    match = parts("k3s release", release)
    return f"v{match['major']}.{match['minor']}"


#: kubectl is supported within one minor version (older or newer) of kube-apiserver (Kubernetes
#: "Version Skew Policy", kubernetes.io/releases/version-skew-policy/#kubectl).
KUBECTL_SKEW = 1
_KUBECTL_TAG = re.compile(r"[a-z0-9./_-]+:v(?P<major>1)\.(?P<minor>0|[1-9][0-9]*)\.(?P<patch>0|[1-9][0-9]*)")


def kubectl_within_skew(where: str, field: str, image: str, release: str) -> str:
    """`image`, a kubectl image tagged with its Kubernetes version, when that version is within
    KUBECTL_SKEW minors of the k3s `release`; else ConfigError."""
    server = int(parts(where, release)["minor"])
    tag = _KUBECTL_TAG.fullmatch(image) if isinstance(image, str) else None
    if tag is None or abs(int(tag["minor"]) - server) > KUBECTL_SKEW:
        raise ConfigError(
            where,
            field,
            image,
            f"a kubectl image tagged v1.{server - KUBECTL_SKEW}.x to v1.{server + KUBECTL_SKEW}.x: kubectl is supported within "
            f"one minor version of the API server, and the servers run {kubernetes_version(release)} ({release})",
            "pick a published tag of that image within the range (its repository lists them) and set it with its source",
        )
    return image
