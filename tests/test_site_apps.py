"""The site's applications as rendered per environment: each wired to its data and
credentials, with the environment's values."""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT

from dirtbike_site import environments
from dirtbike_site.credentials import Generated, required


def load(env: str, path: str) -> dict:
    return yaml.safe_load((ROOT / "dist" / env / path).read_text())


def container(manifest: dict) -> dict:
    return manifest["spec"]["template"]["spec"]["containers"][0]


def env_of(c: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in c.get("env", [])}


@pytest.mark.parametrize("env", environments.NAMES)
def test_wordpress_on_mysql_with_files_and_limits(env):
    ns = f"dirtbike-{env}-web"
    deployment = load(env, f"{ns}/11-deployment-wordpress-blue.yaml")
    config = load(env, f"{ns}/05-configmap-wordpress-blue-wp-config.yaml")["data"]["wp-config.php"]
    assert f"define('DB_HOST', 'mysql.dirtbike-{env}-data.svc.cluster.local:3306');" in config
    assert "define('DB_PASSWORD', $mounted('db-password'));" in config
    assert "env" not in container(deployment)
    assert (
        load(env, f"{ns}/05-configmap-wordpress-blue-php-uploads.yaml")["data"]["uploads.ini"]
        == "upload_max_filesize = 10M\npost_max_size = 15M\n"
    )
    claim = load(env, f"{ns}/06-persistentvolumeclaim-wordpress-html.yaml")
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"] and claim["spec"]["storageClassName"] == "longhorn-retain"
    mounts = {m["mountPath"] for m in container(deployment)["volumeMounts"]}
    assert {"/usr/src/wordpress/wp-content/uploads", "/usr/local/etc/php/conf.d/uploads.ini", "/etc/apache2/ports.conf"} <= mounts


def test_wordpress_release_shapes_per_environment():
    hpa = load("prod", "dirtbike-prod-web/12-horizontalpodautoscaler-wordpress-blue.yaml")["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 10)
    assert hpa["metrics"][0]["resource"]["target"]["averageUtilization"] == 70
    split = load("stage", "dirtbike-stage-web/13-traefikservice-wordpress.yaml")["spec"]["weighted"]["services"]
    assert {s["name"]: s["weight"] for s in split} == {"wordpress-blue": 90, "wordpress-green": 10}


def test_mysql_reads_credentials_from_files():
    sts = load("prod", "dirtbike-prod-data/11-statefulset-mysql.yaml")
    values = env_of(container(sts))
    assert values["MYSQL_ROOT_PASSWORD_FILE"].startswith("/run/secrets/mysql/")
    assert "MYSQL_ROOT_PASSWORD" not in values and "MYSQL_PASSWORD" not in values
    assert sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "20Gi"
    assert sts["spec"]["replicas"] == 1


def test_phpmyadmin_secret_file_and_public_uri():
    deployment = load("stage", "dirtbike-stage-web/11-deployment-phpmyadmin.yaml")
    c = container(deployment)
    assert env_of(c)["PMA_ABSOLUTE_URI"] == "https://admin.www.stage.dirtbikechina.com/"
    assert {
        "name": "secret-phpmyadmin-secret",
        "mountPath": "/etc/phpmyadmin/config.secret.inc.php",
        "subPath": "config.secret.inc.php",
        "readOnly": True,
    } in c["volumeMounts"]


@pytest.mark.parametrize("env, domain", [("dev", "dev.dirtbikechina.com"), ("prod", "dirtbikechina.com")])
def test_logto_endpoints_and_database_url_from_a_file(env, domain):
    deployment = load(env, f"dirtbike-{env}-auth/11-deployment-logto.yaml")
    c = container(deployment)
    values = env_of(c)
    # The console's host is closed by default (no admin_access): its address is the port-forward.
    assert values["ENDPOINT"] == f"https://auth.{domain}" and values["ADMIN_ENDPOINT"] == "http://localhost:3002"
    assert values["TRUST_PROXY_HEADER"] == "1" and "DB_URL" not in values
    assert c["command"][-1] == 'DB_URL="$(cat /run/secrets/logto/db-url)" exec npm run start'
    assert [p["containerPort"] for p in c["ports"]] == [3001, 3002]
    seed = container(load(env, f"dirtbike-{env}-auth/09-job-logto-seed.yaml"))
    assert seed["command"][-1].endswith("exec npm run cli db seed -- --swe")


def test_logto_database_url_shares_the_role_password():
    env = environments.get("stage")
    credentials = {c.name: c for c in required(env)}
    url = credentials["logto-db"].keys["db-url"]
    role = credentials["postgres-logto"].keys["password"]
    assert isinstance(url, Generated) and url.share == role.share == "pg-logto"
    assert url.make("pw") == "postgresql://logto:pw@postgres-rw.dirtbike-stage-data.svc.cluster.local:5432/logto"


def test_redis_starts_from_its_sealed_config():
    c = container(load("prod", "dirtbike-prod-forum/11-statefulset-redis.yaml"))
    assert c["command"] == ["redis-server", "/etc/redis/redis.conf"]
    assert {"name": "secret-redis-config", "mountPath": "/etc/redis", "readOnly": True} in c["volumeMounts"]


@pytest.mark.parametrize("env", environments.NAMES)
def test_postgres_serves_logto_and_discourse(env):
    cluster = load(env, f"dirtbike-{env}-data/07-cluster-postgres.yaml")["spec"]
    assert cluster["instances"] == (1 if env == "dev" else 3)
    # The CJK configuration exists only in the discourse database: its default is set there.
    assert "default_text_search_config" not in cluster["postgresql"]["parameters"]
    init = load(env, f"dirtbike-{env}-data/05-configmap-discourse-db-init-script.yaml")["data"]["init.sql"]
    assert "ALTER DATABASE discourse SET default_text_search_config = 'public.config_2_gram_cjk';" in init
    assert cluster["storage"]["storageClass"] == "longhorn-retain"
    assert {r["name"]: r["passwordSecret"]["name"] for r in cluster["managed"]["roles"]} == {
        "logto": "postgres-logto",
        "discourse": "postgres-discourse",
    }
    for db in ("logto", "discourse"):
        assert load(env, f"dirtbike-{env}-data/08-database-postgres-{db}.yaml")["spec"]["owner"] == db
    assert ("plugins" in cluster) == (env != "dev") and "backup" not in cluster  # backups through the plugin only
    assert (ROOT / "dist" / env / f"dirtbike-{env}-data/08-scheduledbackup-postgres-daily.yaml").exists() == (env != "dev")


def test_wanderer_keys_from_files_and_shared_master_key():
    db = container(load("prod", "dirtbike-prod-trails/11-statefulset-wanderer-db.yaml"))
    web = container(load("prod", "dirtbike-prod-trails/11-deployment-wanderer-web.yaml"))
    assert "MEILI_MASTER_KEY" not in env_of(db) and "MEILI_MASTER_KEY" not in env_of(web)
    assert db["command"][-1].endswith("exec /pocketbase serve --http=0.0.0.0:8090 --dir=/pb_data")
    assert 'MEILI_MASTER_KEY="$(cat /run/secrets/wanderer/meili-master-key)"' in web["command"][-1]
    assert env_of(web)["ORIGIN"] == "https://trails.dirtbikechina.com"
    assert env_of(web)["PUBLIC_POCKETBASE_URL"] == "http://wanderer-db.dirtbike-prod-trails.svc.cluster.local:8090"
    credentials = {c.name: c for c in required(environments.get("prod"))}
    assert credentials["meilisearch-config"].keys["config.toml"].share == credentials["wanderer-secrets"].keys["meili-master-key"].share


def test_shared_values_have_one_length():
    for env in environments.NAMES:
        lengths: dict[str, set[int]] = {}
        for credential in required(environments.get(env)):
            for source in credential.keys.values():
                if isinstance(source, Generated) and source.share:
                    lengths.setdefault(source.share, set()).add(source.length)
        assert all(len(v) == 1 for v in lengths.values()), lengths


@pytest.mark.parametrize("env", environments.NAMES)
def test_postgres_wal_fits_its_volume(env):
    """max_wal_size is a soft limit: it must leave most of the volume holding pg_wal free
    (dev once had 4GB on a 5Gi data volume)."""
    cluster = load(env, f"dirtbike-{env}-data/07-cluster-postgres.yaml")["spec"]
    params = cluster["postgresql"]["parameters"]
    volume, share = (cluster["walStorage"], 2) if "walStorage" in cluster else (cluster["storage"], 4)
    gib = int(volume["size"].removesuffix("Gi"))
    max_wal_mb = (
        int(params["max_wal_size"].removesuffix("MB"))
        if params["max_wal_size"].endswith("MB")
        else int(params["max_wal_size"].removesuffix("GB")) * 1024
    )
    assert max_wal_mb <= gib * 1024 // share
