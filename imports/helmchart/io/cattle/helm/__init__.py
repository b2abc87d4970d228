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


class HelmChart(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="helmchart_iocattlehelm.HelmChart",
):
    '''
    :schema: HelmChart
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HelmChart" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08eff023ff96632b16fdf80f4797ece7b78f7eefdafbf871a525820daa793edc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HelmChartProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HelmChart".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = HelmChartProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HelmChart".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class HelmChartProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["HelmChartSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: HelmChart
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = HelmChartSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__367a1e37a266ddebbd701453e22792dce4142435efea1278356e481838029dfe)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HelmChart#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["HelmChartSpec"]:
        '''
        :schema: HelmChart#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["HelmChartSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpec",
    jsii_struct_bases=[],
    name_mapping={
        "auth_pass_credentials": "authPassCredentials",
        "auth_secret": "authSecret",
        "back_off_limit": "backOffLimit",
        "bootstrap": "bootstrap",
        "chart": "chart",
        "chart_content": "chartContent",
        "create_namespace": "createNamespace",
        "docker_registry_secret": "dockerRegistrySecret",
        "driver": "driver",
        "failure_policy": "failurePolicy",
        "force_conflicts": "forceConflicts",
        "helm_version": "helmVersion",
        "insecure_skip_tls_verify": "insecureSkipTlsVerify",
        "job_image": "jobImage",
        "plain_http": "plainHttp",
        "pod_security_context": "podSecurityContext",
        "repo": "repo",
        "repo_ca": "repoCa",
        "repo_ca_config_map": "repoCaConfigMap",
        "security_context": "securityContext",
        "server_side": "serverSide",
        "set": "set",
        "take_ownership": "takeOwnership",
        "target_namespace": "targetNamespace",
        "timeout": "timeout",
        "values": "values",
        "values_content": "valuesContent",
        "values_secrets": "valuesSecrets",
        "version": "version",
    },
)
class HelmChartSpec:
    def __init__(
        self,
        *,
        auth_pass_credentials: typing.Optional[builtins.bool] = None,
        auth_secret: typing.Optional[typing.Union["HelmChartSpecAuthSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        back_off_limit: typing.Optional[jsii.Number] = None,
        bootstrap: typing.Optional[builtins.bool] = None,
        chart: typing.Optional[builtins.str] = None,
        chart_content: typing.Optional[builtins.str] = None,
        create_namespace: typing.Optional[builtins.bool] = None,
        docker_registry_secret: typing.Optional[typing.Union["HelmChartSpecDockerRegistrySecret", typing.Dict[builtins.str, typing.Any]]] = None,
        driver: typing.Optional["HelmChartSpecDriver"] = None,
        failure_policy: typing.Optional["HelmChartSpecFailurePolicy"] = None,
        force_conflicts: typing.Optional[builtins.bool] = None,
        helm_version: typing.Optional[builtins.str] = None,
        insecure_skip_tls_verify: typing.Optional[builtins.bool] = None,
        job_image: typing.Optional[builtins.str] = None,
        plain_http: typing.Optional[builtins.bool] = None,
        pod_security_context: typing.Optional[typing.Union["HelmChartSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        repo: typing.Optional[builtins.str] = None,
        repo_ca: typing.Optional[builtins.str] = None,
        repo_ca_config_map: typing.Optional[typing.Union["HelmChartSpecRepoCaConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["HelmChartSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        server_side: typing.Optional["HelmChartSpecServerSide"] = None,
        set: typing.Optional[typing.Mapping[builtins.str, "HelmChartSpecSet"]] = None,
        take_ownership: typing.Optional[builtins.bool] = None,
        target_namespace: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[builtins.str] = None,
        values: typing.Any = None,
        values_content: typing.Optional[builtins.str] = None,
        values_secrets: typing.Optional[typing.Sequence[typing.Union["HelmChartSpecValuesSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param auth_pass_credentials: 
        :param auth_secret: 
        :param back_off_limit: 
        :param bootstrap: 
        :param chart: 
        :param chart_content: 
        :param create_namespace: 
        :param docker_registry_secret: 
        :param driver: 
        :param failure_policy: 
        :param force_conflicts: 
        :param helm_version: 
        :param insecure_skip_tls_verify: 
        :param job_image: 
        :param plain_http: 
        :param pod_security_context: 
        :param repo: 
        :param repo_ca: 
        :param repo_ca_config_map: 
        :param security_context: 
        :param server_side: 
        :param set: 
        :param take_ownership: 
        :param target_namespace: 
        :param timeout: 
        :param values: 
        :param values_content: 
        :param values_secrets: 
        :param version: 

        :schema: HelmChartSpec
        '''
        if isinstance(auth_secret, dict):
            auth_secret = HelmChartSpecAuthSecret(**auth_secret)
        if isinstance(docker_registry_secret, dict):
            docker_registry_secret = HelmChartSpecDockerRegistrySecret(**docker_registry_secret)
        if isinstance(pod_security_context, dict):
            pod_security_context = HelmChartSpecPodSecurityContext(**pod_security_context)
        if isinstance(repo_ca_config_map, dict):
            repo_ca_config_map = HelmChartSpecRepoCaConfigMap(**repo_ca_config_map)
        if isinstance(security_context, dict):
            security_context = HelmChartSpecSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f914f149137217552162dfe8a17068f3d806a1e805784ac52a583011e8201a9)
            check_type(argname="argument auth_pass_credentials", value=auth_pass_credentials, expected_type=type_hints["auth_pass_credentials"])
            check_type(argname="argument auth_secret", value=auth_secret, expected_type=type_hints["auth_secret"])
            check_type(argname="argument back_off_limit", value=back_off_limit, expected_type=type_hints["back_off_limit"])
            check_type(argname="argument bootstrap", value=bootstrap, expected_type=type_hints["bootstrap"])
            check_type(argname="argument chart", value=chart, expected_type=type_hints["chart"])
            check_type(argname="argument chart_content", value=chart_content, expected_type=type_hints["chart_content"])
            check_type(argname="argument create_namespace", value=create_namespace, expected_type=type_hints["create_namespace"])
            check_type(argname="argument docker_registry_secret", value=docker_registry_secret, expected_type=type_hints["docker_registry_secret"])
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument force_conflicts", value=force_conflicts, expected_type=type_hints["force_conflicts"])
            check_type(argname="argument helm_version", value=helm_version, expected_type=type_hints["helm_version"])
            check_type(argname="argument insecure_skip_tls_verify", value=insecure_skip_tls_verify, expected_type=type_hints["insecure_skip_tls_verify"])
            check_type(argname="argument job_image", value=job_image, expected_type=type_hints["job_image"])
            check_type(argname="argument plain_http", value=plain_http, expected_type=type_hints["plain_http"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument repo", value=repo, expected_type=type_hints["repo"])
            check_type(argname="argument repo_ca", value=repo_ca, expected_type=type_hints["repo_ca"])
            check_type(argname="argument repo_ca_config_map", value=repo_ca_config_map, expected_type=type_hints["repo_ca_config_map"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument server_side", value=server_side, expected_type=type_hints["server_side"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
            check_type(argname="argument take_ownership", value=take_ownership, expected_type=type_hints["take_ownership"])
            check_type(argname="argument target_namespace", value=target_namespace, expected_type=type_hints["target_namespace"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
            check_type(argname="argument values_content", value=values_content, expected_type=type_hints["values_content"])
            check_type(argname="argument values_secrets", value=values_secrets, expected_type=type_hints["values_secrets"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth_pass_credentials is not None:
            self._values["auth_pass_credentials"] = auth_pass_credentials
        if auth_secret is not None:
            self._values["auth_secret"] = auth_secret
        if back_off_limit is not None:
            self._values["back_off_limit"] = back_off_limit
        if bootstrap is not None:
            self._values["bootstrap"] = bootstrap
        if chart is not None:
            self._values["chart"] = chart
        if chart_content is not None:
            self._values["chart_content"] = chart_content
        if create_namespace is not None:
            self._values["create_namespace"] = create_namespace
        if docker_registry_secret is not None:
            self._values["docker_registry_secret"] = docker_registry_secret
        if driver is not None:
            self._values["driver"] = driver
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if force_conflicts is not None:
            self._values["force_conflicts"] = force_conflicts
        if helm_version is not None:
            self._values["helm_version"] = helm_version
        if insecure_skip_tls_verify is not None:
            self._values["insecure_skip_tls_verify"] = insecure_skip_tls_verify
        if job_image is not None:
            self._values["job_image"] = job_image
        if plain_http is not None:
            self._values["plain_http"] = plain_http
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if repo is not None:
            self._values["repo"] = repo
        if repo_ca is not None:
            self._values["repo_ca"] = repo_ca
        if repo_ca_config_map is not None:
            self._values["repo_ca_config_map"] = repo_ca_config_map
        if security_context is not None:
            self._values["security_context"] = security_context
        if server_side is not None:
            self._values["server_side"] = server_side
        if set is not None:
            self._values["set"] = set
        if take_ownership is not None:
            self._values["take_ownership"] = take_ownership
        if target_namespace is not None:
            self._values["target_namespace"] = target_namespace
        if timeout is not None:
            self._values["timeout"] = timeout
        if values is not None:
            self._values["values"] = values
        if values_content is not None:
            self._values["values_content"] = values_content
        if values_secrets is not None:
            self._values["values_secrets"] = values_secrets
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def auth_pass_credentials(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#authPassCredentials
        '''
        result = self._values.get("auth_pass_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def auth_secret(self) -> typing.Optional["HelmChartSpecAuthSecret"]:
        '''
        :schema: HelmChartSpec#authSecret
        '''
        result = self._values.get("auth_secret")
        return typing.cast(typing.Optional["HelmChartSpecAuthSecret"], result)

    @builtins.property
    def back_off_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpec#backOffLimit
        '''
        result = self._values.get("back_off_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def bootstrap(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#bootstrap
        '''
        result = self._values.get("bootstrap")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def chart(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#chart
        '''
        result = self._values.get("chart")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chart_content(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#chartContent
        '''
        result = self._values.get("chart_content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def create_namespace(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#createNamespace
        '''
        result = self._values.get("create_namespace")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def docker_registry_secret(
        self,
    ) -> typing.Optional["HelmChartSpecDockerRegistrySecret"]:
        '''
        :schema: HelmChartSpec#dockerRegistrySecret
        '''
        result = self._values.get("docker_registry_secret")
        return typing.cast(typing.Optional["HelmChartSpecDockerRegistrySecret"], result)

    @builtins.property
    def driver(self) -> typing.Optional["HelmChartSpecDriver"]:
        '''
        :schema: HelmChartSpec#driver
        '''
        result = self._values.get("driver")
        return typing.cast(typing.Optional["HelmChartSpecDriver"], result)

    @builtins.property
    def failure_policy(self) -> typing.Optional["HelmChartSpecFailurePolicy"]:
        '''
        :schema: HelmChartSpec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["HelmChartSpecFailurePolicy"], result)

    @builtins.property
    def force_conflicts(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#forceConflicts
        '''
        result = self._values.get("force_conflicts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def helm_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#helmVersion
        '''
        result = self._values.get("helm_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_tls_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#insecureSkipTLSVerify
        '''
        result = self._values.get("insecure_skip_tls_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def job_image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#jobImage
        '''
        result = self._values.get("job_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def plain_http(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#plainHTTP
        '''
        result = self._values.get("plain_http")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pod_security_context(
        self,
    ) -> typing.Optional["HelmChartSpecPodSecurityContext"]:
        '''
        :schema: HelmChartSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["HelmChartSpecPodSecurityContext"], result)

    @builtins.property
    def repo(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#repo
        '''
        result = self._values.get("repo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def repo_ca(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#repoCA
        '''
        result = self._values.get("repo_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def repo_ca_config_map(self) -> typing.Optional["HelmChartSpecRepoCaConfigMap"]:
        '''
        :schema: HelmChartSpec#repoCAConfigMap
        '''
        result = self._values.get("repo_ca_config_map")
        return typing.cast(typing.Optional["HelmChartSpecRepoCaConfigMap"], result)

    @builtins.property
    def security_context(self) -> typing.Optional["HelmChartSpecSecurityContext"]:
        '''
        :schema: HelmChartSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContext"], result)

    @builtins.property
    def server_side(self) -> typing.Optional["HelmChartSpecServerSide"]:
        '''
        :schema: HelmChartSpec#serverSide
        '''
        result = self._values.get("server_side")
        return typing.cast(typing.Optional["HelmChartSpecServerSide"], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, "HelmChartSpecSet"]]:
        '''
        :schema: HelmChartSpec#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "HelmChartSpecSet"]], result)

    @builtins.property
    def take_ownership(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpec#takeOwnership
        '''
        result = self._values.get("take_ownership")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def target_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#targetNamespace
        '''
        result = self._values.get("target_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Any:
        '''
        :schema: HelmChartSpec#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Any, result)

    @builtins.property
    def values_content(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#valuesContent
        '''
        result = self._values.get("values_content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_secrets(
        self,
    ) -> typing.Optional[typing.List["HelmChartSpecValuesSecrets"]]:
        '''
        :schema: HelmChartSpec#valuesSecrets
        '''
        result = self._values.get("values_secrets")
        return typing.cast(typing.Optional[typing.List["HelmChartSpecValuesSecrets"]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecAuthSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HelmChartSpecAuthSecret:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: HelmChartSpecAuthSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3da9c5c8ed486836877839b5568ab97c1f500eccfd80e57fd3f4016cf335c11)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecAuthSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecAuthSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecDockerRegistrySecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HelmChartSpecDockerRegistrySecret:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: HelmChartSpecDockerRegistrySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1af23c4053d3dc5376a7d015d880430bc48ac9c1b74d55f3291b092d2f47933)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecDockerRegistrySecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecDockerRegistrySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="helmchart_iocattlehelm.HelmChartSpecDriver")
class HelmChartSpecDriver(enum.Enum):
    '''
    :schema: HelmChartSpecDriver
    '''

    SECRET = "SECRET"
    '''secret.'''
    CONFIGMAP = "CONFIGMAP"
    '''configmap.'''


@jsii.enum(jsii_type="helmchart_iocattlehelm.HelmChartSpecFailurePolicy")
class HelmChartSpecFailurePolicy(enum.Enum):
    '''
    :schema: HelmChartSpecFailurePolicy
    '''

    ABORT = "ABORT"
    '''abort.'''
    REINSTALL = "REINSTALL"
    '''reinstall.'''
    RETRY = "RETRY"
    '''retry.'''


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "app_armor_profile": "appArmorProfile",
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_change_policy": "seLinuxChangePolicy",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "supplemental_groups_policy": "supplementalGroupsPolicy",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class HelmChartSpecPodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["HelmChartSpecPodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["HelmChartSpecPodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_change_policy: typing.Optional[builtins.str] = None,
        se_linux_options: typing.Optional[typing.Union["HelmChartSpecPodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        supplemental_groups_policy: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Union["HelmChartSpecPodSecurityContextSysctls", typing.Dict[builtins.str, typing.Any]]]] = None,
        windows_options: typing.Optional[typing.Union["HelmChartSpecPodSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param app_armor_profile: 
        :param fs_group: 
        :param fs_group_change_policy: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_change_policy: 
        :param se_linux_options: 
        :param supplemental_groups: 
        :param supplemental_groups_policy: 
        :param sysctls: 
        :param windows_options: 

        :schema: HelmChartSpecPodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = HelmChartSpecPodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = HelmChartSpecPodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = HelmChartSpecPodSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = HelmChartSpecPodSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ace7fa772e28ad616544332bb54c8950860cdb1da0e0589aa985a38ff6387209)
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_change_policy", value=se_linux_change_policy, expected_type=type_hints["se_linux_change_policy"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument supplemental_groups_policy", value=supplemental_groups_policy, expected_type=type_hints["supplemental_groups_policy"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_change_policy is not None:
            self._values["se_linux_change_policy"] = se_linux_change_policy
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if supplemental_groups_policy is not None:
            self._values["supplemental_groups_policy"] = supplemental_groups_policy
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["HelmChartSpecPodSecurityContextAppArmorProfile"]:
        '''
        :schema: HelmChartSpecPodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["HelmChartSpecPodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["HelmChartSpecPodSecurityContextSeccompProfile"]:
        '''
        :schema: HelmChartSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["HelmChartSpecPodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContext#seLinuxChangePolicy
        '''
        result = self._values.get("se_linux_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["HelmChartSpecPodSecurityContextSeLinuxOptions"]:
        '''
        :schema: HelmChartSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["HelmChartSpecPodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: HelmChartSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def supplemental_groups_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContext#supplementalGroupsPolicy
        '''
        result = self._values.get("supplemental_groups_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(
        self,
    ) -> typing.Optional[typing.List["HelmChartSpecPodSecurityContextSysctls"]]:
        '''
        :schema: HelmChartSpecPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List["HelmChartSpecPodSecurityContextSysctls"]], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["HelmChartSpecPodSecurityContextWindowsOptions"]:
        '''
        :schema: HelmChartSpecPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["HelmChartSpecPodSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class HelmChartSpecPodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: HelmChartSpecPodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f370db96eb84e12daeec988ab82bcd596e65d61ae83457aedfb26d098eae72c7)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: HelmChartSpecPodSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class HelmChartSpecPodSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: HelmChartSpecPodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae75879f27d2f23ac5a1deaa8e7ffbcba73037e3ea573da8ba0732eafc669aa6)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class HelmChartSpecPodSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: HelmChartSpecPodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d5294e50606ba2e056c78e5639d122e33a9160a7099d77082744ca2c8a42200)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: HelmChartSpecPodSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContextSysctls",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HelmChartSpecPodSecurityContextSysctls:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HelmChartSpecPodSecurityContextSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db92ef7d2bdc38eeb4ed5bc6020601ac9e36e4e3f606b23b850c4c9c166a7ec8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HelmChartSpecPodSecurityContextSysctls#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HelmChartSpecPodSecurityContextSysctls#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContextSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecPodSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class HelmChartSpecPodSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: HelmChartSpecPodSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59efbb6fa90e8fd3b7657133715086922f4832baecf6f0bfb7d1bfb1a0ebbaeb)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecPodSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecPodSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecPodSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecRepoCaConfigMap",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class HelmChartSpecRepoCaConfigMap:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: HelmChartSpecRepoCaConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e14d862bfd4844f731df63178f9354f384cf3d859d61128758ee3ec9bcbbe25f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecRepoCaConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecRepoCaConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "app_armor_profile": "appArmorProfile",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class HelmChartSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["HelmChartSpecSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["HelmChartSpecSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["HelmChartSpecSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["HelmChartSpecSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["HelmChartSpecSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_privilege_escalation: 
        :param app_armor_profile: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: HelmChartSpecSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = HelmChartSpecSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = HelmChartSpecSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = HelmChartSpecSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = HelmChartSpecSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = HelmChartSpecSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__511a19ca74b25f4889144eed2c316876d10b02ec84539f931cb05f27b2b45cad)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["HelmChartSpecSecurityContextAppArmorProfile"]:
        '''
        :schema: HelmChartSpecSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["HelmChartSpecSecurityContextCapabilities"]:
        '''
        :schema: HelmChartSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HelmChartSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["HelmChartSpecSecurityContextSeccompProfile"]:
        '''
        :schema: HelmChartSpecSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["HelmChartSpecSecurityContextSeLinuxOptions"]:
        '''
        :schema: HelmChartSpecSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["HelmChartSpecSecurityContextWindowsOptions"]:
        '''
        :schema: HelmChartSpecSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["HelmChartSpecSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class HelmChartSpecSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: HelmChartSpecSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d318529fdba7514805639945c3f2eb646e802780d0e5386e8d70db12f65cc47d)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: HelmChartSpecSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class HelmChartSpecSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: HelmChartSpecSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e76bb83d65f9fcf357c0c37c2a50e501d109c0a2b65d519a859df54cff994f3a)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HelmChartSpecSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HelmChartSpecSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class HelmChartSpecSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: HelmChartSpecSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63c4bd9f1100d67953c08d3ce901c1521d1dd4af398a59d2f72ddf17148f5dbc)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class HelmChartSpecSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: HelmChartSpecSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21ac8756f6dbcdba6172bb11a23411babac4c2566574e352a65e23e445330535)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: HelmChartSpecSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class HelmChartSpecSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: HelmChartSpecSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8946e2477512758a433a46986cbd99d610cafe6fa4d39d0f25bf97b7aacbeb9e)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="helmchart_iocattlehelm.HelmChartSpecServerSide")
class HelmChartSpecServerSide(enum.Enum):
    '''
    :schema: HelmChartSpecServerSide
    '''

    TRUE = "TRUE"
    '''true.'''
    FALSE = "FALSE"
    '''false.'''
    AUTO = "AUTO"
    '''auto.'''


class HelmChartSpecSet(
    metaclass=jsii.JSIIMeta,
    jsii_type="helmchart_iocattlehelm.HelmChartSpecSet",
):
    '''
    :schema: HelmChartSpecSet
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "HelmChartSpecSet":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cf61cb91a88c5db55281c8f3dffc899c9a57f96b3a1a9da24009adf3ccfae1e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("HelmChartSpecSet", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "HelmChartSpecSet":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbdfa4d196ad4dd098f38ce694cc8912cc9d0b6bb9e81240037bd6f54d535f68)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("HelmChartSpecSet", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="helmchart_iocattlehelm.HelmChartSpecValuesSecrets",
    jsii_struct_bases=[],
    name_mapping={"ignore_updates": "ignoreUpdates", "keys": "keys", "name": "name"},
)
class HelmChartSpecValuesSecrets:
    def __init__(
        self,
        *,
        ignore_updates: typing.Optional[builtins.bool] = None,
        keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ignore_updates: 
        :param keys: 
        :param name: 

        :schema: HelmChartSpecValuesSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b53de3bd41f6cf370ca430de2ad708ab81644c67db7786831df9cf43893da6bb)
            check_type(argname="argument ignore_updates", value=ignore_updates, expected_type=type_hints["ignore_updates"])
            check_type(argname="argument keys", value=keys, expected_type=type_hints["keys"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ignore_updates is not None:
            self._values["ignore_updates"] = ignore_updates
        if keys is not None:
            self._values["keys"] = keys
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def ignore_updates(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HelmChartSpecValuesSecrets#ignoreUpdates
        '''
        result = self._values.get("ignore_updates")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HelmChartSpecValuesSecrets#keys
        '''
        result = self._values.get("keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HelmChartSpecValuesSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HelmChartSpecValuesSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HelmChart",
    "HelmChartProps",
    "HelmChartSpec",
    "HelmChartSpecAuthSecret",
    "HelmChartSpecDockerRegistrySecret",
    "HelmChartSpecDriver",
    "HelmChartSpecFailurePolicy",
    "HelmChartSpecPodSecurityContext",
    "HelmChartSpecPodSecurityContextAppArmorProfile",
    "HelmChartSpecPodSecurityContextSeLinuxOptions",
    "HelmChartSpecPodSecurityContextSeccompProfile",
    "HelmChartSpecPodSecurityContextSysctls",
    "HelmChartSpecPodSecurityContextWindowsOptions",
    "HelmChartSpecRepoCaConfigMap",
    "HelmChartSpecSecurityContext",
    "HelmChartSpecSecurityContextAppArmorProfile",
    "HelmChartSpecSecurityContextCapabilities",
    "HelmChartSpecSecurityContextSeLinuxOptions",
    "HelmChartSpecSecurityContextSeccompProfile",
    "HelmChartSpecSecurityContextWindowsOptions",
    "HelmChartSpecServerSide",
    "HelmChartSpecSet",
    "HelmChartSpecValuesSecrets",
]

publication.publish()

def _typecheckingstub__08eff023ff96632b16fdf80f4797ece7b78f7eefdafbf871a525820daa793edc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmChartSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__367a1e37a266ddebbd701453e22792dce4142435efea1278356e481838029dfe(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[HelmChartSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f914f149137217552162dfe8a17068f3d806a1e805784ac52a583011e8201a9(
    *,
    auth_pass_credentials: typing.Optional[builtins.bool] = None,
    auth_secret: typing.Optional[typing.Union[HelmChartSpecAuthSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    back_off_limit: typing.Optional[jsii.Number] = None,
    bootstrap: typing.Optional[builtins.bool] = None,
    chart: typing.Optional[builtins.str] = None,
    chart_content: typing.Optional[builtins.str] = None,
    create_namespace: typing.Optional[builtins.bool] = None,
    docker_registry_secret: typing.Optional[typing.Union[HelmChartSpecDockerRegistrySecret, typing.Dict[builtins.str, typing.Any]]] = None,
    driver: typing.Optional[HelmChartSpecDriver] = None,
    failure_policy: typing.Optional[HelmChartSpecFailurePolicy] = None,
    force_conflicts: typing.Optional[builtins.bool] = None,
    helm_version: typing.Optional[builtins.str] = None,
    insecure_skip_tls_verify: typing.Optional[builtins.bool] = None,
    job_image: typing.Optional[builtins.str] = None,
    plain_http: typing.Optional[builtins.bool] = None,
    pod_security_context: typing.Optional[typing.Union[HelmChartSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    repo: typing.Optional[builtins.str] = None,
    repo_ca: typing.Optional[builtins.str] = None,
    repo_ca_config_map: typing.Optional[typing.Union[HelmChartSpecRepoCaConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[HelmChartSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    server_side: typing.Optional[HelmChartSpecServerSide] = None,
    set: typing.Optional[typing.Mapping[builtins.str, HelmChartSpecSet]] = None,
    take_ownership: typing.Optional[builtins.bool] = None,
    target_namespace: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[builtins.str] = None,
    values: typing.Any = None,
    values_content: typing.Optional[builtins.str] = None,
    values_secrets: typing.Optional[typing.Sequence[typing.Union[HelmChartSpecValuesSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3da9c5c8ed486836877839b5568ab97c1f500eccfd80e57fd3f4016cf335c11(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1af23c4053d3dc5376a7d015d880430bc48ac9c1b74d55f3291b092d2f47933(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ace7fa772e28ad616544332bb54c8950860cdb1da0e0589aa985a38ff6387209(
    *,
    app_armor_profile: typing.Optional[typing.Union[HelmChartSpecPodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[HelmChartSpecPodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_change_policy: typing.Optional[builtins.str] = None,
    se_linux_options: typing.Optional[typing.Union[HelmChartSpecPodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    supplemental_groups_policy: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Union[HelmChartSpecPodSecurityContextSysctls, typing.Dict[builtins.str, typing.Any]]]] = None,
    windows_options: typing.Optional[typing.Union[HelmChartSpecPodSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f370db96eb84e12daeec988ab82bcd596e65d61ae83457aedfb26d098eae72c7(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae75879f27d2f23ac5a1deaa8e7ffbcba73037e3ea573da8ba0732eafc669aa6(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d5294e50606ba2e056c78e5639d122e33a9160a7099d77082744ca2c8a42200(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db92ef7d2bdc38eeb4ed5bc6020601ac9e36e4e3f606b23b850c4c9c166a7ec8(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59efbb6fa90e8fd3b7657133715086922f4832baecf6f0bfb7d1bfb1a0ebbaeb(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e14d862bfd4844f731df63178f9354f384cf3d859d61128758ee3ec9bcbbe25f(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__511a19ca74b25f4889144eed2c316876d10b02ec84539f931cb05f27b2b45cad(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[HelmChartSpecSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[HelmChartSpecSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[HelmChartSpecSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[HelmChartSpecSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[HelmChartSpecSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d318529fdba7514805639945c3f2eb646e802780d0e5386e8d70db12f65cc47d(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e76bb83d65f9fcf357c0c37c2a50e501d109c0a2b65d519a859df54cff994f3a(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63c4bd9f1100d67953c08d3ce901c1521d1dd4af398a59d2f72ddf17148f5dbc(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21ac8756f6dbcdba6172bb11a23411babac4c2566574e352a65e23e445330535(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8946e2477512758a433a46986cbd99d610cafe6fa4d39d0f25bf97b7aacbeb9e(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cf61cb91a88c5db55281c8f3dffc899c9a57f96b3a1a9da24009adf3ccfae1e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbdfa4d196ad4dd098f38ce694cc8912cc9d0b6bb9e81240037bd6f54d535f68(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b53de3bd41f6cf370ca430de2ad708ab81644c67db7786831df9cf43893da6bb(
    *,
    ignore_updates: typing.Optional[builtins.bool] = None,
    keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
