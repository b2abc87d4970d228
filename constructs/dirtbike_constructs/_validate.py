"""Small, eager checks shared by the constructs. Each raises ConfigError naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from .errors import ConfigError

DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Label values: at most 63 characters, alphanumeric at both ends.
LABEL_VALUE = re.compile(r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?")
# image reference: [registry[:port]/]path[:tag][@sha256:<64 hex>]
IMAGE = re.compile(
    r"(?P<repo>[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*)"
    r"(:(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?"
    r"(@(?P<digest>sha256:[a-f0-9]{64}))?"
)

# A Kubernetes quantity: a decimal number with a binary (Ki..Ei) or decimal (n, u, m, k, M, G,
# T, P, E) suffix, or a decimal exponent (1e3). 'K' is not one of them: the API server refuses it.
_QUANTITY = re.compile(r"(?P<number>[0-9]+(\.[0-9]*)?|\.[0-9]+)(?P<suffix>[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?")
_FACTOR = {
    None: Decimal(1),
    "n": Decimal("1e-9"),
    "u": Decimal("1e-6"),
    "m": Decimal("1e-3"),
    "k": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "G": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "P": Decimal(10) ** 15,
    "E": Decimal(10) ** 18,
    "Ki": Decimal(2) ** 10,
    "Mi": Decimal(2) ** 20,
    "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40,
    "Pi": Decimal(2) ** 50,
    "Ei": Decimal(2) ** 60,
}


def quantity(value: Any) -> tuple[Decimal, str | None] | None:
    """(amount in base units, suffix) of a Kubernetes quantity string, or None."""
    match = _QUANTITY.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    suffix = match.group("suffix")
    number = Decimal(match.group("number"))
    if suffix and suffix[0] in "eE" and len(suffix) > 1:
        return number * Decimal(10) ** int(suffix[1:]), suffix
    return number * _FACTOR[suffix], suffix


def dns_label(where: str, field: str, value: Any, *, max_length: int = 63) -> str:
    if not isinstance(value, str) or len(value) > max_length or not DNS_LABEL.fullmatch(value):
        raise ConfigError(
            where,
            field,
            value,
            f"a DNS-1123 label: lower-case letters, digits and '-', starting and ending "
            f"with a letter or digit, at most {max_length} characters",
        )
    return value


def labelled_name(where: str, field: str, value: Any) -> str:
    """The name of an object that also becomes its app.kubernetes.io/instance label: a DNS-1123
    subdomain that fits a label value (63 characters), or the API server refuses the label."""
    dns_subdomain(where, field, value)
    if len(value) > 63:
        raise ConfigError(
            where,
            field,
            value,
            "a DNS-1123 subdomain of at most 63 characters (the name is also the app.kubernetes.io/instance label value)",
            "shorten the name",
        )
    return str(value)


def dns_subdomain(where: str, field: str, value: Any) -> str:
    """A DNS-1123 subdomain (the names of Secrets, StorageClasses, most objects): labels
    joined by dots, at most 253 characters."""
    if not isinstance(value, str) or len(value) > 253 or not all(DNS_LABEL.fullmatch(part) for part in value.split(".")):
        raise ConfigError(
            where,
            field,
            value,
            "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', each dot-separated part starting and "
            "ending with a letter or digit, at most 253 characters",
        )
    return value


def label_value(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > 63 or not LABEL_VALUE.fullmatch(value):
        raise ConfigError(where, field, value, "a label value: at most 63 characters of [A-Za-z0-9-_.], alphanumeric at both ends")
    return value


# The largest value of the API's integer fields (int64), and of int32 ones.
INT64_MAX = 2**63 - 1
INT32_MAX = 2**31 - 1


def _not_an_integer(where: str, field: str, value: Any, allowed: str) -> None:
    """A type error, named as one: a quoted number gets the fix, not a range."""
    if not isinstance(value, int) or isinstance(value, bool):
        text = value.strip() if isinstance(value, str) else ""
        fix = f"write {text} without quotes" if text.lstrip("-").isdigit() else None
        raise ConfigError(where, field, value, f"{allowed} (an int, not a {type(value).__name__})", fix)


def port(where: str, field: str, value: Any) -> int:
    _not_an_integer(where, field, value, "an integer port from 1 to 65535")
    if not 1 <= value <= 65535:
        raise ConfigError(where, field, value, "an integer port from 1 to 65535")
    return int(value)


def integer(where: str, field: str, value: Any, *, minimum: int, maximum: int | None = INT64_MAX) -> int:
    """An integer in range; the upper bound defaults to int64's, what the API's integer
    fields hold."""
    upper = f" to {maximum}" if maximum not in (None, INT64_MAX) else " or more"
    _not_an_integer(where, field, value, f"an integer from {minimum}{upper}")
    if value < minimum:
        raise ConfigError(where, field, value, f"an integer from {minimum}{upper}")
    if maximum is not None and value > maximum:
        limit = " (the largest int64, what the field holds)" if maximum == INT64_MAX else ""
        raise ConfigError(where, field, value, f"an integer from {minimum} to {maximum}{limit}")
    return int(value)


def hostname(where: str, field: str, value: Any) -> str:
    """A lower-case DNS host name (RFC 1123) with a top-level domain: at most 253 characters,
    labels of at most 63. Each rule is named on its own, so the message says which failed."""
    allowed = "a lower-case DNS host name such as 'www.example.org'"
    if not isinstance(value, str) or has_control_character(value):
        raise ConfigError(where, field, value, allowed)
    if len(value) > 253:
        raise ConfigError(where, field, value, f"{allowed}: at most 253 characters in all (this has {len(value)})")
    long = [label for label in value.split(".") if len(label) > 63]
    if long:
        raise ConfigError(
            where, field, value, f"{allowed}: each dot-separated label at most 63 characters ({long[0][:20]}... has {len(long[0])})"
        )
    if not _HOST.fullmatch(value):
        raise ConfigError(where, field, value, f"{allowed}: labels of a-z, 0-9 and inner '-', ending in a top-level domain of letters")
    return value


_HOST = re.compile(r"([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}")


def hosts_overlap(first: str, second: str) -> bool:
    """Whether two routed hosts can receive the same request: equal, or one a wildcard
    ('*.example.org', one whole leftmost label, as Traefik and certificates read it) covering
    the other ('www.example.org'; not 'example.org' nor 'a.b.example.org')."""

    def covers(pattern: str, host: str) -> bool:
        return pattern.startswith("*.") and "." in host and host.split(".", 1)[1] == pattern[2:] and not host.startswith("*.")

    return first == second or covers(first, second) or covers(second, first)


# A Go duration (time.ParseDuration), as metav1.Duration fields take it: '90s', '1h30m', '1.5h'.
_GO_DURATION = re.compile(r"([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h)(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h))*")


def go_duration(where: str, field: str, value: Any) -> str:
    """A positive Go duration such as '10m', '1h30m' or '90s' (units h, m, s, ms, us, ns)."""
    allowed = "a Go duration greater than zero such as '10m', '1h30m' or '90s'"
    if not isinstance(value, str) or not _GO_DURATION.fullmatch(value) or not any(ch in "123456789" for ch in value):
        raise ConfigError(where, field, value, allowed)
    return value


def one_of(where: str, field: str, value: Any, allowed: Iterable[Any]) -> Any:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ConfigError(where, field, value, "one of " + ", ".join(repr(a) for a in allowed))
    return value


def non_empty_text(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, field, value, "a non-empty string")
    return value


def instance_of(where: str, field: str, value: Any, kind: type | tuple[type, ...], allowed: str) -> Any:
    if not isinstance(value, kind):
        raise ConfigError(where, field, value, allowed)
    return value


# The image rule's words, shared with the cluster's policy (dirtbike_constructs.invariants).
IMAGE_ALLOWED = "an image pinned by a tag other than 'latest' and/or a sha256 digest, e.g. 'nginx:1.27.3'"
IMAGE_FIX_UNPINNED = "add the exact version tag or digest"
IMAGE_FIX_LATEST = "'latest' moves under you; pin the version"


def image(where: str, field: str, value: Any) -> str:
    """An image reference pinned by tag or digest, never `latest`."""
    match = IMAGE.fullmatch(value) if isinstance(value, str) else None
    if not match:
        raise ConfigError(where, field, value, IMAGE_ALLOWED)
    if not match.group("tag") and not match.group("digest"):
        raise ConfigError(where, field, value, IMAGE_ALLOWED, IMAGE_FIX_UNPINNED)
    if match.group("tag") == "latest":
        raise ConfigError(where, field, value, IMAGE_ALLOWED, IMAGE_FIX_LATEST)
    return str(value)


def image_version(reference: str) -> str:
    """The tag of a validated image reference (for app.kubernetes.io/version), else the digest."""
    match = IMAGE.fullmatch(reference)
    assert match, reference
    version = match.group("tag") or match.group("digest").split(":", 1)[1][:12]
    return version[:63].rstrip("-_.")


# CloudNativePG's rule for the PostgreSQL version in an image tag: digits with single dots
# between them, at the start of the tag (what follows may be anything a tag allows).
_PG_TAG_VERSION = re.compile(r"^(\d\.?)+")


def postgres_image(where: str, field: str, value: Any) -> int:
    """An operand image CloudNativePG can read the PostgreSQL major version from: its tag (the
    digest plays no part) must start with the version, e.g. '16.4-standard-trixie' or
    '15-cjk'. Returns the major version."""
    image(where, field, value)
    matched = IMAGE.fullmatch(value)  # image() above refused what IMAGE does not match
    tag = matched.group("tag") if matched else None
    allowed = (
        "an image whose tag starts with the PostgreSQL version, e.g. "
        "'ghcr.io/cloudnative-pg/postgresql:16.4-standard-trixie' (CloudNativePG reads the major from the tag)"
    )
    version = _PG_TAG_VERSION.match(tag or "")
    parts = version.group(0).split(".") if version else []
    if not parts or not parts[0].isdigit() or (len(parts) > 1 and not parts[1].isdigit()):
        fix = (
            "keep the tag next to the digest: name:<version>-...@sha256:..."
            if tag is None
            else "tag the image '<major>.<minor>-<anything>', e.g. '15.19-cjk-<recipe hash>'"
        )
        raise ConfigError(where, field, value, allowed, fix)
    return int(parts[0])


def cpu_millis(where: str, field: str, value: Any) -> int:
    """A CPU quantity ('250m', '1', '1.5'), in millicores."""
    allowed = "a CPU quantity such as '250m', '1' or '1.5'"
    parsed = quantity(value)
    if parsed is None or parsed[1] not in (None, "m"):
        raise ConfigError(where, field, value, allowed)
    millis = parsed[0] * 1000
    if millis != millis.to_integral_value():
        raise ConfigError(where, field, value, "a CPU quantity in whole millicores", "Kubernetes does not allow a precision finer than 1m")
    if millis <= 0:
        raise ConfigError(where, field, value, "a CPU quantity greater than zero")
    return int(millis)


def requests_within_limits(where: str, field: str, cpu: tuple[str, Any, str, Any], memory: tuple[str, Any, str, Any]) -> None:
    """A pair of (request field, request, limit field, limit) for CPU and for memory: each limit
    at least its request (the API server refuses a container, LimitRange or quota otherwise)."""
    for (request_field, request, limit_field, limit), parse in ((cpu, cpu_millis), (memory, memory_bytes)):
        if parse(where, f"{field}.{limit_field}", limit) < parse(where, f"{field}.{request_field}", request):
            raise ConfigError(where, f"{field}.{limit_field}", limit, f"at least the request {request_field} ({request})")


def memory_bytes(where: str, field: str, value: Any) -> int:
    """A memory or storage quantity ('256Mi', '1.5Gi', '500M'), in bytes (rounded up, as
    Kubernetes does)."""
    allowed = "a memory quantity such as '256Mi', '1.5Gi' or '500M'"
    if isinstance(value, str) and re.fullmatch(r"[0-9.]+K", value):
        raise ConfigError(where, field, value, allowed, f"Kubernetes has no 'K': write '{value[:-1]}Ki' (1024) or '{value[:-1]}k' (1000)")
    parsed = quantity(value)
    if parsed is None:
        raise ConfigError(where, field, value, allowed)
    if parsed[1] in ("n", "u", "m"):
        raise ConfigError(
            where, field, value, allowed, f"'{parsed[1]}' means a fraction of a byte here: write '{value[:-1]}Mi' for mebibytes"
        )
    amount = int(parsed[0].to_integral_value(rounding=ROUND_CEILING))
    if amount <= 0:
        raise ConfigError(where, field, value, "a memory quantity greater than zero")
    return amount


CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")


def has_control_character(value: Any) -> bool:
    """Whether a string holds a C0 control character or DEL (NUL, tab, CR, LF, escape...)."""
    return isinstance(value, str) and CONTROL_CHARACTER.search(value) is not None


def absolute_path(where: str, field: str, value: Any) -> str:
    if (
        not isinstance(value, str)
        or has_control_character(value)
        or not value.startswith("/")
        or "//" in value
        or value.endswith("/")
        and value != "/"
        or ".." in value.split("/")
    ):
        raise ConfigError(where, field, value, "an absolute, normalized path such as '/var/cache/app'")
    return value


def string_map(where: str, field: str, value: Any, *, key_pattern: re.Pattern[str] | None = None, key_rule: str = "") -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ConfigError(where, field, value, "a mapping of strings to strings")
    for key, item in value.items():
        if not isinstance(key, str) or (key_pattern and not key_pattern.fullmatch(key)):
            raise ConfigError(where, f"{field} key", key, key_rule or "a string")
        if not isinstance(item, str):
            raise ConfigError(where, f"{field}[{key!r}]", item, "a string (quote numbers and booleans)")
    return dict(value)


def unique(where: str, field: str, values: Iterable[Any]) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise ConfigError(where, field, value, "each value once", "remove the duplicate")
        seen.add(value)


def sequence_of(where: str, field: str, value: Any, kind: type | tuple[type, ...], allowed: str) -> list[Any]:
    """A list, tuple or other sequence whose items are all `kind` (a single item is refused
    with the fix: wrap it in a tuple)."""
    if isinstance(value, kind):
        raise ConfigError(where, field, value, f"a sequence of {allowed}", f"wrap the single value: {field.rsplit('.', 1)[-1]}=(value,)")
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise ConfigError(where, field, value, f"a sequence of {allowed}")
    for item in value:
        if not isinstance(item, kind):
            raise ConfigError(where, field, item, allowed)
    return list(value)


def mapping(where: str, field: str, value: Any, allowed: str, example: str) -> Mapping[Any, Any]:
    """A mapping (a dict): a single value or a list where a mapping is expected is refused with
    an example of the shape, before anything reads it as one."""
    if not isinstance(value, Mapping):
        raise ConfigError(where, field, value, f"a mapping of {allowed}", f"write it as {example}")
    return value


# Secret and ConfigMap keys, and the file names they become.
CONFIG_KEY = re.compile(r"[-._a-zA-Z0-9]+")


def relative_path(where: str, field: str, value: Any) -> str:
    """A relative path without '..' (subPath, Secret item paths): the API server refuses others."""
    if not isinstance(value, str) or not value or value.startswith("/") or ".." in value.split("/") or has_control_character(value):
        raise ConfigError(where, field, value, "a relative path without '..' such as 'config/app.ini'")
    return value


# Words that say "I carry a credential" in a setting's name (MYSQL_PWD, PGPASSWORD, API_KEY,
# --auth-token). A name holding one is refused unless it points at a file (NAME_FILE) or its
# container states why it is not a credential (SecurityExceptions.not_credentials).
CREDENTIAL_WORDS = re.compile(r"(?i)(PWD|PASS|SECRET|TOKEN|KEY|CREDENTIAL)")
FILE_POINTER_SUFFIXES = ("_FILE", "_PATH", "_DIR", "-FILE", "-PATH", "-DIR")
# Credentials inside a value: a URL with a password in its user part, a key=value setting
# whose key names a credential (--password=..., token=...), a PEM private key. They belong in
# mounted files, not in environment values, arguments or ConfigMaps.
# A scheme starts where no scheme character precedes it: without the look-behind, a long run of
# letters is tried from each of its positions (quadratic: a 256 KiB annotation took minutes).
URL_WITH_PASSWORD = re.compile(r"(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]*:[^/\s@]+@")
_SETTING = re.compile(r"(?:^|[\s;&?])-{0,2}(?P<key>[A-Za-z][\w.-]*)=(?P<value>[^\s;&]+)")
_PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")


def credential_name(name: str) -> bool:
    """Whether a setting's name says it holds a credential (and is not a pointer to a file)."""
    return bool(CREDENTIAL_WORDS.search(name)) and not name.upper().endswith(FILE_POINTER_SUFFIXES)


def credential_in(value: str, plain: Iterable[str] = ()) -> str | None:
    """What kind of credential value holds, or None. plain: setting names stated not to be
    credentials ('--sort-key' and 'sort-key' alike)."""
    if URL_WITH_PASSWORD.search(value):
        return "a URL with a password in it"
    if _PRIVATE_KEY.search(value):
        return "a private key"
    plain = {name.lstrip("-") for name in plain}
    for match in _SETTING.finditer(value):
        key = match.group("key")
        if credential_name(key) and key not in plain and not _reference(match.group("value")):
            return f"a {key}=... setting"
    return None


def _reference(value: str) -> bool:
    """A value that reads the credential from elsewhere: a file path or a shell expansion."""
    return value.lstrip("\"'").startswith(("$", "/"))


def no_credential(where: str, field: str, value: str, plain: Iterable[str] = ()) -> None:
    what = credential_in(value, tuple(plain))
    if what:
        raise ConfigError(
            where,
            field,
            _redacted(value),
            f"plain settings only (this holds {what})",
            "put the credential in a sealed Secret, mount it with SecretFiles and have the app read the file "
            "(e.g. build the URL at start-up from /run/secrets/...); if it is not a credential, say why in "
            "SecurityExceptions(not_credentials={name: reason})",
        )


def _redacted(value: str) -> str:
    """The value with what looks like the credential hidden: error messages end up in logs."""
    value = re.sub(r"(://[^/\s:@]*:)[^/\s@]+@", r"\1***@", value)
    value = _SETTING.sub(lambda m: m.group(0).replace(m.group("value"), "***") if credential_name(m.group("key")) else m.group(0), value)
    return re.sub(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*", "-----BEGIN PRIVATE KEY----- ***", value, flags=re.S)


_CRON_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
_CRON_NAMES: tuple[dict[str, int], ...] = (
    {},
    {},
    {},
    {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())},
)
CRON_MACROS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")


def cron(where: str, field: str, value: Any) -> str:
    """A standard five-field cron schedule (or @daily etc.) whose fields are in range: the API
    server refuses '60 * * * *' and schedules carrying TZ= (use the time zone field)."""
    allowed = "a five-field cron expression such as '0 4 1 * *' (minute hour day month weekday), or @daily/@weekly/@monthly"
    if not isinstance(value, str) or has_control_character(value):
        raise ConfigError(where, field, value, allowed)
    text = value.strip()
    if text.startswith(("TZ=", "CRON_TZ=")):
        raise ConfigError(where, field, value, allowed, "set the time zone with time_zone, not inside the schedule")
    if text in CRON_MACROS:
        return value
    fields = text.split()
    if len(fields) != 5:
        raise ConfigError(where, field, value, allowed)
    for text_field, (low, high), names in zip(fields, _CRON_RANGES, _CRON_NAMES):
        for part in text_field.split(","):
            base, _, step = part.partition("/")
            if step and (not step.isdigit() or int(step) == 0):
                raise ConfigError(where, field, value, allowed, f"bad step in {part!r}")
            if base in ("*", "?"):
                continue
            for bound in base.split("-", 1):
                number = names.get(bound.lower()) if not bound.isdigit() else int(bound)
                if number is None or not low <= number <= high:
                    raise ConfigError(where, field, value, allowed, f"{bound!r} is outside {low}-{high} in {text_field!r}")
    day, month, weekday = fields[2], fields[3], fields[4]
    # With the weekday unrestricted only the day of the month decides (cron ORs the two when
    # both are restricted); a day no chosen month has never comes: '0 0 31 2 *'.
    if weekday in ("*", "?") and day not in ("*", "?"):
        longest = max(_MONTH_DAYS[m] for m in _cron_values(month, 1, 12, _CRON_NAMES[3]))
        if min(_cron_values(day, 1, 31, {})) > longest:
            raise ConfigError(
                where, field, value, "a schedule that fires", f"no month of {month!r} has day {day!r}: the job would never run"
            )
    return value


# The most days each month can have (February in a leap year).
_MONTH_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _cron_values(text_field: str, low: int, high: int, names: dict[str, int]) -> set[int]:
    """The numbers a validated cron field selects."""
    values: set[int] = set()
    for part in text_field.split(","):
        base, _, step = part.partition("/")
        if base in ("*", "?"):
            start, end = low, high
        else:
            bounds = [names.get(b.lower()) if not b.isdigit() else int(b) for b in base.split("-", 1)]
            start = bounds[0] or low
            end = (bounds[1] or high) if len(bounds) > 1 else (high if step else start)
        values.update(range(start, end + 1, int(step) if step else 1))
    return values


#: The five fields each @-macro stands for.
_CRON_MACRO_FIELDS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
# Weekdays and leap years repeat every 28 years (within a century): the days of one such cycle.
_CYCLE_START, _CYCLE_DAYS = date(2001, 1, 1), (date(2029, 1, 1) - date(2001, 1, 1)).days


def cron_longest_gap(where: str, field: str, value: Any) -> timedelta:
    """The longest time between two consecutive runs of a five-field cron schedule (wall-clock
    time, over a 28-year cycle of weekdays and leap years). A schedule that restricts both the
    day of the month and the weekday is refused: cron implementations disagree on how the two
    combine once a step is involved ('*/2'), so its gap is not certain."""
    text = cron(where, field, value).strip()
    minute, hour, day, month, weekday = _CRON_MACRO_FIELDS.get(text, text).split()
    if day not in ("*", "?") and weekday not in ("*", "?"):
        raise ConfigError(
            where,
            field,
            value,
            "a schedule restricting the day of the month or the weekday, not both",
            "implementations combine the two differently; keep one of them '*'",
        )
    minutes = sorted(h * 60 + m for h in _cron_values(hour, 0, 23, {}) for m in _cron_values(minute, 0, 59, {}))
    days_of_month, months = _cron_values(day, 1, 31, {}), _cron_values(month, 1, 12, _CRON_NAMES[3])
    weekdays = {d % 7 for d in _cron_values(weekday, 0, 7, _CRON_NAMES[4])}
    run_days = [
        n
        for n in range(_CYCLE_DAYS)
        if (d := _CYCLE_START + timedelta(days=n)).month in months
        and d.day in days_of_month
        and (d.weekday() + 1) % 7 in weekdays  # cron counts Sunday as 0, Python Monday
    ]
    within_day = max((b - a for a, b in zip(minutes, minutes[1:])), default=0)
    across_days = max(((b - a) * 1440 - minutes[-1] + minutes[0] for a, b in zip(run_days, run_days[1:])), default=0)
    return timedelta(minutes=max(within_day, across_days))


def time_zone(where: str, field: str, value: Any) -> str:
    """An IANA time zone the API server knows ('Etc/UTC', 'Asia/Shanghai'); checked against
    this machine's zone database when it has one."""
    import zoneinfo

    allowed = "an IANA time zone such as 'Etc/UTC' or 'Asia/Shanghai'"
    # The zone database is the judge of names (EST5EDT, Etc/GMT+8 are zones); only what could
    # reach a file outside it is refused first.
    if not isinstance(value, str) or not value or has_control_character(value) or value.startswith("/") or ".." in value.split("/"):
        raise ConfigError(where, field, value, allowed)
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        known = zoneinfo.available_timezones()  # a walk of the whole database: only on failure
        if known:
            close = sorted(z for z in known if z.lower() == value.lower() or z.split("/")[-1].lower() == value.split("/")[-1].lower())
            raise ConfigError(
                where, field, value, allowed, f"did you mean {close[0]!r}?" if close else "see the tz database names"
            ) from None
    return value


# A label or annotation key: an optional DNS-subdomain prefix and '/', then a name of at most 63
# characters of [A-Za-z0-9-_.], alphanumeric at both ends.
_KEY_PREFIX = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
_KEY_NAME = re.compile(r"[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?")


def qualified_name(where: str, field: str, value: Any) -> str:
    """A label or annotation key such as 'example.org/team' or 'tier'."""
    prefix, _, name = value.rpartition("/") if isinstance(value, str) else ("", "", "")
    if (
        not isinstance(value, str)
        or len(name) > 63
        or not _KEY_NAME.fullmatch(name)
        or (prefix and (len(prefix) > 253 or not _KEY_PREFIX.fullmatch(prefix)))
        or value.startswith("/")
    ):
        raise ConfigError(
            where,
            field,
            value,
            "a key such as 'example.org/name': an optional DNS subdomain and '/', then at most 63 characters "
            "of [A-Za-z0-9-_.], alphanumeric at both ends",
        )
    return value


def label_map(where: str, field: str, value: Any) -> dict[str, str]:
    """Labels (or a node selector): qualified keys, label values."""
    labels = string_map(where, field, value)
    for key, item in labels.items():
        qualified_name(where, f"{field} key", key)
        label_value(where, f"{field}[{key!r}]", item)
    return labels


# A Prometheus label name (the data model's rule); names starting with '__' are reserved.
_PROMETHEUS_LABEL = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")


def prometheus_labels(where: str, field: str, value: Any) -> dict[str, str]:
    """Prometheus/Alertmanager labels or matchers: names of [a-zA-Z_][a-zA-Z0-9_]* not starting
    with '__' (an empty name matches nothing and Alertmanager refuses it), string values."""
    labels = string_map(where, field, value)
    for key in labels:
        if not _PROMETHEUS_LABEL.fullmatch(key) or key.startswith("__"):
            raise ConfigError(
                where, f"{field} key", key, "a Prometheus label name: [a-zA-Z_][a-zA-Z0-9_]*, not starting with '__'", "name the label"
            )
    return labels


def annotation_map(where: str, field: str, value: Any) -> dict[str, str]:
    """Annotations: qualified keys, any string values."""
    annotations = string_map(where, field, value)
    for key in annotations:
        qualified_name(where, f"{field} key", key)
    return annotations


# Pod Security Admission's version label (pod-security-admission api/helpers.go ParseVersion):
# 'latest' or v1.<minor> without a leading zero; anything else falls back to 'latest'.
_PSA_VERSION = re.compile(r"v1\.(0|[1-9][0-9]*)")


def pod_security_version(where: str, field: str, value: Any) -> str:
    """A pinned Pod Security Standards version as the admission controller parses it: 'v1.32'
    ('latest' is not pinned; 'v1.32.1' or 'v1.05' would silently enforce 'latest')."""
    if not isinstance(value, str) or not _PSA_VERSION.fullmatch(value):
        raise ConfigError(
            where, field, value, "a pinned version 'v1.<minor>' such as 'v1.32' ('latest' is not pinned)", "no patch part, no leading zero"
        )
    return value


# A Prometheus duration as the prometheus-operator CRDs check it: units largest first, each at
# most once, or '0'.
_PROMETHEUS_DURATION = re.compile(r"(0|([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)")


def prometheus_duration(where: str, field: str, value: Any, *, positive: bool = False) -> str:
    """A duration such as '5m' or '1h30m' (units y, w, d, h, m, s, ms, largest first, each
    once); with positive, one greater than zero."""
    allowed = "a Prometheus duration such as '5m' or '1h30m' (units largest first, each once)" + (", greater than zero" if positive else "")
    if not isinstance(value, str) or not value or not _PROMETHEUS_DURATION.fullmatch(value):
        raise ConfigError(where, field, value, allowed)
    if positive and not any(ch in "123456789" for ch in value):
        raise ConfigError(where, field, value, allowed)
    return value
