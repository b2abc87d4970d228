"""The library's value rules for code built on it (the site's environment values use them), so a
rule lives once: the same validator checks a prop and the environment value it comes from.
Each raises ConfigError naming where, the field, the value, what is allowed and the fix."""

from __future__ import annotations

from ._validate import dns_label, dns_subdomain, hostname, hosts_overlap, integer, label_map, label_value, qualified_name

__all__ = ["dns_label", "dns_subdomain", "hostname", "hosts_overlap", "integer", "label_map", "label_value", "qualified_name"]
