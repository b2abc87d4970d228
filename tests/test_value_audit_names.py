"""Object names as the API server reads them. A name that also becomes a label value (the
recommended app.kubernetes.io/instance label) must fit a label value, 63 characters, although
the object's own name may be a 253-character DNS subdomain: a longer one would be refused by
the API server (metadata.labels: must be no more than 63 characters). Names of objects that
are only referred to (Secrets, claims, storage and priority classes) are DNS subdomains, dots
included, as Kubernetes allows (apimachinery IsDNS1123Subdomain)."""

from __future__ import annotations

import base64

import cdk8s
import pytest
from conftest import synth

from dirtbike_constructs import (
    AcmeIssuer,
    CloudflareDns,
    ConfigError,
    LonghornStorageClass,
    PersistentClaim,
    SealedSecret,
)

DOTTED = "app.uploads"
# The shape of sealed data (base64 of random bytes); the construct checks the shape only.
CIPHERTEXT = base64.b64encode(bytes(range(256)) * 2).decode()


def cluster_chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "cluster")


def namespaced_chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "app")


BUILDERS = {
    "PersistentClaim": lambda name: PersistentClaim(namespaced_chart(), "claim", name=name, namespace="shop", size="1Gi"),
    "SealedSecret": lambda name: SealedSecret(
        namespaced_chart(), "secret", name=name, namespace="shop", encrypted_data={"password": CIPHERTEXT}
    ),
    "LonghornStorageClass": lambda name: LonghornStorageClass(cluster_chart(), "class", name=name, replicas=2),
    "AcmeIssuer": lambda name: AcmeIssuer(
        cluster_chart(), "issuer", name=name, endpoint="staging", dns=CloudflareDns(secret="cloudflare-token")
    ),
}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_name_that_is_also_a_label_value_fits_63_characters(kind):
    with pytest.raises(ConfigError, match="name=.*at most 63 characters"):
        BUILDERS[kind]("b" + "-x" * 40)  # 81 characters: a valid object name, too long a label value


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_dotted_name_is_accepted_and_labelled(kind):
    construct = BUILDERS[kind](DOTTED)
    manifest = next(m for m in synth(construct.node.scope) if m["metadata"]["name"] == DOTTED)
    assert manifest["metadata"]["labels"]["app.kubernetes.io/instance"] == DOTTED


def test_referred_names_may_be_dotted_subdomains():
    """Secrets, pull secrets and priority classes are referred to by object name, which may hold dots."""
    from factories import container

    from dirtbike_constructs import DeploymentProps, HardenedDeployment, SecretFiles

    chart = namespaced_chart()
    props = DeploymentProps(
        namespace="shop",
        container=container(mounts=(SecretFiles("db.credentials", "/run/secrets/db"),)),
        image_pull_secrets=("registry.example.org",),
        priority_class_name="shop.high",
    )
    manifests = synth(HardenedDeployment(chart, "api", props).node.scope)
    pod = next(m for m in manifests if m["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert pod["imagePullSecrets"] == [{"name": "registry.example.org"}] and pod["priorityClassName"] == "shop.high"
    assert any(v.get("secret", {}).get("secretName") == "db.credentials" for v in pod["volumes"])


@pytest.mark.parametrize("bad", ["db..credentials", ".db", "db.", "DB.credentials", "d" * 254])
def test_a_referred_name_that_is_no_subdomain_is_refused(bad):
    from factories import container

    from dirtbike_constructs import DeploymentProps, HardenedDeployment

    with pytest.raises(ConfigError, match="subdomain"):
        HardenedDeployment(namespaced_chart(), "api", DeploymentProps(namespace="shop", container=container(), image_pull_secrets=(bad,)))
