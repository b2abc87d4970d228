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


class ObjectStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStore",
):
    '''
    :schema: ObjectStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ObjectStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "ObjectStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33aa7ad48cecae35c53cb5f997979d785db668cb4bd39bd5a25ed4c4f007e113)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ObjectStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ObjectStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ObjectStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ObjectStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ObjectStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ObjectStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ObjectStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ObjectStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ObjectStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6c109c639ba0c496bfbad874579fbf5d700eb6ddc33aab27fbb7d90fb333d33)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: ObjectStore#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "ObjectStoreSpec":
        '''
        :schema: ObjectStore#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ObjectStoreSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "configuration": "configuration",
        "instance_sidecar_configuration": "instanceSidecarConfiguration",
        "retention_policy": "retentionPolicy",
    },
)
class ObjectStoreSpec:
    def __init__(
        self,
        *,
        configuration: typing.Union["ObjectStoreSpecConfiguration", typing.Dict[builtins.str, typing.Any]],
        instance_sidecar_configuration: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        retention_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param configuration: 
        :param instance_sidecar_configuration: 
        :param retention_policy: 

        :schema: ObjectStoreSpec
        '''
        if isinstance(configuration, dict):
            configuration = ObjectStoreSpecConfiguration(**configuration)
        if isinstance(instance_sidecar_configuration, dict):
            instance_sidecar_configuration = ObjectStoreSpecInstanceSidecarConfiguration(**instance_sidecar_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__613bc75aab3b97f7ac3da1e4bfc14fd726d524908b3cc481b9bfe04b09a493da)
            check_type(argname="argument configuration", value=configuration, expected_type=type_hints["configuration"])
            check_type(argname="argument instance_sidecar_configuration", value=instance_sidecar_configuration, expected_type=type_hints["instance_sidecar_configuration"])
            check_type(argname="argument retention_policy", value=retention_policy, expected_type=type_hints["retention_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "configuration": configuration,
        }
        if instance_sidecar_configuration is not None:
            self._values["instance_sidecar_configuration"] = instance_sidecar_configuration
        if retention_policy is not None:
            self._values["retention_policy"] = retention_policy

    @builtins.property
    def configuration(self) -> "ObjectStoreSpecConfiguration":
        '''
        :schema: ObjectStoreSpec#configuration
        '''
        result = self._values.get("configuration")
        assert result is not None, "Required property 'configuration' is missing"
        return typing.cast("ObjectStoreSpecConfiguration", result)

    @builtins.property
    def instance_sidecar_configuration(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfiguration"]:
        '''
        :schema: ObjectStoreSpec#instanceSidecarConfiguration
        '''
        result = self._values.get("instance_sidecar_configuration")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfiguration"], result)

    @builtins.property
    def retention_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpec#retentionPolicy
        '''
        result = self._values.get("retention_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "destination_path": "destinationPath",
        "azure_credentials": "azureCredentials",
        "data": "data",
        "endpoint_ca": "endpointCa",
        "endpoint_url": "endpointUrl",
        "google_credentials": "googleCredentials",
        "history_tags": "historyTags",
        "s3_credentials": "s3Credentials",
        "server_name": "serverName",
        "tags": "tags",
        "wal": "wal",
    },
)
class ObjectStoreSpecConfiguration:
    def __init__(
        self,
        *,
        destination_path: builtins.str,
        azure_credentials: typing.Optional[typing.Union["ObjectStoreSpecConfigurationAzureCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        data: typing.Optional[typing.Union["ObjectStoreSpecConfigurationData", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_ca: typing.Optional[typing.Union["ObjectStoreSpecConfigurationEndpointCa", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_url: typing.Optional[builtins.str] = None,
        google_credentials: typing.Optional[typing.Union["ObjectStoreSpecConfigurationGoogleCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        history_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        s3_credentials: typing.Optional[typing.Union["ObjectStoreSpecConfigurationS3Credentials", typing.Dict[builtins.str, typing.Any]]] = None,
        server_name: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        wal: typing.Optional[typing.Union["ObjectStoreSpecConfigurationWal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination_path: 
        :param azure_credentials: 
        :param data: 
        :param endpoint_ca: 
        :param endpoint_url: 
        :param google_credentials: 
        :param history_tags: 
        :param s3_credentials: 
        :param server_name: 
        :param tags: 
        :param wal: 

        :schema: ObjectStoreSpecConfiguration
        '''
        if isinstance(azure_credentials, dict):
            azure_credentials = ObjectStoreSpecConfigurationAzureCredentials(**azure_credentials)
        if isinstance(data, dict):
            data = ObjectStoreSpecConfigurationData(**data)
        if isinstance(endpoint_ca, dict):
            endpoint_ca = ObjectStoreSpecConfigurationEndpointCa(**endpoint_ca)
        if isinstance(google_credentials, dict):
            google_credentials = ObjectStoreSpecConfigurationGoogleCredentials(**google_credentials)
        if isinstance(s3_credentials, dict):
            s3_credentials = ObjectStoreSpecConfigurationS3Credentials(**s3_credentials)
        if isinstance(wal, dict):
            wal = ObjectStoreSpecConfigurationWal(**wal)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd887908c87e11606f156bb43a1fdf95aeeb5a240ded98764fc3b321fb3bd799)
            check_type(argname="argument destination_path", value=destination_path, expected_type=type_hints["destination_path"])
            check_type(argname="argument azure_credentials", value=azure_credentials, expected_type=type_hints["azure_credentials"])
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument endpoint_ca", value=endpoint_ca, expected_type=type_hints["endpoint_ca"])
            check_type(argname="argument endpoint_url", value=endpoint_url, expected_type=type_hints["endpoint_url"])
            check_type(argname="argument google_credentials", value=google_credentials, expected_type=type_hints["google_credentials"])
            check_type(argname="argument history_tags", value=history_tags, expected_type=type_hints["history_tags"])
            check_type(argname="argument s3_credentials", value=s3_credentials, expected_type=type_hints["s3_credentials"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument wal", value=wal, expected_type=type_hints["wal"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination_path": destination_path,
        }
        if azure_credentials is not None:
            self._values["azure_credentials"] = azure_credentials
        if data is not None:
            self._values["data"] = data
        if endpoint_ca is not None:
            self._values["endpoint_ca"] = endpoint_ca
        if endpoint_url is not None:
            self._values["endpoint_url"] = endpoint_url
        if google_credentials is not None:
            self._values["google_credentials"] = google_credentials
        if history_tags is not None:
            self._values["history_tags"] = history_tags
        if s3_credentials is not None:
            self._values["s3_credentials"] = s3_credentials
        if server_name is not None:
            self._values["server_name"] = server_name
        if tags is not None:
            self._values["tags"] = tags
        if wal is not None:
            self._values["wal"] = wal

    @builtins.property
    def destination_path(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfiguration#destinationPath
        '''
        result = self._values.get("destination_path")
        assert result is not None, "Required property 'destination_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azure_credentials(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationAzureCredentials"]:
        '''
        :schema: ObjectStoreSpecConfiguration#azureCredentials
        '''
        result = self._values.get("azure_credentials")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationAzureCredentials"], result)

    @builtins.property
    def data(self) -> typing.Optional["ObjectStoreSpecConfigurationData"]:
        '''
        :schema: ObjectStoreSpecConfiguration#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationData"], result)

    @builtins.property
    def endpoint_ca(self) -> typing.Optional["ObjectStoreSpecConfigurationEndpointCa"]:
        '''
        :schema: ObjectStoreSpecConfiguration#endpointCA
        '''
        result = self._values.get("endpoint_ca")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationEndpointCa"], result)

    @builtins.property
    def endpoint_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecConfiguration#endpointURL
        '''
        result = self._values.get("endpoint_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def google_credentials(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationGoogleCredentials"]:
        '''
        :schema: ObjectStoreSpecConfiguration#googleCredentials
        '''
        result = self._values.get("google_credentials")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationGoogleCredentials"], result)

    @builtins.property
    def history_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfiguration#historyTags
        '''
        result = self._values.get("history_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def s3_credentials(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationS3Credentials"]:
        '''
        :schema: ObjectStoreSpecConfiguration#s3Credentials
        '''
        result = self._values.get("s3_credentials")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationS3Credentials"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecConfiguration#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfiguration#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def wal(self) -> typing.Optional["ObjectStoreSpecConfigurationWal"]:
        '''
        :schema: ObjectStoreSpecConfiguration#wal
        '''
        result = self._values.get("wal")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationWal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationAzureCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "connection_string": "connectionString",
        "inherit_from_azure_ad": "inheritFromAzureAd",
        "storage_account": "storageAccount",
        "storage_key": "storageKey",
        "storage_sas_token": "storageSasToken",
        "use_default_azure_credentials": "useDefaultAzureCredentials",
    },
)
class ObjectStoreSpecConfigurationAzureCredentials:
    def __init__(
        self,
        *,
        connection_string: typing.Optional[typing.Union["ObjectStoreSpecConfigurationAzureCredentialsConnectionString", typing.Dict[builtins.str, typing.Any]]] = None,
        inherit_from_azure_ad: typing.Optional[builtins.bool] = None,
        storage_account: typing.Optional[typing.Union["ObjectStoreSpecConfigurationAzureCredentialsStorageAccount", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_key: typing.Optional[typing.Union["ObjectStoreSpecConfigurationAzureCredentialsStorageKey", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_sas_token: typing.Optional[typing.Union["ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken", typing.Dict[builtins.str, typing.Any]]] = None,
        use_default_azure_credentials: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param connection_string: 
        :param inherit_from_azure_ad: 
        :param storage_account: 
        :param storage_key: 
        :param storage_sas_token: 
        :param use_default_azure_credentials: 

        :schema: ObjectStoreSpecConfigurationAzureCredentials
        '''
        if isinstance(connection_string, dict):
            connection_string = ObjectStoreSpecConfigurationAzureCredentialsConnectionString(**connection_string)
        if isinstance(storage_account, dict):
            storage_account = ObjectStoreSpecConfigurationAzureCredentialsStorageAccount(**storage_account)
        if isinstance(storage_key, dict):
            storage_key = ObjectStoreSpecConfigurationAzureCredentialsStorageKey(**storage_key)
        if isinstance(storage_sas_token, dict):
            storage_sas_token = ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken(**storage_sas_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d08e2978e241bb4e2fca49589efc0fae0e65cc1c7845833aef396dbd256f6bda)
            check_type(argname="argument connection_string", value=connection_string, expected_type=type_hints["connection_string"])
            check_type(argname="argument inherit_from_azure_ad", value=inherit_from_azure_ad, expected_type=type_hints["inherit_from_azure_ad"])
            check_type(argname="argument storage_account", value=storage_account, expected_type=type_hints["storage_account"])
            check_type(argname="argument storage_key", value=storage_key, expected_type=type_hints["storage_key"])
            check_type(argname="argument storage_sas_token", value=storage_sas_token, expected_type=type_hints["storage_sas_token"])
            check_type(argname="argument use_default_azure_credentials", value=use_default_azure_credentials, expected_type=type_hints["use_default_azure_credentials"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_string is not None:
            self._values["connection_string"] = connection_string
        if inherit_from_azure_ad is not None:
            self._values["inherit_from_azure_ad"] = inherit_from_azure_ad
        if storage_account is not None:
            self._values["storage_account"] = storage_account
        if storage_key is not None:
            self._values["storage_key"] = storage_key
        if storage_sas_token is not None:
            self._values["storage_sas_token"] = storage_sas_token
        if use_default_azure_credentials is not None:
            self._values["use_default_azure_credentials"] = use_default_azure_credentials

    @builtins.property
    def connection_string(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsConnectionString"]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#connectionString
        '''
        result = self._values.get("connection_string")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsConnectionString"], result)

    @builtins.property
    def inherit_from_azure_ad(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#inheritFromAzureAD
        '''
        result = self._values.get("inherit_from_azure_ad")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_account(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageAccount"]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#storageAccount
        '''
        result = self._values.get("storage_account")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageAccount"], result)

    @builtins.property
    def storage_key(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageKey"]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#storageKey
        '''
        result = self._values.get("storage_key")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageKey"], result)

    @builtins.property
    def storage_sas_token(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken"]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#storageSasToken
        '''
        result = self._values.get("storage_sas_token")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken"], result)

    @builtins.property
    def use_default_azure_credentials(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentials#useDefaultAzureCredentials
        '''
        result = self._values.get("use_default_azure_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationAzureCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationAzureCredentialsConnectionString",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationAzureCredentialsConnectionString:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationAzureCredentialsConnectionString
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4cf36f2acf276018d4e054d43e5030daf0b746ae1dd537a4c9586d5691432e7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsConnectionString#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsConnectionString#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationAzureCredentialsConnectionString(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationAzureCredentialsStorageAccount",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationAzureCredentialsStorageAccount:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageAccount
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d66c2bb5506d152b4fb61eb957b4fc1fa97a714d5a2747709001142468c8012)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageAccount#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageAccount#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationAzureCredentialsStorageAccount(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationAzureCredentialsStorageKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationAzureCredentialsStorageKey:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ca781d6a64ec07182984f8301e10dd36de3e0bfddbc5efa927f69c1727efd79)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationAzureCredentialsStorageKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__110652b7291553561a6dccebf6372fd5c280ed449711049d6333a9eb45d26d3a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationData",
    jsii_struct_bases=[],
    name_mapping={
        "additional_command_args": "additionalCommandArgs",
        "compression": "compression",
        "encryption": "encryption",
        "immediate_checkpoint": "immediateCheckpoint",
        "jobs": "jobs",
        "restore_additional_command_args": "restoreAdditionalCommandArgs",
    },
)
class ObjectStoreSpecConfigurationData:
    def __init__(
        self,
        *,
        additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
        compression: typing.Optional["ObjectStoreSpecConfigurationDataCompression"] = None,
        encryption: typing.Optional["ObjectStoreSpecConfigurationDataEncryption"] = None,
        immediate_checkpoint: typing.Optional[builtins.bool] = None,
        jobs: typing.Optional[jsii.Number] = None,
        restore_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param additional_command_args: 
        :param compression: 
        :param encryption: 
        :param immediate_checkpoint: 
        :param jobs: 
        :param restore_additional_command_args: 

        :schema: ObjectStoreSpecConfigurationData
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef60db130ff3bfa6e37e5ec80cdc28ccbe446761925f5d309717dba7bbdf79d9)
            check_type(argname="argument additional_command_args", value=additional_command_args, expected_type=type_hints["additional_command_args"])
            check_type(argname="argument compression", value=compression, expected_type=type_hints["compression"])
            check_type(argname="argument encryption", value=encryption, expected_type=type_hints["encryption"])
            check_type(argname="argument immediate_checkpoint", value=immediate_checkpoint, expected_type=type_hints["immediate_checkpoint"])
            check_type(argname="argument jobs", value=jobs, expected_type=type_hints["jobs"])
            check_type(argname="argument restore_additional_command_args", value=restore_additional_command_args, expected_type=type_hints["restore_additional_command_args"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_command_args is not None:
            self._values["additional_command_args"] = additional_command_args
        if compression is not None:
            self._values["compression"] = compression
        if encryption is not None:
            self._values["encryption"] = encryption
        if immediate_checkpoint is not None:
            self._values["immediate_checkpoint"] = immediate_checkpoint
        if jobs is not None:
            self._values["jobs"] = jobs
        if restore_additional_command_args is not None:
            self._values["restore_additional_command_args"] = restore_additional_command_args

    @builtins.property
    def additional_command_args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfigurationData#additionalCommandArgs
        '''
        result = self._values.get("additional_command_args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def compression(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationDataCompression"]:
        '''
        :schema: ObjectStoreSpecConfigurationData#compression
        '''
        result = self._values.get("compression")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationDataCompression"], result)

    @builtins.property
    def encryption(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationDataEncryption"]:
        '''
        :schema: ObjectStoreSpecConfigurationData#encryption
        '''
        result = self._values.get("encryption")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationDataEncryption"], result)

    @builtins.property
    def immediate_checkpoint(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecConfigurationData#immediateCheckpoint
        '''
        result = self._values.get("immediate_checkpoint")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def jobs(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ObjectStoreSpecConfigurationData#jobs
        '''
        result = self._values.get("jobs")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restore_additional_command_args(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfigurationData#restoreAdditionalCommandArgs
        '''
        result = self._values.get("restore_additional_command_args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationDataCompression"
)
class ObjectStoreSpecConfigurationDataCompression(enum.Enum):
    '''
    :schema: ObjectStoreSpecConfigurationDataCompression
    '''

    BZIP2 = "BZIP2"
    '''bzip2.'''
    GZIP = "GZIP"
    '''gzip.'''
    LZ4 = "LZ4"
    '''lz4.'''
    SNAPPY = "SNAPPY"
    '''snappy.'''


@jsii.enum(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationDataEncryption"
)
class ObjectStoreSpecConfigurationDataEncryption(enum.Enum):
    '''
    :schema: ObjectStoreSpecConfigurationDataEncryption
    '''

    AES256 = "AES256"
    '''AES256.'''
    AWS_KMS = "AWS_KMS"
    '''aws:kms.'''


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationEndpointCa",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationEndpointCa:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationEndpointCa
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d384d329b0ad7ad9d7943e22112f4a37b16f742cd04364f2161add0d49fb3cb2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationEndpointCa#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationEndpointCa#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationEndpointCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationGoogleCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "application_credentials": "applicationCredentials",
        "gke_environment": "gkeEnvironment",
    },
)
class ObjectStoreSpecConfigurationGoogleCredentials:
    def __init__(
        self,
        *,
        application_credentials: typing.Optional[typing.Union["ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        gke_environment: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param application_credentials: 
        :param gke_environment: 

        :schema: ObjectStoreSpecConfigurationGoogleCredentials
        '''
        if isinstance(application_credentials, dict):
            application_credentials = ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials(**application_credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e58a21c266be6fe33cf8934cad0c9abecb2909bdfa0efbb8396aeb193c1b4ae)
            check_type(argname="argument application_credentials", value=application_credentials, expected_type=type_hints["application_credentials"])
            check_type(argname="argument gke_environment", value=gke_environment, expected_type=type_hints["gke_environment"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if application_credentials is not None:
            self._values["application_credentials"] = application_credentials
        if gke_environment is not None:
            self._values["gke_environment"] = gke_environment

    @builtins.property
    def application_credentials(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials"]:
        '''
        :schema: ObjectStoreSpecConfigurationGoogleCredentials#applicationCredentials
        '''
        result = self._values.get("application_credentials")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials"], result)

    @builtins.property
    def gke_environment(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecConfigurationGoogleCredentials#gkeEnvironment
        '''
        result = self._values.get("gke_environment")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationGoogleCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b116c2b030be91b2f929540cf078affce2d090467612a6c3809ff775d1797d06)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationS3Credentials",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id": "accessKeyId",
        "inherit_from_iam_role": "inheritFromIamRole",
        "region": "region",
        "secret_access_key": "secretAccessKey",
        "session_token": "sessionToken",
    },
)
class ObjectStoreSpecConfigurationS3Credentials:
    def __init__(
        self,
        *,
        access_key_id: typing.Optional[typing.Union["ObjectStoreSpecConfigurationS3CredentialsAccessKeyId", typing.Dict[builtins.str, typing.Any]]] = None,
        inherit_from_iam_role: typing.Optional[builtins.bool] = None,
        region: typing.Optional[typing.Union["ObjectStoreSpecConfigurationS3CredentialsRegion", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key: typing.Optional[typing.Union["ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token: typing.Optional[typing.Union["ObjectStoreSpecConfigurationS3CredentialsSessionToken", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param access_key_id: 
        :param inherit_from_iam_role: 
        :param region: 
        :param secret_access_key: 
        :param session_token: 

        :schema: ObjectStoreSpecConfigurationS3Credentials
        '''
        if isinstance(access_key_id, dict):
            access_key_id = ObjectStoreSpecConfigurationS3CredentialsAccessKeyId(**access_key_id)
        if isinstance(region, dict):
            region = ObjectStoreSpecConfigurationS3CredentialsRegion(**region)
        if isinstance(secret_access_key, dict):
            secret_access_key = ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey(**secret_access_key)
        if isinstance(session_token, dict):
            session_token = ObjectStoreSpecConfigurationS3CredentialsSessionToken(**session_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87096e2b94b2b5d0003b045ab6e338865396d7038990aee7083b52c02db627b3)
            check_type(argname="argument access_key_id", value=access_key_id, expected_type=type_hints["access_key_id"])
            check_type(argname="argument inherit_from_iam_role", value=inherit_from_iam_role, expected_type=type_hints["inherit_from_iam_role"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument secret_access_key", value=secret_access_key, expected_type=type_hints["secret_access_key"])
            check_type(argname="argument session_token", value=session_token, expected_type=type_hints["session_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id is not None:
            self._values["access_key_id"] = access_key_id
        if inherit_from_iam_role is not None:
            self._values["inherit_from_iam_role"] = inherit_from_iam_role
        if region is not None:
            self._values["region"] = region
        if secret_access_key is not None:
            self._values["secret_access_key"] = secret_access_key
        if session_token is not None:
            self._values["session_token"] = session_token

    @builtins.property
    def access_key_id(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationS3CredentialsAccessKeyId"]:
        '''
        :schema: ObjectStoreSpecConfigurationS3Credentials#accessKeyId
        '''
        result = self._values.get("access_key_id")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationS3CredentialsAccessKeyId"], result)

    @builtins.property
    def inherit_from_iam_role(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecConfigurationS3Credentials#inheritFromIAMRole
        '''
        result = self._values.get("inherit_from_iam_role")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def region(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationS3CredentialsRegion"]:
        '''
        :schema: ObjectStoreSpecConfigurationS3Credentials#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationS3CredentialsRegion"], result)

    @builtins.property
    def secret_access_key(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey"]:
        '''
        :schema: ObjectStoreSpecConfigurationS3Credentials#secretAccessKey
        '''
        result = self._values.get("secret_access_key")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey"], result)

    @builtins.property
    def session_token(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationS3CredentialsSessionToken"]:
        '''
        :schema: ObjectStoreSpecConfigurationS3Credentials#sessionToken
        '''
        result = self._values.get("session_token")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationS3CredentialsSessionToken"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationS3Credentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationS3CredentialsAccessKeyId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationS3CredentialsAccessKeyId:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationS3CredentialsAccessKeyId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d0e50d230a2d0738dc923dc5b2ee3605ac7beab22c015b930f9a11f1a46a60a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsAccessKeyId#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsAccessKeyId#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationS3CredentialsAccessKeyId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationS3CredentialsRegion",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationS3CredentialsRegion:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationS3CredentialsRegion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cebb3063e0c83fbd0edd81fa95d7b9239f49014bfc42ff309fa32c47c6d1a9ad)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsRegion#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsRegion#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationS3CredentialsRegion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c2a6b73663aacb142e8696545d1b3d8750ea074e51c0f7f99006d419c4c641d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationS3CredentialsSessionToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ObjectStoreSpecConfigurationS3CredentialsSessionToken:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: ObjectStoreSpecConfigurationS3CredentialsSessionToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__451a489070f7739b1eee358db2bda559a221478636d8cc62a8e0a3f023fe0468)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsSessionToken#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecConfigurationS3CredentialsSessionToken#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationS3CredentialsSessionToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationWal",
    jsii_struct_bases=[],
    name_mapping={
        "archive_additional_command_args": "archiveAdditionalCommandArgs",
        "compression": "compression",
        "encryption": "encryption",
        "max_parallel": "maxParallel",
        "restore_additional_command_args": "restoreAdditionalCommandArgs",
    },
)
class ObjectStoreSpecConfigurationWal:
    def __init__(
        self,
        *,
        archive_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
        compression: typing.Optional["ObjectStoreSpecConfigurationWalCompression"] = None,
        encryption: typing.Optional["ObjectStoreSpecConfigurationWalEncryption"] = None,
        max_parallel: typing.Optional[jsii.Number] = None,
        restore_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param archive_additional_command_args: 
        :param compression: 
        :param encryption: 
        :param max_parallel: 
        :param restore_additional_command_args: 

        :schema: ObjectStoreSpecConfigurationWal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__001bdf07bc942586e320bb95fca553d39007f714c2cdf75de6869b5fc6599b0f)
            check_type(argname="argument archive_additional_command_args", value=archive_additional_command_args, expected_type=type_hints["archive_additional_command_args"])
            check_type(argname="argument compression", value=compression, expected_type=type_hints["compression"])
            check_type(argname="argument encryption", value=encryption, expected_type=type_hints["encryption"])
            check_type(argname="argument max_parallel", value=max_parallel, expected_type=type_hints["max_parallel"])
            check_type(argname="argument restore_additional_command_args", value=restore_additional_command_args, expected_type=type_hints["restore_additional_command_args"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if archive_additional_command_args is not None:
            self._values["archive_additional_command_args"] = archive_additional_command_args
        if compression is not None:
            self._values["compression"] = compression
        if encryption is not None:
            self._values["encryption"] = encryption
        if max_parallel is not None:
            self._values["max_parallel"] = max_parallel
        if restore_additional_command_args is not None:
            self._values["restore_additional_command_args"] = restore_additional_command_args

    @builtins.property
    def archive_additional_command_args(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfigurationWal#archiveAdditionalCommandArgs
        '''
        result = self._values.get("archive_additional_command_args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def compression(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationWalCompression"]:
        '''
        :schema: ObjectStoreSpecConfigurationWal#compression
        '''
        result = self._values.get("compression")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationWalCompression"], result)

    @builtins.property
    def encryption(
        self,
    ) -> typing.Optional["ObjectStoreSpecConfigurationWalEncryption"]:
        '''
        :schema: ObjectStoreSpecConfigurationWal#encryption
        '''
        result = self._values.get("encryption")
        return typing.cast(typing.Optional["ObjectStoreSpecConfigurationWalEncryption"], result)

    @builtins.property
    def max_parallel(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ObjectStoreSpecConfigurationWal#maxParallel
        '''
        result = self._values.get("max_parallel")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restore_additional_command_args(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ObjectStoreSpecConfigurationWal#restoreAdditionalCommandArgs
        '''
        result = self._values.get("restore_additional_command_args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecConfigurationWal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationWalCompression"
)
class ObjectStoreSpecConfigurationWalCompression(enum.Enum):
    '''
    :schema: ObjectStoreSpecConfigurationWalCompression
    '''

    BZIP2 = "BZIP2"
    '''bzip2.'''
    GZIP = "GZIP"
    '''gzip.'''
    LZ4 = "LZ4"
    '''lz4.'''
    SNAPPY = "SNAPPY"
    '''snappy.'''
    XZ = "XZ"
    '''xz.'''
    ZSTD = "ZSTD"
    '''zstd.'''


@jsii.enum(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecConfigurationWalEncryption"
)
class ObjectStoreSpecConfigurationWalEncryption(enum.Enum):
    '''
    :schema: ObjectStoreSpecConfigurationWalEncryption
    '''

    AES256 = "AES256"
    '''AES256.'''
    AWS_KMS = "AWS_KMS"
    '''aws:kms.'''


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "additional_container_args": "additionalContainerArgs",
        "env": "env",
        "log_level": "logLevel",
        "resources": "resources",
        "retention_policy_interval_seconds": "retentionPolicyIntervalSeconds",
    },
)
class ObjectStoreSpecInstanceSidecarConfiguration:
    def __init__(
        self,
        *,
        additional_container_args: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        log_level: typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationLogLevel"] = None,
        resources: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationResources", typing.Dict[builtins.str, typing.Any]]] = None,
        retention_policy_interval_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param additional_container_args: 
        :param env: 
        :param log_level: 
        :param resources: 
        :param retention_policy_interval_seconds: 

        :schema: ObjectStoreSpecInstanceSidecarConfiguration
        '''
        if isinstance(resources, dict):
            resources = ObjectStoreSpecInstanceSidecarConfigurationResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55509322d9f37eeadfdc6cfaec2cd19b27c111a8cde7a14cda88f25b20ef4de2)
            check_type(argname="argument additional_container_args", value=additional_container_args, expected_type=type_hints["additional_container_args"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument log_level", value=log_level, expected_type=type_hints["log_level"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument retention_policy_interval_seconds", value=retention_policy_interval_seconds, expected_type=type_hints["retention_policy_interval_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_container_args is not None:
            self._values["additional_container_args"] = additional_container_args
        if env is not None:
            self._values["env"] = env
        if log_level is not None:
            self._values["log_level"] = log_level
        if resources is not None:
            self._values["resources"] = resources
        if retention_policy_interval_seconds is not None:
            self._values["retention_policy_interval_seconds"] = retention_policy_interval_seconds

    @builtins.property
    def additional_container_args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfiguration#additionalContainerArgs
        '''
        result = self._values.get("additional_container_args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ObjectStoreSpecInstanceSidecarConfigurationEnv"]]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfiguration#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ObjectStoreSpecInstanceSidecarConfigurationEnv"]], result)

    @builtins.property
    def log_level(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationLogLevel"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfiguration#logLevel
        '''
        result = self._values.get("log_level")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationLogLevel"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationResources"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfiguration#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationResources"], result)

    @builtins.property
    def retention_policy_interval_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfiguration#retentionPolicyIntervalSeconds
        '''
        result = self._values.get("retention_policy_interval_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class ObjectStoreSpecInstanceSidecarConfigurationEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnv
        '''
        if isinstance(value_from, dict):
            value_from = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9674a197122058b6f9d57690c0af486027cf2ae3d069bd87719f08288f951ed1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f409100ccf5ec30a5151a758b004aafe547c37118eca6d4f0066912673ca338)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af12ee6c7f94ba8b795aa3ba4fcec3a3dae35abbe0438b1f0350e32f3054f09d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45a677f7187ea5ff134099001951fa443f288adbedcd9f736ec6567dc509f1a9)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param volume_name: 
        :param optional: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12249e478308b91f04a25ffc8aaa0f20ca64ed3ab199cfa1500b4e9c9005bdb0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ff5a77e4d4b87413ac6553c0d373d9262ec51fc3c2625ac6717488e740525e6)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bd865fc87c14898027c804c6b126b0e6675d6c36187acb060c09ee705710aa7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d41f89a9362e6cb27e5b4325429bb5c398a51bf2425a94889af121ddb2019719)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54a5529b1e1545f014eb8836e61231809121011149a3d5529735f79d30c6a013)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationLogLevel"
)
class ObjectStoreSpecInstanceSidecarConfigurationLogLevel(enum.Enum):
    '''
    :schema: ObjectStoreSpecInstanceSidecarConfigurationLogLevel
    '''

    ERROR = "ERROR"
    '''error.'''
    WARNING = "WARNING"
    '''warning.'''
    INFO = "INFO"
    '''info.'''
    DEBUG = "DEBUG"
    '''debug.'''
    TRACE = "TRACE"
    '''trace.'''


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class ObjectStoreSpecInstanceSidecarConfigurationResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd4dc70928d82c4a4b0b236b034583e08cd7c76ff2aef3d0f1331fa38100fb85)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims"]]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits"]]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests"]]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b206ba5539426f2ad00475bef16e0031b1e01c705e951e5358925ebc99854384)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits",
):
    '''
    :schema: ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__537e4220f3ef93344901b845cba1a21e006f2f696d50bea2af4c89f3e3a82340)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72b41c1ced4ca617772ae4597b6c26fdc0517cc290345cae5262f9ef67dff10f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="barman_objectstore_iocnpgbarmancloud.ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests",
):
    '''
    :schema: ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0803f30b71c55d1f87c21a84a386d95f8205d4cf91af81c21ae5d9ddebfcdc4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c66e71140fc838ff46dc4277496daca8250a7a452f76eef231d33add0f1a98b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


__all__ = [
    "ObjectStore",
    "ObjectStoreProps",
    "ObjectStoreSpec",
    "ObjectStoreSpecConfiguration",
    "ObjectStoreSpecConfigurationAzureCredentials",
    "ObjectStoreSpecConfigurationAzureCredentialsConnectionString",
    "ObjectStoreSpecConfigurationAzureCredentialsStorageAccount",
    "ObjectStoreSpecConfigurationAzureCredentialsStorageKey",
    "ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken",
    "ObjectStoreSpecConfigurationData",
    "ObjectStoreSpecConfigurationDataCompression",
    "ObjectStoreSpecConfigurationDataEncryption",
    "ObjectStoreSpecConfigurationEndpointCa",
    "ObjectStoreSpecConfigurationGoogleCredentials",
    "ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials",
    "ObjectStoreSpecConfigurationS3Credentials",
    "ObjectStoreSpecConfigurationS3CredentialsAccessKeyId",
    "ObjectStoreSpecConfigurationS3CredentialsRegion",
    "ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey",
    "ObjectStoreSpecConfigurationS3CredentialsSessionToken",
    "ObjectStoreSpecConfigurationWal",
    "ObjectStoreSpecConfigurationWalCompression",
    "ObjectStoreSpecConfigurationWalEncryption",
    "ObjectStoreSpecInstanceSidecarConfiguration",
    "ObjectStoreSpecInstanceSidecarConfigurationEnv",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor",
    "ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef",
    "ObjectStoreSpecInstanceSidecarConfigurationLogLevel",
    "ObjectStoreSpecInstanceSidecarConfigurationResources",
    "ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims",
    "ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits",
    "ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests",
]

publication.publish()

def _typecheckingstub__33aa7ad48cecae35c53cb5f997979d785db668cb4bd39bd5a25ed4c4f007e113(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ObjectStoreSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6c109c639ba0c496bfbad874579fbf5d700eb6ddc33aab27fbb7d90fb333d33(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ObjectStoreSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__613bc75aab3b97f7ac3da1e4bfc14fd726d524908b3cc481b9bfe04b09a493da(
    *,
    configuration: typing.Union[ObjectStoreSpecConfiguration, typing.Dict[builtins.str, typing.Any]],
    instance_sidecar_configuration: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    retention_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd887908c87e11606f156bb43a1fdf95aeeb5a240ded98764fc3b321fb3bd799(
    *,
    destination_path: builtins.str,
    azure_credentials: typing.Optional[typing.Union[ObjectStoreSpecConfigurationAzureCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    data: typing.Optional[typing.Union[ObjectStoreSpecConfigurationData, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_ca: typing.Optional[typing.Union[ObjectStoreSpecConfigurationEndpointCa, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_url: typing.Optional[builtins.str] = None,
    google_credentials: typing.Optional[typing.Union[ObjectStoreSpecConfigurationGoogleCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    history_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    s3_credentials: typing.Optional[typing.Union[ObjectStoreSpecConfigurationS3Credentials, typing.Dict[builtins.str, typing.Any]]] = None,
    server_name: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    wal: typing.Optional[typing.Union[ObjectStoreSpecConfigurationWal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d08e2978e241bb4e2fca49589efc0fae0e65cc1c7845833aef396dbd256f6bda(
    *,
    connection_string: typing.Optional[typing.Union[ObjectStoreSpecConfigurationAzureCredentialsConnectionString, typing.Dict[builtins.str, typing.Any]]] = None,
    inherit_from_azure_ad: typing.Optional[builtins.bool] = None,
    storage_account: typing.Optional[typing.Union[ObjectStoreSpecConfigurationAzureCredentialsStorageAccount, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_key: typing.Optional[typing.Union[ObjectStoreSpecConfigurationAzureCredentialsStorageKey, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_sas_token: typing.Optional[typing.Union[ObjectStoreSpecConfigurationAzureCredentialsStorageSasToken, typing.Dict[builtins.str, typing.Any]]] = None,
    use_default_azure_credentials: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4cf36f2acf276018d4e054d43e5030daf0b746ae1dd537a4c9586d5691432e7(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d66c2bb5506d152b4fb61eb957b4fc1fa97a714d5a2747709001142468c8012(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ca781d6a64ec07182984f8301e10dd36de3e0bfddbc5efa927f69c1727efd79(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__110652b7291553561a6dccebf6372fd5c280ed449711049d6333a9eb45d26d3a(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef60db130ff3bfa6e37e5ec80cdc28ccbe446761925f5d309717dba7bbdf79d9(
    *,
    additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
    compression: typing.Optional[ObjectStoreSpecConfigurationDataCompression] = None,
    encryption: typing.Optional[ObjectStoreSpecConfigurationDataEncryption] = None,
    immediate_checkpoint: typing.Optional[builtins.bool] = None,
    jobs: typing.Optional[jsii.Number] = None,
    restore_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d384d329b0ad7ad9d7943e22112f4a37b16f742cd04364f2161add0d49fb3cb2(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e58a21c266be6fe33cf8934cad0c9abecb2909bdfa0efbb8396aeb193c1b4ae(
    *,
    application_credentials: typing.Optional[typing.Union[ObjectStoreSpecConfigurationGoogleCredentialsApplicationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    gke_environment: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b116c2b030be91b2f929540cf078affce2d090467612a6c3809ff775d1797d06(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87096e2b94b2b5d0003b045ab6e338865396d7038990aee7083b52c02db627b3(
    *,
    access_key_id: typing.Optional[typing.Union[ObjectStoreSpecConfigurationS3CredentialsAccessKeyId, typing.Dict[builtins.str, typing.Any]]] = None,
    inherit_from_iam_role: typing.Optional[builtins.bool] = None,
    region: typing.Optional[typing.Union[ObjectStoreSpecConfigurationS3CredentialsRegion, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key: typing.Optional[typing.Union[ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token: typing.Optional[typing.Union[ObjectStoreSpecConfigurationS3CredentialsSessionToken, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d0e50d230a2d0738dc923dc5b2ee3605ac7beab22c015b930f9a11f1a46a60a(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cebb3063e0c83fbd0edd81fa95d7b9239f49014bfc42ff309fa32c47c6d1a9ad(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c2a6b73663aacb142e8696545d1b3d8750ea074e51c0f7f99006d419c4c641d(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__451a489070f7739b1eee358db2bda559a221478636d8cc62a8e0a3f023fe0468(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__001bdf07bc942586e320bb95fca553d39007f714c2cdf75de6869b5fc6599b0f(
    *,
    archive_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
    compression: typing.Optional[ObjectStoreSpecConfigurationWalCompression] = None,
    encryption: typing.Optional[ObjectStoreSpecConfigurationWalEncryption] = None,
    max_parallel: typing.Optional[jsii.Number] = None,
    restore_additional_command_args: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55509322d9f37eeadfdc6cfaec2cd19b27c111a8cde7a14cda88f25b20ef4de2(
    *,
    additional_container_args: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    log_level: typing.Optional[ObjectStoreSpecInstanceSidecarConfigurationLogLevel] = None,
    resources: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationResources, typing.Dict[builtins.str, typing.Any]]] = None,
    retention_policy_interval_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9674a197122058b6f9d57690c0af486027cf2ae3d069bd87719f08288f951ed1(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f409100ccf5ec30a5151a758b004aafe547c37118eca6d4f0066912673ca338(
    *,
    config_map_key_ref: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af12ee6c7f94ba8b795aa3ba4fcec3a3dae35abbe0438b1f0350e32f3054f09d(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45a677f7187ea5ff134099001951fa443f288adbedcd9f736ec6567dc509f1a9(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12249e478308b91f04a25ffc8aaa0f20ca64ed3ab199cfa1500b4e9c9005bdb0(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ff5a77e4d4b87413ac6553c0d373d9262ec51fc3c2625ac6717488e740525e6(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[ObjectStoreSpecInstanceSidecarConfigurationEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bd865fc87c14898027c804c6b126b0e6675d6c36187acb060c09ee705710aa7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d41f89a9362e6cb27e5b4325429bb5c398a51bf2425a94889af121ddb2019719(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54a5529b1e1545f014eb8836e61231809121011149a3d5529735f79d30c6a013(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd4dc70928d82c4a4b0b236b034583e08cd7c76ff2aef3d0f1331fa38100fb85(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[ObjectStoreSpecInstanceSidecarConfigurationResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b206ba5539426f2ad00475bef16e0031b1e01c705e951e5358925ebc99854384(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__537e4220f3ef93344901b845cba1a21e006f2f696d50bea2af4c89f3e3a82340(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72b41c1ced4ca617772ae4597b6c26fdc0517cc290345cae5262f9ef67dff10f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0803f30b71c55d1f87c21a84a386d95f8205d4cf91af81c21ae5d9ddebfcdc4c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c66e71140fc838ff46dc4277496daca8250a7a452f76eef231d33add0f1a98b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
