"""Fields of custom resources that their CRDs make immutable with a CEL transition rule
(`self == oldSelf` in `x-kubernetes-validations`): the API server refuses an update that
changes one once it is set (adding it where it was absent passes; a transition rule runs only
when the old object has the field). Read from the CRDs the library imports (../shared/crds, at
the releases `imports/` was generated from); tests/test_review_immutable.py holds this table
equal to them."""

from __future__ import annotations

from types import MappingProxyType

#: (API group, kind) -> dotted paths of the immutable fields.
IMMUTABLE_FIELDS: MappingProxyType[tuple[str, str], tuple[str, ...]] = MappingProxyType(
    {
        ("helm.cattle.io", "HelmChart"): ("spec.driver",),
        ("postgresql.cnpg.io", "Backup"): ("spec",),
        ("postgresql.cnpg.io", "Cluster"): ("spec.serviceAccountName",),
        ("postgresql.cnpg.io", "Database"): (
            "spec.builtinLocale",
            "spec.cluster",
            "spec.collationVersion",
            "spec.encoding",
            "spec.icuLocale",
            "spec.icuRules",
            "spec.locale",
            "spec.localeCType",
            "spec.localeCollate",
            "spec.localeProvider",
            "spec.name",
            "spec.template",
        ),
        ("postgresql.cnpg.io", "Pooler"): ("spec.cluster", "spec.serviceAccountName"),
        ("postgresql.cnpg.io", "ScheduledBackup"): ("spec.cluster",),
    }
)
