from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class Database(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cnpg_database_iocnpgpostgresql.Database",
):
    '''
    :schema: Database
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "Database" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45c8ad9399026ffd59ce422c70f538d918e211a72e93f6388e7b4ce097dade8e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DatabaseProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Database".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = DatabaseProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Database".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DatabaseProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["DatabaseSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Database
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DatabaseSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae53e74686e1051b2e76a83d040bf046733c7c378b27a84819266cecca77d673)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: Database#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "DatabaseSpec":
        '''
        :schema: Database#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("DatabaseSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster": "cluster",
        "name": "name",
        "owner": "owner",
        "allow_connections": "allowConnections",
        "builtin_locale": "builtinLocale",
        "collation_version": "collationVersion",
        "connection_limit": "connectionLimit",
        "database_reclaim_policy": "databaseReclaimPolicy",
        "encoding": "encoding",
        "ensure": "ensure",
        "extensions": "extensions",
        "fdws": "fdws",
        "icu_locale": "icuLocale",
        "icu_rules": "icuRules",
        "is_template": "isTemplate",
        "locale": "locale",
        "locale_collate": "localeCollate",
        "locale_c_type": "localeCType",
        "locale_provider": "localeProvider",
        "schemas": "schemas",
        "servers": "servers",
        "tablespace": "tablespace",
        "template": "template",
    },
)
class DatabaseSpec:
    def __init__(
        self,
        *,
        cluster: typing.Union["DatabaseSpecCluster", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        owner: builtins.str,
        allow_connections: typing.Optional[builtins.bool] = None,
        builtin_locale: typing.Optional[builtins.str] = None,
        collation_version: typing.Optional[builtins.str] = None,
        connection_limit: typing.Optional[jsii.Number] = None,
        database_reclaim_policy: typing.Optional["DatabaseSpecDatabaseReclaimPolicy"] = None,
        encoding: typing.Optional[builtins.str] = None,
        ensure: typing.Optional["DatabaseSpecEnsure"] = None,
        extensions: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecExtensions", typing.Dict[builtins.str, typing.Any]]]] = None,
        fdws: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecFdws", typing.Dict[builtins.str, typing.Any]]]] = None,
        icu_locale: typing.Optional[builtins.str] = None,
        icu_rules: typing.Optional[builtins.str] = None,
        is_template: typing.Optional[builtins.bool] = None,
        locale: typing.Optional[builtins.str] = None,
        locale_collate: typing.Optional[builtins.str] = None,
        locale_c_type: typing.Optional[builtins.str] = None,
        locale_provider: typing.Optional[builtins.str] = None,
        schemas: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecSchemas", typing.Dict[builtins.str, typing.Any]]]] = None,
        servers: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecServers", typing.Dict[builtins.str, typing.Any]]]] = None,
        tablespace: typing.Optional[builtins.str] = None,
        template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cluster: 
        :param name: 
        :param owner: 
        :param allow_connections: 
        :param builtin_locale: 
        :param collation_version: 
        :param connection_limit: 
        :param database_reclaim_policy: 
        :param encoding: 
        :param ensure: 
        :param extensions: 
        :param fdws: 
        :param icu_locale: 
        :param icu_rules: 
        :param is_template: 
        :param locale: 
        :param locale_collate: 
        :param locale_c_type: 
        :param locale_provider: 
        :param schemas: 
        :param servers: 
        :param tablespace: 
        :param template: 

        :schema: DatabaseSpec
        '''
        if isinstance(cluster, dict):
            cluster = DatabaseSpecCluster(**cluster)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e588534fb38002687a03698baff4af3ebcdd0d8c909ffbe24827b90a8ef763f6)
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument allow_connections", value=allow_connections, expected_type=type_hints["allow_connections"])
            check_type(argname="argument builtin_locale", value=builtin_locale, expected_type=type_hints["builtin_locale"])
            check_type(argname="argument collation_version", value=collation_version, expected_type=type_hints["collation_version"])
            check_type(argname="argument connection_limit", value=connection_limit, expected_type=type_hints["connection_limit"])
            check_type(argname="argument database_reclaim_policy", value=database_reclaim_policy, expected_type=type_hints["database_reclaim_policy"])
            check_type(argname="argument encoding", value=encoding, expected_type=type_hints["encoding"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
            check_type(argname="argument extensions", value=extensions, expected_type=type_hints["extensions"])
            check_type(argname="argument fdws", value=fdws, expected_type=type_hints["fdws"])
            check_type(argname="argument icu_locale", value=icu_locale, expected_type=type_hints["icu_locale"])
            check_type(argname="argument icu_rules", value=icu_rules, expected_type=type_hints["icu_rules"])
            check_type(argname="argument is_template", value=is_template, expected_type=type_hints["is_template"])
            check_type(argname="argument locale", value=locale, expected_type=type_hints["locale"])
            check_type(argname="argument locale_collate", value=locale_collate, expected_type=type_hints["locale_collate"])
            check_type(argname="argument locale_c_type", value=locale_c_type, expected_type=type_hints["locale_c_type"])
            check_type(argname="argument locale_provider", value=locale_provider, expected_type=type_hints["locale_provider"])
            check_type(argname="argument schemas", value=schemas, expected_type=type_hints["schemas"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
            check_type(argname="argument tablespace", value=tablespace, expected_type=type_hints["tablespace"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster": cluster,
            "name": name,
            "owner": owner,
        }
        if allow_connections is not None:
            self._values["allow_connections"] = allow_connections
        if builtin_locale is not None:
            self._values["builtin_locale"] = builtin_locale
        if collation_version is not None:
            self._values["collation_version"] = collation_version
        if connection_limit is not None:
            self._values["connection_limit"] = connection_limit
        if database_reclaim_policy is not None:
            self._values["database_reclaim_policy"] = database_reclaim_policy
        if encoding is not None:
            self._values["encoding"] = encoding
        if ensure is not None:
            self._values["ensure"] = ensure
        if extensions is not None:
            self._values["extensions"] = extensions
        if fdws is not None:
            self._values["fdws"] = fdws
        if icu_locale is not None:
            self._values["icu_locale"] = icu_locale
        if icu_rules is not None:
            self._values["icu_rules"] = icu_rules
        if is_template is not None:
            self._values["is_template"] = is_template
        if locale is not None:
            self._values["locale"] = locale
        if locale_collate is not None:
            self._values["locale_collate"] = locale_collate
        if locale_c_type is not None:
            self._values["locale_c_type"] = locale_c_type
        if locale_provider is not None:
            self._values["locale_provider"] = locale_provider
        if schemas is not None:
            self._values["schemas"] = schemas
        if servers is not None:
            self._values["servers"] = servers
        if tablespace is not None:
            self._values["tablespace"] = tablespace
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def cluster(self) -> "DatabaseSpecCluster":
        '''
        :schema: DatabaseSpec#cluster
        '''
        result = self._values.get("cluster")
        assert result is not None, "Required property 'cluster' is missing"
        return typing.cast("DatabaseSpecCluster", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpec#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def owner(self) -> builtins.str:
        '''
        :schema: DatabaseSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_connections(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DatabaseSpec#allowConnections
        '''
        result = self._values.get("allow_connections")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def builtin_locale(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#builtinLocale
        '''
        result = self._values.get("builtin_locale")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def collation_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#collationVersion
        '''
        result = self._values.get("collation_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: DatabaseSpec#connectionLimit
        '''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def database_reclaim_policy(
        self,
    ) -> typing.Optional["DatabaseSpecDatabaseReclaimPolicy"]:
        '''
        :schema: DatabaseSpec#databaseReclaimPolicy
        '''
        result = self._values.get("database_reclaim_policy")
        return typing.cast(typing.Optional["DatabaseSpecDatabaseReclaimPolicy"], result)

    @builtins.property
    def encoding(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecEnsure"]:
        '''
        :schema: DatabaseSpec#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecEnsure"], result)

    @builtins.property
    def extensions(self) -> typing.Optional[typing.List["DatabaseSpecExtensions"]]:
        '''
        :schema: DatabaseSpec#extensions
        '''
        result = self._values.get("extensions")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecExtensions"]], result)

    @builtins.property
    def fdws(self) -> typing.Optional[typing.List["DatabaseSpecFdws"]]:
        '''
        :schema: DatabaseSpec#fdws
        '''
        result = self._values.get("fdws")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecFdws"]], result)

    @builtins.property
    def icu_locale(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#icuLocale
        '''
        result = self._values.get("icu_locale")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def icu_rules(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#icuRules
        '''
        result = self._values.get("icu_rules")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_template(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: DatabaseSpec#isTemplate
        '''
        result = self._values.get("is_template")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def locale(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#locale
        '''
        result = self._values.get("locale")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def locale_collate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#localeCollate
        '''
        result = self._values.get("locale_collate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def locale_c_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#localeCType
        '''
        result = self._values.get("locale_c_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def locale_provider(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#localeProvider
        '''
        result = self._values.get("locale_provider")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def schemas(self) -> typing.Optional[typing.List["DatabaseSpecSchemas"]]:
        '''
        :schema: DatabaseSpec#schemas
        '''
        result = self._values.get("schemas")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecSchemas"]], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List["DatabaseSpecServers"]]:
        '''
        :schema: DatabaseSpec#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecServers"]], result)

    @builtins.property
    def tablespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#tablespace
        '''
        result = self._values.get("tablespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpec#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecCluster",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class DatabaseSpecCluster:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: DatabaseSpecCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7421b724b7754d1814a520aa654242ab1e6d263b471369c3882a049018ae5326)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecCluster#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecDatabaseReclaimPolicy"
)
class DatabaseSpecDatabaseReclaimPolicy(enum.Enum):
    '''
    :schema: DatabaseSpecDatabaseReclaimPolicy
    '''

    DELETE = "DELETE"
    '''delete.'''
    RETAIN = "RETAIN"
    '''retain.'''


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecEnsure")
class DatabaseSpecEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecExtensions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "ensure": "ensure",
        "schema": "schema",
        "version": "version",
    },
)
class DatabaseSpecExtensions:
    def __init__(
        self,
        *,
        name: builtins.str,
        ensure: typing.Optional["DatabaseSpecExtensionsEnsure"] = None,
        schema: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param ensure: 
        :param schema: 
        :param version: 

        :schema: DatabaseSpecExtensions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e0943f0211c89b57e652446c23366ee6a84eb934f2270c5537d229ac723532e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
            check_type(argname="argument schema", value=schema, expected_type=type_hints["schema"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if ensure is not None:
            self._values["ensure"] = ensure
        if schema is not None:
            self._values["schema"] = schema
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecExtensions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecExtensionsEnsure"]:
        '''
        :schema: DatabaseSpecExtensions#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecExtensionsEnsure"], result)

    @builtins.property
    def schema(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecExtensions#schema
        '''
        result = self._values.get("schema")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecExtensions#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecExtensions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecExtensionsEnsure")
class DatabaseSpecExtensionsEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecExtensionsEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdws",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "ensure": "ensure",
        "handler": "handler",
        "options": "options",
        "owner": "owner",
        "usage": "usage",
        "validator": "validator",
    },
)
class DatabaseSpecFdws:
    def __init__(
        self,
        *,
        name: builtins.str,
        ensure: typing.Optional["DatabaseSpecFdwsEnsure"] = None,
        handler: typing.Optional[builtins.str] = None,
        options: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecFdwsOptions", typing.Dict[builtins.str, typing.Any]]]] = None,
        owner: typing.Optional[builtins.str] = None,
        usage: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecFdwsUsage", typing.Dict[builtins.str, typing.Any]]]] = None,
        validator: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param ensure: 
        :param handler: 
        :param options: 
        :param owner: 
        :param usage: 
        :param validator: 

        :schema: DatabaseSpecFdws
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6481815d516894e3253c64699bb044743eeaae4b0eee1805c72755f50e33cde1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
            check_type(argname="argument handler", value=handler, expected_type=type_hints["handler"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument usage", value=usage, expected_type=type_hints["usage"])
            check_type(argname="argument validator", value=validator, expected_type=type_hints["validator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if ensure is not None:
            self._values["ensure"] = ensure
        if handler is not None:
            self._values["handler"] = handler
        if options is not None:
            self._values["options"] = options
        if owner is not None:
            self._values["owner"] = owner
        if usage is not None:
            self._values["usage"] = usage
        if validator is not None:
            self._values["validator"] = validator

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecFdws#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecFdwsEnsure"]:
        '''
        :schema: DatabaseSpecFdws#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecFdwsEnsure"], result)

    @builtins.property
    def handler(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecFdws#handler
        '''
        result = self._values.get("handler")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.List["DatabaseSpecFdwsOptions"]]:
        '''
        :schema: DatabaseSpecFdws#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecFdwsOptions"]], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecFdws#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def usage(self) -> typing.Optional[typing.List["DatabaseSpecFdwsUsage"]]:
        '''
        :schema: DatabaseSpecFdws#usage
        '''
        result = self._values.get("usage")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecFdwsUsage"]], result)

    @builtins.property
    def validator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecFdws#validator
        '''
        result = self._values.get("validator")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecFdws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdwsEnsure")
class DatabaseSpecFdwsEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecFdwsEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdwsOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "ensure": "ensure"},
)
class DatabaseSpecFdwsOptions:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        ensure: typing.Optional["DatabaseSpecFdwsOptionsEnsure"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param ensure: 

        :schema: DatabaseSpecFdwsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__088bf4063b8460adb14c7b39802bd4250c2e30b8c8e79b48d489721d9933c70c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if ensure is not None:
            self._values["ensure"] = ensure

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecFdwsOptions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: DatabaseSpecFdwsOptions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecFdwsOptionsEnsure"]:
        '''
        :schema: DatabaseSpecFdwsOptions#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecFdwsOptionsEnsure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecFdwsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdwsOptionsEnsure")
class DatabaseSpecFdwsOptionsEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecFdwsOptionsEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdwsUsage",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type"},
)
class DatabaseSpecFdwsUsage:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: typing.Optional["DatabaseSpecFdwsUsageType"] = None,
    ) -> None:
        '''
        :param name: 
        :param type: 

        :schema: DatabaseSpecFdwsUsage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce41089cad80d7946a6801e618cd4d49a6e3c855a35029ebb975a836533a4f17)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecFdwsUsage#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["DatabaseSpecFdwsUsageType"]:
        '''
        :schema: DatabaseSpecFdwsUsage#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["DatabaseSpecFdwsUsageType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecFdwsUsage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecFdwsUsageType")
class DatabaseSpecFdwsUsageType(enum.Enum):
    '''
    :schema: DatabaseSpecFdwsUsageType
    '''

    GRANT = "GRANT"
    '''grant.'''
    REVOKE = "REVOKE"
    '''revoke.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecSchemas",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "ensure": "ensure", "owner": "owner"},
)
class DatabaseSpecSchemas:
    def __init__(
        self,
        *,
        name: builtins.str,
        ensure: typing.Optional["DatabaseSpecSchemasEnsure"] = None,
        owner: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param ensure: 
        :param owner: 

        :schema: DatabaseSpecSchemas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64ae7c3eb9b7fa09ed8d27b280d7a27ed06a47426fbc11476c2996741c071a4b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if ensure is not None:
            self._values["ensure"] = ensure
        if owner is not None:
            self._values["owner"] = owner

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecSchemas#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecSchemasEnsure"]:
        '''
        :schema: DatabaseSpecSchemas#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecSchemasEnsure"], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DatabaseSpecSchemas#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecSchemas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecSchemasEnsure")
class DatabaseSpecSchemasEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecSchemasEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServers",
    jsii_struct_bases=[],
    name_mapping={
        "fdw": "fdw",
        "name": "name",
        "ensure": "ensure",
        "options": "options",
        "usage": "usage",
    },
)
class DatabaseSpecServers:
    def __init__(
        self,
        *,
        fdw: builtins.str,
        name: builtins.str,
        ensure: typing.Optional["DatabaseSpecServersEnsure"] = None,
        options: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecServersOptions", typing.Dict[builtins.str, typing.Any]]]] = None,
        usage: typing.Optional[typing.Sequence[typing.Union["DatabaseSpecServersUsage", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param fdw: 
        :param name: 
        :param ensure: 
        :param options: 
        :param usage: 

        :schema: DatabaseSpecServers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ece59bde87dcdc5b65c391f3c77409147ee1579e7af4f1c6f2098168dc1df7a)
            check_type(argname="argument fdw", value=fdw, expected_type=type_hints["fdw"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument usage", value=usage, expected_type=type_hints["usage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "fdw": fdw,
            "name": name,
        }
        if ensure is not None:
            self._values["ensure"] = ensure
        if options is not None:
            self._values["options"] = options
        if usage is not None:
            self._values["usage"] = usage

    @builtins.property
    def fdw(self) -> builtins.str:
        '''
        :schema: DatabaseSpecServers#fdw
        '''
        result = self._values.get("fdw")
        assert result is not None, "Required property 'fdw' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecServers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecServersEnsure"]:
        '''
        :schema: DatabaseSpecServers#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecServersEnsure"], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.List["DatabaseSpecServersOptions"]]:
        '''
        :schema: DatabaseSpecServers#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecServersOptions"]], result)

    @builtins.property
    def usage(self) -> typing.Optional[typing.List["DatabaseSpecServersUsage"]]:
        '''
        :schema: DatabaseSpecServers#usage
        '''
        result = self._values.get("usage")
        return typing.cast(typing.Optional[typing.List["DatabaseSpecServersUsage"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecServers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServersEnsure")
class DatabaseSpecServersEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecServersEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServersOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "ensure": "ensure"},
)
class DatabaseSpecServersOptions:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        ensure: typing.Optional["DatabaseSpecServersOptionsEnsure"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param ensure: 

        :schema: DatabaseSpecServersOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e22f14c54ac4f29350bef7e300374beeca4e7f4f179a54cbd91410366e5a4ae)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument ensure", value=ensure, expected_type=type_hints["ensure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if ensure is not None:
            self._values["ensure"] = ensure

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecServersOptions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: DatabaseSpecServersOptions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ensure(self) -> typing.Optional["DatabaseSpecServersOptionsEnsure"]:
        '''
        :schema: DatabaseSpecServersOptions#ensure
        '''
        result = self._values.get("ensure")
        return typing.cast(typing.Optional["DatabaseSpecServersOptionsEnsure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecServersOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServersOptionsEnsure")
class DatabaseSpecServersOptionsEnsure(enum.Enum):
    '''
    :schema: DatabaseSpecServersOptionsEnsure
    '''

    PRESENT = "PRESENT"
    '''present.'''
    ABSENT = "ABSENT"
    '''absent.'''


@jsii.data_type(
    jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServersUsage",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type"},
)
class DatabaseSpecServersUsage:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: typing.Optional["DatabaseSpecServersUsageType"] = None,
    ) -> None:
        '''
        :param name: 
        :param type: 

        :schema: DatabaseSpecServersUsage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__237cb0b965606d3b7b473e911f6c45c815cbf68c666f0242f1846c8140ebca07)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: DatabaseSpecServersUsage#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["DatabaseSpecServersUsageType"]:
        '''
        :schema: DatabaseSpecServersUsage#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["DatabaseSpecServersUsageType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSpecServersUsage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_database_iocnpgpostgresql.DatabaseSpecServersUsageType")
class DatabaseSpecServersUsageType(enum.Enum):
    '''
    :schema: DatabaseSpecServersUsageType
    '''

    GRANT = "GRANT"
    '''grant.'''
    REVOKE = "REVOKE"
    '''revoke.'''


__all__ = [
    "Database",
    "DatabaseProps",
    "DatabaseSpec",
    "DatabaseSpecCluster",
    "DatabaseSpecDatabaseReclaimPolicy",
    "DatabaseSpecEnsure",
    "DatabaseSpecExtensions",
    "DatabaseSpecExtensionsEnsure",
    "DatabaseSpecFdws",
    "DatabaseSpecFdwsEnsure",
    "DatabaseSpecFdwsOptions",
    "DatabaseSpecFdwsOptionsEnsure",
    "DatabaseSpecFdwsUsage",
    "DatabaseSpecFdwsUsageType",
    "DatabaseSpecSchemas",
    "DatabaseSpecSchemasEnsure",
    "DatabaseSpecServers",
    "DatabaseSpecServersEnsure",
    "DatabaseSpecServersOptions",
    "DatabaseSpecServersOptionsEnsure",
    "DatabaseSpecServersUsage",
    "DatabaseSpecServersUsageType",
]

publication.publish()

def _typecheckingstub__45c8ad9399026ffd59ce422c70f538d918e211a72e93f6388e7b4ce097dade8e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[DatabaseSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae53e74686e1051b2e76a83d040bf046733c7c378b27a84819266cecca77d673(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[DatabaseSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e588534fb38002687a03698baff4af3ebcdd0d8c909ffbe24827b90a8ef763f6(
    *,
    cluster: typing.Union[DatabaseSpecCluster, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    owner: builtins.str,
    allow_connections: typing.Optional[builtins.bool] = None,
    builtin_locale: typing.Optional[builtins.str] = None,
    collation_version: typing.Optional[builtins.str] = None,
    connection_limit: typing.Optional[jsii.Number] = None,
    database_reclaim_policy: typing.Optional[DatabaseSpecDatabaseReclaimPolicy] = None,
    encoding: typing.Optional[builtins.str] = None,
    ensure: typing.Optional[DatabaseSpecEnsure] = None,
    extensions: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecExtensions, typing.Dict[builtins.str, typing.Any]]]] = None,
    fdws: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecFdws, typing.Dict[builtins.str, typing.Any]]]] = None,
    icu_locale: typing.Optional[builtins.str] = None,
    icu_rules: typing.Optional[builtins.str] = None,
    is_template: typing.Optional[builtins.bool] = None,
    locale: typing.Optional[builtins.str] = None,
    locale_collate: typing.Optional[builtins.str] = None,
    locale_c_type: typing.Optional[builtins.str] = None,
    locale_provider: typing.Optional[builtins.str] = None,
    schemas: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecSchemas, typing.Dict[builtins.str, typing.Any]]]] = None,
    servers: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecServers, typing.Dict[builtins.str, typing.Any]]]] = None,
    tablespace: typing.Optional[builtins.str] = None,
    template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7421b724b7754d1814a520aa654242ab1e6d263b471369c3882a049018ae5326(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e0943f0211c89b57e652446c23366ee6a84eb934f2270c5537d229ac723532e(
    *,
    name: builtins.str,
    ensure: typing.Optional[DatabaseSpecExtensionsEnsure] = None,
    schema: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6481815d516894e3253c64699bb044743eeaae4b0eee1805c72755f50e33cde1(
    *,
    name: builtins.str,
    ensure: typing.Optional[DatabaseSpecFdwsEnsure] = None,
    handler: typing.Optional[builtins.str] = None,
    options: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecFdwsOptions, typing.Dict[builtins.str, typing.Any]]]] = None,
    owner: typing.Optional[builtins.str] = None,
    usage: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecFdwsUsage, typing.Dict[builtins.str, typing.Any]]]] = None,
    validator: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__088bf4063b8460adb14c7b39802bd4250c2e30b8c8e79b48d489721d9933c70c(
    *,
    name: builtins.str,
    value: builtins.str,
    ensure: typing.Optional[DatabaseSpecFdwsOptionsEnsure] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce41089cad80d7946a6801e618cd4d49a6e3c855a35029ebb975a836533a4f17(
    *,
    name: builtins.str,
    type: typing.Optional[DatabaseSpecFdwsUsageType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64ae7c3eb9b7fa09ed8d27b280d7a27ed06a47426fbc11476c2996741c071a4b(
    *,
    name: builtins.str,
    ensure: typing.Optional[DatabaseSpecSchemasEnsure] = None,
    owner: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ece59bde87dcdc5b65c391f3c77409147ee1579e7af4f1c6f2098168dc1df7a(
    *,
    fdw: builtins.str,
    name: builtins.str,
    ensure: typing.Optional[DatabaseSpecServersEnsure] = None,
    options: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecServersOptions, typing.Dict[builtins.str, typing.Any]]]] = None,
    usage: typing.Optional[typing.Sequence[typing.Union[DatabaseSpecServersUsage, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e22f14c54ac4f29350bef7e300374beeca4e7f4f179a54cbd91410366e5a4ae(
    *,
    name: builtins.str,
    value: builtins.str,
    ensure: typing.Optional[DatabaseSpecServersOptionsEnsure] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__237cb0b965606d3b7b473e911f6c45c815cbf68c666f0242f1846c8140ebca07(
    *,
    name: builtins.str,
    type: typing.Optional[DatabaseSpecServersUsageType] = None,
) -> None:
    """Type checking stubs"""
    pass
