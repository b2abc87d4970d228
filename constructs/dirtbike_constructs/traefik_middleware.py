"""TraefikMiddleware: one Traefik `Middleware`, typed by what it does."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels


@dataclass(frozen=True)
class BasicAuth:
    """HTTP basic auth from an htpasswd Secret (key `users`, bcrypt lines). realm: default
    'restricted'. The Authorization header is removed before the request reaches the app."""

    secret: str
    realm: str = "restricted"

    def render(self, where: str) -> dict[str, Any]:
        check.dns_subdomain(where, "spec.secret", self.secret)
        check.non_empty_text(where, "spec.realm", self.realm)
        return {"basicAuth": {"secret": self.secret, "realm": self.realm, "removeHeader": True}}


@dataclass(frozen=True)
class RedirectScheme:
    """Redirect to https (permanent by default)."""

    scheme: str = "https"
    permanent: bool = True

    def render(self, where: str) -> dict[str, Any]:
        check.one_of(where, "spec.scheme", self.scheme, ("https",))
        return {"redirectScheme": {"scheme": self.scheme, "permanent": bool(self.permanent)}}


@dataclass(frozen=True)
class RedirectRegex:
    """Redirect URLs matching `regex` to `replacement` (permanent by default)."""

    regex: str
    replacement: str
    permanent: bool = True

    def render(self, where: str) -> dict[str, Any]:
        compiled = _re2(where, "spec.regex", self.regex)
        if not isinstance(self.replacement, str) or not self.replacement.startswith("https://"):
            raise ConfigError(where, "spec.replacement", self.replacement, "an https:// URL (may use ${1} groups)")
        for reference in _EXPAND.findall(self.replacement):
            name = reference.strip("${}")
            if reference == "$$":
                continue
            if not (name.isdigit() and int(name) <= compiled.groups) and name not in compiled.groupindex:
                raise ConfigError(
                    where,
                    "spec.replacement",
                    self.replacement,
                    f"groups the regex has: ${{0}} to ${{{compiled.groups}}}" + "".join(f", ${{{n}}}" for n in compiled.groupindex),
                    f"Go's replacement gives {reference} as nothing; write ${{n}} for group n (braces keep '$1abc' from "
                    "naming a group '1abc')",
                )
        return {"redirectRegex": {"regex": self.regex, "replacement": self.replacement, "permanent": bool(self.permanent)}}


# Traefik compiles regular expressions with Go's regexp package (RE2 syntax), which has no
# lookaround, backreferences, atomic groups, possessive quantifiers or conditionals; Python's
# re has them all, so these are refused before Python compiles what is left.
_NOT_RE2 = (
    (re.compile(r"\(\?(=|!|<=|<!)"), "lookaround"),
    (re.compile(r"\(\?P?=|\\[1-9]|\\g"), "a backreference"),
    (re.compile(r"\(\?>"), "an atomic group"),
    (re.compile(r"\(\?\("), "a conditional"),
    (re.compile(r"([*+?}])\+"), "a possessive quantifier"),
)
# A reference in Go's Regexp.Expand template: $$, ${name} or $name.
_EXPAND = re.compile(r"\$\$|\$\{[^}]*\}|\$[A-Za-z0-9_]+")


def _re2(where: str, field: str, value: Any) -> re.Pattern[str]:
    """`value` compiled, when it is a regular expression Go's RE2 syntax accepts."""
    allowed = "a regular expression in Go's RE2 syntax (no lookaround, backreferences, atomic groups or possessive quantifiers)"
    if not isinstance(value, str):
        raise ConfigError(where, field, value, allowed)
    # Escaped characters and character classes cannot open a construct: blank them first.
    plain = re.sub(r"\\[^1-9g]", "__", value)
    plain = re.sub(r"\[(\^?\]?[^\]]*)\]", lambda m: "_" * len(m.group(0)), plain)
    for pattern, what in _NOT_RE2:
        if pattern.search(plain):
            raise ConfigError(where, field, value, allowed, f"it uses {what}, which Traefik (Go) cannot compile")
    try:
        return re.compile(value.replace("\\z", "\\Z"))
    except re.error as error:
        raise ConfigError(where, field, value, allowed, f"it does not compile: {error}") from None


@dataclass(frozen=True)
class BodyLimit:
    """Reject request bodies over max_bytes (match the app's upload limit)."""

    max_bytes: int

    def render(self, where: str) -> dict[str, Any]:
        check.integer(where, "spec.max_bytes", self.max_bytes, minimum=1024)
        return {"buffering": {"maxRequestBodyBytes": self.max_bytes}}


#: The shortest HSTS max-age the browsers' preload list accepts (one year).
HSTS_PRELOAD_MIN_SECONDS = 31536000


@dataclass(frozen=True)
class SecurityHeaders:
    """HSTS, nosniff, frame deny and a referrer policy. sts_seconds: default one year;
    sts_preload: default False (preloading is hard to undo; True needs sts_include_subdomains
    and sts_seconds of at least a year, what the preload list requires)."""

    sts_seconds: int = 31536000
    sts_include_subdomains: bool = True
    sts_preload: bool = False
    frame_deny: bool = True
    referrer_policy: str = "strict-origin-when-cross-origin"

    def render(self, where: str) -> dict[str, Any]:
        check.integer(where, "spec.sts_seconds", self.sts_seconds, minimum=0)
        if self.sts_preload and (not self.sts_include_subdomains or self.sts_seconds < HSTS_PRELOAD_MIN_SECONDS):
            # chromium/hstspreload (header.go, EligibleHeader): the preload list takes a header
            # with includeSubDomains and max-age of at least a year.
            raise ConfigError(
                where,
                "spec.sts_preload",
                self.sts_preload,
                f"True only with sts_include_subdomains and sts_seconds of at least {HSTS_PRELOAD_MIN_SECONDS} (a year)",
                "the preload list refuses less; leave sts_preload False, or meet both",
            )
        check.one_of(
            where,
            "spec.referrer_policy",
            self.referrer_policy,
            (
                "no-referrer",
                "no-referrer-when-downgrade",
                "origin",
                "origin-when-cross-origin",
                "same-origin",
                "strict-origin",
                "strict-origin-when-cross-origin",
                "unsafe-url",
            ),
        )
        return {
            "headers": {
                "stsSeconds": self.sts_seconds,
                "stsIncludeSubdomains": bool(self.sts_include_subdomains),
                "stsPreload": bool(self.sts_preload),
                "forceSTSHeader": True,
                "contentTypeNosniff": True,
                "frameDeny": bool(self.frame_deny),
                "referrerPolicy": self.referrer_policy,
            }
        }


@dataclass(frozen=True)
class IpAllowList:
    """Admit only clients from `source_ranges` (IPs or CIDRs, IPv4 or IPv6, rendered as
    given; a CIDR with host bits set, e.g. '10.0.0.1/8', means its network, as Traefik reads
    it); others get 403.

    depth: None (default) judges the address Traefik's connection comes from, which is the
    client's only when its Service keeps source addresses (externalTrafficPolicy: Local);
    n > 0 takes the n-th address from the right of X-Forwarded-For instead, for a proxy in
    front of Traefik that appends it (each hop you trust adds one)."""

    source_ranges: Sequence[str]
    depth: int | None = None

    def render(self, where: str) -> dict[str, Any]:
        if isinstance(self.source_ranges, str) or not isinstance(self.source_ranges, Sequence) or not self.source_ranges:
            raise ConfigError(
                where,
                "spec.source_ranges",
                self.source_ranges,
                "a non-empty sequence of IPs or CIDRs",
                "name the networks allowed, e.g. ('192.0.2.10/32',)",
            )
        for source in self.source_ranges:
            if not _traefik_source(source):
                raise ConfigError(
                    where,
                    "spec.source_ranges",
                    source,
                    "an IP or a CIDR as Traefik parses them, e.g. '192.0.2.10' or '192.0.2.0/24' (IPv4 or IPv6)",
                    "a prefix length after the slash (not a netmask), no leading zeros, no IPv6 zone in a CIDR",
                )
        check.unique(where, "spec.source_ranges", list(self.source_ranges))
        spec: dict[str, Any] = {"sourceRange": list(self.source_ranges)}
        if self.depth is not None:
            spec["ipStrategy"] = {"depth": check.integer(where, "spec.depth", self.depth, minimum=1, maximum=10)}
        return {"ipAllowList": spec}


_PREFIX_LENGTH = re.compile(r"(0|[1-9][0-9]{0,2})")


def _traefik_source(value: Any) -> bool:
    """Whether Traefik's IP checker (pkg/ip NewChecker) parses `value`: a single address (Go's
    netip.ParseAddr; an IPv6 zone is allowed and dropped), else a prefix (netip.ParsePrefix:
    host bits allowed and masked; no zone; a decimal length without sign or leading zero, at
    most the address's bits). Python's ipaddress refuses IPv4 octets with leading zeros, as Go
    does."""
    if not isinstance(value, str) or not value.isascii():
        return False
    address, slash, length = value.rpartition("/") if "/" in value else (value, "", "")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    if not slash:
        return True
    return "%" not in address and bool(_PREFIX_LENGTH.fullmatch(length)) and int(length) <= parsed.max_prefixlen


CSP_DIRECTIVE = re.compile(r"[a-z-]+( [^;,\s]+)*")


@dataclass(frozen=True)
class ContentSecurityPolicy:
    """Set the Content-Security-Policy response header. Only for apps that send none of their
    own: Traefik replaces the app's header with this one. policy: directives separated by
    '; ', e.g. "base-uri 'self'; object-src 'none'"."""

    policy: str

    def render(self, where: str) -> dict[str, Any]:
        check.non_empty_text(where, "spec.policy", self.policy)
        if not all(" " <= ch <= "~" for ch in self.policy):
            raise ConfigError(
                where,
                "spec.policy",
                self.policy,
                "printable ASCII: the CSP grammar is ASCII, and a header value cannot hold control characters",
                "write non-ASCII host names in their xn-- form",
            )
        directives = [d.strip() for d in self.policy.split(";")]
        names = [d.split(" ")[0] for d in directives]
        if not all(CSP_DIRECTIVE.fullmatch(d) for d in directives):
            raise ConfigError(where, "spec.policy", self.policy, "directives like \"object-src 'none'\" separated by '; '")
        check.unique(where, "spec.policy directive", names)
        return {"headers": {"contentSecurityPolicy": "; ".join(directives)}}


MiddlewareSpec = BasicAuth | RedirectScheme | RedirectRegex | BodyLimit | SecurityHeaders | IpAllowList | ContentSecurityPolicy
SPEC_KINDS = (BasicAuth, RedirectScheme, RedirectRegex, BodyLimit, SecurityHeaders, IpAllowList, ContentSecurityPolicy)


class TraefikMiddleware(Construct):
    """A `traefik.io/v1alpha1` Middleware. namespace: where it lives (routes reference it by
    name in the same namespace). spec: BasicAuth, RedirectScheme, RedirectRegex, BodyLimit,
    SecurityHeaders, IpAllowList or ContentSecurityPolicy. name: default the construct id. Attributes: `name`, `namespace`, `ref`
    (the reference an IngressRoute uses)."""

    @all_or_nothing
    def __init__(
        self, scope: Construct, id: str, *, namespace: str, spec: MiddlewareSpec, name: str | None = None, part_of: str | None = None
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        if not isinstance(spec, SPEC_KINDS):
            raise ConfigError(where, "spec", spec, ", ".join(k.__name__ for k in SPEC_KINDS))
        rendered = spec.render(where)
        attach(self, scope, id, where)
        self.name = name
        self.namespace = namespace
        self.spec = spec
        self.ref = {"name": name, "namespace": namespace}
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "traefik.io/v1alpha1",
                "kind": "Middleware",
                "metadata": object_meta(name, namespace, recommended_labels(name=name, instance=name, component="edge", part_of=part_of)),
                "spec": rendered,
            },
        )
