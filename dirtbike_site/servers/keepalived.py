"""keepalived's configuration on every server: one VRRP instance holding the registration
address on a server whose k3s answers on the API port. All servers start as BACKUP with the
same priority; VRRP elects one, and a failing check takes the address away from it.

The check asks k3s' /ping on port 6443 (the listener that fronts the API server; it answers
without credentials, where the API server's own health paths need them)."""

from __future__ import annotations

from ..environments import Registration
from .k3s_config import API_PORT

CHECK = f"/usr/bin/curl --silent --fail --insecure --max-time 2 --output /dev/null https://127.0.0.1:{API_PORT}/ping"


def keepalived_conf(registration: Registration) -> str:
    r = registration
    return "\n".join(
        [
            "global_defs {",
            "  enable_script_security",
            "  script_user root",
            "}",
            "",
            "vrrp_script k3s_api {",
            f'  script "{CHECK}"',
            "  interval 2",
            "  timeout 3",
            "  fall 2",
            "  rise 2",
            "}",
            "",
            "vrrp_instance k3s_api {",
            "  state BACKUP",
            f"  interface {r.interface}",
            f"  virtual_router_id {r.virtual_router_id}",
            "  priority 100",
            "  advert_int 1",
            "  virtual_ipaddress {",
            f"    {r.address}/{r.prefix}",
            "  }",
            "  track_script {",
            "    k3s_api",
            "  }",
            "}",
            "",
        ]
    )
