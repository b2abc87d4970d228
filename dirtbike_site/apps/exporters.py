"""Hardened exporter sidecars for the workloads without a metrics endpoint of their own."""

from __future__ import annotations

from dirtbike_constructs import Container, Port, Probe, Resources, SecretFiles

MYSQL_EXPORTER_IMAGE = "prom/mysqld-exporter:v0.17.2"
REDIS_EXPORTER_IMAGE = "oliver006/redis_exporter:v1.67.0"
APACHE_EXPORTER_IMAGE = "lusotycoon/apache-exporter:v1.0.10"
SMALL = Resources(cpu="10m", memory="32Mi", cpu_limit="100m", memory_limit="64Mi")


def _exporter(name: str, image: str, port: int, args: tuple[str, ...], mounts: tuple[SecretFiles, ...] = ()) -> Container:
    return Container(
        name=name,
        image=image,
        args=args,
        resources=SMALL,
        ports=(Port("metrics", port, expose=False),),
        readiness=Probe.tcp("metrics"),
        liveness=Probe.tcp("metrics", period_seconds=30),
        writable_paths=(),
        mounts=mounts,
    )


def mysql(secret: SecretFiles) -> Container:
    """Reads a my.cnf for the `exporter` user that MySQL's init script creates."""
    return _exporter(
        "mysqld-exporter",
        MYSQL_EXPORTER_IMAGE,
        9104,
        (f"--config.my-cnf={secret.mount_path}/my.cnf", "--mysqld.address=127.0.0.1:3306"),
        (secret,),
    )


def redis(secret: SecretFiles) -> Container:
    return _exporter(
        "redis-exporter",
        REDIS_EXPORTER_IMAGE,
        9121,
        ("--redis.addr=redis://localhost:6379", f"--redis.password-file={secret.mount_path}/password.json"),
        (secret,),
    )


def apache(status_port: int) -> Container:
    return _exporter("apache-exporter", APACHE_EXPORTER_IMAGE, 9117, (f"--scrape_uri=http://127.0.0.1:{status_port}/server-status?auto",))
