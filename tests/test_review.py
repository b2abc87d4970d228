"""The review report on crafted changes: each rule fires on the change it is about, and
changes that look alarming in a raw diff but are harmless raise nothing."""

from __future__ import annotations

import pytest
from review_objects import (
    NS,
    changed,
    claim,
    color_service,
    container,
    cronjob,
    default_deny,
    deployment,
    ingress_route,
    job,
    middleware,
    namespace,
    pods_of,
    policy,
    postgres,
    role,
    role_binding,
    sealed_secret,
    service_account,
    statefulset,
    storage_class,
    tree,
    weighted,
)

from dirtbike_constructs.tools.review import render_all, render_tree, review_files
from dirtbike_constructs.tools.review.report import fit


def review(before, after, env="stage"):
    (result,) = review_files(tree(*before, env=env), tree(*after, env=env))
    return result


def rules(before, after):
    return review(before, after).rules()


def texts(before, after, rule):
    return [f.text for f in review(before, after).findings if f.rule == rule]


# --- security posture: flows ------------------------------------------------------------------

BASE_NET = [namespace(), default_deny(), deployment("web"), deployment("db", port=5432)]
WEB_TO_DB = [
    policy("egress-web-to-db", {"app.kubernetes.io/name": "web"}, egress=[{"to": [pods_of("db")], "ports": [{"port": 5432}]}]),
    policy("ingress-db-from-web", {"app.kubernetes.io/name": "db"}, ingress=[{"from": [pods_of("web")], "ports": [{"port": 5432}]}]),
]


def test_a_new_flow_is_named_with_its_port():
    assert texts(BASE_NET, BASE_NET + WEB_TO_DB, "flow-added") == ["flow added: `shop/web` → `shop/db` on 5432/TCP"]


def test_a_widened_selector_shows_as_the_connections_it_opens():
    # The ingress rule loses its podSelector: every pod of the namespace may now reach db.
    wide = changed(WEB_TO_DB[1], lambda p: p["spec"]["ingress"][0]["from"][0].pop("podSelector"))
    extra = deployment("cache", port=6379)
    open_egress = policy("egress-cache-anywhere", {"app.kubernetes.io/name": "cache"}, egress=[{}])
    found = review([*BASE_NET, extra, open_egress, *WEB_TO_DB], [*BASE_NET, extra, open_egress, WEB_TO_DB[0], wide])
    assert [f.text for f in found.security] == ["flow added: `shop/cache` → `shop/db` on 5432/TCP"]


def test_a_widened_port_range_is_reported_as_widened():
    ranged = changed(WEB_TO_DB[1], lambda p: p["spec"]["ingress"][0]["ports"][0].update(endPort=5440))
    egress_any_port = changed(WEB_TO_DB[0], lambda p: p["spec"]["egress"][0].pop("ports"))
    found = texts(BASE_NET + [egress_any_port, WEB_TO_DB[1]], BASE_NET + [egress_any_port, ranged], "flow-widened")
    assert found == ["flow widened: `shop/web` → `shop/db` now also on 5440/TCP"]


def test_a_removed_flow_is_reported():
    assert texts(BASE_NET + WEB_TO_DB, BASE_NET, "flow-removed") == ["flow removed: `shop/web` → `shop/db` on 5432/TCP"]


@pytest.mark.parametrize(
    "block, name",
    [
        ({"cidr": "0.0.0.0/0"}, "any address"),
        ({"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]}, "internet"),
        ({"cidr": "198.51.100.0/24"}, "198.51.100.0/24"),
    ],
)
def test_addresses_are_named_as_flows_md_names_them(block, name):
    out = policy("egress-web-out", {"app.kubernetes.io/name": "web"}, egress=[{"to": [{"ipBlock": block}], "ports": [{"port": 443}]}])
    assert texts(BASE_NET, [*BASE_NET, out], "flow-added") == [f"flow added: `shop/web` → `{name}` on 443/TCP"]


def test_flows_from_other_namespaces_are_named_by_their_selector():
    from_traefik = policy(
        "ingress-web-from-traefik",
        {"app.kubernetes.io/name": "web"},
        ingress=[{"from": [pods_of("traefik", "ingress-system")], "ports": [{"port": 8080}]}],
    )
    assert texts(BASE_NET, BASE_NET + [from_traefik], "flow-added") == ["flow added: `ingress-system/traefik` → `shop/web` on 8080/TCP"]


# --- security posture: privileges --------------------------------------------------------------


def _container(edit):
    return changed(deployment(), lambda d: edit(d["spec"]["template"]["spec"]["containers"][0]["securityContext"]))


@pytest.mark.parametrize(
    "edit, rule",
    [
        (lambda c: c["capabilities"].update(add=["NET_BIND_SERVICE"]), "privilege-capabilities"),
        (lambda c: c.update(runAsUser=33), "privilege-user"),
        (lambda c: c.update(allowPrivilegeEscalation=True), "privilege-escalation"),
        (lambda c: c.update(readOnlyRootFilesystem=False), "privilege-root-filesystem"),
        (lambda c: c.update(privileged=True), "privilege-privileged"),
        (lambda c: c.update(seccompProfile={"type": "Unconfined"}), "privilege-seccomp"),
    ],
)
def test_container_privilege_changes(edit, rule):
    assert rules([deployment()], [_container(edit)]) == {rule, "restart"}


def test_host_namespace_and_token_on_the_pod():
    host = changed(deployment(), lambda d: d["spec"]["template"]["spec"].update(hostNetwork=True))
    assert "privilege-host" in rules([deployment()], [host])
    token = changed(deployment(), lambda d: d["spec"]["template"]["spec"].update(automountServiceAccountToken=True))
    assert texts([deployment()], [token], "sa-token") == ["Deployment `shop/web`: ServiceAccount token mounted `False` → `True`"]


def test_service_account_token_turned_on():
    assert texts([service_account()], [service_account(token=True)], "sa-token") == [
        "ServiceAccount `shop/web`: automountServiceAccountToken `False` → `True`"
    ]


def test_security_exception_added_with_its_reason():
    excepted = changed(
        deployment(),
        lambda d: d["spec"]["template"]["metadata"]["annotations"].update(
            {"security.dirtbike.io/app.low-uid": "the image's www-data owns its files"}
        ),
    )
    assert texts([deployment()], [excepted], "security-exception") == [
        "Deployment `shop/web`: security exception `app.low-uid` added: “the image's www-data owns its files”"
    ]


def test_pod_security_loosened():
    assert texts([namespace()], [namespace(level="baseline")], "pod-security") == [
        "Namespace `shop`: Pod Security enforce `restricted` → `baseline` (**loosened**)"
    ]
    assert texts([], [namespace(level="privileged")], "pod-security") == ["Namespace `shop` (new): Pod Security enforce `privileged`"]
    assert texts([], [namespace()], "pod-security") == []


def test_an_add_on_chart_upgrade():
    def chart(version, values="replicas: 2\n"):
        return {
            "apiVersion": "helm.cattle.io/v1",
            "kind": "HelmChart",
            "metadata": {"name": "traefik", "namespace": "kube-system"},
            "spec": {"chart": "traefik", "repo": "https://traefik.github.io/charts", "version": version, "valuesContent": values},
        }

    assert texts([chart("37.1.0")], [chart("37.2.0", "replicas: 3\n")], "chart-upgrade") == [
        "HelmChart `kube-system/traefik`: version 37.1.0 -> 37.2.0, values changed; the helm-controller upgrades the release"
    ]


def test_a_new_workload_is_reported_only_where_it_departs_from_the_hardened_default():
    assert review([], [deployment()]).security == []
    root_ish = _container(lambda c: c.update(runAsUser=1000))
    assert texts([], [root_ish], "privilege-user") == ["Deployment `shop/web`, container `app`: runAsUser `1000`"]


# --- security posture: RBAC, credentials, exposure ---------------------------------------------


def test_rbac_rules_gained_through_a_binding():
    wider = role(rules=[{"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "verbs": ["create"]}])
    assert texts([service_account(), role()], [service_account(), wider, role_binding()], "rbac-gained") == [
        "ServiceAccount `shop/web` gains in `shop`: `create` clusters.postgresql.cnpg.io (any name)"
    ]
    assert texts([service_account(), role(), role_binding()], [service_account(), role(rules=[]), role_binding()], "rbac-lost") == [
        "ServiceAccount `shop/web` loses in `shop`: `get` secrets `web-db`"
    ]


def test_credentials_added_removed_and_resealed():
    assert texts([], [sealed_secret()], "credential-added") == ["credential added: SealedSecret `shop/web-db` (`password`)"]
    assert texts([sealed_secret()], [], "credential-removed") == ["credential removed: SealedSecret `shop/web-db`"]
    assert texts([sealed_secret()], [sealed_secret(password="AgCnewciphertext==")], "credential-resealed") == [
        "credential SealedSecret `shop/web-db`: re-sealed `password`"
    ]


def test_new_public_host_and_removed_authentication():
    auth = middleware("admin-auth", {"basicAuth": {"secret": "admin-htpasswd"}})
    before = [auth, ingress_route("admin", "admin.example.org", ["admin-auth"])]
    assert texts([auth], before, "public-host-added") == ["new public host `admin.example.org` (authentication: `shop/admin-auth`)"]
    after = [auth, ingress_route("admin", "admin.example.org")]
    assert texts(before, after, "auth-removed") == [
        "IngressRoute `shop/admin` `Host(`admin.example.org`)`: authentication middleware `shop/admin-auth` **removed**"
    ]


# --- rollout -------------------------------------------------------------------------------------


def test_restarts_are_listed_in_apply_order_with_their_reason():
    other_ns = deployment("api", namespace="another")
    bumped = deployment("web", image="example/app:1.1")
    reconfigured = changed(
        other_ns, lambda d: d["spec"]["template"]["metadata"]["annotations"].update({"checksum.dirtbike.io/config": "bbb"})
    )
    found = review([other_ns, deployment("web"), statefulset()], [reconfigured, bumped, statefulset()])
    assert [f.text for f in found.rollout if f.rule == "restart"] == [
        "Deployment `another/api` restarts its pods (config or credential checksum changed)",
        "Deployment `shop/web` restarts its pods (image changed)",
    ]


def test_postgres_image_rolls_the_instances():
    assert texts([postgres()], [postgres(image="ghcr.io/cloudnative-pg/postgresql:16.6")], "restart") == [
        "Cluster `shop/postgres` restarts its PostgreSQL instances one by one, the primary last by switchover (imageName changed)"
    ]


def test_jobs_that_run_again_and_cronjob_changes():
    found = review([job(), job("seed"), cronjob()], [job(image="example/app:1.1"), job("seed"), cronjob(schedule="0 5 * * *")])
    assert [(f.rule, f.text) for f in found.rollout] == [  # in apply order
        ("cronjob-changed", "CronJob `shop/report`: schedule `0 4 * * *` → `0 5 * * *`"),
        ("job-run", "Job `shop/migrate` runs again with its changed pod template"),
        ("job-rerun", "scripts/apply.sh re-creates every Job, so these unchanged ones run again too (idempotent): `seed`"),
    ]


def test_blue_green_switch_and_split_are_stated_as_such():
    before = [color_service("wordpress", "blue"), color_service("wordpress-preview", "green"), weighted("wordpress", 90, 10)]
    after = [color_service("wordpress", "green"), color_service("wordpress-preview", "blue"), weighted("wordpress", 50, 50)]
    found = review(before, after)
    assert found.rules() == {"blue-green-switch", "blue-green-split"}
    assert [f.text for f in found.rollout] == [
        "**wordpress stage: active blue -> green**",
        "**wordpress stage: split blue 90% / green 10% -> blue 50% / green 50%**",
    ]


def test_replica_count_is_a_scale_not_a_restart():
    assert texts([deployment(replicas=2)], [deployment(replicas=3)], "scale") == ["Deployment `shop/web` scales 2 → 3"]
    assert rules([deployment(replicas=2)], [deployment(replicas=3)]) == {"scale"}


# --- will fail or lose data ------------------------------------------------------------------------


def test_selector_change_needs_a_delete():
    moved = changed(deployment(), lambda d: d["spec"]["selector"]["matchLabels"].update(tier="front"))
    (text,) = texts([deployment()], [moved], "immutable-selector")
    assert "`kubectl delete deployment -n shop web`" in text


def test_statefulset_claim_templates_need_an_orphan_delete():
    labelled = changed(statefulset(), lambda s: s["spec"]["volumeClaimTemplates"][0]["metadata"].update(labels={"v": "2"}))
    (text,) = texts([statefulset()], [labelled], "immutable-volume-claims")
    assert "`kubectl delete statefulset -n shop db --cascade=orphan`" in text


def test_job_template_change_is_flagged_with_the_gitops_step():
    (text,) = texts([job()], [job(image="example/app:1.1")], "immutable-job-template")
    assert "scripts/apply.sh deletes and re-creates" in text and "`kubectl delete job -n shop migrate`" in text


def test_storage_class_parameters_cannot_change():
    (text,) = texts([storage_class()], [storage_class(replicas="2")], "immutable-storage-class")
    assert "`parameters`" in text and "`kubectl delete storageclass retain`" in text


def test_claim_storage_class_cannot_change():
    assert rules([claim()], [claim(storage_class_name="fast")]) == {"immutable-claim"}


@pytest.mark.parametrize(
    "before, after",
    [
        (claim(size="10Gi"), claim(size="5Gi")),
        (statefulset(size="10Gi"), statefulset(size="8Gi")),
        (postgres(size="20Gi"), postgres(size="10Gi")),
    ],
)
def test_volumes_never_shrink(before, after):
    assert "volume-shrink" in rules([before], [after])


def test_growing_a_claim_on_a_class_without_expansion_fails():
    assert rules([storage_class(expandable=False), claim()], [storage_class(expandable=False), claim(size="20Gi")]) == {
        "volume-not-expandable"
    }


@pytest.mark.parametrize(
    "holder, words",
    [
        (claim(), "storage class `retain` retains the volume"),
        (statefulset(), "its claims stay"),
        (postgres(), "PostgreSQL cluster"),
        (sealed_secret(), "the credential in it"),
    ],
)
def test_prune_of_a_data_holder_is_called_out(holder, words):
    (text,) = texts([storage_class(), holder], [storage_class()], "prune-data")
    assert words in text


def test_a_renamed_claim_is_a_delete_and_an_empty_new_one():
    renamed = changed(claim("uploads"), lambda c: c["metadata"].update(name="uploads-v2"))
    (text,) = texts([storage_class(), claim("uploads")], [storage_class(), renamed], "prune-data")
    assert text.startswith("renamed to `uploads-v2`") and "starts empty" in text


def test_harmless_changes_that_look_alarming_raise_nothing():
    """Raw diff: spec fields of a claim, a StatefulSet, labels, a moved file. None is a risk."""
    grown = claim(size="20Gi")  # expansion on a class that allows it
    relabelled = changed(deployment(), lambda d: d["metadata"]["labels"].update(team="shop"))  # not the selector
    sts = changed(statefulset(), lambda s: s["spec"]["template"]["spec"]["containers"][0].update(image="example/db:8.4.7"))
    reordered = changed(
        deployment("api"),
        lambda d: d["spec"]["template"]["spec"]["containers"][0].update(env=[{"name": "B", "value": "2"}, {"name": "A", "value": "1"}]),
    )
    api = changed(
        deployment("api"),
        lambda d: d["spec"]["template"]["spec"]["containers"][0].update(env=[{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]),
    )
    unbound_role = role("reader", rules=[{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"], "resourceNames": ["x"]}])
    before = [storage_class(), claim(), deployment(), statefulset(), api, role("reader", rules=[])]
    after = [storage_class(), grown, relabelled, sts, reordered, unbound_role]
    found = review(before, after)
    assert found.danger == [] and found.security == []
    # the StatefulSet's new image and the reordered env restart pods, which is all they do
    assert [f.text for f in found.rollout] == [
        "Deployment `shop/api` restarts its pods (the order of a list in the pod spec changed)",
        "StatefulSet `shop/db` restarts its pods (image changed)",
    ]
    # the same object written to another file is no change at all
    moved = {path.replace("11-deployment", "12-deployment"): text for path, text in tree(deployment()).items()}
    (same,) = review_files(tree(deployment()), moved)
    assert same.unchanged


# --- capacity, images ------------------------------------------------------------------------------


def test_capacity_per_namespace_and_in_total():
    found = review([deployment(replicas=2), postgres()], [deployment(replicas=4), postgres()])
    lines = found.capacity.splitlines()
    assert (
        lines[2]
        == "| `shop` | 3.2 → **3.4** (+0.2) | 7 → **8** (+1) | 6.25 GiB → **6.5 GiB** (+0.25 GiB) | 6.5 GiB → **7 GiB** (+0.5 GiB) |"
    )
    assert lines[3].startswith("| **all namespaces** | 3.2 → **3.4**")
    assert review([deployment()], [deployment()]).capacity is None


def test_image_changes_name_tag_and_digest():
    a = "sha256:" + "a" * 64
    b = "sha256:" + "b" * 64
    assert texts([deployment(image=f"example/app:1.0@{a}")], [deployment(image=f"example/app:1.0@{b}")], "image-changed") == [
        f"image example/app:1.0: digest {a} -> {b} (Deployment `shop/web` `app`)"
    ]
    assert texts([deployment()], [deployment(image="example/app:1.1")], "image-changed") == [
        "image example/app: tag 1.0 -> 1.1 (Deployment `shop/web` `app`)"
    ]


# --- the report ----------------------------------------------------------------------------------------


def test_an_unchanged_tree_says_so_in_one_line():
    reviews = review_files(tree(deployment()), tree(deployment()))
    text = render_all(reviews, "main")
    assert text.count("\n") == 1 and text.startswith("No changes to `dist/` against `main`.")
    assert render_tree(reviews[0], "main") == "**`stage`**: no changes against `main`.\n"


def test_report_sections_come_before_the_diff():
    text = render_tree(review([deployment(), claim()], [deployment(image="example/app:2.0")]), "main")
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Will fail or lose data",
        "### Security posture",
        "### Rollout",
        "### Capacity",
        "### Images",
        "### Detailed diff",
    ]


def test_the_flow_picture_marks_added_and_removed_edges():
    before = BASE_NET + [WEB_TO_DB[0], WEB_TO_DB[1]]
    cache = deployment("cache", port=6379)
    web_to_cache = [
        policy("egress-web-to-cache", {"app.kubernetes.io/name": "web"}, egress=[{"to": [pods_of("cache")], "ports": [{"port": 6379}]}]),
        policy(
            "ingress-cache-from-web", {"app.kubernetes.io/name": "cache"}, ingress=[{"from": [pods_of("web")], "ports": [{"port": 6379}]}]
        ),
    ]
    picture = review([*before, cache], [*BASE_NET, cache, *web_to_cache]).picture
    assert 'n_shop_web ==>|"+6379"| n_shop_cache' in picture
    assert 'n_shop_web -.->|"-5432"| n_shop_db' in picture
    assert "linkStyle 0 stroke:#1a7f37" in picture and "linkStyle 1 stroke:#cf222e" in picture
    # cache had no connection before, db has none after
    assert "class n_shop_cache added" in picture and "class n_shop_db removed" in picture


def test_the_flow_picture_leaves_out_what_did_not_change():
    cache = deployment("cache", port=6379)
    web_to_cache = [
        policy("egress-web-to-cache", {"app.kubernetes.io/name": "web"}, egress=[{"to": [pods_of("cache")], "ports": [{"port": 6379}]}]),
        policy(
            "ingress-cache-from-web", {"app.kubernetes.io/name": "cache"}, ingress=[{"from": [pods_of("web")], "ports": [{"port": 6379}]}]
        ),
    ]
    kept = [*BASE_NET, *WEB_TO_DB, cache]
    picture = review(kept, [*kept, *web_to_cache]).picture
    assert "n_shop_db" not in picture and "5432" not in picture
    assert review(kept, [*kept, deployment("other")]).picture is None  # no flow changed: no picture


def test_a_pair_whose_ports_change_is_one_amber_edge():
    egress_any_port = changed(WEB_TO_DB[0], lambda p: p["spec"]["egress"][0].pop("ports"))
    moved = changed(WEB_TO_DB[1], lambda p: p["spec"]["ingress"][0]["ports"].append({"port": 5440}))
    picture = review([*BASE_NET, egress_any_port, WEB_TO_DB[1]], [*BASE_NET, egress_any_port, moved]).picture
    assert 'n_shop_web ==>|"5432, +5440"| n_shop_db' in picture and "stroke:#9a6700" in picture


def test_workloads_the_policies_select_alike_are_one_endpoint():
    """Two colours of a blue-green pair share the name label and every policy selects them
    alike: one endpoint, named as FLOWS.md names it. Two workloads sharing a name label that a
    policy tells apart keep their own names."""

    def colour(name):
        def edit(d):
            d["metadata"]["name"] = f"web-{name}"
            d["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/instance"] = f"web-{name}"

        return changed(deployment("web"), edit)

    base = [namespace(), default_deny(), deployment("db", port=5432)]
    both = [colour("blue"), colour("green")]
    assert texts(base, [*base, *both, *WEB_TO_DB], "flow-added") == ["flow added: `shop/web` → `shop/db` on 5432/TCP"]
    only_blue = changed(WEB_TO_DB[0], lambda p: p["spec"]["podSelector"]["matchLabels"].update({"app.kubernetes.io/instance": "web-blue"}))
    found = texts(base, [*base, *both, only_blue, WEB_TO_DB[1]], "flow-added")
    assert found == ["flow added: `shop/web-blue` → `shop/db` on 5432/TCP"]


def test_fit_drops_the_detailed_diff_first():
    reviews = review_files(
        tree(*[deployment(f"web{i}") for i in range(30)]), tree(*[deployment(f"web{i}", image="example/app:2.0") for i in range(30)])
    )
    full = render_all(reviews, "main")
    short = fit(reviews, "main", 5000)
    assert len(short) <= 5000 < len(full)
    assert "### Rollout" in short and "omitted to fit the comment" in short


def test_a_container_keeps_its_defaults_in_the_builders():
    # The builders above are the hardened default: a new deployment from them raises nothing.
    assert container()["securityContext"]["runAsNonRoot"] and NS == "shop"


# --- on the real site and from the command line ----------------------------------------------------


def test_a_release_step_of_the_real_site(monkeypatch):
    import dataclasses

    from conftest import rendered

    from dirtbike_site import cli, environments

    def render(**wordpress):
        stage = environments.ENVIRONMENTS["stage"]
        monkeypatch.setitem(
            environments.ENVIRONMENTS, "stage", dataclasses.replace(stage, wordpress=dataclasses.replace(stage.wordpress, **wordpress))
        )
        return {f"stage/{path}": text for path, text in cli.render("stage").items()}

    before = {f"stage/{path}": text for path, text in rendered("stage").items()}
    after = render(active="green", blue_image="wordpress:6.8.3-php8.3-apache")
    (found,) = review_files(before, after)
    assert found.danger == [] and found.security == []
    # The WP-Cron job runs the active color's image, so the flip moves it too.
    assert [f.text for f in found.rollout] == [
        "**wordpress stage: active blue -> green**",
        "Deployment `dirtbike-stage-web/wordpress-blue` restarts its pods (image changed)",
        "CronJob `dirtbike-stage-web/wordpress-cron`: its next run uses the changed pod template",
        "scripts/apply.sh re-creates every Job, so these unchanged ones run again too (idempotent): `logto-seed`, `discourse-db-init`",
    ]
    assert [f.text for f in found.images] == [
        "image wordpress: tag 6.8.2-php8.3-apache -> 6.8.3-php8.3-apache (Deployment `dirtbike-stage-web/wordpress-blue` `wordpress`)",
        "image wordpress: tag 6.8.2-php8.3-apache -> 7.1.0-php8.3-apache (CronJob `dirtbike-stage-web/wordpress-cron` `wp-cron`)",
    ]


def test_command_writes_a_report_per_tree(tmp_path, monkeypatch, capsys):
    import subprocess

    from dirtbike_constructs.tools.review import main

    def git(*args):
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    git("init", "-q")
    for path, text in {**tree(deployment(), env="prod"), **tree(deployment(), env="dev")}.items():
        (tmp_path / "dist" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "dist" / path).write_text(text)
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    assert main(["HEAD", "--out", "out"]) == 0
    assert capsys.readouterr().out == "No changes to `dist/` against `HEAD`. <!-- dirtbike-review -->\n"
    for path, text in tree(deployment(image="example/app:1.1"), env="prod").items():
        (tmp_path / "dist" / path).write_text(text)
    assert main(["HEAD", "--out", "out"]) == 0
    out = capsys.readouterr().out
    assert "## `prod` against `HEAD`" in out and "Unchanged: `dev`." in out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["REVIEW.md", "dev.md", "prod.md"]
    assert (tmp_path / "out" / "dev.md").read_text() == "**`dev`**: no changes against `HEAD`.\n"
    assert main(["no-such-revision", "--out", "out"]) == 2


def test_each_cluster_of_a_nested_folder_gets_its_own_report():
    def nested(*manifests, cluster):
        return {f"clusters/{path}": text for path, text in tree(*manifests, env=cluster).items()}

    before = {**nested(storage_class(), cluster="main"), **nested(storage_class(), cluster="spare"), **tree(deployment(), env="prod")}
    after = {
        **nested(storage_class(replicas="2"), cluster="main"),
        **nested(storage_class(), cluster="spare"),
        **tree(deployment(), env="prod"),
    }
    reviews = {r.name: r for r in review_files(before, after)}
    assert sorted(reviews) == ["clusters/main", "clusters/spare", "prod"]
    assert reviews["clusters/main"].rules() == {"immutable-storage-class"}
    assert reviews["clusters/spare"].unchanged and reviews["prod"].unchanged


def test_the_readme_sample_is_made_by_the_tool(monkeypatch):
    """scripts/review_sample.py's report, made here: its crafted change replaces stage's values
    and cli.build, which monkeypatch gives back after the test."""
    from conftest import ROOT

    from dirtbike_site import cli, environments

    monkeypatch.setitem(environments.ENVIRONMENTS, "stage", environments.ENVIRONMENTS["stage"])
    monkeypatch.setattr(cli, "build", cli.build)
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import review_sample

    report = review_sample.sample()
    assert "Volumes cannot shrink" in report and "**wordpress stage: active blue -> green**" in report
    assert "flow added: `monitoring/prometheus` → `dirtbike-stage-web/phpmyadmin` on 8080/TCP" in report
    readme = (ROOT / "README.md").read_text()
    assert review_sample.readme_sample(readme) == review_sample.in_readme(report), "run: python scripts/review_sample.py --readme"


# --- the remaining rules, one crafted change each ----------------------------------------------------


def test_credential_keys_added():
    assert texts([sealed_secret()], [sealed_secret(password="AgBy3i4OJSWK+PiTySYZZA==", user="AgBnew==")], "credential-keys") == [
        "credential SealedSecret `shop/web-db`: keys added `user`"
    ]


def test_public_host_removed_and_authentication_lost_with_a_rewritten_route():
    auth = middleware("admin-auth", {"basicAuth": {"secret": "admin-htpasswd"}})
    before = [auth, ingress_route("admin", "admin.example.org", ["admin-auth"]), ingress_route("old", "old.example.org")]
    rewritten = changed(
        ingress_route("admin", "admin.example.org"),
        lambda r: r["spec"]["routes"][0].update(match="Host(`admin.example.org`) && PathPrefix(`/`)"),
    )
    found = review(before, [auth, rewritten])
    assert [(f.rule, f.text) for f in found.security] == [
        ("public-host-removed", "public host `old.example.org` no longer served"),
        ("auth-removed", "public host `admin.example.org`: authentication middleware `shop/admin-auth` **removed**"),
    ]


def test_a_new_cronjob_is_named_with_its_schedule():
    assert texts([deployment()], [deployment(), cronjob()], "cronjob-changed") == [
        "CronJob `shop/report` (new) runs on schedule `0 4 * * *`"
    ]


def test_cronjob_template_change_applies_from_its_next_run():
    bumped = changed(
        cronjob(), lambda c: c["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0].update(image="example/app:1.1")
    )
    assert texts([cronjob()], [bumped], "cronjob-changed") == ["CronJob `shop/report`: its next run uses the changed pod template"]


def test_a_split_starting_and_ending():
    assert texts([], [weighted("wordpress", 90, 10)], "blue-green-split") == []  # a new environment: nothing to switch from
    service = [color_service("wordpress", "blue")]
    assert texts(service, [*service, weighted("wordpress", 90, 10)], "blue-green-split") == ["**wordpress stage: split starts**"]
    assert texts([*service, weighted("wordpress", 90, 10)], service, "blue-green-split") == [
        "**wordpress stage: split ended** (all traffic to the active colour)"
    ]


def test_statefulset_service_name_cannot_change():
    renamed = changed(statefulset(), lambda s: s["spec"].update(serviceName="db-peers"))
    assert rules([statefulset()], [renamed]) == {"immutable-statefulset"}


def test_pruning_a_namespace_deletes_everything_in_it():
    assert texts([namespace(), deployment()], [deployment()], "prune-data") == ["prune deletes Namespace `shop` and **everything in it**"]


def test_an_image_not_run_before():
    assert texts([deployment()], [deployment(), deployment("api", image="example/api:2.0")], "image-added") == [
        "image `example/api:2.0` new (Deployment `shop/api` `app`)"
    ]


def test_the_review_says_a_change_breaking_pod_security_will_fail():
    """The check synthesis makes, on a tree edited by other means: "will fail"."""
    import cdk8s
    import yaml
    from factories import container

    from dirtbike_constructs import DeploymentProps, HardenedDeployment, ZeroTrustNamespace
    from dirtbike_constructs.layout import render_layout

    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container()))
    before = {f"prod/{path}": text for path, text in render_layout(chart).items()}
    after = dict(before)
    path = "prod/shop/11-deployment-api.yaml"
    manifest = yaml.safe_load(after[path])
    manifest["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    after[path] = yaml.safe_dump(manifest)
    (review,) = review_files(before, after)
    (finding,) = [f for f in review.danger if f.rule == "pod-security-refused"]
    assert "Deployment `shop/api`" in finding.text and "privileged: true" in finding.text and "restricted" in finding.text


def test_every_rule_is_registered_and_tested():
    from pathlib import Path

    from dirtbike_constructs.tools.review.model import RULES, Finding

    with pytest.raises(ValueError, match="unknown review rule"):
        Finding("no-such-rule", "x", "y")
    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_review*.py"))
    untested = [rule for rule in RULES if f'"{rule}"' not in source]
    assert untested == []
