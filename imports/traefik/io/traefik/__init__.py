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


class IngressRoute(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRoute",
):
    '''
    :schema: IngressRoute
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "IngressRoute" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2939733838f49f207db498fdada64237c7f76856ab591fefae394a8e123de1a5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IngressRouteProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IngressRoute".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = IngressRouteProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IngressRoute".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IngressRouteProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: IngressRoute
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IngressRouteSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10622b70577e1fe9d8dbf15119621efa9cd04c1bbaa2c58bce1e9c7919ab207d)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: IngressRoute#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "IngressRouteSpec":
        '''
        :schema: IngressRoute#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("IngressRouteSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpec",
    jsii_struct_bases=[],
    name_mapping={
        "routes": "routes",
        "entry_points": "entryPoints",
        "ingress_class_name": "ingressClassName",
        "parent_refs": "parentRefs",
        "tls": "tls",
    },
)
class IngressRouteSpec:
    def __init__(
        self,
        *,
        routes: typing.Sequence[typing.Union["IngressRouteSpecRoutes", typing.Dict[builtins.str, typing.Any]]],
        entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
        ingress_class_name: typing.Optional[builtins.str] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["IngressRouteSpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Union["IngressRouteSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param routes: 
        :param entry_points: 
        :param ingress_class_name: 
        :param parent_refs: 
        :param tls: 

        :schema: IngressRouteSpec
        '''
        if isinstance(tls, dict):
            tls = IngressRouteSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc9e18f98f6438e57fcb7dfe296ddce114fbe9ee498d0ef70b560dc2e967177a)
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
            check_type(argname="argument entry_points", value=entry_points, expected_type=type_hints["entry_points"])
            check_type(argname="argument ingress_class_name", value=ingress_class_name, expected_type=type_hints["ingress_class_name"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "routes": routes,
        }
        if entry_points is not None:
            self._values["entry_points"] = entry_points
        if ingress_class_name is not None:
            self._values["ingress_class_name"] = ingress_class_name
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def routes(self) -> typing.List["IngressRouteSpecRoutes"]:
        '''
        :schema: IngressRouteSpec#routes
        '''
        result = self._values.get("routes")
        assert result is not None, "Required property 'routes' is missing"
        return typing.cast(typing.List["IngressRouteSpecRoutes"], result)

    @builtins.property
    def entry_points(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: IngressRouteSpec#entryPoints
        '''
        result = self._values.get("entry_points")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ingress_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpec#ingressClassName
        '''
        result = self._values.get("ingress_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parent_refs(self) -> typing.Optional[typing.List["IngressRouteSpecParentRefs"]]:
        '''
        :schema: IngressRouteSpec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["IngressRouteSpecParentRefs"]], result)

    @builtins.property
    def tls(self) -> typing.Optional["IngressRouteSpecTls"]:
        '''
        :schema: IngressRouteSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["IngressRouteSpecTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteSpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteSpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__817a3b14e45c0c1533d9c4cc6cbd0e75110237cc6f6ab0d4d167cb72eda91944)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutes",
    jsii_struct_bases=[],
    name_mapping={
        "match": "match",
        "kind": "kind",
        "middlewares": "middlewares",
        "observability": "observability",
        "priority": "priority",
        "services": "services",
        "syntax": "syntax",
    },
)
class IngressRouteSpecRoutes:
    def __init__(
        self,
        *,
        match: builtins.str,
        kind: typing.Optional["IngressRouteSpecRoutesKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["IngressRouteSpecRoutesMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        observability: typing.Optional[typing.Union["IngressRouteSpecRoutesObservability", typing.Dict[builtins.str, typing.Any]]] = None,
        priority: typing.Optional[jsii.Number] = None,
        services: typing.Optional[typing.Sequence[typing.Union["IngressRouteSpecRoutesServices", typing.Dict[builtins.str, typing.Any]]]] = None,
        syntax: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param match: 
        :param kind: 
        :param middlewares: 
        :param observability: 
        :param priority: 
        :param services: 
        :param syntax: 

        :schema: IngressRouteSpecRoutes
        '''
        if isinstance(observability, dict):
            observability = IngressRouteSpecRoutesObservability(**observability)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__637bfb2ebf6ea9c50c6509864e024a30c10348f57c0ce77999a49b1a6156a241)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument observability", value=observability, expected_type=type_hints["observability"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
            check_type(argname="argument syntax", value=syntax, expected_type=type_hints["syntax"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if observability is not None:
            self._values["observability"] = observability
        if priority is not None:
            self._values["priority"] = priority
        if services is not None:
            self._values["services"] = services
        if syntax is not None:
            self._values["syntax"] = syntax

    @builtins.property
    def match(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecRoutes#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> typing.Optional["IngressRouteSpecRoutesKind"]:
        '''
        :schema: IngressRouteSpecRoutes#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["IngressRouteSpecRoutesMiddlewares"]]:
        '''
        :schema: IngressRouteSpecRoutes#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["IngressRouteSpecRoutesMiddlewares"]], result)

    @builtins.property
    def observability(self) -> typing.Optional["IngressRouteSpecRoutesObservability"]:
        '''
        :schema: IngressRouteSpecRoutes#observability
        '''
        result = self._values.get("observability")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesObservability"], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutes#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def services(
        self,
    ) -> typing.Optional[typing.List["IngressRouteSpecRoutesServices"]]:
        '''
        :schema: IngressRouteSpecRoutes#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["IngressRouteSpecRoutesServices"]], result)

    @builtins.property
    def syntax(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutes#syntax
        '''
        result = self._values.get("syntax")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="traefik_iotraefik.IngressRouteSpecRoutesKind")
class IngressRouteSpecRoutesKind(enum.Enum):
    '''
    :schema: IngressRouteSpecRoutesKind
    '''

    RULE = "RULE"
    '''Rule.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteSpecRoutesMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteSpecRoutesMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c15b7eb560570c4c9b29547fcfc4bcd3eaddda82c31f07b85be183d70cece3e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecRoutesMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesObservability",
    jsii_struct_bases=[],
    name_mapping={
        "access_logs": "accessLogs",
        "metrics": "metrics",
        "trace_verbosity": "traceVerbosity",
        "tracing": "tracing",
    },
)
class IngressRouteSpecRoutesObservability:
    def __init__(
        self,
        *,
        access_logs: typing.Optional[builtins.bool] = None,
        metrics: typing.Optional[builtins.bool] = None,
        trace_verbosity: typing.Optional["IngressRouteSpecRoutesObservabilityTraceVerbosity"] = None,
        tracing: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param access_logs: 
        :param metrics: 
        :param trace_verbosity: 
        :param tracing: 

        :schema: IngressRouteSpecRoutesObservability
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a83e4473232615a284d6103e35b65f2b13c930228914752221332bcde3556521)
            check_type(argname="argument access_logs", value=access_logs, expected_type=type_hints["access_logs"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument trace_verbosity", value=trace_verbosity, expected_type=type_hints["trace_verbosity"])
            check_type(argname="argument tracing", value=tracing, expected_type=type_hints["tracing"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_logs is not None:
            self._values["access_logs"] = access_logs
        if metrics is not None:
            self._values["metrics"] = metrics
        if trace_verbosity is not None:
            self._values["trace_verbosity"] = trace_verbosity
        if tracing is not None:
            self._values["tracing"] = tracing

    @builtins.property
    def access_logs(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesObservability#accessLogs
        '''
        result = self._values.get("access_logs")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def metrics(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesObservability#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def trace_verbosity(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesObservabilityTraceVerbosity"]:
        '''
        :schema: IngressRouteSpecRoutesObservability#traceVerbosity
        '''
        result = self._values.get("trace_verbosity")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesObservabilityTraceVerbosity"], result)

    @builtins.property
    def tracing(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesObservability#tracing
        '''
        result = self._values.get("tracing")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesObservability(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesObservabilityTraceVerbosity"
)
class IngressRouteSpecRoutesObservabilityTraceVerbosity(enum.Enum):
    '''
    :schema: IngressRouteSpecRoutesObservabilityTraceVerbosity
    '''

    MINIMAL = "MINIMAL"
    '''minimal.'''
    DETAILED = "DETAILED"
    '''detailed.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServices",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class IngressRouteSpecRoutesServices:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["IngressRouteSpecRoutesServicesHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["IngressRouteSpecRoutesServicesKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["IngressRouteSpecRoutesServicesMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["IngressRouteSpecRoutesServicesPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["IngressRouteSpecRoutesServicesPort"] = None,
        response_forwarding: typing.Optional[typing.Union["IngressRouteSpecRoutesServicesResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["IngressRouteSpecRoutesServicesSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["IngressRouteSpecRoutesServicesStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: IngressRouteSpecRoutesServices
        '''
        if isinstance(health_check, dict):
            health_check = IngressRouteSpecRoutesServicesHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = IngressRouteSpecRoutesServicesPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = IngressRouteSpecRoutesServicesResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = IngressRouteSpecRoutesServicesSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f519d1af0c5aaa7e59f854880ba1a7f8cd637830452d13997d1c6d0c4be427c3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecRoutesServices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesHealthCheck"]:
        '''
        :schema: IngressRouteSpecRoutesServices#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["IngressRouteSpecRoutesServicesKind"]:
        '''
        :schema: IngressRouteSpecRoutesServices#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["IngressRouteSpecRoutesServicesMiddlewares"]]:
        '''
        :schema: IngressRouteSpecRoutesServices#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["IngressRouteSpecRoutesServicesMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServices#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServices#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServices#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServices#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesPassiveHealthCheck"]:
        '''
        :schema: IngressRouteSpecRoutesServices#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesPassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["IngressRouteSpecRoutesServicesPort"]:
        '''
        :schema: IngressRouteSpecRoutesServices#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesResponseForwarding"]:
        '''
        :schema: IngressRouteSpecRoutesServices#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServices#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServices#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["IngressRouteSpecRoutesServicesSticky"]:
        '''
        :schema: IngressRouteSpecRoutesServices#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["IngressRouteSpecRoutesServicesStrategy"]:
        '''
        :schema: IngressRouteSpecRoutesServices#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutesServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class IngressRouteSpecRoutesServicesHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["IngressRouteSpecRoutesServicesHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["IngressRouteSpecRoutesServicesHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: IngressRouteSpecRoutesServicesHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81ef18cad130ce35bb2b8a6f225b0287a2fc658484f228cf1127130c5b37b02a)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesHealthCheckInterval"]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesHealthCheckTimeout"]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval"]:
        '''
        :schema: IngressRouteSpecRoutesServicesHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteSpecRoutesServicesHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesHealthCheckInterval",
):
    '''
    :schema: IngressRouteSpecRoutesServicesHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff3ba14b2e32ff9d196be275d912f50377daaa57fbfc0fb21dda54fcacd2d2e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__685b4b2734d2c257b9a37c21778f47f386c16e736082c3334b8e6b36cc51d7ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class IngressRouteSpecRoutesServicesHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesHealthCheckTimeout",
):
    '''
    :schema: IngressRouteSpecRoutesServicesHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d94cb940c19614ce6d4a8f979b424da6c62d79b0399ace96e9680e88266282c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d39c97cffec1e46bb87d0124775a1e4c933f0707c358011904c8342f5e4421e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval",
):
    '''
    :schema: IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09bf7c7e9bb3bf71d0d718877bb2dfaeb4bc917e90e35a32b3123e23f9d97014)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ea60075597e760a6399863619a679f48a829f8714995b57b785eee4fcd14df5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesKind")
class IngressRouteSpecRoutesServicesKind(enum.Enum):
    '''
    :schema: IngressRouteSpecRoutesServicesKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteSpecRoutesServicesMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteSpecRoutesServicesMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6ae3bfd25147318882fd2769e452b587baa1cbe18a9eeef829a46a9144b370b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecRoutesServicesMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class IngressRouteSpecRoutesServicesPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: IngressRouteSpecRoutesServicesPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c5d0eef43932a9f9796ca72a7fa4cfdafd81f480eb29bb3741ec94cec9cc7de)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow"]:
        '''
        :schema: IngressRouteSpecRoutesServicesPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutesServicesPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow",
):
    '''
    :schema: IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a185e377b13459ebeec8f9c67034de72b23ea46752e2a869d2def31cdb5d39df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abac278426d087af6bf2f24d9a7741a4c057ae96ac30ff0a4f3288375929ceba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class IngressRouteSpecRoutesServicesPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesPort",
):
    '''
    :schema: IngressRouteSpecRoutesServicesPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "IngressRouteSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4d0fb5d0a92dbdc6824aa241512bd43d7de26cb1d6733f025be699387068708)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "IngressRouteSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2da2d46949c9e151888460bc06c753748476ca34b926ac445416e9b73d564579)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteSpecRoutesServicesPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class IngressRouteSpecRoutesServicesResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: IngressRouteSpecRoutesServicesResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27f0be699bfb14c2ee600a7550a55d45082881fbf0f936bb53582defd297191f)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class IngressRouteSpecRoutesServicesSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["IngressRouteSpecRoutesServicesStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: IngressRouteSpecRoutesServicesSticky
        '''
        if isinstance(cookie, dict):
            cookie = IngressRouteSpecRoutesServicesStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__178845736412121684ec1d8949f05fdc3cb58df5ba01392fa587675bd8589429)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(self) -> typing.Optional["IngressRouteSpecRoutesServicesStickyCookie"]:
        '''
        :schema: IngressRouteSpecRoutesServicesSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class IngressRouteSpecRoutesServicesStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["IngressRouteSpecRoutesServicesStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: IngressRouteSpecRoutesServicesStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0396ef5fb7e622a9c03766bd39ecffd90c9e69893032a14ac9258ae72f84fedc)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["IngressRouteSpecRoutesServicesStickyCookieSameSite"]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["IngressRouteSpecRoutesServicesStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteSpecRoutesServicesStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecRoutesServicesStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesStickyCookieSameSite"
)
class IngressRouteSpecRoutesServicesStickyCookieSameSite(enum.Enum):
    '''
    :schema: IngressRouteSpecRoutesServicesStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.IngressRouteSpecRoutesServicesStrategy")
class IngressRouteSpecRoutesServicesStrategy(enum.Enum):
    '''
    :schema: IngressRouteSpecRoutesServicesStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_resolver": "certResolver",
        "domains": "domains",
        "options": "options",
        "secret_name": "secretName",
        "store": "store",
    },
)
class IngressRouteSpecTls:
    def __init__(
        self,
        *,
        cert_resolver: typing.Optional[builtins.str] = None,
        domains: typing.Optional[typing.Sequence[typing.Union["IngressRouteSpecTlsDomains", typing.Dict[builtins.str, typing.Any]]]] = None,
        options: typing.Optional[typing.Union["IngressRouteSpecTlsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_name: typing.Optional[builtins.str] = None,
        store: typing.Optional[typing.Union["IngressRouteSpecTlsStore", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cert_resolver: 
        :param domains: 
        :param options: 
        :param secret_name: 
        :param store: 

        :schema: IngressRouteSpecTls
        '''
        if isinstance(options, dict):
            options = IngressRouteSpecTlsOptions(**options)
        if isinstance(store, dict):
            store = IngressRouteSpecTlsStore(**store)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a18c9326963ac96ec17026e935bfc66e7077b500a538c8f01df1a00938c55410)
            check_type(argname="argument cert_resolver", value=cert_resolver, expected_type=type_hints["cert_resolver"])
            check_type(argname="argument domains", value=domains, expected_type=type_hints["domains"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument store", value=store, expected_type=type_hints["store"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_resolver is not None:
            self._values["cert_resolver"] = cert_resolver
        if domains is not None:
            self._values["domains"] = domains
        if options is not None:
            self._values["options"] = options
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if store is not None:
            self._values["store"] = store

    @builtins.property
    def cert_resolver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecTls#certResolver
        '''
        result = self._values.get("cert_resolver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def domains(self) -> typing.Optional[typing.List["IngressRouteSpecTlsDomains"]]:
        '''
        :schema: IngressRouteSpecTls#domains
        '''
        result = self._values.get("domains")
        return typing.cast(typing.Optional[typing.List["IngressRouteSpecTlsDomains"]], result)

    @builtins.property
    def options(self) -> typing.Optional["IngressRouteSpecTlsOptions"]:
        '''
        :schema: IngressRouteSpecTls#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional["IngressRouteSpecTlsOptions"], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecTls#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def store(self) -> typing.Optional["IngressRouteSpecTlsStore"]:
        '''
        :schema: IngressRouteSpecTls#store
        '''
        result = self._values.get("store")
        return typing.cast(typing.Optional["IngressRouteSpecTlsStore"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecTlsDomains",
    jsii_struct_bases=[],
    name_mapping={"main": "main", "sans": "sans"},
)
class IngressRouteSpecTlsDomains:
    def __init__(
        self,
        *,
        main: typing.Optional[builtins.str] = None,
        sans: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param main: 
        :param sans: 

        :schema: IngressRouteSpecTlsDomains
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af251d56048ad7c1eb91283c6f59aef0a4bf3b24539338735e546bccd060fa02)
            check_type(argname="argument main", value=main, expected_type=type_hints["main"])
            check_type(argname="argument sans", value=sans, expected_type=type_hints["sans"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if main is not None:
            self._values["main"] = main
        if sans is not None:
            self._values["sans"] = sans

    @builtins.property
    def main(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecTlsDomains#main
        '''
        result = self._values.get("main")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sans(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: IngressRouteSpecTlsDomains#sans
        '''
        result = self._values.get("sans")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecTlsDomains(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecTlsOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteSpecTlsOptions:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteSpecTlsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47ceff86306efa8f6dc3beeeb0f41da3bb5f9506a624ff985d0240a3014bf365)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecTlsOptions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecTlsOptions#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecTlsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteSpecTlsStore",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteSpecTlsStore:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteSpecTlsStore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9032984c35bee38c0a4871b97d7952b37eb72ebdec0f7d22080c109013e546d3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteSpecTlsStore#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteSpecTlsStore#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteSpecTlsStore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteTcp(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteTcp",
):
    '''
    :schema: IngressRouteTCP
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "IngressRouteTCP" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__117bc39fef6e88f504cfa2f5f13867b73c02a5f6657cf4080854e63c9dde1468)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IngressRouteTcpProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IngressRouteTCP".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = IngressRouteTcpProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IngressRouteTCP".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IngressRouteTcpProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: IngressRouteTCP
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IngressRouteTcpSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd771ca6b83716939833744af47e44a68a1faca48cbff6ad684e3dfaf195ab54)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: IngressRouteTCP#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "IngressRouteTcpSpec":
        '''
        :schema: IngressRouteTCP#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("IngressRouteTcpSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpec",
    jsii_struct_bases=[],
    name_mapping={
        "routes": "routes",
        "entry_points": "entryPoints",
        "ingress_class_name": "ingressClassName",
        "tls": "tls",
    },
)
class IngressRouteTcpSpec:
    def __init__(
        self,
        *,
        routes: typing.Sequence[typing.Union["IngressRouteTcpSpecRoutes", typing.Dict[builtins.str, typing.Any]]],
        entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
        ingress_class_name: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["IngressRouteTcpSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param routes: 
        :param entry_points: 
        :param ingress_class_name: 
        :param tls: 

        :schema: IngressRouteTcpSpec
        '''
        if isinstance(tls, dict):
            tls = IngressRouteTcpSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eccda7ef45656578a5adb5448a9a06e84e211217d40f17c75a9ed606caea556b)
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
            check_type(argname="argument entry_points", value=entry_points, expected_type=type_hints["entry_points"])
            check_type(argname="argument ingress_class_name", value=ingress_class_name, expected_type=type_hints["ingress_class_name"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "routes": routes,
        }
        if entry_points is not None:
            self._values["entry_points"] = entry_points
        if ingress_class_name is not None:
            self._values["ingress_class_name"] = ingress_class_name
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def routes(self) -> typing.List["IngressRouteTcpSpecRoutes"]:
        '''
        :schema: IngressRouteTcpSpec#routes
        '''
        result = self._values.get("routes")
        assert result is not None, "Required property 'routes' is missing"
        return typing.cast(typing.List["IngressRouteTcpSpecRoutes"], result)

    @builtins.property
    def entry_points(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: IngressRouteTcpSpec#entryPoints
        '''
        result = self._values.get("entry_points")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ingress_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpec#ingressClassName
        '''
        result = self._values.get("ingress_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["IngressRouteTcpSpecTls"]:
        '''
        :schema: IngressRouteTcpSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["IngressRouteTcpSpecTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutes",
    jsii_struct_bases=[],
    name_mapping={
        "match": "match",
        "middlewares": "middlewares",
        "priority": "priority",
        "services": "services",
        "syntax": "syntax",
    },
)
class IngressRouteTcpSpecRoutes:
    def __init__(
        self,
        *,
        match: builtins.str,
        middlewares: typing.Optional[typing.Sequence[typing.Union["IngressRouteTcpSpecRoutesMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        priority: typing.Optional[jsii.Number] = None,
        services: typing.Optional[typing.Sequence[typing.Union["IngressRouteTcpSpecRoutesServices", typing.Dict[builtins.str, typing.Any]]]] = None,
        syntax: typing.Optional["IngressRouteTcpSpecRoutesSyntax"] = None,
    ) -> None:
        '''
        :param match: 
        :param middlewares: 
        :param priority: 
        :param services: 
        :param syntax: 

        :schema: IngressRouteTcpSpecRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3abf987208c84b16b99e6041099aca58f33f95604c9a5322c7da0c941ec649d6)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
            check_type(argname="argument syntax", value=syntax, expected_type=type_hints["syntax"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if priority is not None:
            self._values["priority"] = priority
        if services is not None:
            self._values["services"] = services
        if syntax is not None:
            self._values["syntax"] = syntax

    @builtins.property
    def match(self) -> builtins.str:
        '''
        :schema: IngressRouteTcpSpecRoutes#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["IngressRouteTcpSpecRoutesMiddlewares"]]:
        '''
        :schema: IngressRouteTcpSpecRoutes#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["IngressRouteTcpSpecRoutesMiddlewares"]], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteTcpSpecRoutes#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def services(
        self,
    ) -> typing.Optional[typing.List["IngressRouteTcpSpecRoutesServices"]]:
        '''
        :schema: IngressRouteTcpSpecRoutes#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["IngressRouteTcpSpecRoutesServices"]], result)

    @builtins.property
    def syntax(self) -> typing.Optional["IngressRouteTcpSpecRoutesSyntax"]:
        '''
        :schema: IngressRouteTcpSpecRoutes#syntax
        '''
        result = self._values.get("syntax")
        return typing.cast(typing.Optional["IngressRouteTcpSpecRoutesSyntax"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutesMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteTcpSpecRoutesMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteTcpSpecRoutesMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86eed3ed0fefc8c5d4fbb8e434f81fba6cc9d52a15dadb5127bffccd0710d35f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteTcpSpecRoutesMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecRoutesMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecRoutesMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutesServices",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port": "port",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "proxy_protocol": "proxyProtocol",
        "servers_transport": "serversTransport",
        "termination_delay": "terminationDelay",
        "tls": "tls",
        "weight": "weight",
    },
)
class IngressRouteTcpSpecRoutesServices:
    def __init__(
        self,
        *,
        name: builtins.str,
        port: "IngressRouteTcpSpecRoutesServicesPort",
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        proxy_protocol: typing.Optional[typing.Union["IngressRouteTcpSpecRoutesServicesProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        termination_delay: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[builtins.bool] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param port: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param proxy_protocol: 
        :param servers_transport: 
        :param termination_delay: 
        :param tls: 
        :param weight: 

        :schema: IngressRouteTcpSpecRoutesServices
        '''
        if isinstance(proxy_protocol, dict):
            proxy_protocol = IngressRouteTcpSpecRoutesServicesProxyProtocol(**proxy_protocol)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__481070214462e68d4ed501308b4cea89428aa9e1b4ed8758155384c8c5ef4203)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument termination_delay", value=termination_delay, expected_type=type_hints["termination_delay"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "port": port,
        }
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if termination_delay is not None:
            self._values["termination_delay"] = termination_delay
        if tls is not None:
            self._values["tls"] = tls
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> "IngressRouteTcpSpecRoutesServicesPort":
        '''
        :schema: IngressRouteTcpSpecRoutesServices#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("IngressRouteTcpSpecRoutesServicesPort", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proxy_protocol(
        self,
    ) -> typing.Optional["IngressRouteTcpSpecRoutesServicesProxyProtocol"]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["IngressRouteTcpSpecRoutesServicesProxyProtocol"], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_delay(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#terminationDelay
        '''
        result = self._values.get("termination_delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteTcpSpecRoutesServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecRoutesServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteTcpSpecRoutesServicesPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutesServicesPort",
):
    '''
    :schema: IngressRouteTcpSpecRoutesServicesPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "IngressRouteTcpSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15e7ab7edf1f6fe2b437f0e7992099e24e56ad9e23ba0f6eabfc38f939ae331e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteTcpSpecRoutesServicesPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteTcpSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__401d58a7b54d7470ee22fcb6d61e7b52071dccaf4343886191de800e95af5c47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteTcpSpecRoutesServicesPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutesServicesProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class IngressRouteTcpSpecRoutesServicesProxyProtocol:
    def __init__(self, *, version: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param version: 

        :schema: IngressRouteTcpSpecRoutesServicesProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3fee00349d0182a4f9f904690b2a2f1bd0174040180f0f642ded719b2e5772e)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteTcpSpecRoutesServicesProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecRoutesServicesProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="traefik_iotraefik.IngressRouteTcpSpecRoutesSyntax")
class IngressRouteTcpSpecRoutesSyntax(enum.Enum):
    '''
    :schema: IngressRouteTcpSpecRoutesSyntax
    '''

    V3 = "V3"
    '''v3.'''
    V2 = "V2"
    '''v2.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_resolver": "certResolver",
        "domains": "domains",
        "options": "options",
        "passthrough": "passthrough",
        "secret_name": "secretName",
        "store": "store",
    },
)
class IngressRouteTcpSpecTls:
    def __init__(
        self,
        *,
        cert_resolver: typing.Optional[builtins.str] = None,
        domains: typing.Optional[typing.Sequence[typing.Union["IngressRouteTcpSpecTlsDomains", typing.Dict[builtins.str, typing.Any]]]] = None,
        options: typing.Optional[typing.Union["IngressRouteTcpSpecTlsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        passthrough: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
        store: typing.Optional[typing.Union["IngressRouteTcpSpecTlsStore", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cert_resolver: 
        :param domains: 
        :param options: 
        :param passthrough: 
        :param secret_name: 
        :param store: 

        :schema: IngressRouteTcpSpecTls
        '''
        if isinstance(options, dict):
            options = IngressRouteTcpSpecTlsOptions(**options)
        if isinstance(store, dict):
            store = IngressRouteTcpSpecTlsStore(**store)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69084d93ec6f78e52c45e58ae27bf53f80d6cbcb8a1f5208cba0e68b9607e294)
            check_type(argname="argument cert_resolver", value=cert_resolver, expected_type=type_hints["cert_resolver"])
            check_type(argname="argument domains", value=domains, expected_type=type_hints["domains"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument passthrough", value=passthrough, expected_type=type_hints["passthrough"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument store", value=store, expected_type=type_hints["store"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_resolver is not None:
            self._values["cert_resolver"] = cert_resolver
        if domains is not None:
            self._values["domains"] = domains
        if options is not None:
            self._values["options"] = options
        if passthrough is not None:
            self._values["passthrough"] = passthrough
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if store is not None:
            self._values["store"] = store

    @builtins.property
    def cert_resolver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecTls#certResolver
        '''
        result = self._values.get("cert_resolver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def domains(self) -> typing.Optional[typing.List["IngressRouteTcpSpecTlsDomains"]]:
        '''
        :schema: IngressRouteTcpSpecTls#domains
        '''
        result = self._values.get("domains")
        return typing.cast(typing.Optional[typing.List["IngressRouteTcpSpecTlsDomains"]], result)

    @builtins.property
    def options(self) -> typing.Optional["IngressRouteTcpSpecTlsOptions"]:
        '''
        :schema: IngressRouteTcpSpecTls#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional["IngressRouteTcpSpecTlsOptions"], result)

    @builtins.property
    def passthrough(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteTcpSpecTls#passthrough
        '''
        result = self._values.get("passthrough")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecTls#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def store(self) -> typing.Optional["IngressRouteTcpSpecTlsStore"]:
        '''
        :schema: IngressRouteTcpSpecTls#store
        '''
        result = self._values.get("store")
        return typing.cast(typing.Optional["IngressRouteTcpSpecTlsStore"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecTlsDomains",
    jsii_struct_bases=[],
    name_mapping={"main": "main", "sans": "sans"},
)
class IngressRouteTcpSpecTlsDomains:
    def __init__(
        self,
        *,
        main: typing.Optional[builtins.str] = None,
        sans: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param main: 
        :param sans: 

        :schema: IngressRouteTcpSpecTlsDomains
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__234d46d70ab367e23ec91df099fa6dcb897f1089aaf75ec183a35d458658a6a9)
            check_type(argname="argument main", value=main, expected_type=type_hints["main"])
            check_type(argname="argument sans", value=sans, expected_type=type_hints["sans"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if main is not None:
            self._values["main"] = main
        if sans is not None:
            self._values["sans"] = sans

    @builtins.property
    def main(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecTlsDomains#main
        '''
        result = self._values.get("main")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sans(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: IngressRouteTcpSpecTlsDomains#sans
        '''
        result = self._values.get("sans")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecTlsDomains(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecTlsOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteTcpSpecTlsOptions:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteTcpSpecTlsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5a2c088c7fb2255f8a9011278f3ee7e16e86e531b0248b78c502b1c8d5fa3a2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteTcpSpecTlsOptions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecTlsOptions#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecTlsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteTcpSpecTlsStore",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IngressRouteTcpSpecTlsStore:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: IngressRouteTcpSpecTlsStore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__811184dd8e09bb3fe42345d70d27ef0389051868febf2bfed8b7bbaca5234294)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteTcpSpecTlsStore#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteTcpSpecTlsStore#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteTcpSpecTlsStore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteUdp(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteUdp",
):
    '''
    :schema: IngressRouteUDP
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteUdpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "IngressRouteUDP" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e243179033e11d41baa99873ad541e5a073562de81491e8b3202ea75fac9968)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IngressRouteUdpProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteUdpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IngressRouteUDP".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = IngressRouteUdpProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IngressRouteUDP".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteUdpProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IngressRouteUdpProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["IngressRouteUdpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: IngressRouteUDP
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IngressRouteUdpSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61c5c7abe646bae59efd51f178f270f972e99e750230560aecccb0b220bef32b)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: IngressRouteUDP#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "IngressRouteUdpSpec":
        '''
        :schema: IngressRouteUDP#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("IngressRouteUdpSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteUdpProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteUdpSpec",
    jsii_struct_bases=[],
    name_mapping={
        "routes": "routes",
        "entry_points": "entryPoints",
        "ingress_class_name": "ingressClassName",
    },
)
class IngressRouteUdpSpec:
    def __init__(
        self,
        *,
        routes: typing.Sequence[typing.Union["IngressRouteUdpSpecRoutes", typing.Dict[builtins.str, typing.Any]]],
        entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
        ingress_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param routes: 
        :param entry_points: 
        :param ingress_class_name: 

        :schema: IngressRouteUdpSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d25bba4b46fc9dca0a1ba6a218e41b0e774c5addd0b841c5166e31c97734fd8e)
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
            check_type(argname="argument entry_points", value=entry_points, expected_type=type_hints["entry_points"])
            check_type(argname="argument ingress_class_name", value=ingress_class_name, expected_type=type_hints["ingress_class_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "routes": routes,
        }
        if entry_points is not None:
            self._values["entry_points"] = entry_points
        if ingress_class_name is not None:
            self._values["ingress_class_name"] = ingress_class_name

    @builtins.property
    def routes(self) -> typing.List["IngressRouteUdpSpecRoutes"]:
        '''
        :schema: IngressRouteUdpSpec#routes
        '''
        result = self._values.get("routes")
        assert result is not None, "Required property 'routes' is missing"
        return typing.cast(typing.List["IngressRouteUdpSpecRoutes"], result)

    @builtins.property
    def entry_points(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: IngressRouteUdpSpec#entryPoints
        '''
        result = self._values.get("entry_points")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ingress_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteUdpSpec#ingressClassName
        '''
        result = self._values.get("ingress_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteUdpSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteUdpSpecRoutes",
    jsii_struct_bases=[],
    name_mapping={"services": "services"},
)
class IngressRouteUdpSpecRoutes:
    def __init__(
        self,
        *,
        services: typing.Optional[typing.Sequence[typing.Union["IngressRouteUdpSpecRoutesServices", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param services: 

        :schema: IngressRouteUdpSpecRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c98373087b790acaf5851ac967f7d2608c55cb66e03bcadb446e9dd75452a15b)
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if services is not None:
            self._values["services"] = services

    @builtins.property
    def services(
        self,
    ) -> typing.Optional[typing.List["IngressRouteUdpSpecRoutesServices"]]:
        '''
        :schema: IngressRouteUdpSpecRoutes#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["IngressRouteUdpSpecRoutesServices"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteUdpSpecRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.IngressRouteUdpSpecRoutesServices",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port": "port",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "weight": "weight",
    },
)
class IngressRouteUdpSpecRoutesServices:
    def __init__(
        self,
        *,
        name: builtins.str,
        port: "IngressRouteUdpSpecRoutesServicesPort",
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param port: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param weight: 

        :schema: IngressRouteUdpSpecRoutesServices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f62d9a64a8fe4fab6dfdf42f6f6d0d59a79600a930939417d3fa8aac219eb3c2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "port": port,
        }
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IngressRouteUdpSpecRoutesServices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> "IngressRouteUdpSpecRoutesServicesPort":
        '''
        :schema: IngressRouteUdpSpecRoutesServices#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("IngressRouteUdpSpecRoutesServicesPort", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IngressRouteUdpSpecRoutesServices#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteUdpSpecRoutesServices#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: IngressRouteUdpSpecRoutesServices#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: IngressRouteUdpSpecRoutesServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressRouteUdpSpecRoutesServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IngressRouteUdpSpecRoutesServicesPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.IngressRouteUdpSpecRoutesServicesPort",
):
    '''
    :schema: IngressRouteUdpSpecRoutesServicesPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "IngressRouteUdpSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b909baff39f41998b9f800a0e7e4e2d190cdc3c7186a40b4a3547edb0019540)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteUdpSpecRoutesServicesPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "IngressRouteUdpSpecRoutesServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ededc062b30f5d55319aab17005930f30503a3c89e4256fea72abbac202c5df7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("IngressRouteUdpSpecRoutesServicesPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class Middleware(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.Middleware",
):
    '''
    :schema: Middleware
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "Middleware" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b18651a715eac18f9fbf08be23f9398f932afec6a93525d931d11823b0385daa)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MiddlewareProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Middleware".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MiddlewareProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Middleware".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MiddlewareProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Middleware
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MiddlewareSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__490f473c338e224a907c44dd435e349d373406c281dcdc41b88bf42f38ede5f6)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: Middleware#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "MiddlewareSpec":
        '''
        :schema: Middleware#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MiddlewareSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpec",
    jsii_struct_bases=[],
    name_mapping={
        "add_prefix": "addPrefix",
        "basic_auth": "basicAuth",
        "buffering": "buffering",
        "chain": "chain",
        "circuit_breaker": "circuitBreaker",
        "compress": "compress",
        "content_type": "contentType",
        "digest_auth": "digestAuth",
        "encoded_characters": "encodedCharacters",
        "errors": "errors",
        "forward_auth": "forwardAuth",
        "grpc_web": "grpcWeb",
        "headers": "headers",
        "in_flight_req": "inFlightReq",
        "ip_allow_list": "ipAllowList",
        "ip_white_list": "ipWhiteList",
        "pass_tls_client_cert": "passTlsClientCert",
        "plugin": "plugin",
        "rate_limit": "rateLimit",
        "redirect_regex": "redirectRegex",
        "redirect_scheme": "redirectScheme",
        "replace_path": "replacePath",
        "replace_path_regex": "replacePathRegex",
        "retry": "retry",
        "strip_prefix": "stripPrefix",
        "strip_prefix_regex": "stripPrefixRegex",
    },
)
class MiddlewareSpec:
    def __init__(
        self,
        *,
        add_prefix: typing.Optional[typing.Union["MiddlewareSpecAddPrefix", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["MiddlewareSpecBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        buffering: typing.Optional[typing.Union["MiddlewareSpecBuffering", typing.Dict[builtins.str, typing.Any]]] = None,
        chain: typing.Optional[typing.Union["MiddlewareSpecChain", typing.Dict[builtins.str, typing.Any]]] = None,
        circuit_breaker: typing.Optional[typing.Union["MiddlewareSpecCircuitBreaker", typing.Dict[builtins.str, typing.Any]]] = None,
        compress: typing.Optional[typing.Union["MiddlewareSpecCompress", typing.Dict[builtins.str, typing.Any]]] = None,
        content_type: typing.Optional[typing.Union["MiddlewareSpecContentType", typing.Dict[builtins.str, typing.Any]]] = None,
        digest_auth: typing.Optional[typing.Union["MiddlewareSpecDigestAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        encoded_characters: typing.Optional[typing.Union["MiddlewareSpecEncodedCharacters", typing.Dict[builtins.str, typing.Any]]] = None,
        errors: typing.Optional[typing.Union["MiddlewareSpecErrors", typing.Dict[builtins.str, typing.Any]]] = None,
        forward_auth: typing.Optional[typing.Union["MiddlewareSpecForwardAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        grpc_web: typing.Optional[typing.Union["MiddlewareSpecGrpcWeb", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["MiddlewareSpecHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        in_flight_req: typing.Optional[typing.Union["MiddlewareSpecInFlightReq", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_allow_list: typing.Optional[typing.Union["MiddlewareSpecIpAllowList", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_white_list: typing.Optional[typing.Union["MiddlewareSpecIpWhiteList", typing.Dict[builtins.str, typing.Any]]] = None,
        pass_tls_client_cert: typing.Optional[typing.Union["MiddlewareSpecPassTlsClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        plugin: typing.Optional[typing.Mapping[builtins.str, typing.Any]] = None,
        rate_limit: typing.Optional[typing.Union["MiddlewareSpecRateLimit", typing.Dict[builtins.str, typing.Any]]] = None,
        redirect_regex: typing.Optional[typing.Union["MiddlewareSpecRedirectRegex", typing.Dict[builtins.str, typing.Any]]] = None,
        redirect_scheme: typing.Optional[typing.Union["MiddlewareSpecRedirectScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        replace_path: typing.Optional[typing.Union["MiddlewareSpecReplacePath", typing.Dict[builtins.str, typing.Any]]] = None,
        replace_path_regex: typing.Optional[typing.Union["MiddlewareSpecReplacePathRegex", typing.Dict[builtins.str, typing.Any]]] = None,
        retry: typing.Optional[typing.Union["MiddlewareSpecRetry", typing.Dict[builtins.str, typing.Any]]] = None,
        strip_prefix: typing.Optional[typing.Union["MiddlewareSpecStripPrefix", typing.Dict[builtins.str, typing.Any]]] = None,
        strip_prefix_regex: typing.Optional[typing.Union["MiddlewareSpecStripPrefixRegex", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param add_prefix: 
        :param basic_auth: 
        :param buffering: 
        :param chain: 
        :param circuit_breaker: 
        :param compress: 
        :param content_type: 
        :param digest_auth: 
        :param encoded_characters: 
        :param errors: 
        :param forward_auth: 
        :param grpc_web: 
        :param headers: 
        :param in_flight_req: 
        :param ip_allow_list: 
        :param ip_white_list: 
        :param pass_tls_client_cert: 
        :param plugin: 
        :param rate_limit: 
        :param redirect_regex: 
        :param redirect_scheme: 
        :param replace_path: 
        :param replace_path_regex: 
        :param retry: 
        :param strip_prefix: 
        :param strip_prefix_regex: 

        :schema: MiddlewareSpec
        '''
        if isinstance(add_prefix, dict):
            add_prefix = MiddlewareSpecAddPrefix(**add_prefix)
        if isinstance(basic_auth, dict):
            basic_auth = MiddlewareSpecBasicAuth(**basic_auth)
        if isinstance(buffering, dict):
            buffering = MiddlewareSpecBuffering(**buffering)
        if isinstance(chain, dict):
            chain = MiddlewareSpecChain(**chain)
        if isinstance(circuit_breaker, dict):
            circuit_breaker = MiddlewareSpecCircuitBreaker(**circuit_breaker)
        if isinstance(compress, dict):
            compress = MiddlewareSpecCompress(**compress)
        if isinstance(content_type, dict):
            content_type = MiddlewareSpecContentType(**content_type)
        if isinstance(digest_auth, dict):
            digest_auth = MiddlewareSpecDigestAuth(**digest_auth)
        if isinstance(encoded_characters, dict):
            encoded_characters = MiddlewareSpecEncodedCharacters(**encoded_characters)
        if isinstance(errors, dict):
            errors = MiddlewareSpecErrors(**errors)
        if isinstance(forward_auth, dict):
            forward_auth = MiddlewareSpecForwardAuth(**forward_auth)
        if isinstance(grpc_web, dict):
            grpc_web = MiddlewareSpecGrpcWeb(**grpc_web)
        if isinstance(headers, dict):
            headers = MiddlewareSpecHeaders(**headers)
        if isinstance(in_flight_req, dict):
            in_flight_req = MiddlewareSpecInFlightReq(**in_flight_req)
        if isinstance(ip_allow_list, dict):
            ip_allow_list = MiddlewareSpecIpAllowList(**ip_allow_list)
        if isinstance(ip_white_list, dict):
            ip_white_list = MiddlewareSpecIpWhiteList(**ip_white_list)
        if isinstance(pass_tls_client_cert, dict):
            pass_tls_client_cert = MiddlewareSpecPassTlsClientCert(**pass_tls_client_cert)
        if isinstance(rate_limit, dict):
            rate_limit = MiddlewareSpecRateLimit(**rate_limit)
        if isinstance(redirect_regex, dict):
            redirect_regex = MiddlewareSpecRedirectRegex(**redirect_regex)
        if isinstance(redirect_scheme, dict):
            redirect_scheme = MiddlewareSpecRedirectScheme(**redirect_scheme)
        if isinstance(replace_path, dict):
            replace_path = MiddlewareSpecReplacePath(**replace_path)
        if isinstance(replace_path_regex, dict):
            replace_path_regex = MiddlewareSpecReplacePathRegex(**replace_path_regex)
        if isinstance(retry, dict):
            retry = MiddlewareSpecRetry(**retry)
        if isinstance(strip_prefix, dict):
            strip_prefix = MiddlewareSpecStripPrefix(**strip_prefix)
        if isinstance(strip_prefix_regex, dict):
            strip_prefix_regex = MiddlewareSpecStripPrefixRegex(**strip_prefix_regex)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b354dc591e20d4c86efb017a44f083c40e57575eaab2bd460663e44bc2a10b21)
            check_type(argname="argument add_prefix", value=add_prefix, expected_type=type_hints["add_prefix"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument buffering", value=buffering, expected_type=type_hints["buffering"])
            check_type(argname="argument chain", value=chain, expected_type=type_hints["chain"])
            check_type(argname="argument circuit_breaker", value=circuit_breaker, expected_type=type_hints["circuit_breaker"])
            check_type(argname="argument compress", value=compress, expected_type=type_hints["compress"])
            check_type(argname="argument content_type", value=content_type, expected_type=type_hints["content_type"])
            check_type(argname="argument digest_auth", value=digest_auth, expected_type=type_hints["digest_auth"])
            check_type(argname="argument encoded_characters", value=encoded_characters, expected_type=type_hints["encoded_characters"])
            check_type(argname="argument errors", value=errors, expected_type=type_hints["errors"])
            check_type(argname="argument forward_auth", value=forward_auth, expected_type=type_hints["forward_auth"])
            check_type(argname="argument grpc_web", value=grpc_web, expected_type=type_hints["grpc_web"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument in_flight_req", value=in_flight_req, expected_type=type_hints["in_flight_req"])
            check_type(argname="argument ip_allow_list", value=ip_allow_list, expected_type=type_hints["ip_allow_list"])
            check_type(argname="argument ip_white_list", value=ip_white_list, expected_type=type_hints["ip_white_list"])
            check_type(argname="argument pass_tls_client_cert", value=pass_tls_client_cert, expected_type=type_hints["pass_tls_client_cert"])
            check_type(argname="argument plugin", value=plugin, expected_type=type_hints["plugin"])
            check_type(argname="argument rate_limit", value=rate_limit, expected_type=type_hints["rate_limit"])
            check_type(argname="argument redirect_regex", value=redirect_regex, expected_type=type_hints["redirect_regex"])
            check_type(argname="argument redirect_scheme", value=redirect_scheme, expected_type=type_hints["redirect_scheme"])
            check_type(argname="argument replace_path", value=replace_path, expected_type=type_hints["replace_path"])
            check_type(argname="argument replace_path_regex", value=replace_path_regex, expected_type=type_hints["replace_path_regex"])
            check_type(argname="argument retry", value=retry, expected_type=type_hints["retry"])
            check_type(argname="argument strip_prefix", value=strip_prefix, expected_type=type_hints["strip_prefix"])
            check_type(argname="argument strip_prefix_regex", value=strip_prefix_regex, expected_type=type_hints["strip_prefix_regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add_prefix is not None:
            self._values["add_prefix"] = add_prefix
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if buffering is not None:
            self._values["buffering"] = buffering
        if chain is not None:
            self._values["chain"] = chain
        if circuit_breaker is not None:
            self._values["circuit_breaker"] = circuit_breaker
        if compress is not None:
            self._values["compress"] = compress
        if content_type is not None:
            self._values["content_type"] = content_type
        if digest_auth is not None:
            self._values["digest_auth"] = digest_auth
        if encoded_characters is not None:
            self._values["encoded_characters"] = encoded_characters
        if errors is not None:
            self._values["errors"] = errors
        if forward_auth is not None:
            self._values["forward_auth"] = forward_auth
        if grpc_web is not None:
            self._values["grpc_web"] = grpc_web
        if headers is not None:
            self._values["headers"] = headers
        if in_flight_req is not None:
            self._values["in_flight_req"] = in_flight_req
        if ip_allow_list is not None:
            self._values["ip_allow_list"] = ip_allow_list
        if ip_white_list is not None:
            self._values["ip_white_list"] = ip_white_list
        if pass_tls_client_cert is not None:
            self._values["pass_tls_client_cert"] = pass_tls_client_cert
        if plugin is not None:
            self._values["plugin"] = plugin
        if rate_limit is not None:
            self._values["rate_limit"] = rate_limit
        if redirect_regex is not None:
            self._values["redirect_regex"] = redirect_regex
        if redirect_scheme is not None:
            self._values["redirect_scheme"] = redirect_scheme
        if replace_path is not None:
            self._values["replace_path"] = replace_path
        if replace_path_regex is not None:
            self._values["replace_path_regex"] = replace_path_regex
        if retry is not None:
            self._values["retry"] = retry
        if strip_prefix is not None:
            self._values["strip_prefix"] = strip_prefix
        if strip_prefix_regex is not None:
            self._values["strip_prefix_regex"] = strip_prefix_regex

    @builtins.property
    def add_prefix(self) -> typing.Optional["MiddlewareSpecAddPrefix"]:
        '''
        :schema: MiddlewareSpec#addPrefix
        '''
        result = self._values.get("add_prefix")
        return typing.cast(typing.Optional["MiddlewareSpecAddPrefix"], result)

    @builtins.property
    def basic_auth(self) -> typing.Optional["MiddlewareSpecBasicAuth"]:
        '''
        :schema: MiddlewareSpec#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["MiddlewareSpecBasicAuth"], result)

    @builtins.property
    def buffering(self) -> typing.Optional["MiddlewareSpecBuffering"]:
        '''
        :schema: MiddlewareSpec#buffering
        '''
        result = self._values.get("buffering")
        return typing.cast(typing.Optional["MiddlewareSpecBuffering"], result)

    @builtins.property
    def chain(self) -> typing.Optional["MiddlewareSpecChain"]:
        '''
        :schema: MiddlewareSpec#chain
        '''
        result = self._values.get("chain")
        return typing.cast(typing.Optional["MiddlewareSpecChain"], result)

    @builtins.property
    def circuit_breaker(self) -> typing.Optional["MiddlewareSpecCircuitBreaker"]:
        '''
        :schema: MiddlewareSpec#circuitBreaker
        '''
        result = self._values.get("circuit_breaker")
        return typing.cast(typing.Optional["MiddlewareSpecCircuitBreaker"], result)

    @builtins.property
    def compress(self) -> typing.Optional["MiddlewareSpecCompress"]:
        '''
        :schema: MiddlewareSpec#compress
        '''
        result = self._values.get("compress")
        return typing.cast(typing.Optional["MiddlewareSpecCompress"], result)

    @builtins.property
    def content_type(self) -> typing.Optional["MiddlewareSpecContentType"]:
        '''
        :schema: MiddlewareSpec#contentType
        '''
        result = self._values.get("content_type")
        return typing.cast(typing.Optional["MiddlewareSpecContentType"], result)

    @builtins.property
    def digest_auth(self) -> typing.Optional["MiddlewareSpecDigestAuth"]:
        '''
        :schema: MiddlewareSpec#digestAuth
        '''
        result = self._values.get("digest_auth")
        return typing.cast(typing.Optional["MiddlewareSpecDigestAuth"], result)

    @builtins.property
    def encoded_characters(self) -> typing.Optional["MiddlewareSpecEncodedCharacters"]:
        '''
        :schema: MiddlewareSpec#encodedCharacters
        '''
        result = self._values.get("encoded_characters")
        return typing.cast(typing.Optional["MiddlewareSpecEncodedCharacters"], result)

    @builtins.property
    def errors(self) -> typing.Optional["MiddlewareSpecErrors"]:
        '''
        :schema: MiddlewareSpec#errors
        '''
        result = self._values.get("errors")
        return typing.cast(typing.Optional["MiddlewareSpecErrors"], result)

    @builtins.property
    def forward_auth(self) -> typing.Optional["MiddlewareSpecForwardAuth"]:
        '''
        :schema: MiddlewareSpec#forwardAuth
        '''
        result = self._values.get("forward_auth")
        return typing.cast(typing.Optional["MiddlewareSpecForwardAuth"], result)

    @builtins.property
    def grpc_web(self) -> typing.Optional["MiddlewareSpecGrpcWeb"]:
        '''
        :schema: MiddlewareSpec#grpcWeb
        '''
        result = self._values.get("grpc_web")
        return typing.cast(typing.Optional["MiddlewareSpecGrpcWeb"], result)

    @builtins.property
    def headers(self) -> typing.Optional["MiddlewareSpecHeaders"]:
        '''
        :schema: MiddlewareSpec#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["MiddlewareSpecHeaders"], result)

    @builtins.property
    def in_flight_req(self) -> typing.Optional["MiddlewareSpecInFlightReq"]:
        '''
        :schema: MiddlewareSpec#inFlightReq
        '''
        result = self._values.get("in_flight_req")
        return typing.cast(typing.Optional["MiddlewareSpecInFlightReq"], result)

    @builtins.property
    def ip_allow_list(self) -> typing.Optional["MiddlewareSpecIpAllowList"]:
        '''
        :schema: MiddlewareSpec#ipAllowList
        '''
        result = self._values.get("ip_allow_list")
        return typing.cast(typing.Optional["MiddlewareSpecIpAllowList"], result)

    @builtins.property
    def ip_white_list(self) -> typing.Optional["MiddlewareSpecIpWhiteList"]:
        '''
        :schema: MiddlewareSpec#ipWhiteList
        '''
        result = self._values.get("ip_white_list")
        return typing.cast(typing.Optional["MiddlewareSpecIpWhiteList"], result)

    @builtins.property
    def pass_tls_client_cert(
        self,
    ) -> typing.Optional["MiddlewareSpecPassTlsClientCert"]:
        '''
        :schema: MiddlewareSpec#passTLSClientCert
        '''
        result = self._values.get("pass_tls_client_cert")
        return typing.cast(typing.Optional["MiddlewareSpecPassTlsClientCert"], result)

    @builtins.property
    def plugin(self) -> typing.Optional[typing.Mapping[builtins.str, typing.Any]]:
        '''
        :schema: MiddlewareSpec#plugin
        '''
        result = self._values.get("plugin")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.Any]], result)

    @builtins.property
    def rate_limit(self) -> typing.Optional["MiddlewareSpecRateLimit"]:
        '''
        :schema: MiddlewareSpec#rateLimit
        '''
        result = self._values.get("rate_limit")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimit"], result)

    @builtins.property
    def redirect_regex(self) -> typing.Optional["MiddlewareSpecRedirectRegex"]:
        '''
        :schema: MiddlewareSpec#redirectRegex
        '''
        result = self._values.get("redirect_regex")
        return typing.cast(typing.Optional["MiddlewareSpecRedirectRegex"], result)

    @builtins.property
    def redirect_scheme(self) -> typing.Optional["MiddlewareSpecRedirectScheme"]:
        '''
        :schema: MiddlewareSpec#redirectScheme
        '''
        result = self._values.get("redirect_scheme")
        return typing.cast(typing.Optional["MiddlewareSpecRedirectScheme"], result)

    @builtins.property
    def replace_path(self) -> typing.Optional["MiddlewareSpecReplacePath"]:
        '''
        :schema: MiddlewareSpec#replacePath
        '''
        result = self._values.get("replace_path")
        return typing.cast(typing.Optional["MiddlewareSpecReplacePath"], result)

    @builtins.property
    def replace_path_regex(self) -> typing.Optional["MiddlewareSpecReplacePathRegex"]:
        '''
        :schema: MiddlewareSpec#replacePathRegex
        '''
        result = self._values.get("replace_path_regex")
        return typing.cast(typing.Optional["MiddlewareSpecReplacePathRegex"], result)

    @builtins.property
    def retry(self) -> typing.Optional["MiddlewareSpecRetry"]:
        '''
        :schema: MiddlewareSpec#retry
        '''
        result = self._values.get("retry")
        return typing.cast(typing.Optional["MiddlewareSpecRetry"], result)

    @builtins.property
    def strip_prefix(self) -> typing.Optional["MiddlewareSpecStripPrefix"]:
        '''
        :schema: MiddlewareSpec#stripPrefix
        '''
        result = self._values.get("strip_prefix")
        return typing.cast(typing.Optional["MiddlewareSpecStripPrefix"], result)

    @builtins.property
    def strip_prefix_regex(self) -> typing.Optional["MiddlewareSpecStripPrefixRegex"]:
        '''
        :schema: MiddlewareSpec#stripPrefixRegex
        '''
        result = self._values.get("strip_prefix_regex")
        return typing.cast(typing.Optional["MiddlewareSpecStripPrefixRegex"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecAddPrefix",
    jsii_struct_bases=[],
    name_mapping={"prefix": "prefix"},
)
class MiddlewareSpecAddPrefix:
    def __init__(self, *, prefix: typing.Optional[builtins.str] = None) -> None:
        '''
        :param prefix: 

        :schema: MiddlewareSpecAddPrefix
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__093a74784b89ed6923f9e30e5b6d1117e9cfc3a69d9c8c7419788971087608a1)
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if prefix is not None:
            self._values["prefix"] = prefix

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecAddPrefix#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecAddPrefix(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecBasicAuth",
    jsii_struct_bases=[],
    name_mapping={
        "header_field": "headerField",
        "realm": "realm",
        "remove_header": "removeHeader",
        "secret": "secret",
    },
)
class MiddlewareSpecBasicAuth:
    def __init__(
        self,
        *,
        header_field: typing.Optional[builtins.str] = None,
        realm: typing.Optional[builtins.str] = None,
        remove_header: typing.Optional[builtins.bool] = None,
        secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param header_field: 
        :param realm: 
        :param remove_header: 
        :param secret: 

        :schema: MiddlewareSpecBasicAuth
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3aceec0881312fa302e313d1a1e5e19d7acfa9b88c0404b4fc9932718c76ab5)
            check_type(argname="argument header_field", value=header_field, expected_type=type_hints["header_field"])
            check_type(argname="argument realm", value=realm, expected_type=type_hints["realm"])
            check_type(argname="argument remove_header", value=remove_header, expected_type=type_hints["remove_header"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if header_field is not None:
            self._values["header_field"] = header_field
        if realm is not None:
            self._values["realm"] = realm
        if remove_header is not None:
            self._values["remove_header"] = remove_header
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def header_field(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecBasicAuth#headerField
        '''
        result = self._values.get("header_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def realm(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecBasicAuth#realm
        '''
        result = self._values.get("realm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remove_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecBasicAuth#removeHeader
        '''
        result = self._values.get("remove_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecBasicAuth#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecBuffering",
    jsii_struct_bases=[],
    name_mapping={
        "max_request_body_bytes": "maxRequestBodyBytes",
        "max_response_body_bytes": "maxResponseBodyBytes",
        "mem_request_body_bytes": "memRequestBodyBytes",
        "mem_response_body_bytes": "memResponseBodyBytes",
        "retry_expression": "retryExpression",
    },
)
class MiddlewareSpecBuffering:
    def __init__(
        self,
        *,
        max_request_body_bytes: typing.Optional[jsii.Number] = None,
        max_response_body_bytes: typing.Optional[jsii.Number] = None,
        mem_request_body_bytes: typing.Optional[jsii.Number] = None,
        mem_response_body_bytes: typing.Optional[jsii.Number] = None,
        retry_expression: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param max_request_body_bytes: 
        :param max_response_body_bytes: 
        :param mem_request_body_bytes: 
        :param mem_response_body_bytes: 
        :param retry_expression: 

        :schema: MiddlewareSpecBuffering
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5724ec44b3186fe9cf754c0cb50396c14c0270513594f6a7724858031e3c824)
            check_type(argname="argument max_request_body_bytes", value=max_request_body_bytes, expected_type=type_hints["max_request_body_bytes"])
            check_type(argname="argument max_response_body_bytes", value=max_response_body_bytes, expected_type=type_hints["max_response_body_bytes"])
            check_type(argname="argument mem_request_body_bytes", value=mem_request_body_bytes, expected_type=type_hints["mem_request_body_bytes"])
            check_type(argname="argument mem_response_body_bytes", value=mem_response_body_bytes, expected_type=type_hints["mem_response_body_bytes"])
            check_type(argname="argument retry_expression", value=retry_expression, expected_type=type_hints["retry_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_request_body_bytes is not None:
            self._values["max_request_body_bytes"] = max_request_body_bytes
        if max_response_body_bytes is not None:
            self._values["max_response_body_bytes"] = max_response_body_bytes
        if mem_request_body_bytes is not None:
            self._values["mem_request_body_bytes"] = mem_request_body_bytes
        if mem_response_body_bytes is not None:
            self._values["mem_response_body_bytes"] = mem_response_body_bytes
        if retry_expression is not None:
            self._values["retry_expression"] = retry_expression

    @builtins.property
    def max_request_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecBuffering#maxRequestBodyBytes
        '''
        result = self._values.get("max_request_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_response_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecBuffering#maxResponseBodyBytes
        '''
        result = self._values.get("max_response_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mem_request_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecBuffering#memRequestBodyBytes
        '''
        result = self._values.get("mem_request_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mem_response_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecBuffering#memResponseBodyBytes
        '''
        result = self._values.get("mem_response_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_expression(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecBuffering#retryExpression
        '''
        result = self._values.get("retry_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecBuffering(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecChain",
    jsii_struct_bases=[],
    name_mapping={"middlewares": "middlewares"},
)
class MiddlewareSpecChain:
    def __init__(
        self,
        *,
        middlewares: typing.Optional[typing.Sequence[typing.Union["MiddlewareSpecChainMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param middlewares: 

        :schema: MiddlewareSpecChain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__976f2b2948dc419f109a393f772560657b7962f1a78ffca9029f11f04cd13f2e)
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if middlewares is not None:
            self._values["middlewares"] = middlewares

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["MiddlewareSpecChainMiddlewares"]]:
        '''
        :schema: MiddlewareSpecChain#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["MiddlewareSpecChainMiddlewares"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecChainMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class MiddlewareSpecChainMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: MiddlewareSpecChainMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7fbc746ea031110509eeca6448af1056b6552d6d435773fc8f918c5e5334446)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MiddlewareSpecChainMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecChainMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecChainMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecCircuitBreaker",
    jsii_struct_bases=[],
    name_mapping={
        "check_period": "checkPeriod",
        "expression": "expression",
        "fallback_duration": "fallbackDuration",
        "recovery_duration": "recoveryDuration",
        "response_code": "responseCode",
    },
)
class MiddlewareSpecCircuitBreaker:
    def __init__(
        self,
        *,
        check_period: typing.Optional["MiddlewareSpecCircuitBreakerCheckPeriod"] = None,
        expression: typing.Optional[builtins.str] = None,
        fallback_duration: typing.Optional["MiddlewareSpecCircuitBreakerFallbackDuration"] = None,
        recovery_duration: typing.Optional["MiddlewareSpecCircuitBreakerRecoveryDuration"] = None,
        response_code: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param check_period: 
        :param expression: 
        :param fallback_duration: 
        :param recovery_duration: 
        :param response_code: 

        :schema: MiddlewareSpecCircuitBreaker
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aee618e6c21324438a26a7b1854f7acd15ac6e005eaa70379a74a4c64e2b4eb5)
            check_type(argname="argument check_period", value=check_period, expected_type=type_hints["check_period"])
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument fallback_duration", value=fallback_duration, expected_type=type_hints["fallback_duration"])
            check_type(argname="argument recovery_duration", value=recovery_duration, expected_type=type_hints["recovery_duration"])
            check_type(argname="argument response_code", value=response_code, expected_type=type_hints["response_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if check_period is not None:
            self._values["check_period"] = check_period
        if expression is not None:
            self._values["expression"] = expression
        if fallback_duration is not None:
            self._values["fallback_duration"] = fallback_duration
        if recovery_duration is not None:
            self._values["recovery_duration"] = recovery_duration
        if response_code is not None:
            self._values["response_code"] = response_code

    @builtins.property
    def check_period(
        self,
    ) -> typing.Optional["MiddlewareSpecCircuitBreakerCheckPeriod"]:
        '''
        :schema: MiddlewareSpecCircuitBreaker#checkPeriod
        '''
        result = self._values.get("check_period")
        return typing.cast(typing.Optional["MiddlewareSpecCircuitBreakerCheckPeriod"], result)

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecCircuitBreaker#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_duration(
        self,
    ) -> typing.Optional["MiddlewareSpecCircuitBreakerFallbackDuration"]:
        '''
        :schema: MiddlewareSpecCircuitBreaker#fallbackDuration
        '''
        result = self._values.get("fallback_duration")
        return typing.cast(typing.Optional["MiddlewareSpecCircuitBreakerFallbackDuration"], result)

    @builtins.property
    def recovery_duration(
        self,
    ) -> typing.Optional["MiddlewareSpecCircuitBreakerRecoveryDuration"]:
        '''
        :schema: MiddlewareSpecCircuitBreaker#recoveryDuration
        '''
        result = self._values.get("recovery_duration")
        return typing.cast(typing.Optional["MiddlewareSpecCircuitBreakerRecoveryDuration"], result)

    @builtins.property
    def response_code(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecCircuitBreaker#responseCode
        '''
        result = self._values.get("response_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecCircuitBreaker(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecCircuitBreakerCheckPeriod(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecCircuitBreakerCheckPeriod",
):
    '''
    :schema: MiddlewareSpecCircuitBreakerCheckPeriod
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecCircuitBreakerCheckPeriod":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ce6073c0aeb351fefb2c118d492495d621f3c300fd2c0f456fcfe2b4b265271)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerCheckPeriod", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecCircuitBreakerCheckPeriod":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36c495fc937933f475d46c4b5c79dee914aad5218af1833f32a3d47b4c216fea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerCheckPeriod", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecCircuitBreakerFallbackDuration(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecCircuitBreakerFallbackDuration",
):
    '''
    :schema: MiddlewareSpecCircuitBreakerFallbackDuration
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecCircuitBreakerFallbackDuration":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7136bc7cf3dd14e26c641d91da1bee35790ccd91abc9d6ef75b40d851b5d5afc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerFallbackDuration", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecCircuitBreakerFallbackDuration":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4263c2dcb9af1aaa78569981308323ff2a46541accfee3beecdd79fb448dd708)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerFallbackDuration", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecCircuitBreakerRecoveryDuration(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecCircuitBreakerRecoveryDuration",
):
    '''
    :schema: MiddlewareSpecCircuitBreakerRecoveryDuration
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecCircuitBreakerRecoveryDuration":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab4a92051c0e6d4ca33540cf20e2a1b19d44ce59eeb3aef604fb6ab083a31837)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerRecoveryDuration", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecCircuitBreakerRecoveryDuration":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3884de687b1714f55c22f47ff5ff46e600dfe9c615209a4de15d0970a0625444)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecCircuitBreakerRecoveryDuration", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecCompress",
    jsii_struct_bases=[],
    name_mapping={
        "default_encoding": "defaultEncoding",
        "encodings": "encodings",
        "excluded_content_types": "excludedContentTypes",
        "included_content_types": "includedContentTypes",
        "min_response_body_bytes": "minResponseBodyBytes",
    },
)
class MiddlewareSpecCompress:
    def __init__(
        self,
        *,
        default_encoding: typing.Optional[builtins.str] = None,
        encodings: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_content_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_content_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        min_response_body_bytes: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param default_encoding: 
        :param encodings: 
        :param excluded_content_types: 
        :param included_content_types: 
        :param min_response_body_bytes: 

        :schema: MiddlewareSpecCompress
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53a73bf44984ffdc519b4e4cd0519d35165d835a959494af426eae37d74ddbd0)
            check_type(argname="argument default_encoding", value=default_encoding, expected_type=type_hints["default_encoding"])
            check_type(argname="argument encodings", value=encodings, expected_type=type_hints["encodings"])
            check_type(argname="argument excluded_content_types", value=excluded_content_types, expected_type=type_hints["excluded_content_types"])
            check_type(argname="argument included_content_types", value=included_content_types, expected_type=type_hints["included_content_types"])
            check_type(argname="argument min_response_body_bytes", value=min_response_body_bytes, expected_type=type_hints["min_response_body_bytes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_encoding is not None:
            self._values["default_encoding"] = default_encoding
        if encodings is not None:
            self._values["encodings"] = encodings
        if excluded_content_types is not None:
            self._values["excluded_content_types"] = excluded_content_types
        if included_content_types is not None:
            self._values["included_content_types"] = included_content_types
        if min_response_body_bytes is not None:
            self._values["min_response_body_bytes"] = min_response_body_bytes

    @builtins.property
    def default_encoding(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecCompress#defaultEncoding
        '''
        result = self._values.get("default_encoding")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def encodings(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecCompress#encodings
        '''
        result = self._values.get("encodings")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_content_types(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecCompress#excludedContentTypes
        '''
        result = self._values.get("excluded_content_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_content_types(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecCompress#includedContentTypes
        '''
        result = self._values.get("included_content_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def min_response_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecCompress#minResponseBodyBytes
        '''
        result = self._values.get("min_response_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecCompress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecContentType",
    jsii_struct_bases=[],
    name_mapping={"auto_detect": "autoDetect"},
)
class MiddlewareSpecContentType:
    def __init__(self, *, auto_detect: typing.Optional[builtins.bool] = None) -> None:
        '''
        :param auto_detect: 

        :schema: MiddlewareSpecContentType
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f74011577b73da7fd5adcf13e60a7c26397ae5c729b30f0a5ad6b40f56fda264)
            check_type(argname="argument auto_detect", value=auto_detect, expected_type=type_hints["auto_detect"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_detect is not None:
            self._values["auto_detect"] = auto_detect

    @builtins.property
    def auto_detect(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecContentType#autoDetect
        '''
        result = self._values.get("auto_detect")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecContentType(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecDigestAuth",
    jsii_struct_bases=[],
    name_mapping={
        "header_field": "headerField",
        "realm": "realm",
        "remove_header": "removeHeader",
        "secret": "secret",
    },
)
class MiddlewareSpecDigestAuth:
    def __init__(
        self,
        *,
        header_field: typing.Optional[builtins.str] = None,
        realm: typing.Optional[builtins.str] = None,
        remove_header: typing.Optional[builtins.bool] = None,
        secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param header_field: 
        :param realm: 
        :param remove_header: 
        :param secret: 

        :schema: MiddlewareSpecDigestAuth
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1537d704e5ca1a84a63b65e9365f423b53390932543ec5fc06942eca1787f60e)
            check_type(argname="argument header_field", value=header_field, expected_type=type_hints["header_field"])
            check_type(argname="argument realm", value=realm, expected_type=type_hints["realm"])
            check_type(argname="argument remove_header", value=remove_header, expected_type=type_hints["remove_header"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if header_field is not None:
            self._values["header_field"] = header_field
        if realm is not None:
            self._values["realm"] = realm
        if remove_header is not None:
            self._values["remove_header"] = remove_header
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def header_field(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecDigestAuth#headerField
        '''
        result = self._values.get("header_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def realm(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecDigestAuth#realm
        '''
        result = self._values.get("realm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remove_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecDigestAuth#removeHeader
        '''
        result = self._values.get("remove_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecDigestAuth#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecDigestAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecEncodedCharacters",
    jsii_struct_bases=[],
    name_mapping={
        "allow_encoded_back_slash": "allowEncodedBackSlash",
        "allow_encoded_hash": "allowEncodedHash",
        "allow_encoded_null_character": "allowEncodedNullCharacter",
        "allow_encoded_percent": "allowEncodedPercent",
        "allow_encoded_question_mark": "allowEncodedQuestionMark",
        "allow_encoded_semicolon": "allowEncodedSemicolon",
        "allow_encoded_slash": "allowEncodedSlash",
    },
)
class MiddlewareSpecEncodedCharacters:
    def __init__(
        self,
        *,
        allow_encoded_back_slash: typing.Optional[builtins.bool] = None,
        allow_encoded_hash: typing.Optional[builtins.bool] = None,
        allow_encoded_null_character: typing.Optional[builtins.bool] = None,
        allow_encoded_percent: typing.Optional[builtins.bool] = None,
        allow_encoded_question_mark: typing.Optional[builtins.bool] = None,
        allow_encoded_semicolon: typing.Optional[builtins.bool] = None,
        allow_encoded_slash: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param allow_encoded_back_slash: 
        :param allow_encoded_hash: 
        :param allow_encoded_null_character: 
        :param allow_encoded_percent: 
        :param allow_encoded_question_mark: 
        :param allow_encoded_semicolon: 
        :param allow_encoded_slash: 

        :schema: MiddlewareSpecEncodedCharacters
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ab69a8ee872047ea469ed07808b162e145ddec5fe2cc15db2d5230ccf14b19f)
            check_type(argname="argument allow_encoded_back_slash", value=allow_encoded_back_slash, expected_type=type_hints["allow_encoded_back_slash"])
            check_type(argname="argument allow_encoded_hash", value=allow_encoded_hash, expected_type=type_hints["allow_encoded_hash"])
            check_type(argname="argument allow_encoded_null_character", value=allow_encoded_null_character, expected_type=type_hints["allow_encoded_null_character"])
            check_type(argname="argument allow_encoded_percent", value=allow_encoded_percent, expected_type=type_hints["allow_encoded_percent"])
            check_type(argname="argument allow_encoded_question_mark", value=allow_encoded_question_mark, expected_type=type_hints["allow_encoded_question_mark"])
            check_type(argname="argument allow_encoded_semicolon", value=allow_encoded_semicolon, expected_type=type_hints["allow_encoded_semicolon"])
            check_type(argname="argument allow_encoded_slash", value=allow_encoded_slash, expected_type=type_hints["allow_encoded_slash"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_encoded_back_slash is not None:
            self._values["allow_encoded_back_slash"] = allow_encoded_back_slash
        if allow_encoded_hash is not None:
            self._values["allow_encoded_hash"] = allow_encoded_hash
        if allow_encoded_null_character is not None:
            self._values["allow_encoded_null_character"] = allow_encoded_null_character
        if allow_encoded_percent is not None:
            self._values["allow_encoded_percent"] = allow_encoded_percent
        if allow_encoded_question_mark is not None:
            self._values["allow_encoded_question_mark"] = allow_encoded_question_mark
        if allow_encoded_semicolon is not None:
            self._values["allow_encoded_semicolon"] = allow_encoded_semicolon
        if allow_encoded_slash is not None:
            self._values["allow_encoded_slash"] = allow_encoded_slash

    @builtins.property
    def allow_encoded_back_slash(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedBackSlash
        '''
        result = self._values.get("allow_encoded_back_slash")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_hash(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedHash
        '''
        result = self._values.get("allow_encoded_hash")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_null_character(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedNullCharacter
        '''
        result = self._values.get("allow_encoded_null_character")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_percent(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedPercent
        '''
        result = self._values.get("allow_encoded_percent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_question_mark(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedQuestionMark
        '''
        result = self._values.get("allow_encoded_question_mark")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_semicolon(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedSemicolon
        '''
        result = self._values.get("allow_encoded_semicolon")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_encoded_slash(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecEncodedCharacters#allowEncodedSlash
        '''
        result = self._values.get("allow_encoded_slash")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecEncodedCharacters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrors",
    jsii_struct_bases=[],
    name_mapping={
        "error_request_headers": "errorRequestHeaders",
        "query": "query",
        "service": "service",
        "status": "status",
        "status_rewrites": "statusRewrites",
    },
)
class MiddlewareSpecErrors:
    def __init__(
        self,
        *,
        error_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        query: typing.Optional[builtins.str] = None,
        service: typing.Optional[typing.Union["MiddlewareSpecErrorsService", typing.Dict[builtins.str, typing.Any]]] = None,
        status: typing.Optional[typing.Sequence[builtins.str]] = None,
        status_rewrites: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    ) -> None:
        '''
        :param error_request_headers: 
        :param query: 
        :param service: 
        :param status: 
        :param status_rewrites: 

        :schema: MiddlewareSpecErrors
        '''
        if isinstance(service, dict):
            service = MiddlewareSpecErrorsService(**service)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f6f45a63609af5b52774941845ca94a20c5139434999155f49047b347e5185b)
            check_type(argname="argument error_request_headers", value=error_request_headers, expected_type=type_hints["error_request_headers"])
            check_type(argname="argument query", value=query, expected_type=type_hints["query"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_rewrites", value=status_rewrites, expected_type=type_hints["status_rewrites"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if error_request_headers is not None:
            self._values["error_request_headers"] = error_request_headers
        if query is not None:
            self._values["query"] = query
        if service is not None:
            self._values["service"] = service
        if status is not None:
            self._values["status"] = status
        if status_rewrites is not None:
            self._values["status_rewrites"] = status_rewrites

    @builtins.property
    def error_request_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecErrors#errorRequestHeaders
        '''
        result = self._values.get("error_request_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def query(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrors#query
        '''
        result = self._values.get("query")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service(self) -> typing.Optional["MiddlewareSpecErrorsService"]:
        '''
        :schema: MiddlewareSpecErrors#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsService"], result)

    @builtins.property
    def status(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecErrors#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def status_rewrites(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''
        :schema: MiddlewareSpecErrors#statusRewrites
        '''
        result = self._values.get("status_rewrites")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsService",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class MiddlewareSpecErrorsService:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["MiddlewareSpecErrorsServiceHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["MiddlewareSpecErrorsServiceKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["MiddlewareSpecErrorsServiceMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["MiddlewareSpecErrorsServicePassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["MiddlewareSpecErrorsServicePort"] = None,
        response_forwarding: typing.Optional[typing.Union["MiddlewareSpecErrorsServiceResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["MiddlewareSpecErrorsServiceSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["MiddlewareSpecErrorsServiceStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: MiddlewareSpecErrorsService
        '''
        if isinstance(health_check, dict):
            health_check = MiddlewareSpecErrorsServiceHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = MiddlewareSpecErrorsServicePassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = MiddlewareSpecErrorsServiceResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = MiddlewareSpecErrorsServiceSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c869c1631f473d344c8b2ac4a182d5c1d56071ecd0c49f2dba3802a3da624ec8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MiddlewareSpecErrorsService#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(self) -> typing.Optional["MiddlewareSpecErrorsServiceHealthCheck"]:
        '''
        :schema: MiddlewareSpecErrorsService#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["MiddlewareSpecErrorsServiceKind"]:
        '''
        :schema: MiddlewareSpecErrorsService#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["MiddlewareSpecErrorsServiceMiddlewares"]]:
        '''
        :schema: MiddlewareSpecErrorsService#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["MiddlewareSpecErrorsServiceMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsService#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsService#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsService#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsService#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServicePassiveHealthCheck"]:
        '''
        :schema: MiddlewareSpecErrorsService#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServicePassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["MiddlewareSpecErrorsServicePort"]:
        '''
        :schema: MiddlewareSpecErrorsService#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServicePort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServiceResponseForwarding"]:
        '''
        :schema: MiddlewareSpecErrorsService#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsService#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsService#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["MiddlewareSpecErrorsServiceSticky"]:
        '''
        :schema: MiddlewareSpecErrorsService#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["MiddlewareSpecErrorsServiceStrategy"]:
        '''
        :schema: MiddlewareSpecErrorsService#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecErrorsService#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class MiddlewareSpecErrorsServiceHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["MiddlewareSpecErrorsServiceHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["MiddlewareSpecErrorsServiceHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: MiddlewareSpecErrorsServiceHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45aad5612b2c1a85aed3f25c3ee6564de4470950c007ec6073d9a5afcb9f5b8c)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServiceHealthCheckInterval"]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServiceHealthCheckTimeout"]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval"]:
        '''
        :schema: MiddlewareSpecErrorsServiceHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServiceHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecErrorsServiceHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceHealthCheckInterval",
):
    '''
    :schema: MiddlewareSpecErrorsServiceHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bbef8cef48e9b0c844f33227747dc3ff72b1262a78659466845bce261715dad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c5fd47b5498ca188d12be0777b5ced599f09409ae64e8770ce36000e1d9470d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecErrorsServiceHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceHealthCheckTimeout",
):
    '''
    :schema: MiddlewareSpecErrorsServiceHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1bd9adfce33508c8d80bc533b10b431453cb009a90b2b81897e3418e94e5898)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5648f8bb3752849b397d3c04dfdf896421c5d70de80be604fb3029a593f9b23e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval",
):
    '''
    :schema: MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85920d4b73fece1caf8fe47b2cfe392f76f4d3adf494dfc586fc2566a0866ddf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b2db0118cb79735340cb139fd09b544aa7b7660712fa0e9d16cc368adc143cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceKind")
class MiddlewareSpecErrorsServiceKind(enum.Enum):
    '''
    :schema: MiddlewareSpecErrorsServiceKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class MiddlewareSpecErrorsServiceMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: MiddlewareSpecErrorsServiceMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f386f7fd7bdee0eaef0409546c623bf4aa067b525c6a1980e3f0c0a8c318628c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: MiddlewareSpecErrorsServiceMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServiceMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServicePassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class MiddlewareSpecErrorsServicePassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: MiddlewareSpecErrorsServicePassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33c934e2bd80120bc9ea3fd7fee066918ae612df864500e336fc5dd35554e9bf)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow"]:
        '''
        :schema: MiddlewareSpecErrorsServicePassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecErrorsServicePassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServicePassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow",
):
    '''
    :schema: MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47b2ad37c7e9e01f8a8ebe2e95f7ab57d18991c192ddb00e8ebbc90aa087cb23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ad36d0cb66d79b3a6a48fb75282878b7d53186351445ce2b8d7047b4bbaffb8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecErrorsServicePort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServicePort",
):
    '''
    :schema: MiddlewareSpecErrorsServicePort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "MiddlewareSpecErrorsServicePort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b47df608e8ba331fcf20f2cd8760d98a46ed2301a941d0cf387c70c4b44b3908)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServicePort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "MiddlewareSpecErrorsServicePort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__919e0890a350018fc06da0d7b5eb17f409f18718564ab47405784dfed98a0463)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecErrorsServicePort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class MiddlewareSpecErrorsServiceResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: MiddlewareSpecErrorsServiceResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe65fad1fbde676a2383fcd0b5d7f084b4cc478c8b818800ed9ad407a1e51fae)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServiceResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class MiddlewareSpecErrorsServiceSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["MiddlewareSpecErrorsServiceStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: MiddlewareSpecErrorsServiceSticky
        '''
        if isinstance(cookie, dict):
            cookie = MiddlewareSpecErrorsServiceStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d914d61f501e30df3a54bc88af1acc7396fb8a648eb0669facf75a59425ca16)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(self) -> typing.Optional["MiddlewareSpecErrorsServiceStickyCookie"]:
        '''
        :schema: MiddlewareSpecErrorsServiceSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServiceSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class MiddlewareSpecErrorsServiceStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["MiddlewareSpecErrorsServiceStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: MiddlewareSpecErrorsServiceStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20c4acdf2b84a179c4d01b61dd795cc9a2826c98e4308a249cbf5f9f5ae2f9c2)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["MiddlewareSpecErrorsServiceStickyCookieSameSite"]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["MiddlewareSpecErrorsServiceStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecErrorsServiceStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecErrorsServiceStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceStickyCookieSameSite"
)
class MiddlewareSpecErrorsServiceStickyCookieSameSite(enum.Enum):
    '''
    :schema: MiddlewareSpecErrorsServiceStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.MiddlewareSpecErrorsServiceStrategy")
class MiddlewareSpecErrorsServiceStrategy(enum.Enum):
    '''
    :schema: MiddlewareSpecErrorsServiceStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecForwardAuth",
    jsii_struct_bases=[],
    name_mapping={
        "add_auth_cookies_to_response": "addAuthCookiesToResponse",
        "address": "address",
        "auth_request_headers": "authRequestHeaders",
        "auth_response_headers": "authResponseHeaders",
        "auth_response_headers_regex": "authResponseHeadersRegex",
        "auth_signin_url": "authSigninUrl",
        "forward_body": "forwardBody",
        "header_field": "headerField",
        "max_body_size": "maxBodySize",
        "max_response_body_size": "maxResponseBodySize",
        "preserve_location_header": "preserveLocationHeader",
        "preserve_request_method": "preserveRequestMethod",
        "tls": "tls",
        "trust_forward_header": "trustForwardHeader",
    },
)
class MiddlewareSpecForwardAuth:
    def __init__(
        self,
        *,
        add_auth_cookies_to_response: typing.Optional[typing.Sequence[builtins.str]] = None,
        address: typing.Optional[builtins.str] = None,
        auth_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        auth_response_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        auth_response_headers_regex: typing.Optional[builtins.str] = None,
        auth_signin_url: typing.Optional[builtins.str] = None,
        forward_body: typing.Optional[builtins.bool] = None,
        header_field: typing.Optional[builtins.str] = None,
        max_body_size: typing.Optional[jsii.Number] = None,
        max_response_body_size: typing.Optional[jsii.Number] = None,
        preserve_location_header: typing.Optional[builtins.bool] = None,
        preserve_request_method: typing.Optional[builtins.bool] = None,
        tls: typing.Optional[typing.Union["MiddlewareSpecForwardAuthTls", typing.Dict[builtins.str, typing.Any]]] = None,
        trust_forward_header: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param add_auth_cookies_to_response: 
        :param address: 
        :param auth_request_headers: 
        :param auth_response_headers: 
        :param auth_response_headers_regex: 
        :param auth_signin_url: 
        :param forward_body: 
        :param header_field: 
        :param max_body_size: 
        :param max_response_body_size: 
        :param preserve_location_header: 
        :param preserve_request_method: 
        :param tls: 
        :param trust_forward_header: 

        :schema: MiddlewareSpecForwardAuth
        '''
        if isinstance(tls, dict):
            tls = MiddlewareSpecForwardAuthTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c0b6b4e671cd7d3a9d5be425ffb1852b9c8a878906698399106724b2e476d6f)
            check_type(argname="argument add_auth_cookies_to_response", value=add_auth_cookies_to_response, expected_type=type_hints["add_auth_cookies_to_response"])
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument auth_request_headers", value=auth_request_headers, expected_type=type_hints["auth_request_headers"])
            check_type(argname="argument auth_response_headers", value=auth_response_headers, expected_type=type_hints["auth_response_headers"])
            check_type(argname="argument auth_response_headers_regex", value=auth_response_headers_regex, expected_type=type_hints["auth_response_headers_regex"])
            check_type(argname="argument auth_signin_url", value=auth_signin_url, expected_type=type_hints["auth_signin_url"])
            check_type(argname="argument forward_body", value=forward_body, expected_type=type_hints["forward_body"])
            check_type(argname="argument header_field", value=header_field, expected_type=type_hints["header_field"])
            check_type(argname="argument max_body_size", value=max_body_size, expected_type=type_hints["max_body_size"])
            check_type(argname="argument max_response_body_size", value=max_response_body_size, expected_type=type_hints["max_response_body_size"])
            check_type(argname="argument preserve_location_header", value=preserve_location_header, expected_type=type_hints["preserve_location_header"])
            check_type(argname="argument preserve_request_method", value=preserve_request_method, expected_type=type_hints["preserve_request_method"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument trust_forward_header", value=trust_forward_header, expected_type=type_hints["trust_forward_header"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add_auth_cookies_to_response is not None:
            self._values["add_auth_cookies_to_response"] = add_auth_cookies_to_response
        if address is not None:
            self._values["address"] = address
        if auth_request_headers is not None:
            self._values["auth_request_headers"] = auth_request_headers
        if auth_response_headers is not None:
            self._values["auth_response_headers"] = auth_response_headers
        if auth_response_headers_regex is not None:
            self._values["auth_response_headers_regex"] = auth_response_headers_regex
        if auth_signin_url is not None:
            self._values["auth_signin_url"] = auth_signin_url
        if forward_body is not None:
            self._values["forward_body"] = forward_body
        if header_field is not None:
            self._values["header_field"] = header_field
        if max_body_size is not None:
            self._values["max_body_size"] = max_body_size
        if max_response_body_size is not None:
            self._values["max_response_body_size"] = max_response_body_size
        if preserve_location_header is not None:
            self._values["preserve_location_header"] = preserve_location_header
        if preserve_request_method is not None:
            self._values["preserve_request_method"] = preserve_request_method
        if tls is not None:
            self._values["tls"] = tls
        if trust_forward_header is not None:
            self._values["trust_forward_header"] = trust_forward_header

    @builtins.property
    def add_auth_cookies_to_response(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecForwardAuth#addAuthCookiesToResponse
        '''
        result = self._values.get("add_auth_cookies_to_response")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuth#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auth_request_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecForwardAuth#authRequestHeaders
        '''
        result = self._values.get("auth_request_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def auth_response_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecForwardAuth#authResponseHeaders
        '''
        result = self._values.get("auth_response_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def auth_response_headers_regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuth#authResponseHeadersRegex
        '''
        result = self._values.get("auth_response_headers_regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auth_signin_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuth#authSigninURL
        '''
        result = self._values.get("auth_signin_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def forward_body(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuth#forwardBody
        '''
        result = self._values.get("forward_body")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def header_field(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuth#headerField
        '''
        result = self._values.get("header_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_body_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecForwardAuth#maxBodySize
        '''
        result = self._values.get("max_body_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_response_body_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecForwardAuth#maxResponseBodySize
        '''
        result = self._values.get("max_response_body_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def preserve_location_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuth#preserveLocationHeader
        '''
        result = self._values.get("preserve_location_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def preserve_request_method(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuth#preserveRequestMethod
        '''
        result = self._values.get("preserve_request_method")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tls(self) -> typing.Optional["MiddlewareSpecForwardAuthTls"]:
        '''
        :schema: MiddlewareSpecForwardAuth#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["MiddlewareSpecForwardAuthTls"], result)

    @builtins.property
    def trust_forward_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuth#trustForwardHeader
        '''
        result = self._values.get("trust_forward_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecForwardAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecForwardAuthTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_optional": "caOptional",
        "ca_secret": "caSecret",
        "cert_secret": "certSecret",
        "insecure_skip_verify": "insecureSkipVerify",
    },
)
class MiddlewareSpecForwardAuthTls:
    def __init__(
        self,
        *,
        ca_optional: typing.Optional[builtins.bool] = None,
        ca_secret: typing.Optional[builtins.str] = None,
        cert_secret: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ca_optional: 
        :param ca_secret: 
        :param cert_secret: 
        :param insecure_skip_verify: 

        :schema: MiddlewareSpecForwardAuthTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d90a45f9bedabd5985e0ebcdf7eac81cce808231e7eca54ef76c316dc742c5f)
            check_type(argname="argument ca_optional", value=ca_optional, expected_type=type_hints["ca_optional"])
            check_type(argname="argument ca_secret", value=ca_secret, expected_type=type_hints["ca_secret"])
            check_type(argname="argument cert_secret", value=cert_secret, expected_type=type_hints["cert_secret"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_optional is not None:
            self._values["ca_optional"] = ca_optional
        if ca_secret is not None:
            self._values["ca_secret"] = ca_secret
        if cert_secret is not None:
            self._values["cert_secret"] = cert_secret
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify

    @builtins.property
    def ca_optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuthTls#caOptional
        '''
        result = self._values.get("ca_optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ca_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuthTls#caSecret
        '''
        result = self._values.get("ca_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecForwardAuthTls#certSecret
        '''
        result = self._values.get("cert_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecForwardAuthTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecForwardAuthTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecGrpcWeb",
    jsii_struct_bases=[],
    name_mapping={"allow_origins": "allowOrigins"},
)
class MiddlewareSpecGrpcWeb:
    def __init__(
        self,
        *,
        allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param allow_origins: 

        :schema: MiddlewareSpecGrpcWeb
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97e538f5b79065b20483cc2dce71308aa19bf2d58c6903d25d81e07aefbf9418)
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins

    @builtins.property
    def allow_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecGrpcWeb#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecGrpcWeb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecHeaders",
    jsii_struct_bases=[],
    name_mapping={
        "access_control_allow_credentials": "accessControlAllowCredentials",
        "access_control_allow_headers": "accessControlAllowHeaders",
        "access_control_allow_methods": "accessControlAllowMethods",
        "access_control_allow_origin_list": "accessControlAllowOriginList",
        "access_control_allow_origin_list_regex": "accessControlAllowOriginListRegex",
        "access_control_expose_headers": "accessControlExposeHeaders",
        "access_control_max_age": "accessControlMaxAge",
        "add_vary_header": "addVaryHeader",
        "allowed_hosts": "allowedHosts",
        "browser_xss_filter": "browserXssFilter",
        "content_security_policy": "contentSecurityPolicy",
        "content_security_policy_report_only": "contentSecurityPolicyReportOnly",
        "content_type_nosniff": "contentTypeNosniff",
        "custom_browser_xss_value": "customBrowserXssValue",
        "custom_frame_options_value": "customFrameOptionsValue",
        "custom_request_headers": "customRequestHeaders",
        "custom_response_headers": "customResponseHeaders",
        "feature_policy": "featurePolicy",
        "force_sts_header": "forceStsHeader",
        "frame_deny": "frameDeny",
        "hosts_proxy_headers": "hostsProxyHeaders",
        "is_development": "isDevelopment",
        "permissions_policy": "permissionsPolicy",
        "public_key": "publicKey",
        "referrer_policy": "referrerPolicy",
        "ssl_force_host": "sslForceHost",
        "ssl_host": "sslHost",
        "ssl_proxy_headers": "sslProxyHeaders",
        "ssl_redirect": "sslRedirect",
        "ssl_temporary_redirect": "sslTemporaryRedirect",
        "sts_include_subdomains": "stsIncludeSubdomains",
        "sts_preload": "stsPreload",
        "sts_seconds": "stsSeconds",
    },
)
class MiddlewareSpecHeaders:
    def __init__(
        self,
        *,
        access_control_allow_credentials: typing.Optional[builtins.bool] = None,
        access_control_allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        access_control_allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        access_control_allow_origin_list: typing.Optional[typing.Sequence[builtins.str]] = None,
        access_control_allow_origin_list_regex: typing.Optional[typing.Sequence[builtins.str]] = None,
        access_control_expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        access_control_max_age: typing.Optional[jsii.Number] = None,
        add_vary_header: typing.Optional[builtins.bool] = None,
        allowed_hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        browser_xss_filter: typing.Optional[builtins.bool] = None,
        content_security_policy: typing.Optional[builtins.str] = None,
        content_security_policy_report_only: typing.Optional[builtins.str] = None,
        content_type_nosniff: typing.Optional[builtins.bool] = None,
        custom_browser_xss_value: typing.Optional[builtins.str] = None,
        custom_frame_options_value: typing.Optional[builtins.str] = None,
        custom_request_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        custom_response_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        feature_policy: typing.Optional[builtins.str] = None,
        force_sts_header: typing.Optional[builtins.bool] = None,
        frame_deny: typing.Optional[builtins.bool] = None,
        hosts_proxy_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        is_development: typing.Optional[builtins.bool] = None,
        permissions_policy: typing.Optional[builtins.str] = None,
        public_key: typing.Optional[builtins.str] = None,
        referrer_policy: typing.Optional[builtins.str] = None,
        ssl_force_host: typing.Optional[builtins.bool] = None,
        ssl_host: typing.Optional[builtins.str] = None,
        ssl_proxy_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        ssl_redirect: typing.Optional[builtins.bool] = None,
        ssl_temporary_redirect: typing.Optional[builtins.bool] = None,
        sts_include_subdomains: typing.Optional[builtins.bool] = None,
        sts_preload: typing.Optional[builtins.bool] = None,
        sts_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param access_control_allow_credentials: 
        :param access_control_allow_headers: 
        :param access_control_allow_methods: 
        :param access_control_allow_origin_list: 
        :param access_control_allow_origin_list_regex: 
        :param access_control_expose_headers: 
        :param access_control_max_age: 
        :param add_vary_header: 
        :param allowed_hosts: 
        :param browser_xss_filter: 
        :param content_security_policy: 
        :param content_security_policy_report_only: 
        :param content_type_nosniff: 
        :param custom_browser_xss_value: 
        :param custom_frame_options_value: 
        :param custom_request_headers: 
        :param custom_response_headers: 
        :param feature_policy: 
        :param force_sts_header: 
        :param frame_deny: 
        :param hosts_proxy_headers: 
        :param is_development: 
        :param permissions_policy: 
        :param public_key: 
        :param referrer_policy: 
        :param ssl_force_host: 
        :param ssl_host: 
        :param ssl_proxy_headers: 
        :param ssl_redirect: 
        :param ssl_temporary_redirect: 
        :param sts_include_subdomains: 
        :param sts_preload: 
        :param sts_seconds: 

        :schema: MiddlewareSpecHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__295174e8994782a62db0d2671b413a9bf9bc541a5b6e58d9a3dd8a61f541e1f8)
            check_type(argname="argument access_control_allow_credentials", value=access_control_allow_credentials, expected_type=type_hints["access_control_allow_credentials"])
            check_type(argname="argument access_control_allow_headers", value=access_control_allow_headers, expected_type=type_hints["access_control_allow_headers"])
            check_type(argname="argument access_control_allow_methods", value=access_control_allow_methods, expected_type=type_hints["access_control_allow_methods"])
            check_type(argname="argument access_control_allow_origin_list", value=access_control_allow_origin_list, expected_type=type_hints["access_control_allow_origin_list"])
            check_type(argname="argument access_control_allow_origin_list_regex", value=access_control_allow_origin_list_regex, expected_type=type_hints["access_control_allow_origin_list_regex"])
            check_type(argname="argument access_control_expose_headers", value=access_control_expose_headers, expected_type=type_hints["access_control_expose_headers"])
            check_type(argname="argument access_control_max_age", value=access_control_max_age, expected_type=type_hints["access_control_max_age"])
            check_type(argname="argument add_vary_header", value=add_vary_header, expected_type=type_hints["add_vary_header"])
            check_type(argname="argument allowed_hosts", value=allowed_hosts, expected_type=type_hints["allowed_hosts"])
            check_type(argname="argument browser_xss_filter", value=browser_xss_filter, expected_type=type_hints["browser_xss_filter"])
            check_type(argname="argument content_security_policy", value=content_security_policy, expected_type=type_hints["content_security_policy"])
            check_type(argname="argument content_security_policy_report_only", value=content_security_policy_report_only, expected_type=type_hints["content_security_policy_report_only"])
            check_type(argname="argument content_type_nosniff", value=content_type_nosniff, expected_type=type_hints["content_type_nosniff"])
            check_type(argname="argument custom_browser_xss_value", value=custom_browser_xss_value, expected_type=type_hints["custom_browser_xss_value"])
            check_type(argname="argument custom_frame_options_value", value=custom_frame_options_value, expected_type=type_hints["custom_frame_options_value"])
            check_type(argname="argument custom_request_headers", value=custom_request_headers, expected_type=type_hints["custom_request_headers"])
            check_type(argname="argument custom_response_headers", value=custom_response_headers, expected_type=type_hints["custom_response_headers"])
            check_type(argname="argument feature_policy", value=feature_policy, expected_type=type_hints["feature_policy"])
            check_type(argname="argument force_sts_header", value=force_sts_header, expected_type=type_hints["force_sts_header"])
            check_type(argname="argument frame_deny", value=frame_deny, expected_type=type_hints["frame_deny"])
            check_type(argname="argument hosts_proxy_headers", value=hosts_proxy_headers, expected_type=type_hints["hosts_proxy_headers"])
            check_type(argname="argument is_development", value=is_development, expected_type=type_hints["is_development"])
            check_type(argname="argument permissions_policy", value=permissions_policy, expected_type=type_hints["permissions_policy"])
            check_type(argname="argument public_key", value=public_key, expected_type=type_hints["public_key"])
            check_type(argname="argument referrer_policy", value=referrer_policy, expected_type=type_hints["referrer_policy"])
            check_type(argname="argument ssl_force_host", value=ssl_force_host, expected_type=type_hints["ssl_force_host"])
            check_type(argname="argument ssl_host", value=ssl_host, expected_type=type_hints["ssl_host"])
            check_type(argname="argument ssl_proxy_headers", value=ssl_proxy_headers, expected_type=type_hints["ssl_proxy_headers"])
            check_type(argname="argument ssl_redirect", value=ssl_redirect, expected_type=type_hints["ssl_redirect"])
            check_type(argname="argument ssl_temporary_redirect", value=ssl_temporary_redirect, expected_type=type_hints["ssl_temporary_redirect"])
            check_type(argname="argument sts_include_subdomains", value=sts_include_subdomains, expected_type=type_hints["sts_include_subdomains"])
            check_type(argname="argument sts_preload", value=sts_preload, expected_type=type_hints["sts_preload"])
            check_type(argname="argument sts_seconds", value=sts_seconds, expected_type=type_hints["sts_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_control_allow_credentials is not None:
            self._values["access_control_allow_credentials"] = access_control_allow_credentials
        if access_control_allow_headers is not None:
            self._values["access_control_allow_headers"] = access_control_allow_headers
        if access_control_allow_methods is not None:
            self._values["access_control_allow_methods"] = access_control_allow_methods
        if access_control_allow_origin_list is not None:
            self._values["access_control_allow_origin_list"] = access_control_allow_origin_list
        if access_control_allow_origin_list_regex is not None:
            self._values["access_control_allow_origin_list_regex"] = access_control_allow_origin_list_regex
        if access_control_expose_headers is not None:
            self._values["access_control_expose_headers"] = access_control_expose_headers
        if access_control_max_age is not None:
            self._values["access_control_max_age"] = access_control_max_age
        if add_vary_header is not None:
            self._values["add_vary_header"] = add_vary_header
        if allowed_hosts is not None:
            self._values["allowed_hosts"] = allowed_hosts
        if browser_xss_filter is not None:
            self._values["browser_xss_filter"] = browser_xss_filter
        if content_security_policy is not None:
            self._values["content_security_policy"] = content_security_policy
        if content_security_policy_report_only is not None:
            self._values["content_security_policy_report_only"] = content_security_policy_report_only
        if content_type_nosniff is not None:
            self._values["content_type_nosniff"] = content_type_nosniff
        if custom_browser_xss_value is not None:
            self._values["custom_browser_xss_value"] = custom_browser_xss_value
        if custom_frame_options_value is not None:
            self._values["custom_frame_options_value"] = custom_frame_options_value
        if custom_request_headers is not None:
            self._values["custom_request_headers"] = custom_request_headers
        if custom_response_headers is not None:
            self._values["custom_response_headers"] = custom_response_headers
        if feature_policy is not None:
            self._values["feature_policy"] = feature_policy
        if force_sts_header is not None:
            self._values["force_sts_header"] = force_sts_header
        if frame_deny is not None:
            self._values["frame_deny"] = frame_deny
        if hosts_proxy_headers is not None:
            self._values["hosts_proxy_headers"] = hosts_proxy_headers
        if is_development is not None:
            self._values["is_development"] = is_development
        if permissions_policy is not None:
            self._values["permissions_policy"] = permissions_policy
        if public_key is not None:
            self._values["public_key"] = public_key
        if referrer_policy is not None:
            self._values["referrer_policy"] = referrer_policy
        if ssl_force_host is not None:
            self._values["ssl_force_host"] = ssl_force_host
        if ssl_host is not None:
            self._values["ssl_host"] = ssl_host
        if ssl_proxy_headers is not None:
            self._values["ssl_proxy_headers"] = ssl_proxy_headers
        if ssl_redirect is not None:
            self._values["ssl_redirect"] = ssl_redirect
        if ssl_temporary_redirect is not None:
            self._values["ssl_temporary_redirect"] = ssl_temporary_redirect
        if sts_include_subdomains is not None:
            self._values["sts_include_subdomains"] = sts_include_subdomains
        if sts_preload is not None:
            self._values["sts_preload"] = sts_preload
        if sts_seconds is not None:
            self._values["sts_seconds"] = sts_seconds

    @builtins.property
    def access_control_allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlAllowCredentials
        '''
        result = self._values.get("access_control_allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def access_control_allow_headers(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlAllowHeaders
        '''
        result = self._values.get("access_control_allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def access_control_allow_methods(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlAllowMethods
        '''
        result = self._values.get("access_control_allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def access_control_allow_origin_list(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlAllowOriginList
        '''
        result = self._values.get("access_control_allow_origin_list")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def access_control_allow_origin_list_regex(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlAllowOriginListRegex
        '''
        result = self._values.get("access_control_allow_origin_list_regex")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def access_control_expose_headers(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlExposeHeaders
        '''
        result = self._values.get("access_control_expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def access_control_max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecHeaders#accessControlMaxAge
        '''
        result = self._values.get("access_control_max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def add_vary_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#addVaryHeader
        '''
        result = self._values.get("add_vary_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allowed_hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#allowedHosts
        '''
        result = self._values.get("allowed_hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def browser_xss_filter(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#browserXssFilter
        '''
        result = self._values.get("browser_xss_filter")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def content_security_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#contentSecurityPolicy
        '''
        result = self._values.get("content_security_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_security_policy_report_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#contentSecurityPolicyReportOnly
        '''
        result = self._values.get("content_security_policy_report_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_type_nosniff(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#contentTypeNosniff
        '''
        result = self._values.get("content_type_nosniff")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def custom_browser_xss_value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#customBrowserXSSValue
        '''
        result = self._values.get("custom_browser_xss_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_frame_options_value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#customFrameOptionsValue
        '''
        result = self._values.get("custom_frame_options_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_request_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#customRequestHeaders
        '''
        result = self._values.get("custom_request_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def custom_response_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#customResponseHeaders
        '''
        result = self._values.get("custom_response_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def feature_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#featurePolicy
        '''
        result = self._values.get("feature_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def force_sts_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#forceSTSHeader
        '''
        result = self._values.get("force_sts_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def frame_deny(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#frameDeny
        '''
        result = self._values.get("frame_deny")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hosts_proxy_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#hostsProxyHeaders
        '''
        result = self._values.get("hosts_proxy_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def is_development(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#isDevelopment
        '''
        result = self._values.get("is_development")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def permissions_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#permissionsPolicy
        '''
        result = self._values.get("permissions_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def public_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#publicKey
        '''
        result = self._values.get("public_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def referrer_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#referrerPolicy
        '''
        result = self._values.get("referrer_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_force_host(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#sslForceHost
        '''
        result = self._values.get("ssl_force_host")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl_host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecHeaders#sslHost
        '''
        result = self._values.get("ssl_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_proxy_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: MiddlewareSpecHeaders#sslProxyHeaders
        '''
        result = self._values.get("ssl_proxy_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def ssl_redirect(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#sslRedirect
        '''
        result = self._values.get("ssl_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl_temporary_redirect(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#sslTemporaryRedirect
        '''
        result = self._values.get("ssl_temporary_redirect")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sts_include_subdomains(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#stsIncludeSubdomains
        '''
        result = self._values.get("sts_include_subdomains")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sts_preload(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecHeaders#stsPreload
        '''
        result = self._values.get("sts_preload")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sts_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecHeaders#stsSeconds
        '''
        result = self._values.get("sts_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecInFlightReq",
    jsii_struct_bases=[],
    name_mapping={"amount": "amount", "source_criterion": "sourceCriterion"},
)
class MiddlewareSpecInFlightReq:
    def __init__(
        self,
        *,
        amount: typing.Optional[jsii.Number] = None,
        source_criterion: typing.Optional[typing.Union["MiddlewareSpecInFlightReqSourceCriterion", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param amount: 
        :param source_criterion: 

        :schema: MiddlewareSpecInFlightReq
        '''
        if isinstance(source_criterion, dict):
            source_criterion = MiddlewareSpecInFlightReqSourceCriterion(**source_criterion)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e969445b1db5d2d86c87e5d6f2cfcdc7d16d3437df30cc439ce904d6e8e862cb)
            check_type(argname="argument amount", value=amount, expected_type=type_hints["amount"])
            check_type(argname="argument source_criterion", value=source_criterion, expected_type=type_hints["source_criterion"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if amount is not None:
            self._values["amount"] = amount
        if source_criterion is not None:
            self._values["source_criterion"] = source_criterion

    @builtins.property
    def amount(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecInFlightReq#amount
        '''
        result = self._values.get("amount")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_criterion(
        self,
    ) -> typing.Optional["MiddlewareSpecInFlightReqSourceCriterion"]:
        '''
        :schema: MiddlewareSpecInFlightReq#sourceCriterion
        '''
        result = self._values.get("source_criterion")
        return typing.cast(typing.Optional["MiddlewareSpecInFlightReqSourceCriterion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecInFlightReq(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecInFlightReqSourceCriterion",
    jsii_struct_bases=[],
    name_mapping={
        "ip_strategy": "ipStrategy",
        "request_header_name": "requestHeaderName",
        "request_host": "requestHost",
    },
)
class MiddlewareSpecInFlightReqSourceCriterion:
    def __init__(
        self,
        *,
        ip_strategy: typing.Optional[typing.Union["MiddlewareSpecInFlightReqSourceCriterionIpStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_name: typing.Optional[builtins.str] = None,
        request_host: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ip_strategy: 
        :param request_header_name: 
        :param request_host: 

        :schema: MiddlewareSpecInFlightReqSourceCriterion
        '''
        if isinstance(ip_strategy, dict):
            ip_strategy = MiddlewareSpecInFlightReqSourceCriterionIpStrategy(**ip_strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca18841321e519787f913b9a7b42c3b5198e0af4f0463ae6a2cde8a425dd941b)
            check_type(argname="argument ip_strategy", value=ip_strategy, expected_type=type_hints["ip_strategy"])
            check_type(argname="argument request_header_name", value=request_header_name, expected_type=type_hints["request_header_name"])
            check_type(argname="argument request_host", value=request_host, expected_type=type_hints["request_host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ip_strategy is not None:
            self._values["ip_strategy"] = ip_strategy
        if request_header_name is not None:
            self._values["request_header_name"] = request_header_name
        if request_host is not None:
            self._values["request_host"] = request_host

    @builtins.property
    def ip_strategy(
        self,
    ) -> typing.Optional["MiddlewareSpecInFlightReqSourceCriterionIpStrategy"]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterion#ipStrategy
        '''
        result = self._values.get("ip_strategy")
        return typing.cast(typing.Optional["MiddlewareSpecInFlightReqSourceCriterionIpStrategy"], result)

    @builtins.property
    def request_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterion#requestHeaderName
        '''
        result = self._values.get("request_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_host(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterion#requestHost
        '''
        result = self._values.get("request_host")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecInFlightReqSourceCriterion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecInFlightReqSourceCriterionIpStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "depth": "depth",
        "excluded_i_ps": "excludedIPs",
        "ipv6_subnet": "ipv6Subnet",
    },
)
class MiddlewareSpecInFlightReqSourceCriterionIpStrategy:
    def __init__(
        self,
        *,
        depth: typing.Optional[jsii.Number] = None,
        excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
        ipv6_subnet: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param depth: 
        :param excluded_i_ps: 
        :param ipv6_subnet: 

        :schema: MiddlewareSpecInFlightReqSourceCriterionIpStrategy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbc53c5eade4b0a74377878809eb4b48544e8cf8a615b2c4dd3d686604f165b7)
            check_type(argname="argument depth", value=depth, expected_type=type_hints["depth"])
            check_type(argname="argument excluded_i_ps", value=excluded_i_ps, expected_type=type_hints["excluded_i_ps"])
            check_type(argname="argument ipv6_subnet", value=ipv6_subnet, expected_type=type_hints["ipv6_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if depth is not None:
            self._values["depth"] = depth
        if excluded_i_ps is not None:
            self._values["excluded_i_ps"] = excluded_i_ps
        if ipv6_subnet is not None:
            self._values["ipv6_subnet"] = ipv6_subnet

    @builtins.property
    def depth(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterionIpStrategy#depth
        '''
        result = self._values.get("depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def excluded_i_ps(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterionIpStrategy#excludedIPs
        '''
        result = self._values.get("excluded_i_ps")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ipv6_subnet(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecInFlightReqSourceCriterionIpStrategy#ipv6Subnet
        '''
        result = self._values.get("ipv6_subnet")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecInFlightReqSourceCriterionIpStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecIpAllowList",
    jsii_struct_bases=[],
    name_mapping={
        "ip_strategy": "ipStrategy",
        "reject_status_code": "rejectStatusCode",
        "source_range": "sourceRange",
    },
)
class MiddlewareSpecIpAllowList:
    def __init__(
        self,
        *,
        ip_strategy: typing.Optional[typing.Union["MiddlewareSpecIpAllowListIpStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        reject_status_code: typing.Optional[jsii.Number] = None,
        source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ip_strategy: 
        :param reject_status_code: 
        :param source_range: 

        :schema: MiddlewareSpecIpAllowList
        '''
        if isinstance(ip_strategy, dict):
            ip_strategy = MiddlewareSpecIpAllowListIpStrategy(**ip_strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3e4c1799c515dcbac11ae540f8b8518d10c89b78a5f242073814164d14e95ef)
            check_type(argname="argument ip_strategy", value=ip_strategy, expected_type=type_hints["ip_strategy"])
            check_type(argname="argument reject_status_code", value=reject_status_code, expected_type=type_hints["reject_status_code"])
            check_type(argname="argument source_range", value=source_range, expected_type=type_hints["source_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ip_strategy is not None:
            self._values["ip_strategy"] = ip_strategy
        if reject_status_code is not None:
            self._values["reject_status_code"] = reject_status_code
        if source_range is not None:
            self._values["source_range"] = source_range

    @builtins.property
    def ip_strategy(self) -> typing.Optional["MiddlewareSpecIpAllowListIpStrategy"]:
        '''
        :schema: MiddlewareSpecIpAllowList#ipStrategy
        '''
        result = self._values.get("ip_strategy")
        return typing.cast(typing.Optional["MiddlewareSpecIpAllowListIpStrategy"], result)

    @builtins.property
    def reject_status_code(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecIpAllowList#rejectStatusCode
        '''
        result = self._values.get("reject_status_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_range(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecIpAllowList#sourceRange
        '''
        result = self._values.get("source_range")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecIpAllowList(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecIpAllowListIpStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "depth": "depth",
        "excluded_i_ps": "excludedIPs",
        "ipv6_subnet": "ipv6Subnet",
    },
)
class MiddlewareSpecIpAllowListIpStrategy:
    def __init__(
        self,
        *,
        depth: typing.Optional[jsii.Number] = None,
        excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
        ipv6_subnet: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param depth: 
        :param excluded_i_ps: 
        :param ipv6_subnet: 

        :schema: MiddlewareSpecIpAllowListIpStrategy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__953832abfc9edbb0584e2207cbbf8b758286792bbe97fb0b5d54515f142e1c10)
            check_type(argname="argument depth", value=depth, expected_type=type_hints["depth"])
            check_type(argname="argument excluded_i_ps", value=excluded_i_ps, expected_type=type_hints["excluded_i_ps"])
            check_type(argname="argument ipv6_subnet", value=ipv6_subnet, expected_type=type_hints["ipv6_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if depth is not None:
            self._values["depth"] = depth
        if excluded_i_ps is not None:
            self._values["excluded_i_ps"] = excluded_i_ps
        if ipv6_subnet is not None:
            self._values["ipv6_subnet"] = ipv6_subnet

    @builtins.property
    def depth(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecIpAllowListIpStrategy#depth
        '''
        result = self._values.get("depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def excluded_i_ps(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecIpAllowListIpStrategy#excludedIPs
        '''
        result = self._values.get("excluded_i_ps")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ipv6_subnet(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecIpAllowListIpStrategy#ipv6Subnet
        '''
        result = self._values.get("ipv6_subnet")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecIpAllowListIpStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecIpWhiteList",
    jsii_struct_bases=[],
    name_mapping={"ip_strategy": "ipStrategy", "source_range": "sourceRange"},
)
class MiddlewareSpecIpWhiteList:
    def __init__(
        self,
        *,
        ip_strategy: typing.Optional[typing.Union["MiddlewareSpecIpWhiteListIpStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param ip_strategy: 
        :param source_range: 

        :schema: MiddlewareSpecIpWhiteList
        '''
        if isinstance(ip_strategy, dict):
            ip_strategy = MiddlewareSpecIpWhiteListIpStrategy(**ip_strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d1396885eafbcdf23d0e9910c6261d2a257926d7014a57a3347cf1a9cb8cd9a)
            check_type(argname="argument ip_strategy", value=ip_strategy, expected_type=type_hints["ip_strategy"])
            check_type(argname="argument source_range", value=source_range, expected_type=type_hints["source_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ip_strategy is not None:
            self._values["ip_strategy"] = ip_strategy
        if source_range is not None:
            self._values["source_range"] = source_range

    @builtins.property
    def ip_strategy(self) -> typing.Optional["MiddlewareSpecIpWhiteListIpStrategy"]:
        '''
        :schema: MiddlewareSpecIpWhiteList#ipStrategy
        '''
        result = self._values.get("ip_strategy")
        return typing.cast(typing.Optional["MiddlewareSpecIpWhiteListIpStrategy"], result)

    @builtins.property
    def source_range(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecIpWhiteList#sourceRange
        '''
        result = self._values.get("source_range")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecIpWhiteList(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecIpWhiteListIpStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "depth": "depth",
        "excluded_i_ps": "excludedIPs",
        "ipv6_subnet": "ipv6Subnet",
    },
)
class MiddlewareSpecIpWhiteListIpStrategy:
    def __init__(
        self,
        *,
        depth: typing.Optional[jsii.Number] = None,
        excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
        ipv6_subnet: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param depth: 
        :param excluded_i_ps: 
        :param ipv6_subnet: 

        :schema: MiddlewareSpecIpWhiteListIpStrategy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__902b80d82debc93387a7a3e59e5ee173e5ba71ab2cc66b76cad1fedff7f1a646)
            check_type(argname="argument depth", value=depth, expected_type=type_hints["depth"])
            check_type(argname="argument excluded_i_ps", value=excluded_i_ps, expected_type=type_hints["excluded_i_ps"])
            check_type(argname="argument ipv6_subnet", value=ipv6_subnet, expected_type=type_hints["ipv6_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if depth is not None:
            self._values["depth"] = depth
        if excluded_i_ps is not None:
            self._values["excluded_i_ps"] = excluded_i_ps
        if ipv6_subnet is not None:
            self._values["ipv6_subnet"] = ipv6_subnet

    @builtins.property
    def depth(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecIpWhiteListIpStrategy#depth
        '''
        result = self._values.get("depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def excluded_i_ps(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecIpWhiteListIpStrategy#excludedIPs
        '''
        result = self._values.get("excluded_i_ps")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ipv6_subnet(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecIpWhiteListIpStrategy#ipv6Subnet
        '''
        result = self._values.get("ipv6_subnet")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecIpWhiteListIpStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecPassTlsClientCert",
    jsii_struct_bases=[],
    name_mapping={"info": "info", "pem": "pem"},
)
class MiddlewareSpecPassTlsClientCert:
    def __init__(
        self,
        *,
        info: typing.Optional[typing.Union["MiddlewareSpecPassTlsClientCertInfo", typing.Dict[builtins.str, typing.Any]]] = None,
        pem: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param info: 
        :param pem: 

        :schema: MiddlewareSpecPassTlsClientCert
        '''
        if isinstance(info, dict):
            info = MiddlewareSpecPassTlsClientCertInfo(**info)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbd05862cafde8dcb9c9a4baf40687777ddd4b7f46cd258836898dc11bd2cf36)
            check_type(argname="argument info", value=info, expected_type=type_hints["info"])
            check_type(argname="argument pem", value=pem, expected_type=type_hints["pem"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if info is not None:
            self._values["info"] = info
        if pem is not None:
            self._values["pem"] = pem

    @builtins.property
    def info(self) -> typing.Optional["MiddlewareSpecPassTlsClientCertInfo"]:
        '''
        :schema: MiddlewareSpecPassTlsClientCert#info
        '''
        result = self._values.get("info")
        return typing.cast(typing.Optional["MiddlewareSpecPassTlsClientCertInfo"], result)

    @builtins.property
    def pem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCert#pem
        '''
        result = self._values.get("pem")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecPassTlsClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecPassTlsClientCertInfo",
    jsii_struct_bases=[],
    name_mapping={
        "issuer": "issuer",
        "not_after": "notAfter",
        "not_before": "notBefore",
        "sans": "sans",
        "serial_number": "serialNumber",
        "subject": "subject",
    },
)
class MiddlewareSpecPassTlsClientCertInfo:
    def __init__(
        self,
        *,
        issuer: typing.Optional[typing.Union["MiddlewareSpecPassTlsClientCertInfoIssuer", typing.Dict[builtins.str, typing.Any]]] = None,
        not_after: typing.Optional[builtins.bool] = None,
        not_before: typing.Optional[builtins.bool] = None,
        sans: typing.Optional[builtins.bool] = None,
        serial_number: typing.Optional[builtins.bool] = None,
        subject: typing.Optional[typing.Union["MiddlewareSpecPassTlsClientCertInfoSubject", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param issuer: 
        :param not_after: 
        :param not_before: 
        :param sans: 
        :param serial_number: 
        :param subject: 

        :schema: MiddlewareSpecPassTlsClientCertInfo
        '''
        if isinstance(issuer, dict):
            issuer = MiddlewareSpecPassTlsClientCertInfoIssuer(**issuer)
        if isinstance(subject, dict):
            subject = MiddlewareSpecPassTlsClientCertInfoSubject(**subject)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__718a6fc6725c9e5102946758cb80cdc0feb34b100dcbc23528db628cb4cb8d58)
            check_type(argname="argument issuer", value=issuer, expected_type=type_hints["issuer"])
            check_type(argname="argument not_after", value=not_after, expected_type=type_hints["not_after"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument sans", value=sans, expected_type=type_hints["sans"])
            check_type(argname="argument serial_number", value=serial_number, expected_type=type_hints["serial_number"])
            check_type(argname="argument subject", value=subject, expected_type=type_hints["subject"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer is not None:
            self._values["issuer"] = issuer
        if not_after is not None:
            self._values["not_after"] = not_after
        if not_before is not None:
            self._values["not_before"] = not_before
        if sans is not None:
            self._values["sans"] = sans
        if serial_number is not None:
            self._values["serial_number"] = serial_number
        if subject is not None:
            self._values["subject"] = subject

    @builtins.property
    def issuer(self) -> typing.Optional["MiddlewareSpecPassTlsClientCertInfoIssuer"]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#issuer
        '''
        result = self._values.get("issuer")
        return typing.cast(typing.Optional["MiddlewareSpecPassTlsClientCertInfoIssuer"], result)

    @builtins.property
    def not_after(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#notAfter
        '''
        result = self._values.get("not_after")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def not_before(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sans(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#sans
        '''
        result = self._values.get("sans")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def serial_number(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#serialNumber
        '''
        result = self._values.get("serial_number")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subject(self) -> typing.Optional["MiddlewareSpecPassTlsClientCertInfoSubject"]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfo#subject
        '''
        result = self._values.get("subject")
        return typing.cast(typing.Optional["MiddlewareSpecPassTlsClientCertInfoSubject"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecPassTlsClientCertInfo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecPassTlsClientCertInfoIssuer",
    jsii_struct_bases=[],
    name_mapping={
        "common_name": "commonName",
        "country": "country",
        "domain_component": "domainComponent",
        "locality": "locality",
        "organization": "organization",
        "province": "province",
        "serial_number": "serialNumber",
    },
)
class MiddlewareSpecPassTlsClientCertInfoIssuer:
    def __init__(
        self,
        *,
        common_name: typing.Optional[builtins.bool] = None,
        country: typing.Optional[builtins.bool] = None,
        domain_component: typing.Optional[builtins.bool] = None,
        locality: typing.Optional[builtins.bool] = None,
        organization: typing.Optional[builtins.bool] = None,
        province: typing.Optional[builtins.bool] = None,
        serial_number: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param common_name: 
        :param country: 
        :param domain_component: 
        :param locality: 
        :param organization: 
        :param province: 
        :param serial_number: 

        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64ae49e7fd7309dd7db37ce13f705bc3ea40093dc88d32f42b8fcbbb99aa164e)
            check_type(argname="argument common_name", value=common_name, expected_type=type_hints["common_name"])
            check_type(argname="argument country", value=country, expected_type=type_hints["country"])
            check_type(argname="argument domain_component", value=domain_component, expected_type=type_hints["domain_component"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument organization", value=organization, expected_type=type_hints["organization"])
            check_type(argname="argument province", value=province, expected_type=type_hints["province"])
            check_type(argname="argument serial_number", value=serial_number, expected_type=type_hints["serial_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if common_name is not None:
            self._values["common_name"] = common_name
        if country is not None:
            self._values["country"] = country
        if domain_component is not None:
            self._values["domain_component"] = domain_component
        if locality is not None:
            self._values["locality"] = locality
        if organization is not None:
            self._values["organization"] = organization
        if province is not None:
            self._values["province"] = province
        if serial_number is not None:
            self._values["serial_number"] = serial_number

    @builtins.property
    def common_name(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#commonName
        '''
        result = self._values.get("common_name")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def country(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#country
        '''
        result = self._values.get("country")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def domain_component(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#domainComponent
        '''
        result = self._values.get("domain_component")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def organization(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#organization
        '''
        result = self._values.get("organization")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def province(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#province
        '''
        result = self._values.get("province")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def serial_number(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoIssuer#serialNumber
        '''
        result = self._values.get("serial_number")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecPassTlsClientCertInfoIssuer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecPassTlsClientCertInfoSubject",
    jsii_struct_bases=[],
    name_mapping={
        "common_name": "commonName",
        "country": "country",
        "domain_component": "domainComponent",
        "locality": "locality",
        "organization": "organization",
        "organizational_unit": "organizationalUnit",
        "province": "province",
        "serial_number": "serialNumber",
    },
)
class MiddlewareSpecPassTlsClientCertInfoSubject:
    def __init__(
        self,
        *,
        common_name: typing.Optional[builtins.bool] = None,
        country: typing.Optional[builtins.bool] = None,
        domain_component: typing.Optional[builtins.bool] = None,
        locality: typing.Optional[builtins.bool] = None,
        organization: typing.Optional[builtins.bool] = None,
        organizational_unit: typing.Optional[builtins.bool] = None,
        province: typing.Optional[builtins.bool] = None,
        serial_number: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param common_name: 
        :param country: 
        :param domain_component: 
        :param locality: 
        :param organization: 
        :param organizational_unit: 
        :param province: 
        :param serial_number: 

        :schema: MiddlewareSpecPassTlsClientCertInfoSubject
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__456d06a8e73a8db324cc67e16c990f345b204e2cea1aebd2c57fc2e54d0af86d)
            check_type(argname="argument common_name", value=common_name, expected_type=type_hints["common_name"])
            check_type(argname="argument country", value=country, expected_type=type_hints["country"])
            check_type(argname="argument domain_component", value=domain_component, expected_type=type_hints["domain_component"])
            check_type(argname="argument locality", value=locality, expected_type=type_hints["locality"])
            check_type(argname="argument organization", value=organization, expected_type=type_hints["organization"])
            check_type(argname="argument organizational_unit", value=organizational_unit, expected_type=type_hints["organizational_unit"])
            check_type(argname="argument province", value=province, expected_type=type_hints["province"])
            check_type(argname="argument serial_number", value=serial_number, expected_type=type_hints["serial_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if common_name is not None:
            self._values["common_name"] = common_name
        if country is not None:
            self._values["country"] = country
        if domain_component is not None:
            self._values["domain_component"] = domain_component
        if locality is not None:
            self._values["locality"] = locality
        if organization is not None:
            self._values["organization"] = organization
        if organizational_unit is not None:
            self._values["organizational_unit"] = organizational_unit
        if province is not None:
            self._values["province"] = province
        if serial_number is not None:
            self._values["serial_number"] = serial_number

    @builtins.property
    def common_name(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#commonName
        '''
        result = self._values.get("common_name")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def country(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#country
        '''
        result = self._values.get("country")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def domain_component(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#domainComponent
        '''
        result = self._values.get("domain_component")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def locality(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#locality
        '''
        result = self._values.get("locality")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def organization(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#organization
        '''
        result = self._values.get("organization")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def organizational_unit(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#organizationalUnit
        '''
        result = self._values.get("organizational_unit")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def province(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#province
        '''
        result = self._values.get("province")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def serial_number(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecPassTlsClientCertInfoSubject#serialNumber
        '''
        result = self._values.get("serial_number")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecPassTlsClientCertInfoSubject(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimit",
    jsii_struct_bases=[],
    name_mapping={
        "average": "average",
        "burst": "burst",
        "period": "period",
        "redis": "redis",
        "source_criterion": "sourceCriterion",
    },
)
class MiddlewareSpecRateLimit:
    def __init__(
        self,
        *,
        average: typing.Optional[jsii.Number] = None,
        burst: typing.Optional[jsii.Number] = None,
        period: typing.Optional["MiddlewareSpecRateLimitPeriod"] = None,
        redis: typing.Optional[typing.Union["MiddlewareSpecRateLimitRedis", typing.Dict[builtins.str, typing.Any]]] = None,
        source_criterion: typing.Optional[typing.Union["MiddlewareSpecRateLimitSourceCriterion", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param average: 
        :param burst: 
        :param period: 
        :param redis: 
        :param source_criterion: 

        :schema: MiddlewareSpecRateLimit
        '''
        if isinstance(redis, dict):
            redis = MiddlewareSpecRateLimitRedis(**redis)
        if isinstance(source_criterion, dict):
            source_criterion = MiddlewareSpecRateLimitSourceCriterion(**source_criterion)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20a70857b6bf7524e22a2094d144ef5aed0ab675f1ec0f7f99a64f3aff224bc2)
            check_type(argname="argument average", value=average, expected_type=type_hints["average"])
            check_type(argname="argument burst", value=burst, expected_type=type_hints["burst"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument redis", value=redis, expected_type=type_hints["redis"])
            check_type(argname="argument source_criterion", value=source_criterion, expected_type=type_hints["source_criterion"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if average is not None:
            self._values["average"] = average
        if burst is not None:
            self._values["burst"] = burst
        if period is not None:
            self._values["period"] = period
        if redis is not None:
            self._values["redis"] = redis
        if source_criterion is not None:
            self._values["source_criterion"] = source_criterion

    @builtins.property
    def average(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimit#average
        '''
        result = self._values.get("average")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def burst(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimit#burst
        '''
        result = self._values.get("burst")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period(self) -> typing.Optional["MiddlewareSpecRateLimitPeriod"]:
        '''
        :schema: MiddlewareSpecRateLimit#period
        '''
        result = self._values.get("period")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitPeriod"], result)

    @builtins.property
    def redis(self) -> typing.Optional["MiddlewareSpecRateLimitRedis"]:
        '''
        :schema: MiddlewareSpecRateLimit#redis
        '''
        result = self._values.get("redis")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitRedis"], result)

    @builtins.property
    def source_criterion(
        self,
    ) -> typing.Optional["MiddlewareSpecRateLimitSourceCriterion"]:
        '''
        :schema: MiddlewareSpecRateLimit#sourceCriterion
        '''
        result = self._values.get("source_criterion")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitSourceCriterion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRateLimit(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecRateLimitPeriod(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitPeriod",
):
    '''
    :schema: MiddlewareSpecRateLimitPeriod
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "MiddlewareSpecRateLimitPeriod":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e7640d2d287569c6d41e815269e3c55600e623302030a5070c2cbc63ae4ae9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitPeriod", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "MiddlewareSpecRateLimitPeriod":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05f4d04fe8fae9ba1a462f5a6932541b39787a8f0d7fcde30893502ceed424a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitPeriod", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitRedis",
    jsii_struct_bases=[],
    name_mapping={
        "db": "db",
        "dial_timeout": "dialTimeout",
        "endpoints": "endpoints",
        "max_active_conns": "maxActiveConns",
        "min_idle_conns": "minIdleConns",
        "pool_size": "poolSize",
        "read_timeout": "readTimeout",
        "secret": "secret",
        "tls": "tls",
        "write_timeout": "writeTimeout",
    },
)
class MiddlewareSpecRateLimitRedis:
    def __init__(
        self,
        *,
        db: typing.Optional[jsii.Number] = None,
        dial_timeout: typing.Optional["MiddlewareSpecRateLimitRedisDialTimeout"] = None,
        endpoints: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_active_conns: typing.Optional[jsii.Number] = None,
        min_idle_conns: typing.Optional[jsii.Number] = None,
        pool_size: typing.Optional[jsii.Number] = None,
        read_timeout: typing.Optional["MiddlewareSpecRateLimitRedisReadTimeout"] = None,
        secret: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["MiddlewareSpecRateLimitRedisTls", typing.Dict[builtins.str, typing.Any]]] = None,
        write_timeout: typing.Optional["MiddlewareSpecRateLimitRedisWriteTimeout"] = None,
    ) -> None:
        '''
        :param db: 
        :param dial_timeout: 
        :param endpoints: 
        :param max_active_conns: 
        :param min_idle_conns: 
        :param pool_size: 
        :param read_timeout: 
        :param secret: 
        :param tls: 
        :param write_timeout: 

        :schema: MiddlewareSpecRateLimitRedis
        '''
        if isinstance(tls, dict):
            tls = MiddlewareSpecRateLimitRedisTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0df0d487dcbfd3a1125154baf919cc9ae5bd302f04dac0bc85bd41c090b7bc1c)
            check_type(argname="argument db", value=db, expected_type=type_hints["db"])
            check_type(argname="argument dial_timeout", value=dial_timeout, expected_type=type_hints["dial_timeout"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument max_active_conns", value=max_active_conns, expected_type=type_hints["max_active_conns"])
            check_type(argname="argument min_idle_conns", value=min_idle_conns, expected_type=type_hints["min_idle_conns"])
            check_type(argname="argument pool_size", value=pool_size, expected_type=type_hints["pool_size"])
            check_type(argname="argument read_timeout", value=read_timeout, expected_type=type_hints["read_timeout"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument write_timeout", value=write_timeout, expected_type=type_hints["write_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if db is not None:
            self._values["db"] = db
        if dial_timeout is not None:
            self._values["dial_timeout"] = dial_timeout
        if endpoints is not None:
            self._values["endpoints"] = endpoints
        if max_active_conns is not None:
            self._values["max_active_conns"] = max_active_conns
        if min_idle_conns is not None:
            self._values["min_idle_conns"] = min_idle_conns
        if pool_size is not None:
            self._values["pool_size"] = pool_size
        if read_timeout is not None:
            self._values["read_timeout"] = read_timeout
        if secret is not None:
            self._values["secret"] = secret
        if tls is not None:
            self._values["tls"] = tls
        if write_timeout is not None:
            self._values["write_timeout"] = write_timeout

    @builtins.property
    def db(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#db
        '''
        result = self._values.get("db")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dial_timeout(
        self,
    ) -> typing.Optional["MiddlewareSpecRateLimitRedisDialTimeout"]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#dialTimeout
        '''
        result = self._values.get("dial_timeout")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitRedisDialTimeout"], result)

    @builtins.property
    def endpoints(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#endpoints
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_active_conns(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#maxActiveConns
        '''
        result = self._values.get("max_active_conns")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_idle_conns(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#minIdleConns
        '''
        result = self._values.get("min_idle_conns")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pool_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#poolSize
        '''
        result = self._values.get("pool_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_timeout(
        self,
    ) -> typing.Optional["MiddlewareSpecRateLimitRedisReadTimeout"]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#readTimeout
        '''
        result = self._values.get("read_timeout")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitRedisReadTimeout"], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["MiddlewareSpecRateLimitRedisTls"]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitRedisTls"], result)

    @builtins.property
    def write_timeout(
        self,
    ) -> typing.Optional["MiddlewareSpecRateLimitRedisWriteTimeout"]:
        '''
        :schema: MiddlewareSpecRateLimitRedis#writeTimeout
        '''
        result = self._values.get("write_timeout")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitRedisWriteTimeout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRateLimitRedis(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecRateLimitRedisDialTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitRedisDialTimeout",
):
    '''
    :schema: MiddlewareSpecRateLimitRedisDialTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecRateLimitRedisDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f3fbf337e684e705982958f294973cd30a37a044a215606e328592777f969c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisDialTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecRateLimitRedisDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c934b99d94085898ef7eba70087b5dc3646fb51a05bd369dac96b1dbea624384)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisDialTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecRateLimitRedisReadTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitRedisReadTimeout",
):
    '''
    :schema: MiddlewareSpecRateLimitRedisReadTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecRateLimitRedisReadTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d592ad6a35f304f952e6a94a04a87d4f30d6ff430db6f16fe730a511753c1b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisReadTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecRateLimitRedisReadTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c424b0bf40776e02fb930175e050eef4580304a6b1e26856c51aff2ffb3bb0c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisReadTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitRedisTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_secret": "caSecret",
        "cert_secret": "certSecret",
        "insecure_skip_verify": "insecureSkipVerify",
    },
)
class MiddlewareSpecRateLimitRedisTls:
    def __init__(
        self,
        *,
        ca_secret: typing.Optional[builtins.str] = None,
        cert_secret: typing.Optional[builtins.str] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ca_secret: 
        :param cert_secret: 
        :param insecure_skip_verify: 

        :schema: MiddlewareSpecRateLimitRedisTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6902fe8d14176d933b5b331ff4b97a1289314115d981f3f1a117c3d691411ad)
            check_type(argname="argument ca_secret", value=ca_secret, expected_type=type_hints["ca_secret"])
            check_type(argname="argument cert_secret", value=cert_secret, expected_type=type_hints["cert_secret"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_secret is not None:
            self._values["ca_secret"] = ca_secret
        if cert_secret is not None:
            self._values["cert_secret"] = cert_secret
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify

    @builtins.property
    def ca_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRateLimitRedisTls#caSecret
        '''
        result = self._values.get("ca_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRateLimitRedisTls#certSecret
        '''
        result = self._values.get("cert_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRateLimitRedisTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRateLimitRedisTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecRateLimitRedisWriteTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitRedisWriteTimeout",
):
    '''
    :schema: MiddlewareSpecRateLimitRedisWriteTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MiddlewareSpecRateLimitRedisWriteTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c88edbd2de8d9e4c8435fdb2ce88eaa600f1fc02d277be451f6948c9d73caf37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisWriteTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MiddlewareSpecRateLimitRedisWriteTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7b1d8ef53f2ca23c986a2dad58c19889873be089f785a4af8257975d020563f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRateLimitRedisWriteTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitSourceCriterion",
    jsii_struct_bases=[],
    name_mapping={
        "ip_strategy": "ipStrategy",
        "request_header_name": "requestHeaderName",
        "request_host": "requestHost",
    },
)
class MiddlewareSpecRateLimitSourceCriterion:
    def __init__(
        self,
        *,
        ip_strategy: typing.Optional[typing.Union["MiddlewareSpecRateLimitSourceCriterionIpStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_name: typing.Optional[builtins.str] = None,
        request_host: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ip_strategy: 
        :param request_header_name: 
        :param request_host: 

        :schema: MiddlewareSpecRateLimitSourceCriterion
        '''
        if isinstance(ip_strategy, dict):
            ip_strategy = MiddlewareSpecRateLimitSourceCriterionIpStrategy(**ip_strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__635c8fde3651b627508e0be7a17e282af4117fb0501de3dd4730e276946f0470)
            check_type(argname="argument ip_strategy", value=ip_strategy, expected_type=type_hints["ip_strategy"])
            check_type(argname="argument request_header_name", value=request_header_name, expected_type=type_hints["request_header_name"])
            check_type(argname="argument request_host", value=request_host, expected_type=type_hints["request_host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ip_strategy is not None:
            self._values["ip_strategy"] = ip_strategy
        if request_header_name is not None:
            self._values["request_header_name"] = request_header_name
        if request_host is not None:
            self._values["request_host"] = request_host

    @builtins.property
    def ip_strategy(
        self,
    ) -> typing.Optional["MiddlewareSpecRateLimitSourceCriterionIpStrategy"]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterion#ipStrategy
        '''
        result = self._values.get("ip_strategy")
        return typing.cast(typing.Optional["MiddlewareSpecRateLimitSourceCriterionIpStrategy"], result)

    @builtins.property
    def request_header_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterion#requestHeaderName
        '''
        result = self._values.get("request_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_host(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterion#requestHost
        '''
        result = self._values.get("request_host")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRateLimitSourceCriterion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRateLimitSourceCriterionIpStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "depth": "depth",
        "excluded_i_ps": "excludedIPs",
        "ipv6_subnet": "ipv6Subnet",
    },
)
class MiddlewareSpecRateLimitSourceCriterionIpStrategy:
    def __init__(
        self,
        *,
        depth: typing.Optional[jsii.Number] = None,
        excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
        ipv6_subnet: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param depth: 
        :param excluded_i_ps: 
        :param ipv6_subnet: 

        :schema: MiddlewareSpecRateLimitSourceCriterionIpStrategy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19b790eb546d7476df084813a03633416c9126ed803107ea0e82a9e071680eb5)
            check_type(argname="argument depth", value=depth, expected_type=type_hints["depth"])
            check_type(argname="argument excluded_i_ps", value=excluded_i_ps, expected_type=type_hints["excluded_i_ps"])
            check_type(argname="argument ipv6_subnet", value=ipv6_subnet, expected_type=type_hints["ipv6_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if depth is not None:
            self._values["depth"] = depth
        if excluded_i_ps is not None:
            self._values["excluded_i_ps"] = excluded_i_ps
        if ipv6_subnet is not None:
            self._values["ipv6_subnet"] = ipv6_subnet

    @builtins.property
    def depth(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterionIpStrategy#depth
        '''
        result = self._values.get("depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def excluded_i_ps(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterionIpStrategy#excludedIPs
        '''
        result = self._values.get("excluded_i_ps")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ipv6_subnet(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRateLimitSourceCriterionIpStrategy#ipv6Subnet
        '''
        result = self._values.get("ipv6_subnet")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRateLimitSourceCriterionIpStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRedirectRegex",
    jsii_struct_bases=[],
    name_mapping={
        "permanent": "permanent",
        "regex": "regex",
        "replacement": "replacement",
    },
)
class MiddlewareSpecRedirectRegex:
    def __init__(
        self,
        *,
        permanent: typing.Optional[builtins.bool] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param permanent: 
        :param regex: 
        :param replacement: 

        :schema: MiddlewareSpecRedirectRegex
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd7d572cba1a5341f1af3a9ddad6c518e6a17618d2d505229a3bb379bcfca46d)
            check_type(argname="argument permanent", value=permanent, expected_type=type_hints["permanent"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if permanent is not None:
            self._values["permanent"] = permanent
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement

    @builtins.property
    def permanent(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRedirectRegex#permanent
        '''
        result = self._values.get("permanent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRedirectRegex#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRedirectRegex#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRedirectRegex(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRedirectScheme",
    jsii_struct_bases=[],
    name_mapping={"permanent": "permanent", "port": "port", "scheme": "scheme"},
)
class MiddlewareSpecRedirectScheme:
    def __init__(
        self,
        *,
        permanent: typing.Optional[builtins.bool] = None,
        port: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param permanent: 
        :param port: 
        :param scheme: 

        :schema: MiddlewareSpecRedirectScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89106c908dc7e065119015f5117d45ba14cdd563c81be89b3574d31ed5cdf370)
            check_type(argname="argument permanent", value=permanent, expected_type=type_hints["permanent"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if permanent is not None:
            self._values["permanent"] = permanent
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def permanent(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRedirectScheme#permanent
        '''
        result = self._values.get("permanent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRedirectScheme#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecRedirectScheme#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRedirectScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecReplacePath",
    jsii_struct_bases=[],
    name_mapping={"path": "path"},
)
class MiddlewareSpecReplacePath:
    def __init__(self, *, path: typing.Optional[builtins.str] = None) -> None:
        '''
        :param path: 

        :schema: MiddlewareSpecReplacePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0d52b3abe43089177d431a267b3122843ccb141f0ebcd0ad7fa1e8835fe4ec9)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecReplacePath#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecReplacePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecReplacePathRegex",
    jsii_struct_bases=[],
    name_mapping={"regex": "regex", "replacement": "replacement"},
)
class MiddlewareSpecReplacePathRegex:
    def __init__(
        self,
        *,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param regex: 
        :param replacement: 

        :schema: MiddlewareSpecReplacePathRegex
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bd4a6601bfa53fa059963178baec62e44bcb4e661034e6e8178d390b4dd8147)
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecReplacePathRegex#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: MiddlewareSpecReplacePathRegex#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecReplacePathRegex(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecRetry",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "disable_retry_on_network_error": "disableRetryOnNetworkError",
        "initial_interval": "initialInterval",
        "max_request_body_bytes": "maxRequestBodyBytes",
        "retry_non_idempotent_method": "retryNonIdempotentMethod",
        "status": "status",
        "timeout": "timeout",
    },
)
class MiddlewareSpecRetry:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        disable_retry_on_network_error: typing.Optional[builtins.bool] = None,
        initial_interval: typing.Optional["MiddlewareSpecRetryInitialInterval"] = None,
        max_request_body_bytes: typing.Optional[jsii.Number] = None,
        retry_non_idempotent_method: typing.Optional[builtins.bool] = None,
        status: typing.Optional[typing.Sequence[builtins.str]] = None,
        timeout: typing.Optional["MiddlewareSpecRetryTimeout"] = None,
    ) -> None:
        '''
        :param attempts: 
        :param disable_retry_on_network_error: 
        :param initial_interval: 
        :param max_request_body_bytes: 
        :param retry_non_idempotent_method: 
        :param status: 
        :param timeout: 

        :schema: MiddlewareSpecRetry
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9595514b4f79a0dee8c796d67b727e04139692c03616d5f2344f29095cea693b)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument disable_retry_on_network_error", value=disable_retry_on_network_error, expected_type=type_hints["disable_retry_on_network_error"])
            check_type(argname="argument initial_interval", value=initial_interval, expected_type=type_hints["initial_interval"])
            check_type(argname="argument max_request_body_bytes", value=max_request_body_bytes, expected_type=type_hints["max_request_body_bytes"])
            check_type(argname="argument retry_non_idempotent_method", value=retry_non_idempotent_method, expected_type=type_hints["retry_non_idempotent_method"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if disable_retry_on_network_error is not None:
            self._values["disable_retry_on_network_error"] = disable_retry_on_network_error
        if initial_interval is not None:
            self._values["initial_interval"] = initial_interval
        if max_request_body_bytes is not None:
            self._values["max_request_body_bytes"] = max_request_body_bytes
        if retry_non_idempotent_method is not None:
            self._values["retry_non_idempotent_method"] = retry_non_idempotent_method
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRetry#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def disable_retry_on_network_error(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRetry#disableRetryOnNetworkError
        '''
        result = self._values.get("disable_retry_on_network_error")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def initial_interval(self) -> typing.Optional["MiddlewareSpecRetryInitialInterval"]:
        '''
        :schema: MiddlewareSpecRetry#initialInterval
        '''
        result = self._values.get("initial_interval")
        return typing.cast(typing.Optional["MiddlewareSpecRetryInitialInterval"], result)

    @builtins.property
    def max_request_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareSpecRetry#maxRequestBodyBytes
        '''
        result = self._values.get("max_request_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_non_idempotent_method(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecRetry#retryNonIdempotentMethod
        '''
        result = self._values.get("retry_non_idempotent_method")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def status(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecRetry#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timeout(self) -> typing.Optional["MiddlewareSpecRetryTimeout"]:
        '''
        :schema: MiddlewareSpecRetry#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["MiddlewareSpecRetryTimeout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecRetry(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareSpecRetryInitialInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRetryInitialInterval",
):
    '''
    :schema: MiddlewareSpecRetryInitialInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "MiddlewareSpecRetryInitialInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca6383b3393b414bf6b2dfa8a6d8694044eb4ba1e6d0afcf8abc55a02a11dd0d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRetryInitialInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "MiddlewareSpecRetryInitialInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e110f45b5bcf243c12d7df3876b9cceac66249fc64a859e4c7df1f220a6dc071)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRetryInitialInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MiddlewareSpecRetryTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareSpecRetryTimeout",
):
    '''
    :schema: MiddlewareSpecRetryTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "MiddlewareSpecRetryTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2183b86345c7755b676cb8bac01678619d37b9bcbdeb38c1c29a439164b4d17d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRetryTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "MiddlewareSpecRetryTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e03fb15040fc4149b10fa43f7203f97502067f75b3e507e6e835262c952e1b27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MiddlewareSpecRetryTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecStripPrefix",
    jsii_struct_bases=[],
    name_mapping={"force_slash": "forceSlash", "prefixes": "prefixes"},
)
class MiddlewareSpecStripPrefix:
    def __init__(
        self,
        *,
        force_slash: typing.Optional[builtins.bool] = None,
        prefixes: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param force_slash: 
        :param prefixes: 

        :schema: MiddlewareSpecStripPrefix
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b9e5eb6c93965e94384319f15d0cba9a3a910d714a610ab1b4672f1c6af4fc3)
            check_type(argname="argument force_slash", value=force_slash, expected_type=type_hints["force_slash"])
            check_type(argname="argument prefixes", value=prefixes, expected_type=type_hints["prefixes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if force_slash is not None:
            self._values["force_slash"] = force_slash
        if prefixes is not None:
            self._values["prefixes"] = prefixes

    @builtins.property
    def force_slash(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: MiddlewareSpecStripPrefix#forceSlash
        '''
        result = self._values.get("force_slash")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def prefixes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecStripPrefix#prefixes
        '''
        result = self._values.get("prefixes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecStripPrefix(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareSpecStripPrefixRegex",
    jsii_struct_bases=[],
    name_mapping={"regex": "regex"},
)
class MiddlewareSpecStripPrefixRegex:
    def __init__(
        self,
        *,
        regex: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param regex: 

        :schema: MiddlewareSpecStripPrefixRegex
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da243631089568064970c32f388cb1295046cde61bcc6d665afb9401391a85dd)
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def regex(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareSpecStripPrefixRegex#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareSpecStripPrefixRegex(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MiddlewareTcp(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.MiddlewareTcp",
):
    '''
    :schema: MiddlewareTCP
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "MiddlewareTCP" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e40ac738d733c74e71f6183c1f40793d11ea6b6d6bd956089f5f8b73f2dbaae8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MiddlewareTcpProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MiddlewareTCP".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = MiddlewareTcpProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MiddlewareTCP".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareTcpProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MiddlewareTcpProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["MiddlewareTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: MiddlewareTCP
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MiddlewareTcpSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__345cb1f211341f50a3e930e80ab820454c2086cc5c1aab9cc111532378e64902)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: MiddlewareTCP#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "MiddlewareTcpSpec":
        '''
        :schema: MiddlewareTCP#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MiddlewareTcpSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareTcpProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareTcpSpec",
    jsii_struct_bases=[],
    name_mapping={
        "in_flight_conn": "inFlightConn",
        "ip_allow_list": "ipAllowList",
        "ip_white_list": "ipWhiteList",
    },
)
class MiddlewareTcpSpec:
    def __init__(
        self,
        *,
        in_flight_conn: typing.Optional[typing.Union["MiddlewareTcpSpecInFlightConn", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_allow_list: typing.Optional[typing.Union["MiddlewareTcpSpecIpAllowList", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_white_list: typing.Optional[typing.Union["MiddlewareTcpSpecIpWhiteList", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param in_flight_conn: 
        :param ip_allow_list: 
        :param ip_white_list: 

        :schema: MiddlewareTcpSpec
        '''
        if isinstance(in_flight_conn, dict):
            in_flight_conn = MiddlewareTcpSpecInFlightConn(**in_flight_conn)
        if isinstance(ip_allow_list, dict):
            ip_allow_list = MiddlewareTcpSpecIpAllowList(**ip_allow_list)
        if isinstance(ip_white_list, dict):
            ip_white_list = MiddlewareTcpSpecIpWhiteList(**ip_white_list)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a84af7a18a46496f2cb6f48108d098fcff7d1e64109c1f91e1ac3d68336c1af4)
            check_type(argname="argument in_flight_conn", value=in_flight_conn, expected_type=type_hints["in_flight_conn"])
            check_type(argname="argument ip_allow_list", value=ip_allow_list, expected_type=type_hints["ip_allow_list"])
            check_type(argname="argument ip_white_list", value=ip_white_list, expected_type=type_hints["ip_white_list"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if in_flight_conn is not None:
            self._values["in_flight_conn"] = in_flight_conn
        if ip_allow_list is not None:
            self._values["ip_allow_list"] = ip_allow_list
        if ip_white_list is not None:
            self._values["ip_white_list"] = ip_white_list

    @builtins.property
    def in_flight_conn(self) -> typing.Optional["MiddlewareTcpSpecInFlightConn"]:
        '''
        :schema: MiddlewareTcpSpec#inFlightConn
        '''
        result = self._values.get("in_flight_conn")
        return typing.cast(typing.Optional["MiddlewareTcpSpecInFlightConn"], result)

    @builtins.property
    def ip_allow_list(self) -> typing.Optional["MiddlewareTcpSpecIpAllowList"]:
        '''
        :schema: MiddlewareTcpSpec#ipAllowList
        '''
        result = self._values.get("ip_allow_list")
        return typing.cast(typing.Optional["MiddlewareTcpSpecIpAllowList"], result)

    @builtins.property
    def ip_white_list(self) -> typing.Optional["MiddlewareTcpSpecIpWhiteList"]:
        '''
        :schema: MiddlewareTcpSpec#ipWhiteList
        '''
        result = self._values.get("ip_white_list")
        return typing.cast(typing.Optional["MiddlewareTcpSpecIpWhiteList"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareTcpSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareTcpSpecInFlightConn",
    jsii_struct_bases=[],
    name_mapping={"amount": "amount"},
)
class MiddlewareTcpSpecInFlightConn:
    def __init__(self, *, amount: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param amount: 

        :schema: MiddlewareTcpSpecInFlightConn
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4d255f72f51be18fba5c170b3b9a4258d7e1e12d30ad3cce474bcd5754f70e8)
            check_type(argname="argument amount", value=amount, expected_type=type_hints["amount"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if amount is not None:
            self._values["amount"] = amount

    @builtins.property
    def amount(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: MiddlewareTcpSpecInFlightConn#amount
        '''
        result = self._values.get("amount")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareTcpSpecInFlightConn(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareTcpSpecIpAllowList",
    jsii_struct_bases=[],
    name_mapping={"source_range": "sourceRange"},
)
class MiddlewareTcpSpecIpAllowList:
    def __init__(
        self,
        *,
        source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param source_range: 

        :schema: MiddlewareTcpSpecIpAllowList
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c28ace96dc200fb925fa7168283608c96f2a8e65a8ccd2a32c6540c1fd61df21)
            check_type(argname="argument source_range", value=source_range, expected_type=type_hints["source_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if source_range is not None:
            self._values["source_range"] = source_range

    @builtins.property
    def source_range(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareTcpSpecIpAllowList#sourceRange
        '''
        result = self._values.get("source_range")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareTcpSpecIpAllowList(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.MiddlewareTcpSpecIpWhiteList",
    jsii_struct_bases=[],
    name_mapping={"source_range": "sourceRange"},
)
class MiddlewareTcpSpecIpWhiteList:
    def __init__(
        self,
        *,
        source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param source_range: 

        :schema: MiddlewareTcpSpecIpWhiteList
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__170aa61f0ca93ff7851cccbb2bd1123d764e89e5808fc268bab617eb41261819)
            check_type(argname="argument source_range", value=source_range, expected_type=type_hints["source_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if source_range is not None:
            self._values["source_range"] = source_range

    @builtins.property
    def source_range(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: MiddlewareTcpSpecIpWhiteList#sourceRange
        '''
        result = self._values.get("source_range")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MiddlewareTcpSpecIpWhiteList(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServersTransport(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransport",
):
    '''
    :schema: ServersTransport
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "ServersTransport" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4bdbb1ea04ca3dd7188b94d443e6f506a6417929fb42b1fd00750843dad517d1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServersTransportProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServersTransport".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ServersTransportProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServersTransport".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ServersTransportProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ServersTransport
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ServersTransportSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2407ff148c719026430a721962fc89436c6741524f2fc87b6cd9c88b33b76603)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: ServersTransport#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "ServersTransportSpec":
        '''
        :schema: ServersTransport#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ServersTransportSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportSpec",
    jsii_struct_bases=[],
    name_mapping={
        "certificates_secrets": "certificatesSecrets",
        "cipher_suites": "cipherSuites",
        "disable_http2": "disableHttp2",
        "forwarding_timeouts": "forwardingTimeouts",
        "insecure_skip_verify": "insecureSkipVerify",
        "max_idle_conns_per_host": "maxIdleConnsPerHost",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "peer_cert_uri": "peerCertUri",
        "root_c_as": "rootCAs",
        "root_c_as_secrets": "rootCAsSecrets",
        "server_name": "serverName",
        "spiffe": "spiffe",
    },
)
class ServersTransportSpec:
    def __init__(
        self,
        *,
        certificates_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        disable_http2: typing.Optional[builtins.bool] = None,
        forwarding_timeouts: typing.Optional[typing.Union["ServersTransportSpecForwardingTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        max_idle_conns_per_host: typing.Optional[jsii.Number] = None,
        max_version: typing.Optional[builtins.str] = None,
        min_version: typing.Optional[builtins.str] = None,
        peer_cert_uri: typing.Optional[builtins.str] = None,
        root_c_as: typing.Optional[typing.Sequence[typing.Union["ServersTransportSpecRootCAs", typing.Dict[builtins.str, typing.Any]]]] = None,
        root_c_as_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_name: typing.Optional[builtins.str] = None,
        spiffe: typing.Optional[typing.Union["ServersTransportSpecSpiffe", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param certificates_secrets: 
        :param cipher_suites: 
        :param disable_http2: 
        :param forwarding_timeouts: 
        :param insecure_skip_verify: 
        :param max_idle_conns_per_host: 
        :param max_version: 
        :param min_version: 
        :param peer_cert_uri: 
        :param root_c_as: 
        :param root_c_as_secrets: 
        :param server_name: 
        :param spiffe: 

        :schema: ServersTransportSpec
        '''
        if isinstance(forwarding_timeouts, dict):
            forwarding_timeouts = ServersTransportSpecForwardingTimeouts(**forwarding_timeouts)
        if isinstance(spiffe, dict):
            spiffe = ServersTransportSpecSpiffe(**spiffe)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__162a372e44a77ace23d15e4cd8ec4316cf362723ca2b7911bf5ddac9e01f409d)
            check_type(argname="argument certificates_secrets", value=certificates_secrets, expected_type=type_hints["certificates_secrets"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument disable_http2", value=disable_http2, expected_type=type_hints["disable_http2"])
            check_type(argname="argument forwarding_timeouts", value=forwarding_timeouts, expected_type=type_hints["forwarding_timeouts"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument max_idle_conns_per_host", value=max_idle_conns_per_host, expected_type=type_hints["max_idle_conns_per_host"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument peer_cert_uri", value=peer_cert_uri, expected_type=type_hints["peer_cert_uri"])
            check_type(argname="argument root_c_as", value=root_c_as, expected_type=type_hints["root_c_as"])
            check_type(argname="argument root_c_as_secrets", value=root_c_as_secrets, expected_type=type_hints["root_c_as_secrets"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
            check_type(argname="argument spiffe", value=spiffe, expected_type=type_hints["spiffe"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificates_secrets is not None:
            self._values["certificates_secrets"] = certificates_secrets
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if disable_http2 is not None:
            self._values["disable_http2"] = disable_http2
        if forwarding_timeouts is not None:
            self._values["forwarding_timeouts"] = forwarding_timeouts
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if max_idle_conns_per_host is not None:
            self._values["max_idle_conns_per_host"] = max_idle_conns_per_host
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if peer_cert_uri is not None:
            self._values["peer_cert_uri"] = peer_cert_uri
        if root_c_as is not None:
            self._values["root_c_as"] = root_c_as
        if root_c_as_secrets is not None:
            self._values["root_c_as_secrets"] = root_c_as_secrets
        if server_name is not None:
            self._values["server_name"] = server_name
        if spiffe is not None:
            self._values["spiffe"] = spiffe

    @builtins.property
    def certificates_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportSpec#certificatesSecrets
        '''
        result = self._values.get("certificates_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportSpec#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def disable_http2(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ServersTransportSpec#disableHTTP2
        '''
        result = self._values.get("disable_http2")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def forwarding_timeouts(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeouts"]:
        '''
        :schema: ServersTransportSpec#forwardingTimeouts
        '''
        result = self._values.get("forwarding_timeouts")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeouts"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ServersTransportSpec#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_idle_conns_per_host(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ServersTransportSpec#maxIdleConnsPerHost
        '''
        result = self._values.get("max_idle_conns_per_host")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpec#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpec#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpec#peerCertURI
        '''
        result = self._values.get("peer_cert_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_c_as(self) -> typing.Optional[typing.List["ServersTransportSpecRootCAs"]]:
        '''
        :schema: ServersTransportSpec#rootCAs
        '''
        result = self._values.get("root_c_as")
        return typing.cast(typing.Optional[typing.List["ServersTransportSpecRootCAs"]], result)

    @builtins.property
    def root_c_as_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportSpec#rootCAsSecrets
        '''
        result = self._values.get("root_c_as_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpec#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spiffe(self) -> typing.Optional["ServersTransportSpecSpiffe"]:
        '''
        :schema: ServersTransportSpec#spiffe
        '''
        result = self._values.get("spiffe")
        return typing.cast(typing.Optional["ServersTransportSpecSpiffe"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeouts",
    jsii_struct_bases=[],
    name_mapping={
        "dial_timeout": "dialTimeout",
        "idle_conn_timeout": "idleConnTimeout",
        "ping_timeout": "pingTimeout",
        "read_idle_timeout": "readIdleTimeout",
        "response_header_timeout": "responseHeaderTimeout",
    },
)
class ServersTransportSpecForwardingTimeouts:
    def __init__(
        self,
        *,
        dial_timeout: typing.Optional["ServersTransportSpecForwardingTimeoutsDialTimeout"] = None,
        idle_conn_timeout: typing.Optional["ServersTransportSpecForwardingTimeoutsIdleConnTimeout"] = None,
        ping_timeout: typing.Optional["ServersTransportSpecForwardingTimeoutsPingTimeout"] = None,
        read_idle_timeout: typing.Optional["ServersTransportSpecForwardingTimeoutsReadIdleTimeout"] = None,
        response_header_timeout: typing.Optional["ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout"] = None,
    ) -> None:
        '''
        :param dial_timeout: 
        :param idle_conn_timeout: 
        :param ping_timeout: 
        :param read_idle_timeout: 
        :param response_header_timeout: 

        :schema: ServersTransportSpecForwardingTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce4542c8587a74dee174d00d49341dec05a8009d475fb3208f3ec5fad0a47e66)
            check_type(argname="argument dial_timeout", value=dial_timeout, expected_type=type_hints["dial_timeout"])
            check_type(argname="argument idle_conn_timeout", value=idle_conn_timeout, expected_type=type_hints["idle_conn_timeout"])
            check_type(argname="argument ping_timeout", value=ping_timeout, expected_type=type_hints["ping_timeout"])
            check_type(argname="argument read_idle_timeout", value=read_idle_timeout, expected_type=type_hints["read_idle_timeout"])
            check_type(argname="argument response_header_timeout", value=response_header_timeout, expected_type=type_hints["response_header_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dial_timeout is not None:
            self._values["dial_timeout"] = dial_timeout
        if idle_conn_timeout is not None:
            self._values["idle_conn_timeout"] = idle_conn_timeout
        if ping_timeout is not None:
            self._values["ping_timeout"] = ping_timeout
        if read_idle_timeout is not None:
            self._values["read_idle_timeout"] = read_idle_timeout
        if response_header_timeout is not None:
            self._values["response_header_timeout"] = response_header_timeout

    @builtins.property
    def dial_timeout(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeoutsDialTimeout"]:
        '''
        :schema: ServersTransportSpecForwardingTimeouts#dialTimeout
        '''
        result = self._values.get("dial_timeout")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeoutsDialTimeout"], result)

    @builtins.property
    def idle_conn_timeout(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeoutsIdleConnTimeout"]:
        '''
        :schema: ServersTransportSpecForwardingTimeouts#idleConnTimeout
        '''
        result = self._values.get("idle_conn_timeout")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeoutsIdleConnTimeout"], result)

    @builtins.property
    def ping_timeout(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeoutsPingTimeout"]:
        '''
        :schema: ServersTransportSpecForwardingTimeouts#pingTimeout
        '''
        result = self._values.get("ping_timeout")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeoutsPingTimeout"], result)

    @builtins.property
    def read_idle_timeout(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeoutsReadIdleTimeout"]:
        '''
        :schema: ServersTransportSpecForwardingTimeouts#readIdleTimeout
        '''
        result = self._values.get("read_idle_timeout")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeoutsReadIdleTimeout"], result)

    @builtins.property
    def response_header_timeout(
        self,
    ) -> typing.Optional["ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout"]:
        '''
        :schema: ServersTransportSpecForwardingTimeouts#responseHeaderTimeout
        '''
        result = self._values.get("response_header_timeout")
        return typing.cast(typing.Optional["ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportSpecForwardingTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServersTransportSpecForwardingTimeoutsDialTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeoutsDialTimeout",
):
    '''
    :schema: ServersTransportSpecForwardingTimeoutsDialTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportSpecForwardingTimeoutsDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09c6008eac9461498786463bf213d3fc3e13cad24377552b5c886c7e7721fa6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsDialTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportSpecForwardingTimeoutsDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df52bde9b6d362eee6f3e3443ff88a55d8e3fd6e5c579667b862eaf22bf3c303)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsDialTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ServersTransportSpecForwardingTimeoutsIdleConnTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeoutsIdleConnTimeout",
):
    '''
    :schema: ServersTransportSpecForwardingTimeoutsIdleConnTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportSpecForwardingTimeoutsIdleConnTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4f8eb4ba900d3cb6e2df7370f0cc330ed04dd370331fa45143e24996d369718)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsIdleConnTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportSpecForwardingTimeoutsIdleConnTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f3b2045ff616f99778d5f4b9e4ded114238af787d1377fd76b72c1058e321bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsIdleConnTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ServersTransportSpecForwardingTimeoutsPingTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeoutsPingTimeout",
):
    '''
    :schema: ServersTransportSpecForwardingTimeoutsPingTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportSpecForwardingTimeoutsPingTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e0f550f5ce5c8a08d191f14ef687c3b6125dec3cd2c3f1170a72a874ddd02af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsPingTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportSpecForwardingTimeoutsPingTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f40057b971900f7656839c5e3aac97bd93d67e71122d6c6507771424bd28ecf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsPingTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ServersTransportSpecForwardingTimeoutsReadIdleTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeoutsReadIdleTimeout",
):
    '''
    :schema: ServersTransportSpecForwardingTimeoutsReadIdleTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportSpecForwardingTimeoutsReadIdleTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c02e1955f6d7b6797de8cfdde55f62756b2dcab8296a5aafea7dce146b40006)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsReadIdleTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportSpecForwardingTimeoutsReadIdleTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e412792cc7f6f77dfb418d3ebd0f76a8c6a37bcfcefc87430cb2032df520b28f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsReadIdleTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout",
):
    '''
    :schema: ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8dda8229565648880ce52f447137e0b1924c5e544664d531ee8484a72dd42b43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d422f46eb799f26fb9f4bdd63de5576781c217358761925007bdabb20ec64e5b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportSpecRootCAs",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class ServersTransportSpecRootCAs:
    def __init__(
        self,
        *,
        config_map: typing.Optional[builtins.str] = None,
        secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: ServersTransportSpecRootCAs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8855e71957df9afa65fdd7cebbd620900e0d90ff88d9de14d6512fe63c43eb82)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpecRootCAs#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpecRootCAs#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportSpecRootCAs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportSpecSpiffe",
    jsii_struct_bases=[],
    name_mapping={"ids": "ids", "trust_domain": "trustDomain"},
)
class ServersTransportSpecSpiffe:
    def __init__(
        self,
        *,
        ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        trust_domain: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ids: 
        :param trust_domain: 

        :schema: ServersTransportSpecSpiffe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cbba3fde66ca1fc9f5e4c2d1cc98e11b05836a394f35a46547aa277e8ecba81)
            check_type(argname="argument ids", value=ids, expected_type=type_hints["ids"])
            check_type(argname="argument trust_domain", value=trust_domain, expected_type=type_hints["trust_domain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ids is not None:
            self._values["ids"] = ids
        if trust_domain is not None:
            self._values["trust_domain"] = trust_domain

    @builtins.property
    def ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportSpecSpiffe#ids
        '''
        result = self._values.get("ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def trust_domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportSpecSpiffe#trustDomain
        '''
        result = self._values.get("trust_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportSpecSpiffe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServersTransportTcp(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportTcp",
):
    '''
    :schema: ServersTransportTCP
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "ServersTransportTCP" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a84d1416b2ef8f03524de4e463c7b89dfeeba927d356e04fbd86b18852251232)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServersTransportTcpProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServersTransportTCP".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ServersTransportTcpProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServersTransportTCP".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ServersTransportTcpProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ServersTransportTcpSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ServersTransportTCP
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ServersTransportTcpSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c835f9f0df924e7dba8aa200c5f510c0a172ebbcfe725c4ee5cabb4d77980ea)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: ServersTransportTCP#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "ServersTransportTcpSpec":
        '''
        :schema: ServersTransportTCP#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ServersTransportTcpSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpSpec",
    jsii_struct_bases=[],
    name_mapping={
        "dial_keep_alive": "dialKeepAlive",
        "dial_timeout": "dialTimeout",
        "proxy_protocol": "proxyProtocol",
        "termination_delay": "terminationDelay",
        "tls": "tls",
    },
)
class ServersTransportTcpSpec:
    def __init__(
        self,
        *,
        dial_keep_alive: typing.Optional["ServersTransportTcpSpecDialKeepAlive"] = None,
        dial_timeout: typing.Optional["ServersTransportTcpSpecDialTimeout"] = None,
        proxy_protocol: typing.Optional[typing.Union["ServersTransportTcpSpecProxyProtocol", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_delay: typing.Optional["ServersTransportTcpSpecTerminationDelay"] = None,
        tls: typing.Optional[typing.Union["ServersTransportTcpSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param dial_keep_alive: 
        :param dial_timeout: 
        :param proxy_protocol: 
        :param termination_delay: 
        :param tls: 

        :schema: ServersTransportTcpSpec
        '''
        if isinstance(proxy_protocol, dict):
            proxy_protocol = ServersTransportTcpSpecProxyProtocol(**proxy_protocol)
        if isinstance(tls, dict):
            tls = ServersTransportTcpSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2974e50c5fc7abba3e8c45854069d9476f50427058d6c5aa721788c52dc513f6)
            check_type(argname="argument dial_keep_alive", value=dial_keep_alive, expected_type=type_hints["dial_keep_alive"])
            check_type(argname="argument dial_timeout", value=dial_timeout, expected_type=type_hints["dial_timeout"])
            check_type(argname="argument proxy_protocol", value=proxy_protocol, expected_type=type_hints["proxy_protocol"])
            check_type(argname="argument termination_delay", value=termination_delay, expected_type=type_hints["termination_delay"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dial_keep_alive is not None:
            self._values["dial_keep_alive"] = dial_keep_alive
        if dial_timeout is not None:
            self._values["dial_timeout"] = dial_timeout
        if proxy_protocol is not None:
            self._values["proxy_protocol"] = proxy_protocol
        if termination_delay is not None:
            self._values["termination_delay"] = termination_delay
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def dial_keep_alive(
        self,
    ) -> typing.Optional["ServersTransportTcpSpecDialKeepAlive"]:
        '''
        :schema: ServersTransportTcpSpec#dialKeepAlive
        '''
        result = self._values.get("dial_keep_alive")
        return typing.cast(typing.Optional["ServersTransportTcpSpecDialKeepAlive"], result)

    @builtins.property
    def dial_timeout(self) -> typing.Optional["ServersTransportTcpSpecDialTimeout"]:
        '''
        :schema: ServersTransportTcpSpec#dialTimeout
        '''
        result = self._values.get("dial_timeout")
        return typing.cast(typing.Optional["ServersTransportTcpSpecDialTimeout"], result)

    @builtins.property
    def proxy_protocol(self) -> typing.Optional["ServersTransportTcpSpecProxyProtocol"]:
        '''
        :schema: ServersTransportTcpSpec#proxyProtocol
        '''
        result = self._values.get("proxy_protocol")
        return typing.cast(typing.Optional["ServersTransportTcpSpecProxyProtocol"], result)

    @builtins.property
    def termination_delay(
        self,
    ) -> typing.Optional["ServersTransportTcpSpecTerminationDelay"]:
        '''
        :schema: ServersTransportTcpSpec#terminationDelay
        '''
        result = self._values.get("termination_delay")
        return typing.cast(typing.Optional["ServersTransportTcpSpecTerminationDelay"], result)

    @builtins.property
    def tls(self) -> typing.Optional["ServersTransportTcpSpecTls"]:
        '''
        :schema: ServersTransportTcpSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["ServersTransportTcpSpecTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServersTransportTcpSpecDialKeepAlive(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecDialKeepAlive",
):
    '''
    :schema: ServersTransportTcpSpecDialKeepAlive
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ServersTransportTcpSpecDialKeepAlive":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d95078e41315986b88bd9a511b2b896b53d7bde7a90ed4983aead56732aba62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecDialKeepAlive", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ServersTransportTcpSpecDialKeepAlive":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53397ed8cf956a92e3caa678a197f635142ff67bf112165f516cea0d326a4618)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecDialKeepAlive", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ServersTransportTcpSpecDialTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecDialTimeout",
):
    '''
    :schema: ServersTransportTcpSpecDialTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ServersTransportTcpSpecDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb485baf2c17943f87f58c07444d208ba26774d9f9f1706f6dda5505deec46eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecDialTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ServersTransportTcpSpecDialTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56c6b54a6cfc2ac2bae34c473cc1e3c703cf2525405d39bde5c64a172880afd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecDialTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecProxyProtocol",
    jsii_struct_bases=[],
    name_mapping={"version": "version"},
)
class ServersTransportTcpSpecProxyProtocol:
    def __init__(self, *, version: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param version: 

        :schema: ServersTransportTcpSpecProxyProtocol
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df0e8169edc09c60f0d4a55de80c28d4629b32d8a6d7048f8751fb3925c6fc59)
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def version(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ServersTransportTcpSpecProxyProtocol#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpSpecProxyProtocol(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ServersTransportTcpSpecTerminationDelay(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecTerminationDelay",
):
    '''
    :schema: ServersTransportTcpSpecTerminationDelay
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ServersTransportTcpSpecTerminationDelay":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e48e180068c48c22e05a48f26ea9365cac13ceb0d6c005cf003fd84b8499bf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecTerminationDelay", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ServersTransportTcpSpecTerminationDelay":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6500d62890f4da91cca335341ee3b5f99429a8f0e6d2a59e2923351fc19c8e05)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ServersTransportTcpSpecTerminationDelay", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecTls",
    jsii_struct_bases=[],
    name_mapping={
        "certificates_secrets": "certificatesSecrets",
        "insecure_skip_verify": "insecureSkipVerify",
        "peer_cert_uri": "peerCertUri",
        "root_c_as": "rootCAs",
        "root_c_as_secrets": "rootCAsSecrets",
        "server_name": "serverName",
        "spiffe": "spiffe",
    },
)
class ServersTransportTcpSpecTls:
    def __init__(
        self,
        *,
        certificates_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        peer_cert_uri: typing.Optional[builtins.str] = None,
        root_c_as: typing.Optional[typing.Sequence[typing.Union["ServersTransportTcpSpecTlsRootCAs", typing.Dict[builtins.str, typing.Any]]]] = None,
        root_c_as_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_name: typing.Optional[builtins.str] = None,
        spiffe: typing.Optional[typing.Union["ServersTransportTcpSpecTlsSpiffe", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param certificates_secrets: 
        :param insecure_skip_verify: 
        :param peer_cert_uri: 
        :param root_c_as: 
        :param root_c_as_secrets: 
        :param server_name: 
        :param spiffe: 

        :schema: ServersTransportTcpSpecTls
        '''
        if isinstance(spiffe, dict):
            spiffe = ServersTransportTcpSpecTlsSpiffe(**spiffe)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__603623381aa3a1a0a28c6e488353591ddecf2273e76a51c137ee0619560c9ffd)
            check_type(argname="argument certificates_secrets", value=certificates_secrets, expected_type=type_hints["certificates_secrets"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument peer_cert_uri", value=peer_cert_uri, expected_type=type_hints["peer_cert_uri"])
            check_type(argname="argument root_c_as", value=root_c_as, expected_type=type_hints["root_c_as"])
            check_type(argname="argument root_c_as_secrets", value=root_c_as_secrets, expected_type=type_hints["root_c_as_secrets"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
            check_type(argname="argument spiffe", value=spiffe, expected_type=type_hints["spiffe"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificates_secrets is not None:
            self._values["certificates_secrets"] = certificates_secrets
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if peer_cert_uri is not None:
            self._values["peer_cert_uri"] = peer_cert_uri
        if root_c_as is not None:
            self._values["root_c_as"] = root_c_as
        if root_c_as_secrets is not None:
            self._values["root_c_as_secrets"] = root_c_as_secrets
        if server_name is not None:
            self._values["server_name"] = server_name
        if spiffe is not None:
            self._values["spiffe"] = spiffe

    @builtins.property
    def certificates_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportTcpSpecTls#certificatesSecrets
        '''
        result = self._values.get("certificates_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ServersTransportTcpSpecTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def peer_cert_uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportTcpSpecTls#peerCertURI
        '''
        result = self._values.get("peer_cert_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_c_as(
        self,
    ) -> typing.Optional[typing.List["ServersTransportTcpSpecTlsRootCAs"]]:
        '''
        :schema: ServersTransportTcpSpecTls#rootCAs
        '''
        result = self._values.get("root_c_as")
        return typing.cast(typing.Optional[typing.List["ServersTransportTcpSpecTlsRootCAs"]], result)

    @builtins.property
    def root_c_as_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportTcpSpecTls#rootCAsSecrets
        '''
        result = self._values.get("root_c_as_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportTcpSpecTls#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spiffe(self) -> typing.Optional["ServersTransportTcpSpecTlsSpiffe"]:
        '''
        :schema: ServersTransportTcpSpecTls#spiffe
        '''
        result = self._values.get("spiffe")
        return typing.cast(typing.Optional["ServersTransportTcpSpecTlsSpiffe"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecTlsRootCAs",
    jsii_struct_bases=[],
    name_mapping={"config_map": "configMap", "secret": "secret"},
)
class ServersTransportTcpSpecTlsRootCAs:
    def __init__(
        self,
        *,
        config_map: typing.Optional[builtins.str] = None,
        secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config_map: 
        :param secret: 

        :schema: ServersTransportTcpSpecTlsRootCAs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ce00ab9440bf70022e06740a78046392af9f2e3f390e9dc94a99f31b280ee71)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportTcpSpecTlsRootCAs#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportTcpSpecTlsRootCAs#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpSpecTlsRootCAs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.ServersTransportTcpSpecTlsSpiffe",
    jsii_struct_bases=[],
    name_mapping={"ids": "ids", "trust_domain": "trustDomain"},
)
class ServersTransportTcpSpecTlsSpiffe:
    def __init__(
        self,
        *,
        ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        trust_domain: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ids: 
        :param trust_domain: 

        :schema: ServersTransportTcpSpecTlsSpiffe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2acb3bd336991e4dca54e78dc226709b9fe09075c1033296c6f4d7f9ecc396ed)
            check_type(argname="argument ids", value=ids, expected_type=type_hints["ids"])
            check_type(argname="argument trust_domain", value=trust_domain, expected_type=type_hints["trust_domain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ids is not None:
            self._values["ids"] = ids
        if trust_domain is not None:
            self._values["trust_domain"] = trust_domain

    @builtins.property
    def ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ServersTransportTcpSpecTlsSpiffe#ids
        '''
        result = self._values.get("ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def trust_domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ServersTransportTcpSpecTlsSpiffe#trustDomain
        '''
        result = self._values.get("trust_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServersTransportTcpSpecTlsSpiffe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TlsOption(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TlsOption",
):
    '''
    :schema: TLSOption
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsOptionSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "TLSOption" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef8d4bb7f7b3ac15515aff01c5cd483c989d5cfe00d839960a55e4b5dd594da2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TlsOptionProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsOptionSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "TLSOption".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = TlsOptionProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "TLSOption".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsOptionProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TlsOptionProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsOptionSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: TLSOption
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TlsOptionSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e93c7e551279f8291208e628141f7ec7a935309084efe5a9f7a7e7ffbf521b5)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: TLSOption#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "TlsOptionSpec":
        '''
        :schema: TLSOption#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("TlsOptionSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsOptionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsOptionSpec",
    jsii_struct_bases=[],
    name_mapping={
        "alpn_protocols": "alpnProtocols",
        "cipher_suites": "cipherSuites",
        "client_auth": "clientAuth",
        "curve_preferences": "curvePreferences",
        "disable_session_tickets": "disableSessionTickets",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "prefer_server_cipher_suites": "preferServerCipherSuites",
        "sni_strict": "sniStrict",
    },
)
class TlsOptionSpec:
    def __init__(
        self,
        *,
        alpn_protocols: typing.Optional[typing.Sequence[builtins.str]] = None,
        cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
        client_auth: typing.Optional[typing.Union["TlsOptionSpecClientAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        curve_preferences: typing.Optional[typing.Sequence[builtins.str]] = None,
        disable_session_tickets: typing.Optional[builtins.bool] = None,
        max_version: typing.Optional[builtins.str] = None,
        min_version: typing.Optional[builtins.str] = None,
        prefer_server_cipher_suites: typing.Optional[builtins.bool] = None,
        sni_strict: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param alpn_protocols: 
        :param cipher_suites: 
        :param client_auth: 
        :param curve_preferences: 
        :param disable_session_tickets: 
        :param max_version: 
        :param min_version: 
        :param prefer_server_cipher_suites: 
        :param sni_strict: 

        :schema: TlsOptionSpec
        '''
        if isinstance(client_auth, dict):
            client_auth = TlsOptionSpecClientAuth(**client_auth)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3751e0410ba289078c8f9e3d1e118aa01153634cdd7d48e8549d9be332c6349)
            check_type(argname="argument alpn_protocols", value=alpn_protocols, expected_type=type_hints["alpn_protocols"])
            check_type(argname="argument cipher_suites", value=cipher_suites, expected_type=type_hints["cipher_suites"])
            check_type(argname="argument client_auth", value=client_auth, expected_type=type_hints["client_auth"])
            check_type(argname="argument curve_preferences", value=curve_preferences, expected_type=type_hints["curve_preferences"])
            check_type(argname="argument disable_session_tickets", value=disable_session_tickets, expected_type=type_hints["disable_session_tickets"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument prefer_server_cipher_suites", value=prefer_server_cipher_suites, expected_type=type_hints["prefer_server_cipher_suites"])
            check_type(argname="argument sni_strict", value=sni_strict, expected_type=type_hints["sni_strict"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alpn_protocols is not None:
            self._values["alpn_protocols"] = alpn_protocols
        if cipher_suites is not None:
            self._values["cipher_suites"] = cipher_suites
        if client_auth is not None:
            self._values["client_auth"] = client_auth
        if curve_preferences is not None:
            self._values["curve_preferences"] = curve_preferences
        if disable_session_tickets is not None:
            self._values["disable_session_tickets"] = disable_session_tickets
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if prefer_server_cipher_suites is not None:
            self._values["prefer_server_cipher_suites"] = prefer_server_cipher_suites
        if sni_strict is not None:
            self._values["sni_strict"] = sni_strict

    @builtins.property
    def alpn_protocols(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TlsOptionSpec#alpnProtocols
        '''
        result = self._values.get("alpn_protocols")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cipher_suites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TlsOptionSpec#cipherSuites
        '''
        result = self._values.get("cipher_suites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def client_auth(self) -> typing.Optional["TlsOptionSpecClientAuth"]:
        '''
        :schema: TlsOptionSpec#clientAuth
        '''
        result = self._values.get("client_auth")
        return typing.cast(typing.Optional["TlsOptionSpecClientAuth"], result)

    @builtins.property
    def curve_preferences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TlsOptionSpec#curvePreferences
        '''
        result = self._values.get("curve_preferences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def disable_session_tickets(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TlsOptionSpec#disableSessionTickets
        '''
        result = self._values.get("disable_session_tickets")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TlsOptionSpec#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TlsOptionSpec#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefer_server_cipher_suites(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TlsOptionSpec#preferServerCipherSuites
        '''
        result = self._values.get("prefer_server_cipher_suites")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sni_strict(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TlsOptionSpec#sniStrict
        '''
        result = self._values.get("sni_strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsOptionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsOptionSpecClientAuth",
    jsii_struct_bases=[],
    name_mapping={"client_auth_type": "clientAuthType", "secret_names": "secretNames"},
)
class TlsOptionSpecClientAuth:
    def __init__(
        self,
        *,
        client_auth_type: typing.Optional["TlsOptionSpecClientAuthClientAuthType"] = None,
        secret_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param client_auth_type: 
        :param secret_names: 

        :schema: TlsOptionSpecClientAuth
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e743771a3b68f32147a5f1b60de23fc68087beb85c256a6cae99b4f3a3426327)
            check_type(argname="argument client_auth_type", value=client_auth_type, expected_type=type_hints["client_auth_type"])
            check_type(argname="argument secret_names", value=secret_names, expected_type=type_hints["secret_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_auth_type is not None:
            self._values["client_auth_type"] = client_auth_type
        if secret_names is not None:
            self._values["secret_names"] = secret_names

    @builtins.property
    def client_auth_type(
        self,
    ) -> typing.Optional["TlsOptionSpecClientAuthClientAuthType"]:
        '''
        :schema: TlsOptionSpecClientAuth#clientAuthType
        '''
        result = self._values.get("client_auth_type")
        return typing.cast(typing.Optional["TlsOptionSpecClientAuthClientAuthType"], result)

    @builtins.property
    def secret_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TlsOptionSpecClientAuth#secretNames
        '''
        result = self._values.get("secret_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsOptionSpecClientAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="traefik_iotraefik.TlsOptionSpecClientAuthClientAuthType")
class TlsOptionSpecClientAuthClientAuthType(enum.Enum):
    '''
    :schema: TlsOptionSpecClientAuthClientAuthType
    '''

    NO_CLIENT_CERT = "NO_CLIENT_CERT"
    '''NoClientCert.'''
    REQUEST_CLIENT_CERT = "REQUEST_CLIENT_CERT"
    '''RequestClientCert.'''
    REQUIRE_ANY_CLIENT_CERT = "REQUIRE_ANY_CLIENT_CERT"
    '''RequireAnyClientCert.'''
    VERIFY_CLIENT_CERT_IF_GIVEN = "VERIFY_CLIENT_CERT_IF_GIVEN"
    '''VerifyClientCertIfGiven.'''
    REQUIRE_AND_VERIFY_CLIENT_CERT = "REQUIRE_AND_VERIFY_CLIENT_CERT"
    '''RequireAndVerifyClientCert.'''


class TlsStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TlsStore",
):
    '''
    :schema: TLSStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "TLSStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70889dd9cba3284fc7dd45a1dead8657fd998eb9471899daef6ed5afb2c1b63e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TlsStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "TLSStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = TlsStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "TLSStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TlsStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TlsStoreSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: TLSStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TlsStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6550e8993f0767a7632e098d4ced49f53dcbc6c4292bb4931d3eec6e25fa8e6c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: TLSStore#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "TlsStoreSpec":
        '''
        :schema: TLSStore#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("TlsStoreSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "certificates": "certificates",
        "default_certificate": "defaultCertificate",
        "default_generated_cert": "defaultGeneratedCert",
    },
)
class TlsStoreSpec:
    def __init__(
        self,
        *,
        certificates: typing.Optional[typing.Sequence[typing.Union["TlsStoreSpecCertificates", typing.Dict[builtins.str, typing.Any]]]] = None,
        default_certificate: typing.Optional[typing.Union["TlsStoreSpecDefaultCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        default_generated_cert: typing.Optional[typing.Union["TlsStoreSpecDefaultGeneratedCert", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param certificates: 
        :param default_certificate: 
        :param default_generated_cert: 

        :schema: TlsStoreSpec
        '''
        if isinstance(default_certificate, dict):
            default_certificate = TlsStoreSpecDefaultCertificate(**default_certificate)
        if isinstance(default_generated_cert, dict):
            default_generated_cert = TlsStoreSpecDefaultGeneratedCert(**default_generated_cert)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8dd7ba01b16a8c550e45616ee28c6954df6e6afb1e81b759cba89f70317bdc9)
            check_type(argname="argument certificates", value=certificates, expected_type=type_hints["certificates"])
            check_type(argname="argument default_certificate", value=default_certificate, expected_type=type_hints["default_certificate"])
            check_type(argname="argument default_generated_cert", value=default_generated_cert, expected_type=type_hints["default_generated_cert"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificates is not None:
            self._values["certificates"] = certificates
        if default_certificate is not None:
            self._values["default_certificate"] = default_certificate
        if default_generated_cert is not None:
            self._values["default_generated_cert"] = default_generated_cert

    @builtins.property
    def certificates(self) -> typing.Optional[typing.List["TlsStoreSpecCertificates"]]:
        '''
        :schema: TlsStoreSpec#certificates
        '''
        result = self._values.get("certificates")
        return typing.cast(typing.Optional[typing.List["TlsStoreSpecCertificates"]], result)

    @builtins.property
    def default_certificate(self) -> typing.Optional["TlsStoreSpecDefaultCertificate"]:
        '''
        :schema: TlsStoreSpec#defaultCertificate
        '''
        result = self._values.get("default_certificate")
        return typing.cast(typing.Optional["TlsStoreSpecDefaultCertificate"], result)

    @builtins.property
    def default_generated_cert(
        self,
    ) -> typing.Optional["TlsStoreSpecDefaultGeneratedCert"]:
        '''
        :schema: TlsStoreSpec#defaultGeneratedCert
        '''
        result = self._values.get("default_generated_cert")
        return typing.cast(typing.Optional["TlsStoreSpecDefaultGeneratedCert"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreSpecCertificates",
    jsii_struct_bases=[],
    name_mapping={"secret_name": "secretName"},
)
class TlsStoreSpecCertificates:
    def __init__(self, *, secret_name: builtins.str) -> None:
        '''
        :param secret_name: 

        :schema: TlsStoreSpecCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d3bee26bb9a7c00bb7826a69b559bb1b44bdb9a4cef7a3e8b28a4a33d5a0272)
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_name": secret_name,
        }

    @builtins.property
    def secret_name(self) -> builtins.str:
        '''
        :schema: TlsStoreSpecCertificates#secretName
        '''
        result = self._values.get("secret_name")
        assert result is not None, "Required property 'secret_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreSpecCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreSpecDefaultCertificate",
    jsii_struct_bases=[],
    name_mapping={"secret_name": "secretName"},
)
class TlsStoreSpecDefaultCertificate:
    def __init__(self, *, secret_name: builtins.str) -> None:
        '''
        :param secret_name: 

        :schema: TlsStoreSpecDefaultCertificate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50a05340721b6fb7cb1762b96ad2e7552eab8bb42ae8927b57796aca56052d2c)
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_name": secret_name,
        }

    @builtins.property
    def secret_name(self) -> builtins.str:
        '''
        :schema: TlsStoreSpecDefaultCertificate#secretName
        '''
        result = self._values.get("secret_name")
        assert result is not None, "Required property 'secret_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreSpecDefaultCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreSpecDefaultGeneratedCert",
    jsii_struct_bases=[],
    name_mapping={"domain": "domain", "resolver": "resolver"},
)
class TlsStoreSpecDefaultGeneratedCert:
    def __init__(
        self,
        *,
        domain: typing.Optional[typing.Union["TlsStoreSpecDefaultGeneratedCertDomain", typing.Dict[builtins.str, typing.Any]]] = None,
        resolver: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param domain: 
        :param resolver: 

        :schema: TlsStoreSpecDefaultGeneratedCert
        '''
        if isinstance(domain, dict):
            domain = TlsStoreSpecDefaultGeneratedCertDomain(**domain)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1bf84810abe1780beb9ed6380095825792d54ab95459b252e581956822e62c4a)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument resolver", value=resolver, expected_type=type_hints["resolver"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if resolver is not None:
            self._values["resolver"] = resolver

    @builtins.property
    def domain(self) -> typing.Optional["TlsStoreSpecDefaultGeneratedCertDomain"]:
        '''
        :schema: TlsStoreSpecDefaultGeneratedCert#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional["TlsStoreSpecDefaultGeneratedCertDomain"], result)

    @builtins.property
    def resolver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TlsStoreSpecDefaultGeneratedCert#resolver
        '''
        result = self._values.get("resolver")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreSpecDefaultGeneratedCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TlsStoreSpecDefaultGeneratedCertDomain",
    jsii_struct_bases=[],
    name_mapping={"main": "main", "sans": "sans"},
)
class TlsStoreSpecDefaultGeneratedCertDomain:
    def __init__(
        self,
        *,
        main: typing.Optional[builtins.str] = None,
        sans: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param main: 
        :param sans: 

        :schema: TlsStoreSpecDefaultGeneratedCertDomain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f8f235040bb9c18201583411e702e5287643c72d279da4fcc813779281baf1c)
            check_type(argname="argument main", value=main, expected_type=type_hints["main"])
            check_type(argname="argument sans", value=sans, expected_type=type_hints["sans"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if main is not None:
            self._values["main"] = main
        if sans is not None:
            self._values["sans"] = sans

    @builtins.property
    def main(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TlsStoreSpecDefaultGeneratedCertDomain#main
        '''
        result = self._values.get("main")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sans(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TlsStoreSpecDefaultGeneratedCertDomain#sans
        '''
        result = self._values.get("sans")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TlsStoreSpecDefaultGeneratedCertDomain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikService",
):
    '''
    :schema: TraefikService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TraefikServiceSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "TraefikService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99a202ef2cab33d7a61e63f925372116ad165119776d45d1591c629de8d9307d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TraefikServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TraefikServiceSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "TraefikService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = TraefikServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "TraefikService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TraefikServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["TraefikServiceSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: TraefikService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TraefikServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96bba0a8f954953d110d4891515ccbfe98ca69d6c8848ffbb7d1625c434559cf)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: TraefikService#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "TraefikServiceSpec":
        '''
        :schema: TraefikService#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("TraefikServiceSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "failover": "failover",
        "highest_random_weight": "highestRandomWeight",
        "mirroring": "mirroring",
        "weighted": "weighted",
    },
)
class TraefikServiceSpec:
    def __init__(
        self,
        *,
        failover: typing.Optional[typing.Union["TraefikServiceSpecFailover", typing.Dict[builtins.str, typing.Any]]] = None,
        highest_random_weight: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeight", typing.Dict[builtins.str, typing.Any]]] = None,
        mirroring: typing.Optional[typing.Union["TraefikServiceSpecMirroring", typing.Dict[builtins.str, typing.Any]]] = None,
        weighted: typing.Optional[typing.Union["TraefikServiceSpecWeighted", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param failover: 
        :param highest_random_weight: 
        :param mirroring: 
        :param weighted: 

        :schema: TraefikServiceSpec
        '''
        if isinstance(failover, dict):
            failover = TraefikServiceSpecFailover(**failover)
        if isinstance(highest_random_weight, dict):
            highest_random_weight = TraefikServiceSpecHighestRandomWeight(**highest_random_weight)
        if isinstance(mirroring, dict):
            mirroring = TraefikServiceSpecMirroring(**mirroring)
        if isinstance(weighted, dict):
            weighted = TraefikServiceSpecWeighted(**weighted)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faf4c5246ac14c728d2aeed83cb10a204265789ac8238e18fd48ad38790318c1)
            check_type(argname="argument failover", value=failover, expected_type=type_hints["failover"])
            check_type(argname="argument highest_random_weight", value=highest_random_weight, expected_type=type_hints["highest_random_weight"])
            check_type(argname="argument mirroring", value=mirroring, expected_type=type_hints["mirroring"])
            check_type(argname="argument weighted", value=weighted, expected_type=type_hints["weighted"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failover is not None:
            self._values["failover"] = failover
        if highest_random_weight is not None:
            self._values["highest_random_weight"] = highest_random_weight
        if mirroring is not None:
            self._values["mirroring"] = mirroring
        if weighted is not None:
            self._values["weighted"] = weighted

    @builtins.property
    def failover(self) -> typing.Optional["TraefikServiceSpecFailover"]:
        '''
        :schema: TraefikServiceSpec#failover
        '''
        result = self._values.get("failover")
        return typing.cast(typing.Optional["TraefikServiceSpecFailover"], result)

    @builtins.property
    def highest_random_weight(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeight"]:
        '''
        :schema: TraefikServiceSpec#highestRandomWeight
        '''
        result = self._values.get("highest_random_weight")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeight"], result)

    @builtins.property
    def mirroring(self) -> typing.Optional["TraefikServiceSpecMirroring"]:
        '''
        :schema: TraefikServiceSpec#mirroring
        '''
        result = self._values.get("mirroring")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroring"], result)

    @builtins.property
    def weighted(self) -> typing.Optional["TraefikServiceSpecWeighted"]:
        '''
        :schema: TraefikServiceSpec#weighted
        '''
        result = self._values.get("weighted")
        return typing.cast(typing.Optional["TraefikServiceSpecWeighted"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailover",
    jsii_struct_bases=[],
    name_mapping={"errors": "errors", "fallback": "fallback", "service": "service"},
)
class TraefikServiceSpecFailover:
    def __init__(
        self,
        *,
        errors: typing.Union["TraefikServiceSpecFailoverErrors", typing.Dict[builtins.str, typing.Any]],
        fallback: typing.Union["TraefikServiceSpecFailoverFallback", typing.Dict[builtins.str, typing.Any]],
        service: typing.Union["TraefikServiceSpecFailoverService", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param errors: 
        :param fallback: 
        :param service: 

        :schema: TraefikServiceSpecFailover
        '''
        if isinstance(errors, dict):
            errors = TraefikServiceSpecFailoverErrors(**errors)
        if isinstance(fallback, dict):
            fallback = TraefikServiceSpecFailoverFallback(**fallback)
        if isinstance(service, dict):
            service = TraefikServiceSpecFailoverService(**service)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b6e4fe25c5137553c7e054aa9991486513f2160ac09aaef3b6db2bcaa426128)
            check_type(argname="argument errors", value=errors, expected_type=type_hints["errors"])
            check_type(argname="argument fallback", value=fallback, expected_type=type_hints["fallback"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "errors": errors,
            "fallback": fallback,
            "service": service,
        }

    @builtins.property
    def errors(self) -> "TraefikServiceSpecFailoverErrors":
        '''
        :schema: TraefikServiceSpecFailover#errors
        '''
        result = self._values.get("errors")
        assert result is not None, "Required property 'errors' is missing"
        return typing.cast("TraefikServiceSpecFailoverErrors", result)

    @builtins.property
    def fallback(self) -> "TraefikServiceSpecFailoverFallback":
        '''
        :schema: TraefikServiceSpecFailover#fallback
        '''
        result = self._values.get("fallback")
        assert result is not None, "Required property 'fallback' is missing"
        return typing.cast("TraefikServiceSpecFailoverFallback", result)

    @builtins.property
    def service(self) -> "TraefikServiceSpecFailoverService":
        '''
        :schema: TraefikServiceSpecFailover#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast("TraefikServiceSpecFailoverService", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailover(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverErrors",
    jsii_struct_bases=[],
    name_mapping={"max_request_body_bytes": "maxRequestBodyBytes", "status": "status"},
)
class TraefikServiceSpecFailoverErrors:
    def __init__(
        self,
        *,
        max_request_body_bytes: typing.Optional[jsii.Number] = None,
        status: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param max_request_body_bytes: 
        :param status: 

        :schema: TraefikServiceSpecFailoverErrors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88d288158e497141cdfd0d79418275e0966b702eceaf1781b38714c07dddd4af)
            check_type(argname="argument max_request_body_bytes", value=max_request_body_bytes, expected_type=type_hints["max_request_body_bytes"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_request_body_bytes is not None:
            self._values["max_request_body_bytes"] = max_request_body_bytes
        if status is not None:
            self._values["status"] = status

    @builtins.property
    def max_request_body_bytes(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverErrors#maxRequestBodyBytes
        '''
        result = self._values.get("max_request_body_bytes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def status(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: TraefikServiceSpecFailoverErrors#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverErrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallback",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecFailoverFallback:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecFailoverFallbackHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecFailoverFallbackKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecFailoverFallbackMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecFailoverFallbackPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["TraefikServiceSpecFailoverFallbackPort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecFailoverFallbackResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecFailoverFallbackSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecFailoverFallbackStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecFailoverFallback
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecFailoverFallbackHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecFailoverFallbackPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecFailoverFallbackResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecFailoverFallbackSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21467dc199dfc0784b0650ced77891c019aa503f2f1d4b29928c66681bf88e0b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecFailoverFallback#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheck"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["TraefikServiceSpecFailoverFallbackKind"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecFailoverFallbackMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecFailoverFallbackMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackPassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackPassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["TraefikServiceSpecFailoverFallbackPort"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecFailoverFallbackSticky"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["TraefikServiceSpecFailoverFallbackStrategy"]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverFallback#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallback(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecFailoverFallbackHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecFailoverFallbackHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__149dce80e09f53aa515eac2a0ebcebb466671c7d9d9ce9ceaa9da284cc5b3ab7)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecFailoverFallbackHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecFailoverFallbackHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c214b211451c938a0a5e2ce9894f9a4121e6c29ead9ac899a548c961e69bd97e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6148f1056c00cdbba583bdf4a791031a3dec7616d15488671e9f496e7ee4c86d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverFallbackHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecFailoverFallbackHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43d6f599b277d8cbad80f1973b1219541d99888aa4b090d8f7e7ec70375e99df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2749d6fd5d05ce55cb38c1920c52b6e82cf5c1498e14284be5ee7859b51a8729)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b453955e00318d81425f766c72808260692a0a8d51d92dc14654189544200ce5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__491a18d5da95d6e83dba2a484ad53fe70e56f53f1148195d6ca1c1eea4d48f6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackKind")
class TraefikServiceSpecFailoverFallbackKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverFallbackKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecFailoverFallbackMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecFailoverFallbackMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18abee2d8709c33ce8e2a981d99a315e57c04baef595654f8ba6f5c11a13ab9e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecFailoverFallbackMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecFailoverFallbackPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecFailoverFallbackPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b3e7e8e503f27397f74b6f88cb7c7d11ca4f56828dc5f0c38297994e7daf17e)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f67129c8a993be17b9da9faaa394fccf5af393ec17c43d0d8f8796e25cdcea8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26b2510c9d376328f60fc6b40738b9b900fe4111c720f1bda3bdb3f3bc2dbc9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverFallbackPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackPort",
):
    '''
    :schema: TraefikServiceSpecFailoverFallbackPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverFallbackPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed466c51533f357635441fd464b64dd49e552bd747db2e457a752b3411c89d45)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverFallbackPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0521fb9fd85be689130243cce4a76cebe8ba1e7dc81e68e7525e3662399affe1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverFallbackPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecFailoverFallbackResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecFailoverFallbackResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f5109c8607517c254731445375f0dcaae90fb7f2e4a335752efc097845e584c)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecFailoverFallbackSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecFailoverFallbackStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecFailoverFallbackSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecFailoverFallbackStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99c30e1cfedae92770a3185a6292df56a28ee814fddd52f1820e230faf680818)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackStickyCookie"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecFailoverFallbackStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecFailoverFallbackStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecFailoverFallbackStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2c80d16864234c1fd5b090f13ee721ed2fc612825efc8c5fd73e197bd5bfc19)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverFallbackStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverFallbackStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverFallbackStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverFallbackStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackStickyCookieSameSite"
)
class TraefikServiceSpecFailoverFallbackStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverFallbackStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverFallbackStrategy")
class TraefikServiceSpecFailoverFallbackStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverFallbackStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverService",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecFailoverService:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecFailoverServiceHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecFailoverServiceKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecFailoverServiceMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecFailoverServicePassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["TraefikServiceSpecFailoverServicePort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecFailoverServiceResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecFailoverServiceSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecFailoverServiceStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecFailoverService
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecFailoverServiceHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecFailoverServicePassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecFailoverServiceResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecFailoverServiceSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6253f91126da9d31c97622156a10031ddba25b60803c4cecc19f3ce7233681b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecFailoverService#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceHealthCheck"]:
        '''
        :schema: TraefikServiceSpecFailoverService#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["TraefikServiceSpecFailoverServiceKind"]:
        '''
        :schema: TraefikServiceSpecFailoverService#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecFailoverServiceMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecFailoverService#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecFailoverServiceMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverService#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverService#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverService#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverService#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServicePassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecFailoverService#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServicePassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["TraefikServiceSpecFailoverServicePort"]:
        '''
        :schema: TraefikServiceSpecFailoverService#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServicePort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecFailoverService#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverService#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverService#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecFailoverServiceSticky"]:
        '''
        :schema: TraefikServiceSpecFailoverService#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["TraefikServiceSpecFailoverServiceStrategy"]:
        '''
        :schema: TraefikServiceSpecFailoverService#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverService#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecFailoverServiceHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecFailoverServiceHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75deb358b85fc33a350ecbe2c65a13ae77f9225e92760683978e1a8ac192ac47)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecFailoverServiceHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServiceHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecFailoverServiceHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecFailoverServiceHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38066542b215cd89bc5941c0c929a1f91a45bfa5a4875c79a0bb7105bb4aee89)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7052ea01c5b32684029d0ba7ee3aebd34f7714e168f3a5ed4703a071842e29a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverServiceHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecFailoverServiceHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db5f2f62bce689160b3d41eff591b21fa1d5e4dc460e2d4a5e9e869f1b5ab90a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a5681179db95334aa00351594a5c120e46405375aa9e60bf1248f4d5d95434b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__739cbd2bb4f8cad85b3cd202c1c9434d7e741d21724ac30de5a0afc17e8361b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68f4f06ea24f3459cfc9ad094ba245821bfab7da69f0209613266a2d9f6edbf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceKind")
class TraefikServiceSpecFailoverServiceKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverServiceKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecFailoverServiceMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecFailoverServiceMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac8b307efa52355d705b1088b2ecedc1c17b54ffd13edffb56a946b5c6da4518)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecFailoverServiceMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServiceMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServicePassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecFailoverServicePassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecFailoverServicePassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__175644f634b0772b53bc15633c5072eeb04475ad38296daa58628b8c10b00fab)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecFailoverServicePassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverServicePassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServicePassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78c04484f1ef947a7db482a6d0a81cabc6068217962a3b3bd4eb5fec1ae8075c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a714bb1c7b8fb42905c21bda527f4e2702f8c521fb1d7a4d0b9c0e8a08e6e9b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecFailoverServicePort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServicePort",
):
    '''
    :schema: TraefikServiceSpecFailoverServicePort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "TraefikServiceSpecFailoverServicePort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__522b2dba0fe1ecb33bcbb0e809817435ea1fa0bbcc5a2a61f98832715e738e83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServicePort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecFailoverServicePort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66c5a90bddb4b4beabe1804b93fbac231e4ba1e8ea75a54be372e0455939d65d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecFailoverServicePort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecFailoverServiceResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecFailoverServiceResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__124047cd4f8d35426648230a0c74d6481bd88a0d4b18737ebbf287cdd056cd81)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServiceResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecFailoverServiceSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecFailoverServiceStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecFailoverServiceSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecFailoverServiceStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c45ee041e9cee3ca34fc04d0347a1443c6f19ed43903fb1706429bf68c9d69f0)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceStickyCookie"]:
        '''
        :schema: TraefikServiceSpecFailoverServiceSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServiceSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecFailoverServiceStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecFailoverServiceStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecFailoverServiceStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10f623f4e99132645a918edce09e7e607fb4891d36456a1e40c0ccbc6737e284)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecFailoverServiceStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecFailoverServiceStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecFailoverServiceStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecFailoverServiceStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceStickyCookieSameSite"
)
class TraefikServiceSpecFailoverServiceStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverServiceStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecFailoverServiceStrategy")
class TraefikServiceSpecFailoverServiceStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecFailoverServiceStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeight",
    jsii_struct_bases=[],
    name_mapping={"services": "services"},
)
class TraefikServiceSpecHighestRandomWeight:
    def __init__(
        self,
        *,
        services: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecHighestRandomWeightServices", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param services: 

        :schema: TraefikServiceSpecHighestRandomWeight
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ebdab64fae046a35db4ccdd5431635340ec55a6273cce518ba31113ead9c5b7)
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if services is not None:
            self._values["services"] = services

    @builtins.property
    def services(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecHighestRandomWeightServices"]]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeight#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecHighestRandomWeightServices"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeight(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServices",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecHighestRandomWeightServices:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeightServicesHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecHighestRandomWeightServicesMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeightServicesResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeightServicesSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecHighestRandomWeightServices
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecHighestRandomWeightServicesHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecHighestRandomWeightServicesResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecHighestRandomWeightServicesSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8225c8d29ceafcdb2ae8541f9ef901762b30272ff4e069e882732e200dce8945)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheck"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheck"], result)

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesKind"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecHighestRandomWeightServicesMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecHighestRandomWeightServicesMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck"], result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPort"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesSticky"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesSticky"], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStrategy"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecHighestRandomWeightServicesHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__658a354c0f1e993e84cb98abc07f5db61c324fc79ea18d79c17e84697a0f064f)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__466fb51d5998821aed3ae1cf8fe4c9e91ad65e7c8c6784b47e657cec16d7607e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32a6255ef4f24823ea165886323e71090b76e786490e7f792ac3d54add3c35cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b7711f52286e250fd0f80df7110e992630036aa99d123eb25f6a2733aa73fe5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__661459a4502b9d924a4c5d90113ed5d5835fc935470d050da493b8b028044abc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0814a3fca931ec4c3439bb3a57832a1a5fde59a30cd08943d090a5e2057ba76c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e109f58d9c1bef6b2959f8d74134954d8997af072384c7f4250dfc7d189389a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesKind"
)
class TraefikServiceSpecHighestRandomWeightServicesKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecHighestRandomWeightServicesMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__acf458ff76126b20b783869ecdb8488d046da449c9148dd31e53879817ea9638)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b65afc8b163376aea52af40f9c493e8ed1326cc22f120d268a16b936e554335)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c91cf29ac0ad102072eb25971bef3f7e2ad222a79f306a5b6d73b603789bc126)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__742e4ce7d9e1ccb85ffbf66d9dad4e5abedca032d58eab9b818fe0426a685f55)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecHighestRandomWeightServicesPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesPort",
):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa980d845e2ccbf125eab880a6d521f02d9fd26bb8895193a34276d8dabcc85d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecHighestRandomWeightServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1714cca7c004fcf0d840e8b96d13c2785d39613da7e8f7f779583a156da12901)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecHighestRandomWeightServicesPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecHighestRandomWeightServicesResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c947ce1c7cccb9b92714fe9c83d13be865ad53097ba687f9f6a83c2f6b488b92)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecHighestRandomWeightServicesSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecHighestRandomWeightServicesStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecHighestRandomWeightServicesStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fb17acf8a1e100b17d513f658bad2cdf8dedb2940cde113b5b5179bb0014b76)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStickyCookie"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecHighestRandomWeightServicesStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d69d6e649249891532f0fd2e34f35a080f7aed1fa6155a0d52ca656ea36693bb)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecHighestRandomWeightServicesStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite"
)
class TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecHighestRandomWeightServicesStrategy"
)
class TraefikServiceSpecHighestRandomWeightServicesStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecHighestRandomWeightServicesStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroring",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "max_body_size": "maxBodySize",
        "middlewares": "middlewares",
        "mirror_body": "mirrorBody",
        "mirrors": "mirrors",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecMirroring:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecMirroringHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecMirroringKind"] = None,
        max_body_size: typing.Optional[jsii.Number] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecMirroringMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror_body: typing.Optional[builtins.bool] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecMirroringMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecMirroringPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["TraefikServiceSpecMirroringPort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecMirroringResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecMirroringSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecMirroringStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param max_body_size: 
        :param middlewares: 
        :param mirror_body: 
        :param mirrors: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecMirroring
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecMirroringHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecMirroringPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecMirroringResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecMirroringSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb7b38943ed81871beedc818db83a6c29019ea6d5b62345a6c241d6fbe95b75c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument max_body_size", value=max_body_size, expected_type=type_hints["max_body_size"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument mirror_body", value=mirror_body, expected_type=type_hints["mirror_body"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if max_body_size is not None:
            self._values["max_body_size"] = max_body_size
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if mirror_body is not None:
            self._values["mirror_body"] = mirror_body
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecMirroring#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(self) -> typing.Optional["TraefikServiceSpecMirroringHealthCheck"]:
        '''
        :schema: TraefikServiceSpecMirroring#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["TraefikServiceSpecMirroringKind"]:
        '''
        :schema: TraefikServiceSpecMirroring#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringKind"], result)

    @builtins.property
    def max_body_size(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroring#maxBodySize
        '''
        result = self._values.get("max_body_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecMirroringMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecMirroring#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecMirroringMiddlewares"]], result)

    @builtins.property
    def mirror_body(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroring#mirrorBody
        '''
        result = self._values.get("mirror_body")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mirrors(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecMirroringMirrors"]]:
        '''
        :schema: TraefikServiceSpecMirroring#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecMirroringMirrors"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroring#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroring#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroring#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroring#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringPassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecMirroring#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringPassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["TraefikServiceSpecMirroringPort"]:
        '''
        :schema: TraefikServiceSpecMirroring#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecMirroring#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroring#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroring#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecMirroringSticky"]:
        '''
        :schema: TraefikServiceSpecMirroring#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["TraefikServiceSpecMirroringStrategy"]:
        '''
        :schema: TraefikServiceSpecMirroring#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroring#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroring(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecMirroringHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecMirroringHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecMirroringHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecMirroringHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecMirroringHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9fc48f319264a8067036f482d2ad0b78013f8c92c241b1f8645c6c3ba60ba2e2)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecMirroringHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecMirroringHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecMirroringHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c01cd282bd4779fdb09a835f1e35ed39ffb413916ae2007ecb1e13c1eadefc2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7b0f76e535762dffe565c52b610816ffc7f47665db090c6c2eac38ead1ede69d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecMirroringHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b2b88245e2a4f66135394d6ec3fcb0676d9cdadc8875909c946e5bb837ca1d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5af95cdb3e5125f5a221cd653b0237cdad104d66804320766d0c161c74943894)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecMirroringHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0aec55a50cdd7410c6862f51f87021b907f170cb92d3c3cf674141e1aaa2b778)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc7905a0d1c8d9bafff2d048b440595e321b697e7e5423fc6cc0117c649f589a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringKind")
class TraefikServiceSpecMirroringKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecMirroringMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecMirroringMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9338ab1df3480ee9bc0a6da9542ddf16132e81034399cd0eaa80ad958a6ee33d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecMirroringMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrors",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "percent": "percent",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecMirroringMirrors:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecMirroringMirrorsHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecMirroringMirrorsKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecMirroringMirrorsMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecMirroringMirrorsPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
        port: typing.Optional["TraefikServiceSpecMirroringMirrorsPort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecMirroringMirrorsResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecMirroringMirrorsSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecMirroringMirrorsStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param percent: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecMirroringMirrors
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecMirroringMirrorsHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecMirroringMirrorsPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecMirroringMirrorsResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecMirroringMirrorsSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__028c01afad6a45d7485cc82ae667bce101419cb4a1ecde290b49048714607056)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if percent is not None:
            self._values["percent"] = percent
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheck"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["TraefikServiceSpecMirroringMirrorsKind"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecMirroringMirrorsMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecMirroringMirrorsMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsPassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsPassiveHealthCheck"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional["TraefikServiceSpecMirroringMirrorsPort"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecMirroringMirrorsSticky"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["TraefikServiceSpecMirroringMirrorsStrategy"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrors#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecMirroringMirrorsHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__498ae68a9e1e6b71325a54355fb0704ea4649f11b433d3fe155b5464c432e4b5)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecMirroringMirrorsHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebb4f8ed991ad37a102b24065d73a36cf726dbb05d282da4166ed9c0853aa274)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5a871867c848c725708416c24516eaf9f5898dba6184478e5bd8187c66c0850)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringMirrorsHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9aeec2b748805edccd6b98d539b362143e8c848673170110222d2ac3337a58b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c3411896a3ac7fb685df4ee962aadebbd7975383975999b1fcc327a2b412b7c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a865c25758d64962b64bf5c80c00c43052d04c137cb1f385fb4bb0359ad20a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4894445eff69e7d54ed4804ba584ed4c8be371f6b50bdcc4566ad1a2b3f2992)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsKind")
class TraefikServiceSpecMirroringMirrorsKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecMirroringMirrorsMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecMirroringMirrorsMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b10e2f055541c7896536027df9e70a0839055e52cc410b23f2f9f0c10d2554eb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecMirroringMirrorsPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecMirroringMirrorsPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47c16e2f609df93a6eec61eddb669e56ce2b4ebf1a0d87701252062f39d9df4d)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47d3b8fa55a751db2b8c856095a91915fcdbcb67ddc04e5353b9d391516618d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc58a54f14cb90e458738fd0c949e41ddf71cd173763447f9bb57f5bec6c57d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringMirrorsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsPort",
):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringMirrorsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34ee0db28fa1778fac666549fc4fbaabfd0954880d95e040a5cd4bb5f371563e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringMirrorsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a1073c4bd10cd18b1332812813747dea26aa238f2c362c2d81b5118c1763d7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringMirrorsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecMirroringMirrorsResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecMirroringMirrorsResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ad7ba7e72cdb66efcbfc4e5fb9affbfd46d79b9bc7dfe587f4c46c8ffc84fde)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecMirroringMirrorsSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecMirroringMirrorsStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecMirroringMirrorsSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecMirroringMirrorsStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56917a89b0acf58a2cf83f93c005c4486f8484aea7c025d3effcd3b7c2785e91)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsStickyCookie"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecMirroringMirrorsStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecMirroringMirrorsStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11014dfb709d9aebe0974c1b68356f82bda61f4df16871a1da55c3b9d3bd289f)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringMirrorsStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringMirrorsStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringMirrorsStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringMirrorsStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsStickyCookieSameSite"
)
class TraefikServiceSpecMirroringMirrorsStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringMirrorsStrategy")
class TraefikServiceSpecMirroringMirrorsStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringMirrorsStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecMirroringPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecMirroringPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5309e9dc4c9751a91f057a97a3c4e646b3d44ebbc78f8537f300908732ac2ea3)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecMirroringPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09a63b922d350247cdb2e4e47b6495a6a0f549133b7fe7b22d82915fcb0fe95d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c31af3009375319b68fc3c46d5c35b319c9a37924ce8ac1c1f7370677a9e369e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecMirroringPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringPort",
):
    '''
    :schema: TraefikServiceSpecMirroringPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "TraefikServiceSpecMirroringPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ef601f99f57fff0b19fd90203ea1557ed5bed4b656ead833c43c9a5370dd8e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "TraefikServiceSpecMirroringPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ec9858c862df1cac4d082bfe8f57a8e2205c777708a7d5b304c7d40a0a3f02b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecMirroringPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecMirroringResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecMirroringResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__980cdd5a0eb25aa67c0e4cbdc708dd45d5a29734a32e90819b52adb6e7e2dcff)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecMirroringSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecMirroringStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecMirroringSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecMirroringStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da52dd7efaeb7add623add1af80e2f3041d68d8f1a2f8b6ee95b260bcddbc610)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(self) -> typing.Optional["TraefikServiceSpecMirroringStickyCookie"]:
        '''
        :schema: TraefikServiceSpecMirroringSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecMirroringStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecMirroringStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecMirroringStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f55f4b3471eed75a8b8f43a6564b8362f82320d6a89e27de3fcf523f43db86c2)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecMirroringStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecMirroringStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecMirroringStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecMirroringStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringStickyCookieSameSite"
)
class TraefikServiceSpecMirroringStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecMirroringStrategy")
class TraefikServiceSpecMirroringStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecMirroringStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeighted",
    jsii_struct_bases=[],
    name_mapping={"services": "services", "sticky": "sticky"},
)
class TraefikServiceSpecWeighted:
    def __init__(
        self,
        *,
        services: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecWeightedServices", typing.Dict[builtins.str, typing.Any]]]] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecWeightedSticky", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param services: 
        :param sticky: 

        :schema: TraefikServiceSpecWeighted
        '''
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecWeightedSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6e801d13a1828480301680779463a5af0dba764401bee2e139061857812380a)
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if services is not None:
            self._values["services"] = services
        if sticky is not None:
            self._values["sticky"] = sticky

    @builtins.property
    def services(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecWeightedServices"]]:
        '''
        :schema: TraefikServiceSpecWeighted#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecWeightedServices"]], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecWeightedSticky"]:
        '''
        :schema: TraefikServiceSpecWeighted#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedSticky"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeighted(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServices",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "health_check": "healthCheck",
        "kind": "kind",
        "middlewares": "middlewares",
        "namespace": "namespace",
        "native_lb": "nativeLb",
        "node_port_lb": "nodePortLb",
        "pass_host_header": "passHostHeader",
        "passive_health_check": "passiveHealthCheck",
        "port": "port",
        "response_forwarding": "responseForwarding",
        "scheme": "scheme",
        "servers_transport": "serversTransport",
        "sticky": "sticky",
        "strategy": "strategy",
        "weight": "weight",
    },
)
class TraefikServiceSpecWeightedServices:
    def __init__(
        self,
        *,
        name: builtins.str,
        health_check: typing.Optional[typing.Union["TraefikServiceSpecWeightedServicesHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional["TraefikServiceSpecWeightedServicesKind"] = None,
        middlewares: typing.Optional[typing.Sequence[typing.Union["TraefikServiceSpecWeightedServicesMiddlewares", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        native_lb: typing.Optional[builtins.bool] = None,
        node_port_lb: typing.Optional[builtins.bool] = None,
        pass_host_header: typing.Optional[builtins.bool] = None,
        passive_health_check: typing.Optional[typing.Union["TraefikServiceSpecWeightedServicesPassiveHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional["TraefikServiceSpecWeightedServicesPort"] = None,
        response_forwarding: typing.Optional[typing.Union["TraefikServiceSpecWeightedServicesResponseForwarding", typing.Dict[builtins.str, typing.Any]]] = None,
        scheme: typing.Optional[builtins.str] = None,
        servers_transport: typing.Optional[builtins.str] = None,
        sticky: typing.Optional[typing.Union["TraefikServiceSpecWeightedServicesSticky", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional["TraefikServiceSpecWeightedServicesStrategy"] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param health_check: 
        :param kind: 
        :param middlewares: 
        :param namespace: 
        :param native_lb: 
        :param node_port_lb: 
        :param pass_host_header: 
        :param passive_health_check: 
        :param port: 
        :param response_forwarding: 
        :param scheme: 
        :param servers_transport: 
        :param sticky: 
        :param strategy: 
        :param weight: 

        :schema: TraefikServiceSpecWeightedServices
        '''
        if isinstance(health_check, dict):
            health_check = TraefikServiceSpecWeightedServicesHealthCheck(**health_check)
        if isinstance(passive_health_check, dict):
            passive_health_check = TraefikServiceSpecWeightedServicesPassiveHealthCheck(**passive_health_check)
        if isinstance(response_forwarding, dict):
            response_forwarding = TraefikServiceSpecWeightedServicesResponseForwarding(**response_forwarding)
        if isinstance(sticky, dict):
            sticky = TraefikServiceSpecWeightedServicesSticky(**sticky)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aca73728e75f17d713d13398e27b745e3749dd7d2fc917eec7077e4729acf777)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument middlewares", value=middlewares, expected_type=type_hints["middlewares"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument native_lb", value=native_lb, expected_type=type_hints["native_lb"])
            check_type(argname="argument node_port_lb", value=node_port_lb, expected_type=type_hints["node_port_lb"])
            check_type(argname="argument pass_host_header", value=pass_host_header, expected_type=type_hints["pass_host_header"])
            check_type(argname="argument passive_health_check", value=passive_health_check, expected_type=type_hints["passive_health_check"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument response_forwarding", value=response_forwarding, expected_type=type_hints["response_forwarding"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument servers_transport", value=servers_transport, expected_type=type_hints["servers_transport"])
            check_type(argname="argument sticky", value=sticky, expected_type=type_hints["sticky"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if health_check is not None:
            self._values["health_check"] = health_check
        if kind is not None:
            self._values["kind"] = kind
        if middlewares is not None:
            self._values["middlewares"] = middlewares
        if namespace is not None:
            self._values["namespace"] = namespace
        if native_lb is not None:
            self._values["native_lb"] = native_lb
        if node_port_lb is not None:
            self._values["node_port_lb"] = node_port_lb
        if pass_host_header is not None:
            self._values["pass_host_header"] = pass_host_header
        if passive_health_check is not None:
            self._values["passive_health_check"] = passive_health_check
        if port is not None:
            self._values["port"] = port
        if response_forwarding is not None:
            self._values["response_forwarding"] = response_forwarding
        if scheme is not None:
            self._values["scheme"] = scheme
        if servers_transport is not None:
            self._values["servers_transport"] = servers_transport
        if sticky is not None:
            self._values["sticky"] = sticky
        if strategy is not None:
            self._values["strategy"] = strategy
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecWeightedServices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesHealthCheck"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesHealthCheck"], result)

    @builtins.property
    def kind(self) -> typing.Optional["TraefikServiceSpecWeightedServicesKind"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesKind"], result)

    @builtins.property
    def middlewares(
        self,
    ) -> typing.Optional[typing.List["TraefikServiceSpecWeightedServicesMiddlewares"]]:
        '''
        :schema: TraefikServiceSpecWeightedServices#middlewares
        '''
        result = self._values.get("middlewares")
        return typing.cast(typing.Optional[typing.List["TraefikServiceSpecWeightedServicesMiddlewares"]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServices#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def native_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServices#nativeLB
        '''
        result = self._values.get("native_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def node_port_lb(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServices#nodePortLB
        '''
        result = self._values.get("node_port_lb")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pass_host_header(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServices#passHostHeader
        '''
        result = self._values.get("pass_host_header")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passive_health_check(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesPassiveHealthCheck"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#passiveHealthCheck
        '''
        result = self._values.get("passive_health_check")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesPassiveHealthCheck"], result)

    @builtins.property
    def port(self) -> typing.Optional["TraefikServiceSpecWeightedServicesPort"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesPort"], result)

    @builtins.property
    def response_forwarding(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesResponseForwarding"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#responseForwarding
        '''
        result = self._values.get("response_forwarding")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesResponseForwarding"], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServices#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servers_transport(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServices#serversTransport
        '''
        result = self._values.get("servers_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sticky(self) -> typing.Optional["TraefikServiceSpecWeightedServicesSticky"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#sticky
        '''
        result = self._values.get("sticky")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesSticky"], result)

    @builtins.property
    def strategy(self) -> typing.Optional["TraefikServiceSpecWeightedServicesStrategy"]:
        '''
        :schema: TraefikServiceSpecWeightedServices#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesStrategy"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "follow_redirects": "followRedirects",
        "headers": "headers",
        "hostname": "hostname",
        "interval": "interval",
        "method": "method",
        "mode": "mode",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status": "status",
        "timeout": "timeout",
        "unhealthy_interval": "unhealthyInterval",
    },
)
class TraefikServiceSpecWeightedServicesHealthCheck:
    def __init__(
        self,
        *,
        follow_redirects: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        hostname: typing.Optional[builtins.str] = None,
        interval: typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckInterval"] = None,
        method: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        status: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckTimeout"] = None,
        unhealthy_interval: typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval"] = None,
    ) -> None:
        '''
        :param follow_redirects: 
        :param headers: 
        :param hostname: 
        :param interval: 
        :param method: 
        :param mode: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status: 
        :param timeout: 
        :param unhealthy_interval: 

        :schema: TraefikServiceSpecWeightedServicesHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__156592ef281b48b23c622880b42c0c9bc9f72b3e33babd8750a9c2745c76ae94)
            check_type(argname="argument follow_redirects", value=follow_redirects, expected_type=type_hints["follow_redirects"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument unhealthy_interval", value=unhealthy_interval, expected_type=type_hints["unhealthy_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_redirects is not None:
            self._values["follow_redirects"] = follow_redirects
        if headers is not None:
            self._values["headers"] = headers
        if hostname is not None:
            self._values["hostname"] = hostname
        if interval is not None:
            self._values["interval"] = interval
        if method is not None:
            self._values["method"] = method
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status is not None:
            self._values["status"] = status
        if timeout is not None:
            self._values["timeout"] = timeout
        if unhealthy_interval is not None:
            self._values["unhealthy_interval"] = unhealthy_interval

    @builtins.property
    def follow_redirects(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#followRedirects
        '''
        result = self._values.get("follow_redirects")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckInterval"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckInterval"], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckTimeout"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckTimeout"], result)

    @builtins.property
    def unhealthy_interval(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesHealthCheck#unhealthyInterval
        '''
        result = self._values.get("unhealthy_interval")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecWeightedServicesHealthCheckInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesHealthCheckInterval",
):
    '''
    :schema: TraefikServiceSpecWeightedServicesHealthCheckInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65f694d9be2999aa47a89e22f11c021864315b20c8066a21f5ced577da9c00ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__969ddbffd5dc2ec74b1ebb7833bf3057112428e5d11402185fa2937ce8565dc4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecWeightedServicesHealthCheckTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesHealthCheckTimeout",
):
    '''
    :schema: TraefikServiceSpecWeightedServicesHealthCheckTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d95059ead6f3208f2d979631fc70ab78551333e0fc2d75d92cc99f86f2a5918f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a899427e3d2ec2ef18c2619cd2512de135f60f17272d68b3c38a9ae56ac9e4a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval",
):
    '''
    :schema: TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34d24e2b327f81afa97502e1e35914adead24378a082c00ab793f78759238e5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__819b21af06ae0d2ad674a9527f9ed63e0ed6121788b04e50b86207cd326a9a7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesKind")
class TraefikServiceSpecWeightedServicesKind(enum.Enum):
    '''
    :schema: TraefikServiceSpecWeightedServicesKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    TRAEFIK_SERVICE = "TRAEFIK_SERVICE"
    '''TraefikService.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesMiddlewares",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class TraefikServiceSpecWeightedServicesMiddlewares:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: TraefikServiceSpecWeightedServicesMiddlewares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__102ecc5735a791a41af5f67ad7de40c06ac0f09bcfbf056c8185d20c6de8ddab)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: TraefikServiceSpecWeightedServicesMiddlewares#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesMiddlewares#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesMiddlewares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesPassiveHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "failure_window": "failureWindow",
        "max_failed_attempts": "maxFailedAttempts",
    },
)
class TraefikServiceSpecWeightedServicesPassiveHealthCheck:
    def __init__(
        self,
        *,
        failure_window: typing.Optional["TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow"] = None,
        max_failed_attempts: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_window: 
        :param max_failed_attempts: 

        :schema: TraefikServiceSpecWeightedServicesPassiveHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b82bd2d622dd6b8786955c1301d9071c3f0441dc3216d46476d9479b8beeaaf4)
            check_type(argname="argument failure_window", value=failure_window, expected_type=type_hints["failure_window"])
            check_type(argname="argument max_failed_attempts", value=max_failed_attempts, expected_type=type_hints["max_failed_attempts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_window is not None:
            self._values["failure_window"] = failure_window
        if max_failed_attempts is not None:
            self._values["max_failed_attempts"] = max_failed_attempts

    @builtins.property
    def failure_window(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesPassiveHealthCheck#failureWindow
        '''
        result = self._values.get("failure_window")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow"], result)

    @builtins.property
    def max_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedServicesPassiveHealthCheck#maxFailedAttempts
        '''
        result = self._values.get("max_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesPassiveHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow",
):
    '''
    :schema: TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9848f88d016550597bac2fe20f5abd9125a86cfa8d839d7ba9e78feaff0bc50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f768b963758551fbd74524b5be21ce39153fc027caaa9da6e303205d4977561)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class TraefikServiceSpecWeightedServicesPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesPort",
):
    '''
    :schema: TraefikServiceSpecWeightedServicesPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "TraefikServiceSpecWeightedServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ef93f5e78e8284d510e402230c1c1c11d4cd769bdee53a2c1eef8fe09d70eea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "TraefikServiceSpecWeightedServicesPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__265213f23f06305156c6c76449dd508c3cc1f160b96b09ad2355586ab0280400)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("TraefikServiceSpecWeightedServicesPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesResponseForwarding",
    jsii_struct_bases=[],
    name_mapping={"flush_interval": "flushInterval"},
)
class TraefikServiceSpecWeightedServicesResponseForwarding:
    def __init__(self, *, flush_interval: typing.Optional[builtins.str] = None) -> None:
        '''
        :param flush_interval: 

        :schema: TraefikServiceSpecWeightedServicesResponseForwarding
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__190fd2d4fd065cdd84dcdc2f984f3ad8ea646e65c641c4deb9a552e97c1a7196)
            check_type(argname="argument flush_interval", value=flush_interval, expected_type=type_hints["flush_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if flush_interval is not None:
            self._values["flush_interval"] = flush_interval

    @builtins.property
    def flush_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesResponseForwarding#flushInterval
        '''
        result = self._values.get("flush_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesResponseForwarding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecWeightedServicesSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecWeightedServicesStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecWeightedServicesSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecWeightedServicesStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd92a596720b3cbf5eef5d2c7dbd2091e8c295524e254397ff7f84d49d06384a)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesStickyCookie"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecWeightedServicesStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecWeightedServicesStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecWeightedServicesStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd88f176aa252a6db9c5dde8c2142b48e6359d7ba642cf09f2df86c725be05f8)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedServicesStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedServicesStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedServicesStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedServicesStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesStickyCookieSameSite"
)
class TraefikServiceSpecWeightedServicesStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecWeightedServicesStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


@jsii.enum(jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedServicesStrategy")
class TraefikServiceSpecWeightedServicesStrategy(enum.Enum):
    '''
    :schema: TraefikServiceSpecWeightedServicesStrategy
    '''

    WRR = "WRR"
    '''wrr.'''
    P2C = "P2C"
    '''p2c.'''
    HRW = "HRW"
    '''hrw.'''
    LEASTTIME = "LEASTTIME"
    '''leasttime.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedSticky",
    jsii_struct_bases=[],
    name_mapping={"cookie": "cookie"},
)
class TraefikServiceSpecWeightedSticky:
    def __init__(
        self,
        *,
        cookie: typing.Optional[typing.Union["TraefikServiceSpecWeightedStickyCookie", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cookie: 

        :schema: TraefikServiceSpecWeightedSticky
        '''
        if isinstance(cookie, dict):
            cookie = TraefikServiceSpecWeightedStickyCookie(**cookie)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e99073385ebf6bbb26abc344a77b3124d7493b75c652f7c7bf4fb9ab332d479b)
            check_type(argname="argument cookie", value=cookie, expected_type=type_hints["cookie"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie is not None:
            self._values["cookie"] = cookie

    @builtins.property
    def cookie(self) -> typing.Optional["TraefikServiceSpecWeightedStickyCookie"]:
        '''
        :schema: TraefikServiceSpecWeightedSticky#cookie
        '''
        result = self._values.get("cookie")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedStickyCookie"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedSticky(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedStickyCookie",
    jsii_struct_bases=[],
    name_mapping={
        "domain": "domain",
        "http_only": "httpOnly",
        "max_age": "maxAge",
        "name": "name",
        "path": "path",
        "same_site": "sameSite",
        "secure": "secure",
    },
)
class TraefikServiceSpecWeightedStickyCookie:
    def __init__(
        self,
        *,
        domain: typing.Optional[builtins.str] = None,
        http_only: typing.Optional[builtins.bool] = None,
        max_age: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        same_site: typing.Optional["TraefikServiceSpecWeightedStickyCookieSameSite"] = None,
        secure: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param domain: 
        :param http_only: 
        :param max_age: 
        :param name: 
        :param path: 
        :param same_site: 
        :param secure: 

        :schema: TraefikServiceSpecWeightedStickyCookie
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__001ffb82efeb1b337496c1e8fc9e7a4c6fff2110de823aa40129c44397bda184)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument http_only", value=http_only, expected_type=type_hints["http_only"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument same_site", value=same_site, expected_type=type_hints["same_site"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain is not None:
            self._values["domain"] = domain
        if http_only is not None:
            self._values["http_only"] = http_only
        if max_age is not None:
            self._values["max_age"] = max_age
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if same_site is not None:
            self._values["same_site"] = same_site
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#domain
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#httpOnly
        '''
        result = self._values.get("http_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def same_site(
        self,
    ) -> typing.Optional["TraefikServiceSpecWeightedStickyCookieSameSite"]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#sameSite
        '''
        result = self._values.get("same_site")
        return typing.cast(typing.Optional["TraefikServiceSpecWeightedStickyCookieSameSite"], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TraefikServiceSpecWeightedStickyCookie#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TraefikServiceSpecWeightedStickyCookie(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="traefik_iotraefik.TraefikServiceSpecWeightedStickyCookieSameSite"
)
class TraefikServiceSpecWeightedStickyCookieSameSite(enum.Enum):
    '''
    :schema: TraefikServiceSpecWeightedStickyCookieSameSite
    '''

    NONE = "NONE"
    '''none.'''
    LAX = "LAX"
    '''lax.'''
    STRICT = "STRICT"
    '''strict.'''


__all__ = [
    "IngressRoute",
    "IngressRouteProps",
    "IngressRouteSpec",
    "IngressRouteSpecParentRefs",
    "IngressRouteSpecRoutes",
    "IngressRouteSpecRoutesKind",
    "IngressRouteSpecRoutesMiddlewares",
    "IngressRouteSpecRoutesObservability",
    "IngressRouteSpecRoutesObservabilityTraceVerbosity",
    "IngressRouteSpecRoutesServices",
    "IngressRouteSpecRoutesServicesHealthCheck",
    "IngressRouteSpecRoutesServicesHealthCheckInterval",
    "IngressRouteSpecRoutesServicesHealthCheckTimeout",
    "IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval",
    "IngressRouteSpecRoutesServicesKind",
    "IngressRouteSpecRoutesServicesMiddlewares",
    "IngressRouteSpecRoutesServicesPassiveHealthCheck",
    "IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow",
    "IngressRouteSpecRoutesServicesPort",
    "IngressRouteSpecRoutesServicesResponseForwarding",
    "IngressRouteSpecRoutesServicesSticky",
    "IngressRouteSpecRoutesServicesStickyCookie",
    "IngressRouteSpecRoutesServicesStickyCookieSameSite",
    "IngressRouteSpecRoutesServicesStrategy",
    "IngressRouteSpecTls",
    "IngressRouteSpecTlsDomains",
    "IngressRouteSpecTlsOptions",
    "IngressRouteSpecTlsStore",
    "IngressRouteTcp",
    "IngressRouteTcpProps",
    "IngressRouteTcpSpec",
    "IngressRouteTcpSpecRoutes",
    "IngressRouteTcpSpecRoutesMiddlewares",
    "IngressRouteTcpSpecRoutesServices",
    "IngressRouteTcpSpecRoutesServicesPort",
    "IngressRouteTcpSpecRoutesServicesProxyProtocol",
    "IngressRouteTcpSpecRoutesSyntax",
    "IngressRouteTcpSpecTls",
    "IngressRouteTcpSpecTlsDomains",
    "IngressRouteTcpSpecTlsOptions",
    "IngressRouteTcpSpecTlsStore",
    "IngressRouteUdp",
    "IngressRouteUdpProps",
    "IngressRouteUdpSpec",
    "IngressRouteUdpSpecRoutes",
    "IngressRouteUdpSpecRoutesServices",
    "IngressRouteUdpSpecRoutesServicesPort",
    "Middleware",
    "MiddlewareProps",
    "MiddlewareSpec",
    "MiddlewareSpecAddPrefix",
    "MiddlewareSpecBasicAuth",
    "MiddlewareSpecBuffering",
    "MiddlewareSpecChain",
    "MiddlewareSpecChainMiddlewares",
    "MiddlewareSpecCircuitBreaker",
    "MiddlewareSpecCircuitBreakerCheckPeriod",
    "MiddlewareSpecCircuitBreakerFallbackDuration",
    "MiddlewareSpecCircuitBreakerRecoveryDuration",
    "MiddlewareSpecCompress",
    "MiddlewareSpecContentType",
    "MiddlewareSpecDigestAuth",
    "MiddlewareSpecEncodedCharacters",
    "MiddlewareSpecErrors",
    "MiddlewareSpecErrorsService",
    "MiddlewareSpecErrorsServiceHealthCheck",
    "MiddlewareSpecErrorsServiceHealthCheckInterval",
    "MiddlewareSpecErrorsServiceHealthCheckTimeout",
    "MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval",
    "MiddlewareSpecErrorsServiceKind",
    "MiddlewareSpecErrorsServiceMiddlewares",
    "MiddlewareSpecErrorsServicePassiveHealthCheck",
    "MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow",
    "MiddlewareSpecErrorsServicePort",
    "MiddlewareSpecErrorsServiceResponseForwarding",
    "MiddlewareSpecErrorsServiceSticky",
    "MiddlewareSpecErrorsServiceStickyCookie",
    "MiddlewareSpecErrorsServiceStickyCookieSameSite",
    "MiddlewareSpecErrorsServiceStrategy",
    "MiddlewareSpecForwardAuth",
    "MiddlewareSpecForwardAuthTls",
    "MiddlewareSpecGrpcWeb",
    "MiddlewareSpecHeaders",
    "MiddlewareSpecInFlightReq",
    "MiddlewareSpecInFlightReqSourceCriterion",
    "MiddlewareSpecInFlightReqSourceCriterionIpStrategy",
    "MiddlewareSpecIpAllowList",
    "MiddlewareSpecIpAllowListIpStrategy",
    "MiddlewareSpecIpWhiteList",
    "MiddlewareSpecIpWhiteListIpStrategy",
    "MiddlewareSpecPassTlsClientCert",
    "MiddlewareSpecPassTlsClientCertInfo",
    "MiddlewareSpecPassTlsClientCertInfoIssuer",
    "MiddlewareSpecPassTlsClientCertInfoSubject",
    "MiddlewareSpecRateLimit",
    "MiddlewareSpecRateLimitPeriod",
    "MiddlewareSpecRateLimitRedis",
    "MiddlewareSpecRateLimitRedisDialTimeout",
    "MiddlewareSpecRateLimitRedisReadTimeout",
    "MiddlewareSpecRateLimitRedisTls",
    "MiddlewareSpecRateLimitRedisWriteTimeout",
    "MiddlewareSpecRateLimitSourceCriterion",
    "MiddlewareSpecRateLimitSourceCriterionIpStrategy",
    "MiddlewareSpecRedirectRegex",
    "MiddlewareSpecRedirectScheme",
    "MiddlewareSpecReplacePath",
    "MiddlewareSpecReplacePathRegex",
    "MiddlewareSpecRetry",
    "MiddlewareSpecRetryInitialInterval",
    "MiddlewareSpecRetryTimeout",
    "MiddlewareSpecStripPrefix",
    "MiddlewareSpecStripPrefixRegex",
    "MiddlewareTcp",
    "MiddlewareTcpProps",
    "MiddlewareTcpSpec",
    "MiddlewareTcpSpecInFlightConn",
    "MiddlewareTcpSpecIpAllowList",
    "MiddlewareTcpSpecIpWhiteList",
    "ServersTransport",
    "ServersTransportProps",
    "ServersTransportSpec",
    "ServersTransportSpecForwardingTimeouts",
    "ServersTransportSpecForwardingTimeoutsDialTimeout",
    "ServersTransportSpecForwardingTimeoutsIdleConnTimeout",
    "ServersTransportSpecForwardingTimeoutsPingTimeout",
    "ServersTransportSpecForwardingTimeoutsReadIdleTimeout",
    "ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout",
    "ServersTransportSpecRootCAs",
    "ServersTransportSpecSpiffe",
    "ServersTransportTcp",
    "ServersTransportTcpProps",
    "ServersTransportTcpSpec",
    "ServersTransportTcpSpecDialKeepAlive",
    "ServersTransportTcpSpecDialTimeout",
    "ServersTransportTcpSpecProxyProtocol",
    "ServersTransportTcpSpecTerminationDelay",
    "ServersTransportTcpSpecTls",
    "ServersTransportTcpSpecTlsRootCAs",
    "ServersTransportTcpSpecTlsSpiffe",
    "TlsOption",
    "TlsOptionProps",
    "TlsOptionSpec",
    "TlsOptionSpecClientAuth",
    "TlsOptionSpecClientAuthClientAuthType",
    "TlsStore",
    "TlsStoreProps",
    "TlsStoreSpec",
    "TlsStoreSpecCertificates",
    "TlsStoreSpecDefaultCertificate",
    "TlsStoreSpecDefaultGeneratedCert",
    "TlsStoreSpecDefaultGeneratedCertDomain",
    "TraefikService",
    "TraefikServiceProps",
    "TraefikServiceSpec",
    "TraefikServiceSpecFailover",
    "TraefikServiceSpecFailoverErrors",
    "TraefikServiceSpecFailoverFallback",
    "TraefikServiceSpecFailoverFallbackHealthCheck",
    "TraefikServiceSpecFailoverFallbackHealthCheckInterval",
    "TraefikServiceSpecFailoverFallbackHealthCheckTimeout",
    "TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval",
    "TraefikServiceSpecFailoverFallbackKind",
    "TraefikServiceSpecFailoverFallbackMiddlewares",
    "TraefikServiceSpecFailoverFallbackPassiveHealthCheck",
    "TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow",
    "TraefikServiceSpecFailoverFallbackPort",
    "TraefikServiceSpecFailoverFallbackResponseForwarding",
    "TraefikServiceSpecFailoverFallbackSticky",
    "TraefikServiceSpecFailoverFallbackStickyCookie",
    "TraefikServiceSpecFailoverFallbackStickyCookieSameSite",
    "TraefikServiceSpecFailoverFallbackStrategy",
    "TraefikServiceSpecFailoverService",
    "TraefikServiceSpecFailoverServiceHealthCheck",
    "TraefikServiceSpecFailoverServiceHealthCheckInterval",
    "TraefikServiceSpecFailoverServiceHealthCheckTimeout",
    "TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval",
    "TraefikServiceSpecFailoverServiceKind",
    "TraefikServiceSpecFailoverServiceMiddlewares",
    "TraefikServiceSpecFailoverServicePassiveHealthCheck",
    "TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow",
    "TraefikServiceSpecFailoverServicePort",
    "TraefikServiceSpecFailoverServiceResponseForwarding",
    "TraefikServiceSpecFailoverServiceSticky",
    "TraefikServiceSpecFailoverServiceStickyCookie",
    "TraefikServiceSpecFailoverServiceStickyCookieSameSite",
    "TraefikServiceSpecFailoverServiceStrategy",
    "TraefikServiceSpecHighestRandomWeight",
    "TraefikServiceSpecHighestRandomWeightServices",
    "TraefikServiceSpecHighestRandomWeightServicesHealthCheck",
    "TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval",
    "TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout",
    "TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval",
    "TraefikServiceSpecHighestRandomWeightServicesKind",
    "TraefikServiceSpecHighestRandomWeightServicesMiddlewares",
    "TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck",
    "TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow",
    "TraefikServiceSpecHighestRandomWeightServicesPort",
    "TraefikServiceSpecHighestRandomWeightServicesResponseForwarding",
    "TraefikServiceSpecHighestRandomWeightServicesSticky",
    "TraefikServiceSpecHighestRandomWeightServicesStickyCookie",
    "TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite",
    "TraefikServiceSpecHighestRandomWeightServicesStrategy",
    "TraefikServiceSpecMirroring",
    "TraefikServiceSpecMirroringHealthCheck",
    "TraefikServiceSpecMirroringHealthCheckInterval",
    "TraefikServiceSpecMirroringHealthCheckTimeout",
    "TraefikServiceSpecMirroringHealthCheckUnhealthyInterval",
    "TraefikServiceSpecMirroringKind",
    "TraefikServiceSpecMirroringMiddlewares",
    "TraefikServiceSpecMirroringMirrors",
    "TraefikServiceSpecMirroringMirrorsHealthCheck",
    "TraefikServiceSpecMirroringMirrorsHealthCheckInterval",
    "TraefikServiceSpecMirroringMirrorsHealthCheckTimeout",
    "TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval",
    "TraefikServiceSpecMirroringMirrorsKind",
    "TraefikServiceSpecMirroringMirrorsMiddlewares",
    "TraefikServiceSpecMirroringMirrorsPassiveHealthCheck",
    "TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow",
    "TraefikServiceSpecMirroringMirrorsPort",
    "TraefikServiceSpecMirroringMirrorsResponseForwarding",
    "TraefikServiceSpecMirroringMirrorsSticky",
    "TraefikServiceSpecMirroringMirrorsStickyCookie",
    "TraefikServiceSpecMirroringMirrorsStickyCookieSameSite",
    "TraefikServiceSpecMirroringMirrorsStrategy",
    "TraefikServiceSpecMirroringPassiveHealthCheck",
    "TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow",
    "TraefikServiceSpecMirroringPort",
    "TraefikServiceSpecMirroringResponseForwarding",
    "TraefikServiceSpecMirroringSticky",
    "TraefikServiceSpecMirroringStickyCookie",
    "TraefikServiceSpecMirroringStickyCookieSameSite",
    "TraefikServiceSpecMirroringStrategy",
    "TraefikServiceSpecWeighted",
    "TraefikServiceSpecWeightedServices",
    "TraefikServiceSpecWeightedServicesHealthCheck",
    "TraefikServiceSpecWeightedServicesHealthCheckInterval",
    "TraefikServiceSpecWeightedServicesHealthCheckTimeout",
    "TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval",
    "TraefikServiceSpecWeightedServicesKind",
    "TraefikServiceSpecWeightedServicesMiddlewares",
    "TraefikServiceSpecWeightedServicesPassiveHealthCheck",
    "TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow",
    "TraefikServiceSpecWeightedServicesPort",
    "TraefikServiceSpecWeightedServicesResponseForwarding",
    "TraefikServiceSpecWeightedServicesSticky",
    "TraefikServiceSpecWeightedServicesStickyCookie",
    "TraefikServiceSpecWeightedServicesStickyCookieSameSite",
    "TraefikServiceSpecWeightedServicesStrategy",
    "TraefikServiceSpecWeightedSticky",
    "TraefikServiceSpecWeightedStickyCookie",
    "TraefikServiceSpecWeightedStickyCookieSameSite",
]

publication.publish()

def _typecheckingstub__2939733838f49f207db498fdada64237c7f76856ab591fefae394a8e123de1a5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10622b70577e1fe9d8dbf15119621efa9cd04c1bbaa2c58bce1e9c7919ab207d(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc9e18f98f6438e57fcb7dfe296ddce114fbe9ee498d0ef70b560dc2e967177a(
    *,
    routes: typing.Sequence[typing.Union[IngressRouteSpecRoutes, typing.Dict[builtins.str, typing.Any]]],
    entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
    ingress_class_name: typing.Optional[builtins.str] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[IngressRouteSpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Union[IngressRouteSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__817a3b14e45c0c1533d9c4cc6cbd0e75110237cc6f6ab0d4d167cb72eda91944(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__637bfb2ebf6ea9c50c6509864e024a30c10348f57c0ce77999a49b1a6156a241(
    *,
    match: builtins.str,
    kind: typing.Optional[IngressRouteSpecRoutesKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[IngressRouteSpecRoutesMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    observability: typing.Optional[typing.Union[IngressRouteSpecRoutesObservability, typing.Dict[builtins.str, typing.Any]]] = None,
    priority: typing.Optional[jsii.Number] = None,
    services: typing.Optional[typing.Sequence[typing.Union[IngressRouteSpecRoutesServices, typing.Dict[builtins.str, typing.Any]]]] = None,
    syntax: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c15b7eb560570c4c9b29547fcfc4bcd3eaddda82c31f07b85be183d70cece3e(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a83e4473232615a284d6103e35b65f2b13c930228914752221332bcde3556521(
    *,
    access_logs: typing.Optional[builtins.bool] = None,
    metrics: typing.Optional[builtins.bool] = None,
    trace_verbosity: typing.Optional[IngressRouteSpecRoutesObservabilityTraceVerbosity] = None,
    tracing: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f519d1af0c5aaa7e59f854880ba1a7f8cd637830452d13997d1c6d0c4be427c3(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[IngressRouteSpecRoutesServicesHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[IngressRouteSpecRoutesServicesKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[IngressRouteSpecRoutesServicesMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[IngressRouteSpecRoutesServicesPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[IngressRouteSpecRoutesServicesPort] = None,
    response_forwarding: typing.Optional[typing.Union[IngressRouteSpecRoutesServicesResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[IngressRouteSpecRoutesServicesSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[IngressRouteSpecRoutesServicesStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81ef18cad130ce35bb2b8a6f225b0287a2fc658484f228cf1127130c5b37b02a(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[IngressRouteSpecRoutesServicesHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[IngressRouteSpecRoutesServicesHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[IngressRouteSpecRoutesServicesHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff3ba14b2e32ff9d196be275d912f50377daaa57fbfc0fb21dda54fcacd2d2e0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__685b4b2734d2c257b9a37c21778f47f386c16e736082c3334b8e6b36cc51d7ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d94cb940c19614ce6d4a8f979b424da6c62d79b0399ace96e9680e88266282c9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d39c97cffec1e46bb87d0124775a1e4c933f0707c358011904c8342f5e4421e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09bf7c7e9bb3bf71d0d718877bb2dfaeb4bc917e90e35a32b3123e23f9d97014(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ea60075597e760a6399863619a679f48a829f8714995b57b785eee4fcd14df5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6ae3bfd25147318882fd2769e452b587baa1cbe18a9eeef829a46a9144b370b(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c5d0eef43932a9f9796ca72a7fa4cfdafd81f480eb29bb3741ec94cec9cc7de(
    *,
    failure_window: typing.Optional[IngressRouteSpecRoutesServicesPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a185e377b13459ebeec8f9c67034de72b23ea46752e2a869d2def31cdb5d39df(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abac278426d087af6bf2f24d9a7741a4c057ae96ac30ff0a4f3288375929ceba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4d0fb5d0a92dbdc6824aa241512bd43d7de26cb1d6733f025be699387068708(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2da2d46949c9e151888460bc06c753748476ca34b926ac445416e9b73d564579(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27f0be699bfb14c2ee600a7550a55d45082881fbf0f936bb53582defd297191f(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__178845736412121684ec1d8949f05fdc3cb58df5ba01392fa587675bd8589429(
    *,
    cookie: typing.Optional[typing.Union[IngressRouteSpecRoutesServicesStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0396ef5fb7e622a9c03766bd39ecffd90c9e69893032a14ac9258ae72f84fedc(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[IngressRouteSpecRoutesServicesStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a18c9326963ac96ec17026e935bfc66e7077b500a538c8f01df1a00938c55410(
    *,
    cert_resolver: typing.Optional[builtins.str] = None,
    domains: typing.Optional[typing.Sequence[typing.Union[IngressRouteSpecTlsDomains, typing.Dict[builtins.str, typing.Any]]]] = None,
    options: typing.Optional[typing.Union[IngressRouteSpecTlsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_name: typing.Optional[builtins.str] = None,
    store: typing.Optional[typing.Union[IngressRouteSpecTlsStore, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af251d56048ad7c1eb91283c6f59aef0a4bf3b24539338735e546bccd060fa02(
    *,
    main: typing.Optional[builtins.str] = None,
    sans: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47ceff86306efa8f6dc3beeeb0f41da3bb5f9506a624ff985d0240a3014bf365(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9032984c35bee38c0a4871b97d7952b37eb72ebdec0f7d22080c109013e546d3(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__117bc39fef6e88f504cfa2f5f13867b73c02a5f6657cf4080854e63c9dde1468(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd771ca6b83716939833744af47e44a68a1faca48cbff6ad684e3dfaf195ab54(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eccda7ef45656578a5adb5448a9a06e84e211217d40f17c75a9ed606caea556b(
    *,
    routes: typing.Sequence[typing.Union[IngressRouteTcpSpecRoutes, typing.Dict[builtins.str, typing.Any]]],
    entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
    ingress_class_name: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[IngressRouteTcpSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3abf987208c84b16b99e6041099aca58f33f95604c9a5322c7da0c941ec649d6(
    *,
    match: builtins.str,
    middlewares: typing.Optional[typing.Sequence[typing.Union[IngressRouteTcpSpecRoutesMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    priority: typing.Optional[jsii.Number] = None,
    services: typing.Optional[typing.Sequence[typing.Union[IngressRouteTcpSpecRoutesServices, typing.Dict[builtins.str, typing.Any]]]] = None,
    syntax: typing.Optional[IngressRouteTcpSpecRoutesSyntax] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86eed3ed0fefc8c5d4fbb8e434f81fba6cc9d52a15dadb5127bffccd0710d35f(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__481070214462e68d4ed501308b4cea89428aa9e1b4ed8758155384c8c5ef4203(
    *,
    name: builtins.str,
    port: IngressRouteTcpSpecRoutesServicesPort,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    proxy_protocol: typing.Optional[typing.Union[IngressRouteTcpSpecRoutesServicesProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    termination_delay: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[builtins.bool] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15e7ab7edf1f6fe2b437f0e7992099e24e56ad9e23ba0f6eabfc38f939ae331e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__401d58a7b54d7470ee22fcb6d61e7b52071dccaf4343886191de800e95af5c47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3fee00349d0182a4f9f904690b2a2f1bd0174040180f0f642ded719b2e5772e(
    *,
    version: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69084d93ec6f78e52c45e58ae27bf53f80d6cbcb8a1f5208cba0e68b9607e294(
    *,
    cert_resolver: typing.Optional[builtins.str] = None,
    domains: typing.Optional[typing.Sequence[typing.Union[IngressRouteTcpSpecTlsDomains, typing.Dict[builtins.str, typing.Any]]]] = None,
    options: typing.Optional[typing.Union[IngressRouteTcpSpecTlsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    passthrough: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
    store: typing.Optional[typing.Union[IngressRouteTcpSpecTlsStore, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__234d46d70ab367e23ec91df099fa6dcb897f1089aaf75ec183a35d458658a6a9(
    *,
    main: typing.Optional[builtins.str] = None,
    sans: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5a2c088c7fb2255f8a9011278f3ee7e16e86e531b0248b78c502b1c8d5fa3a2(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__811184dd8e09bb3fe42345d70d27ef0389051868febf2bfed8b7bbaca5234294(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e243179033e11d41baa99873ad541e5a073562de81491e8b3202ea75fac9968(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteUdpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61c5c7abe646bae59efd51f178f270f972e99e750230560aecccb0b220bef32b(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[IngressRouteUdpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d25bba4b46fc9dca0a1ba6a218e41b0e774c5addd0b841c5166e31c97734fd8e(
    *,
    routes: typing.Sequence[typing.Union[IngressRouteUdpSpecRoutes, typing.Dict[builtins.str, typing.Any]]],
    entry_points: typing.Optional[typing.Sequence[builtins.str]] = None,
    ingress_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c98373087b790acaf5851ac967f7d2608c55cb66e03bcadb446e9dd75452a15b(
    *,
    services: typing.Optional[typing.Sequence[typing.Union[IngressRouteUdpSpecRoutesServices, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f62d9a64a8fe4fab6dfdf42f6f6d0d59a79600a930939417d3fa8aac219eb3c2(
    *,
    name: builtins.str,
    port: IngressRouteUdpSpecRoutesServicesPort,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b909baff39f41998b9f800a0e7e4e2d190cdc3c7186a40b4a3547edb0019540(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ededc062b30f5d55319aab17005930f30503a3c89e4256fea72abbac202c5df7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b18651a715eac18f9fbf08be23f9398f932afec6a93525d931d11823b0385daa(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[MiddlewareSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__490f473c338e224a907c44dd435e349d373406c281dcdc41b88bf42f38ede5f6(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[MiddlewareSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b354dc591e20d4c86efb017a44f083c40e57575eaab2bd460663e44bc2a10b21(
    *,
    add_prefix: typing.Optional[typing.Union[MiddlewareSpecAddPrefix, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[MiddlewareSpecBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    buffering: typing.Optional[typing.Union[MiddlewareSpecBuffering, typing.Dict[builtins.str, typing.Any]]] = None,
    chain: typing.Optional[typing.Union[MiddlewareSpecChain, typing.Dict[builtins.str, typing.Any]]] = None,
    circuit_breaker: typing.Optional[typing.Union[MiddlewareSpecCircuitBreaker, typing.Dict[builtins.str, typing.Any]]] = None,
    compress: typing.Optional[typing.Union[MiddlewareSpecCompress, typing.Dict[builtins.str, typing.Any]]] = None,
    content_type: typing.Optional[typing.Union[MiddlewareSpecContentType, typing.Dict[builtins.str, typing.Any]]] = None,
    digest_auth: typing.Optional[typing.Union[MiddlewareSpecDigestAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    encoded_characters: typing.Optional[typing.Union[MiddlewareSpecEncodedCharacters, typing.Dict[builtins.str, typing.Any]]] = None,
    errors: typing.Optional[typing.Union[MiddlewareSpecErrors, typing.Dict[builtins.str, typing.Any]]] = None,
    forward_auth: typing.Optional[typing.Union[MiddlewareSpecForwardAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    grpc_web: typing.Optional[typing.Union[MiddlewareSpecGrpcWeb, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[MiddlewareSpecHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    in_flight_req: typing.Optional[typing.Union[MiddlewareSpecInFlightReq, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_allow_list: typing.Optional[typing.Union[MiddlewareSpecIpAllowList, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_white_list: typing.Optional[typing.Union[MiddlewareSpecIpWhiteList, typing.Dict[builtins.str, typing.Any]]] = None,
    pass_tls_client_cert: typing.Optional[typing.Union[MiddlewareSpecPassTlsClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    plugin: typing.Optional[typing.Mapping[builtins.str, typing.Any]] = None,
    rate_limit: typing.Optional[typing.Union[MiddlewareSpecRateLimit, typing.Dict[builtins.str, typing.Any]]] = None,
    redirect_regex: typing.Optional[typing.Union[MiddlewareSpecRedirectRegex, typing.Dict[builtins.str, typing.Any]]] = None,
    redirect_scheme: typing.Optional[typing.Union[MiddlewareSpecRedirectScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    replace_path: typing.Optional[typing.Union[MiddlewareSpecReplacePath, typing.Dict[builtins.str, typing.Any]]] = None,
    replace_path_regex: typing.Optional[typing.Union[MiddlewareSpecReplacePathRegex, typing.Dict[builtins.str, typing.Any]]] = None,
    retry: typing.Optional[typing.Union[MiddlewareSpecRetry, typing.Dict[builtins.str, typing.Any]]] = None,
    strip_prefix: typing.Optional[typing.Union[MiddlewareSpecStripPrefix, typing.Dict[builtins.str, typing.Any]]] = None,
    strip_prefix_regex: typing.Optional[typing.Union[MiddlewareSpecStripPrefixRegex, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__093a74784b89ed6923f9e30e5b6d1117e9cfc3a69d9c8c7419788971087608a1(
    *,
    prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3aceec0881312fa302e313d1a1e5e19d7acfa9b88c0404b4fc9932718c76ab5(
    *,
    header_field: typing.Optional[builtins.str] = None,
    realm: typing.Optional[builtins.str] = None,
    remove_header: typing.Optional[builtins.bool] = None,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5724ec44b3186fe9cf754c0cb50396c14c0270513594f6a7724858031e3c824(
    *,
    max_request_body_bytes: typing.Optional[jsii.Number] = None,
    max_response_body_bytes: typing.Optional[jsii.Number] = None,
    mem_request_body_bytes: typing.Optional[jsii.Number] = None,
    mem_response_body_bytes: typing.Optional[jsii.Number] = None,
    retry_expression: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__976f2b2948dc419f109a393f772560657b7962f1a78ffca9029f11f04cd13f2e(
    *,
    middlewares: typing.Optional[typing.Sequence[typing.Union[MiddlewareSpecChainMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7fbc746ea031110509eeca6448af1056b6552d6d435773fc8f918c5e5334446(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aee618e6c21324438a26a7b1854f7acd15ac6e005eaa70379a74a4c64e2b4eb5(
    *,
    check_period: typing.Optional[MiddlewareSpecCircuitBreakerCheckPeriod] = None,
    expression: typing.Optional[builtins.str] = None,
    fallback_duration: typing.Optional[MiddlewareSpecCircuitBreakerFallbackDuration] = None,
    recovery_duration: typing.Optional[MiddlewareSpecCircuitBreakerRecoveryDuration] = None,
    response_code: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ce6073c0aeb351fefb2c118d492495d621f3c300fd2c0f456fcfe2b4b265271(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36c495fc937933f475d46c4b5c79dee914aad5218af1833f32a3d47b4c216fea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7136bc7cf3dd14e26c641d91da1bee35790ccd91abc9d6ef75b40d851b5d5afc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4263c2dcb9af1aaa78569981308323ff2a46541accfee3beecdd79fb448dd708(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab4a92051c0e6d4ca33540cf20e2a1b19d44ce59eeb3aef604fb6ab083a31837(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3884de687b1714f55c22f47ff5ff46e600dfe9c615209a4de15d0970a0625444(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53a73bf44984ffdc519b4e4cd0519d35165d835a959494af426eae37d74ddbd0(
    *,
    default_encoding: typing.Optional[builtins.str] = None,
    encodings: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_content_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_content_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    min_response_body_bytes: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f74011577b73da7fd5adcf13e60a7c26397ae5c729b30f0a5ad6b40f56fda264(
    *,
    auto_detect: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1537d704e5ca1a84a63b65e9365f423b53390932543ec5fc06942eca1787f60e(
    *,
    header_field: typing.Optional[builtins.str] = None,
    realm: typing.Optional[builtins.str] = None,
    remove_header: typing.Optional[builtins.bool] = None,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ab69a8ee872047ea469ed07808b162e145ddec5fe2cc15db2d5230ccf14b19f(
    *,
    allow_encoded_back_slash: typing.Optional[builtins.bool] = None,
    allow_encoded_hash: typing.Optional[builtins.bool] = None,
    allow_encoded_null_character: typing.Optional[builtins.bool] = None,
    allow_encoded_percent: typing.Optional[builtins.bool] = None,
    allow_encoded_question_mark: typing.Optional[builtins.bool] = None,
    allow_encoded_semicolon: typing.Optional[builtins.bool] = None,
    allow_encoded_slash: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f6f45a63609af5b52774941845ca94a20c5139434999155f49047b347e5185b(
    *,
    error_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    query: typing.Optional[builtins.str] = None,
    service: typing.Optional[typing.Union[MiddlewareSpecErrorsService, typing.Dict[builtins.str, typing.Any]]] = None,
    status: typing.Optional[typing.Sequence[builtins.str]] = None,
    status_rewrites: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c869c1631f473d344c8b2ac4a182d5c1d56071ecd0c49f2dba3802a3da624ec8(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[MiddlewareSpecErrorsServiceHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[MiddlewareSpecErrorsServiceKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[MiddlewareSpecErrorsServiceMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[MiddlewareSpecErrorsServicePassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[MiddlewareSpecErrorsServicePort] = None,
    response_forwarding: typing.Optional[typing.Union[MiddlewareSpecErrorsServiceResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[MiddlewareSpecErrorsServiceSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[MiddlewareSpecErrorsServiceStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45aad5612b2c1a85aed3f25c3ee6564de4470950c007ec6073d9a5afcb9f5b8c(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[MiddlewareSpecErrorsServiceHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[MiddlewareSpecErrorsServiceHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bbef8cef48e9b0c844f33227747dc3ff72b1262a78659466845bce261715dad(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c5fd47b5498ca188d12be0777b5ced599f09409ae64e8770ce36000e1d9470d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1bd9adfce33508c8d80bc533b10b431453cb009a90b2b81897e3418e94e5898(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5648f8bb3752849b397d3c04dfdf896421c5d70de80be604fb3029a593f9b23e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85920d4b73fece1caf8fe47b2cfe392f76f4d3adf494dfc586fc2566a0866ddf(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b2db0118cb79735340cb139fd09b544aa7b7660712fa0e9d16cc368adc143cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f386f7fd7bdee0eaef0409546c623bf4aa067b525c6a1980e3f0c0a8c318628c(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33c934e2bd80120bc9ea3fd7fee066918ae612df864500e336fc5dd35554e9bf(
    *,
    failure_window: typing.Optional[MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47b2ad37c7e9e01f8a8ebe2e95f7ab57d18991c192ddb00e8ebbc90aa087cb23(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ad36d0cb66d79b3a6a48fb75282878b7d53186351445ce2b8d7047b4bbaffb8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b47df608e8ba331fcf20f2cd8760d98a46ed2301a941d0cf387c70c4b44b3908(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__919e0890a350018fc06da0d7b5eb17f409f18718564ab47405784dfed98a0463(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe65fad1fbde676a2383fcd0b5d7f084b4cc478c8b818800ed9ad407a1e51fae(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d914d61f501e30df3a54bc88af1acc7396fb8a648eb0669facf75a59425ca16(
    *,
    cookie: typing.Optional[typing.Union[MiddlewareSpecErrorsServiceStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20c4acdf2b84a179c4d01b61dd795cc9a2826c98e4308a249cbf5f9f5ae2f9c2(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[MiddlewareSpecErrorsServiceStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c0b6b4e671cd7d3a9d5be425ffb1852b9c8a878906698399106724b2e476d6f(
    *,
    add_auth_cookies_to_response: typing.Optional[typing.Sequence[builtins.str]] = None,
    address: typing.Optional[builtins.str] = None,
    auth_request_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    auth_response_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    auth_response_headers_regex: typing.Optional[builtins.str] = None,
    auth_signin_url: typing.Optional[builtins.str] = None,
    forward_body: typing.Optional[builtins.bool] = None,
    header_field: typing.Optional[builtins.str] = None,
    max_body_size: typing.Optional[jsii.Number] = None,
    max_response_body_size: typing.Optional[jsii.Number] = None,
    preserve_location_header: typing.Optional[builtins.bool] = None,
    preserve_request_method: typing.Optional[builtins.bool] = None,
    tls: typing.Optional[typing.Union[MiddlewareSpecForwardAuthTls, typing.Dict[builtins.str, typing.Any]]] = None,
    trust_forward_header: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d90a45f9bedabd5985e0ebcdf7eac81cce808231e7eca54ef76c316dc742c5f(
    *,
    ca_optional: typing.Optional[builtins.bool] = None,
    ca_secret: typing.Optional[builtins.str] = None,
    cert_secret: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97e538f5b79065b20483cc2dce71308aa19bf2d58c6903d25d81e07aefbf9418(
    *,
    allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__295174e8994782a62db0d2671b413a9bf9bc541a5b6e58d9a3dd8a61f541e1f8(
    *,
    access_control_allow_credentials: typing.Optional[builtins.bool] = None,
    access_control_allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    access_control_allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    access_control_allow_origin_list: typing.Optional[typing.Sequence[builtins.str]] = None,
    access_control_allow_origin_list_regex: typing.Optional[typing.Sequence[builtins.str]] = None,
    access_control_expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    access_control_max_age: typing.Optional[jsii.Number] = None,
    add_vary_header: typing.Optional[builtins.bool] = None,
    allowed_hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    browser_xss_filter: typing.Optional[builtins.bool] = None,
    content_security_policy: typing.Optional[builtins.str] = None,
    content_security_policy_report_only: typing.Optional[builtins.str] = None,
    content_type_nosniff: typing.Optional[builtins.bool] = None,
    custom_browser_xss_value: typing.Optional[builtins.str] = None,
    custom_frame_options_value: typing.Optional[builtins.str] = None,
    custom_request_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    custom_response_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    feature_policy: typing.Optional[builtins.str] = None,
    force_sts_header: typing.Optional[builtins.bool] = None,
    frame_deny: typing.Optional[builtins.bool] = None,
    hosts_proxy_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    is_development: typing.Optional[builtins.bool] = None,
    permissions_policy: typing.Optional[builtins.str] = None,
    public_key: typing.Optional[builtins.str] = None,
    referrer_policy: typing.Optional[builtins.str] = None,
    ssl_force_host: typing.Optional[builtins.bool] = None,
    ssl_host: typing.Optional[builtins.str] = None,
    ssl_proxy_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ssl_redirect: typing.Optional[builtins.bool] = None,
    ssl_temporary_redirect: typing.Optional[builtins.bool] = None,
    sts_include_subdomains: typing.Optional[builtins.bool] = None,
    sts_preload: typing.Optional[builtins.bool] = None,
    sts_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e969445b1db5d2d86c87e5d6f2cfcdc7d16d3437df30cc439ce904d6e8e862cb(
    *,
    amount: typing.Optional[jsii.Number] = None,
    source_criterion: typing.Optional[typing.Union[MiddlewareSpecInFlightReqSourceCriterion, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca18841321e519787f913b9a7b42c3b5198e0af4f0463ae6a2cde8a425dd941b(
    *,
    ip_strategy: typing.Optional[typing.Union[MiddlewareSpecInFlightReqSourceCriterionIpStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_name: typing.Optional[builtins.str] = None,
    request_host: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbc53c5eade4b0a74377878809eb4b48544e8cf8a615b2c4dd3d686604f165b7(
    *,
    depth: typing.Optional[jsii.Number] = None,
    excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
    ipv6_subnet: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3e4c1799c515dcbac11ae540f8b8518d10c89b78a5f242073814164d14e95ef(
    *,
    ip_strategy: typing.Optional[typing.Union[MiddlewareSpecIpAllowListIpStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    reject_status_code: typing.Optional[jsii.Number] = None,
    source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__953832abfc9edbb0584e2207cbbf8b758286792bbe97fb0b5d54515f142e1c10(
    *,
    depth: typing.Optional[jsii.Number] = None,
    excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
    ipv6_subnet: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d1396885eafbcdf23d0e9910c6261d2a257926d7014a57a3347cf1a9cb8cd9a(
    *,
    ip_strategy: typing.Optional[typing.Union[MiddlewareSpecIpWhiteListIpStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__902b80d82debc93387a7a3e59e5ee173e5ba71ab2cc66b76cad1fedff7f1a646(
    *,
    depth: typing.Optional[jsii.Number] = None,
    excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
    ipv6_subnet: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbd05862cafde8dcb9c9a4baf40687777ddd4b7f46cd258836898dc11bd2cf36(
    *,
    info: typing.Optional[typing.Union[MiddlewareSpecPassTlsClientCertInfo, typing.Dict[builtins.str, typing.Any]]] = None,
    pem: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__718a6fc6725c9e5102946758cb80cdc0feb34b100dcbc23528db628cb4cb8d58(
    *,
    issuer: typing.Optional[typing.Union[MiddlewareSpecPassTlsClientCertInfoIssuer, typing.Dict[builtins.str, typing.Any]]] = None,
    not_after: typing.Optional[builtins.bool] = None,
    not_before: typing.Optional[builtins.bool] = None,
    sans: typing.Optional[builtins.bool] = None,
    serial_number: typing.Optional[builtins.bool] = None,
    subject: typing.Optional[typing.Union[MiddlewareSpecPassTlsClientCertInfoSubject, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64ae49e7fd7309dd7db37ce13f705bc3ea40093dc88d32f42b8fcbbb99aa164e(
    *,
    common_name: typing.Optional[builtins.bool] = None,
    country: typing.Optional[builtins.bool] = None,
    domain_component: typing.Optional[builtins.bool] = None,
    locality: typing.Optional[builtins.bool] = None,
    organization: typing.Optional[builtins.bool] = None,
    province: typing.Optional[builtins.bool] = None,
    serial_number: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__456d06a8e73a8db324cc67e16c990f345b204e2cea1aebd2c57fc2e54d0af86d(
    *,
    common_name: typing.Optional[builtins.bool] = None,
    country: typing.Optional[builtins.bool] = None,
    domain_component: typing.Optional[builtins.bool] = None,
    locality: typing.Optional[builtins.bool] = None,
    organization: typing.Optional[builtins.bool] = None,
    organizational_unit: typing.Optional[builtins.bool] = None,
    province: typing.Optional[builtins.bool] = None,
    serial_number: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20a70857b6bf7524e22a2094d144ef5aed0ab675f1ec0f7f99a64f3aff224bc2(
    *,
    average: typing.Optional[jsii.Number] = None,
    burst: typing.Optional[jsii.Number] = None,
    period: typing.Optional[MiddlewareSpecRateLimitPeriod] = None,
    redis: typing.Optional[typing.Union[MiddlewareSpecRateLimitRedis, typing.Dict[builtins.str, typing.Any]]] = None,
    source_criterion: typing.Optional[typing.Union[MiddlewareSpecRateLimitSourceCriterion, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e7640d2d287569c6d41e815269e3c55600e623302030a5070c2cbc63ae4ae9f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05f4d04fe8fae9ba1a462f5a6932541b39787a8f0d7fcde30893502ceed424a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0df0d487dcbfd3a1125154baf919cc9ae5bd302f04dac0bc85bd41c090b7bc1c(
    *,
    db: typing.Optional[jsii.Number] = None,
    dial_timeout: typing.Optional[MiddlewareSpecRateLimitRedisDialTimeout] = None,
    endpoints: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_active_conns: typing.Optional[jsii.Number] = None,
    min_idle_conns: typing.Optional[jsii.Number] = None,
    pool_size: typing.Optional[jsii.Number] = None,
    read_timeout: typing.Optional[MiddlewareSpecRateLimitRedisReadTimeout] = None,
    secret: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[MiddlewareSpecRateLimitRedisTls, typing.Dict[builtins.str, typing.Any]]] = None,
    write_timeout: typing.Optional[MiddlewareSpecRateLimitRedisWriteTimeout] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f3fbf337e684e705982958f294973cd30a37a044a215606e328592777f969c9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c934b99d94085898ef7eba70087b5dc3646fb51a05bd369dac96b1dbea624384(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d592ad6a35f304f952e6a94a04a87d4f30d6ff430db6f16fe730a511753c1b6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c424b0bf40776e02fb930175e050eef4580304a6b1e26856c51aff2ffb3bb0c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6902fe8d14176d933b5b331ff4b97a1289314115d981f3f1a117c3d691411ad(
    *,
    ca_secret: typing.Optional[builtins.str] = None,
    cert_secret: typing.Optional[builtins.str] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c88edbd2de8d9e4c8435fdb2ce88eaa600f1fc02d277be451f6948c9d73caf37(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7b1d8ef53f2ca23c986a2dad58c19889873be089f785a4af8257975d020563f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__635c8fde3651b627508e0be7a17e282af4117fb0501de3dd4730e276946f0470(
    *,
    ip_strategy: typing.Optional[typing.Union[MiddlewareSpecRateLimitSourceCriterionIpStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_name: typing.Optional[builtins.str] = None,
    request_host: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19b790eb546d7476df084813a03633416c9126ed803107ea0e82a9e071680eb5(
    *,
    depth: typing.Optional[jsii.Number] = None,
    excluded_i_ps: typing.Optional[typing.Sequence[builtins.str]] = None,
    ipv6_subnet: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd7d572cba1a5341f1af3a9ddad6c518e6a17618d2d505229a3bb379bcfca46d(
    *,
    permanent: typing.Optional[builtins.bool] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89106c908dc7e065119015f5117d45ba14cdd563c81be89b3574d31ed5cdf370(
    *,
    permanent: typing.Optional[builtins.bool] = None,
    port: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0d52b3abe43089177d431a267b3122843ccb141f0ebcd0ad7fa1e8835fe4ec9(
    *,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bd4a6601bfa53fa059963178baec62e44bcb4e661034e6e8178d390b4dd8147(
    *,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9595514b4f79a0dee8c796d67b727e04139692c03616d5f2344f29095cea693b(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    disable_retry_on_network_error: typing.Optional[builtins.bool] = None,
    initial_interval: typing.Optional[MiddlewareSpecRetryInitialInterval] = None,
    max_request_body_bytes: typing.Optional[jsii.Number] = None,
    retry_non_idempotent_method: typing.Optional[builtins.bool] = None,
    status: typing.Optional[typing.Sequence[builtins.str]] = None,
    timeout: typing.Optional[MiddlewareSpecRetryTimeout] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca6383b3393b414bf6b2dfa8a6d8694044eb4ba1e6d0afcf8abc55a02a11dd0d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e110f45b5bcf243c12d7df3876b9cceac66249fc64a859e4c7df1f220a6dc071(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2183b86345c7755b676cb8bac01678619d37b9bcbdeb38c1c29a439164b4d17d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e03fb15040fc4149b10fa43f7203f97502067f75b3e507e6e835262c952e1b27(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b9e5eb6c93965e94384319f15d0cba9a3a910d714a610ab1b4672f1c6af4fc3(
    *,
    force_slash: typing.Optional[builtins.bool] = None,
    prefixes: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da243631089568064970c32f388cb1295046cde61bcc6d665afb9401391a85dd(
    *,
    regex: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e40ac738d733c74e71f6183c1f40793d11ea6b6d6bd956089f5f8b73f2dbaae8(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[MiddlewareTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__345cb1f211341f50a3e930e80ab820454c2086cc5c1aab9cc111532378e64902(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[MiddlewareTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a84af7a18a46496f2cb6f48108d098fcff7d1e64109c1f91e1ac3d68336c1af4(
    *,
    in_flight_conn: typing.Optional[typing.Union[MiddlewareTcpSpecInFlightConn, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_allow_list: typing.Optional[typing.Union[MiddlewareTcpSpecIpAllowList, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_white_list: typing.Optional[typing.Union[MiddlewareTcpSpecIpWhiteList, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4d255f72f51be18fba5c170b3b9a4258d7e1e12d30ad3cce474bcd5754f70e8(
    *,
    amount: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c28ace96dc200fb925fa7168283608c96f2a8e65a8ccd2a32c6540c1fd61df21(
    *,
    source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__170aa61f0ca93ff7851cccbb2bd1123d764e89e5808fc268bab617eb41261819(
    *,
    source_range: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bdbb1ea04ca3dd7188b94d443e6f506a6417929fb42b1fd00750843dad517d1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ServersTransportSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2407ff148c719026430a721962fc89436c6741524f2fc87b6cd9c88b33b76603(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ServersTransportSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__162a372e44a77ace23d15e4cd8ec4316cf362723ca2b7911bf5ddac9e01f409d(
    *,
    certificates_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    disable_http2: typing.Optional[builtins.bool] = None,
    forwarding_timeouts: typing.Optional[typing.Union[ServersTransportSpecForwardingTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    max_idle_conns_per_host: typing.Optional[jsii.Number] = None,
    max_version: typing.Optional[builtins.str] = None,
    min_version: typing.Optional[builtins.str] = None,
    peer_cert_uri: typing.Optional[builtins.str] = None,
    root_c_as: typing.Optional[typing.Sequence[typing.Union[ServersTransportSpecRootCAs, typing.Dict[builtins.str, typing.Any]]]] = None,
    root_c_as_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_name: typing.Optional[builtins.str] = None,
    spiffe: typing.Optional[typing.Union[ServersTransportSpecSpiffe, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce4542c8587a74dee174d00d49341dec05a8009d475fb3208f3ec5fad0a47e66(
    *,
    dial_timeout: typing.Optional[ServersTransportSpecForwardingTimeoutsDialTimeout] = None,
    idle_conn_timeout: typing.Optional[ServersTransportSpecForwardingTimeoutsIdleConnTimeout] = None,
    ping_timeout: typing.Optional[ServersTransportSpecForwardingTimeoutsPingTimeout] = None,
    read_idle_timeout: typing.Optional[ServersTransportSpecForwardingTimeoutsReadIdleTimeout] = None,
    response_header_timeout: typing.Optional[ServersTransportSpecForwardingTimeoutsResponseHeaderTimeout] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09c6008eac9461498786463bf213d3fc3e13cad24377552b5c886c7e7721fa6b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df52bde9b6d362eee6f3e3443ff88a55d8e3fd6e5c579667b862eaf22bf3c303(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4f8eb4ba900d3cb6e2df7370f0cc330ed04dd370331fa45143e24996d369718(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f3b2045ff616f99778d5f4b9e4ded114238af787d1377fd76b72c1058e321bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e0f550f5ce5c8a08d191f14ef687c3b6125dec3cd2c3f1170a72a874ddd02af(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f40057b971900f7656839c5e3aac97bd93d67e71122d6c6507771424bd28ecf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c02e1955f6d7b6797de8cfdde55f62756b2dcab8296a5aafea7dce146b40006(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e412792cc7f6f77dfb418d3ebd0f76a8c6a37bcfcefc87430cb2032df520b28f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dda8229565648880ce52f447137e0b1924c5e544664d531ee8484a72dd42b43(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d422f46eb799f26fb9f4bdd63de5576781c217358761925007bdabb20ec64e5b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8855e71957df9afa65fdd7cebbd620900e0d90ff88d9de14d6512fe63c43eb82(
    *,
    config_map: typing.Optional[builtins.str] = None,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cbba3fde66ca1fc9f5e4c2d1cc98e11b05836a394f35a46547aa277e8ecba81(
    *,
    ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    trust_domain: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a84d1416b2ef8f03524de4e463c7b89dfeeba927d356e04fbd86b18852251232(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ServersTransportTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c835f9f0df924e7dba8aa200c5f510c0a172ebbcfe725c4ee5cabb4d77980ea(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ServersTransportTcpSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2974e50c5fc7abba3e8c45854069d9476f50427058d6c5aa721788c52dc513f6(
    *,
    dial_keep_alive: typing.Optional[ServersTransportTcpSpecDialKeepAlive] = None,
    dial_timeout: typing.Optional[ServersTransportTcpSpecDialTimeout] = None,
    proxy_protocol: typing.Optional[typing.Union[ServersTransportTcpSpecProxyProtocol, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_delay: typing.Optional[ServersTransportTcpSpecTerminationDelay] = None,
    tls: typing.Optional[typing.Union[ServersTransportTcpSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d95078e41315986b88bd9a511b2b896b53d7bde7a90ed4983aead56732aba62(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53397ed8cf956a92e3caa678a197f635142ff67bf112165f516cea0d326a4618(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb485baf2c17943f87f58c07444d208ba26774d9f9f1706f6dda5505deec46eb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56c6b54a6cfc2ac2bae34c473cc1e3c703cf2525405d39bde5c64a172880afd4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df0e8169edc09c60f0d4a55de80c28d4629b32d8a6d7048f8751fb3925c6fc59(
    *,
    version: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e48e180068c48c22e05a48f26ea9365cac13ceb0d6c005cf003fd84b8499bf5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6500d62890f4da91cca335341ee3b5f99429a8f0e6d2a59e2923351fc19c8e05(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__603623381aa3a1a0a28c6e488353591ddecf2273e76a51c137ee0619560c9ffd(
    *,
    certificates_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    peer_cert_uri: typing.Optional[builtins.str] = None,
    root_c_as: typing.Optional[typing.Sequence[typing.Union[ServersTransportTcpSpecTlsRootCAs, typing.Dict[builtins.str, typing.Any]]]] = None,
    root_c_as_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_name: typing.Optional[builtins.str] = None,
    spiffe: typing.Optional[typing.Union[ServersTransportTcpSpecTlsSpiffe, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ce00ab9440bf70022e06740a78046392af9f2e3f390e9dc94a99f31b280ee71(
    *,
    config_map: typing.Optional[builtins.str] = None,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2acb3bd336991e4dca54e78dc226709b9fe09075c1033296c6f4d7f9ecc396ed(
    *,
    ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    trust_domain: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef8d4bb7f7b3ac15515aff01c5cd483c989d5cfe00d839960a55e4b5dd594da2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TlsOptionSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e93c7e551279f8291208e628141f7ec7a935309084efe5a9f7a7e7ffbf521b5(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TlsOptionSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3751e0410ba289078c8f9e3d1e118aa01153634cdd7d48e8549d9be332c6349(
    *,
    alpn_protocols: typing.Optional[typing.Sequence[builtins.str]] = None,
    cipher_suites: typing.Optional[typing.Sequence[builtins.str]] = None,
    client_auth: typing.Optional[typing.Union[TlsOptionSpecClientAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    curve_preferences: typing.Optional[typing.Sequence[builtins.str]] = None,
    disable_session_tickets: typing.Optional[builtins.bool] = None,
    max_version: typing.Optional[builtins.str] = None,
    min_version: typing.Optional[builtins.str] = None,
    prefer_server_cipher_suites: typing.Optional[builtins.bool] = None,
    sni_strict: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e743771a3b68f32147a5f1b60de23fc68087beb85c256a6cae99b4f3a3426327(
    *,
    client_auth_type: typing.Optional[TlsOptionSpecClientAuthClientAuthType] = None,
    secret_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70889dd9cba3284fc7dd45a1dead8657fd998eb9471899daef6ed5afb2c1b63e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TlsStoreSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6550e8993f0767a7632e098d4ced49f53dcbc6c4292bb4931d3eec6e25fa8e6c(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TlsStoreSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8dd7ba01b16a8c550e45616ee28c6954df6e6afb1e81b759cba89f70317bdc9(
    *,
    certificates: typing.Optional[typing.Sequence[typing.Union[TlsStoreSpecCertificates, typing.Dict[builtins.str, typing.Any]]]] = None,
    default_certificate: typing.Optional[typing.Union[TlsStoreSpecDefaultCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    default_generated_cert: typing.Optional[typing.Union[TlsStoreSpecDefaultGeneratedCert, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d3bee26bb9a7c00bb7826a69b559bb1b44bdb9a4cef7a3e8b28a4a33d5a0272(
    *,
    secret_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50a05340721b6fb7cb1762b96ad2e7552eab8bb42ae8927b57796aca56052d2c(
    *,
    secret_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bf84810abe1780beb9ed6380095825792d54ab95459b252e581956822e62c4a(
    *,
    domain: typing.Optional[typing.Union[TlsStoreSpecDefaultGeneratedCertDomain, typing.Dict[builtins.str, typing.Any]]] = None,
    resolver: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f8f235040bb9c18201583411e702e5287643c72d279da4fcc813779281baf1c(
    *,
    main: typing.Optional[builtins.str] = None,
    sans: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99a202ef2cab33d7a61e63f925372116ad165119776d45d1591c629de8d9307d(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TraefikServiceSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96bba0a8f954953d110d4891515ccbfe98ca69d6c8848ffbb7d1625c434559cf(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[TraefikServiceSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faf4c5246ac14c728d2aeed83cb10a204265789ac8238e18fd48ad38790318c1(
    *,
    failover: typing.Optional[typing.Union[TraefikServiceSpecFailover, typing.Dict[builtins.str, typing.Any]]] = None,
    highest_random_weight: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeight, typing.Dict[builtins.str, typing.Any]]] = None,
    mirroring: typing.Optional[typing.Union[TraefikServiceSpecMirroring, typing.Dict[builtins.str, typing.Any]]] = None,
    weighted: typing.Optional[typing.Union[TraefikServiceSpecWeighted, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b6e4fe25c5137553c7e054aa9991486513f2160ac09aaef3b6db2bcaa426128(
    *,
    errors: typing.Union[TraefikServiceSpecFailoverErrors, typing.Dict[builtins.str, typing.Any]],
    fallback: typing.Union[TraefikServiceSpecFailoverFallback, typing.Dict[builtins.str, typing.Any]],
    service: typing.Union[TraefikServiceSpecFailoverService, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88d288158e497141cdfd0d79418275e0966b702eceaf1781b38714c07dddd4af(
    *,
    max_request_body_bytes: typing.Optional[jsii.Number] = None,
    status: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21467dc199dfc0784b0650ced77891c019aa503f2f1d4b29928c66681bf88e0b(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecFailoverFallbackHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecFailoverFallbackKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecFailoverFallbackMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecFailoverFallbackPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[TraefikServiceSpecFailoverFallbackPort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecFailoverFallbackResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecFailoverFallbackSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecFailoverFallbackStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__149dce80e09f53aa515eac2a0ebcebb466671c7d9d9ce9ceaa9da284cc5b3ab7(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecFailoverFallbackHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecFailoverFallbackHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecFailoverFallbackHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c214b211451c938a0a5e2ce9894f9a4121e6c29ead9ac899a548c961e69bd97e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6148f1056c00cdbba583bdf4a791031a3dec7616d15488671e9f496e7ee4c86d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43d6f599b277d8cbad80f1973b1219541d99888aa4b090d8f7e7ec70375e99df(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2749d6fd5d05ce55cb38c1920c52b6e82cf5c1498e14284be5ee7859b51a8729(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b453955e00318d81425f766c72808260692a0a8d51d92dc14654189544200ce5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__491a18d5da95d6e83dba2a484ad53fe70e56f53f1148195d6ca1c1eea4d48f6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18abee2d8709c33ce8e2a981d99a315e57c04baef595654f8ba6f5c11a13ab9e(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b3e7e8e503f27397f74b6f88cb7c7d11ca4f56828dc5f0c38297994e7daf17e(
    *,
    failure_window: typing.Optional[TraefikServiceSpecFailoverFallbackPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f67129c8a993be17b9da9faaa394fccf5af393ec17c43d0d8f8796e25cdcea8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26b2510c9d376328f60fc6b40738b9b900fe4111c720f1bda3bdb3f3bc2dbc9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed466c51533f357635441fd464b64dd49e552bd747db2e457a752b3411c89d45(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0521fb9fd85be689130243cce4a76cebe8ba1e7dc81e68e7525e3662399affe1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f5109c8607517c254731445375f0dcaae90fb7f2e4a335752efc097845e584c(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99c30e1cfedae92770a3185a6292df56a28ee814fddd52f1820e230faf680818(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecFailoverFallbackStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2c80d16864234c1fd5b090f13ee721ed2fc612825efc8c5fd73e197bd5bfc19(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecFailoverFallbackStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6253f91126da9d31c97622156a10031ddba25b60803c4cecc19f3ce7233681b(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecFailoverServiceHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecFailoverServiceKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecFailoverServiceMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecFailoverServicePassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[TraefikServiceSpecFailoverServicePort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecFailoverServiceResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecFailoverServiceSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecFailoverServiceStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75deb358b85fc33a350ecbe2c65a13ae77f9225e92760683978e1a8ac192ac47(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecFailoverServiceHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecFailoverServiceHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecFailoverServiceHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38066542b215cd89bc5941c0c929a1f91a45bfa5a4875c79a0bb7105bb4aee89(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7052ea01c5b32684029d0ba7ee3aebd34f7714e168f3a5ed4703a071842e29a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db5f2f62bce689160b3d41eff591b21fa1d5e4dc460e2d4a5e9e869f1b5ab90a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a5681179db95334aa00351594a5c120e46405375aa9e60bf1248f4d5d95434b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__739cbd2bb4f8cad85b3cd202c1c9434d7e741d21724ac30de5a0afc17e8361b5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68f4f06ea24f3459cfc9ad094ba245821bfab7da69f0209613266a2d9f6edbf5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac8b307efa52355d705b1088b2ecedc1c17b54ffd13edffb56a946b5c6da4518(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__175644f634b0772b53bc15633c5072eeb04475ad38296daa58628b8c10b00fab(
    *,
    failure_window: typing.Optional[TraefikServiceSpecFailoverServicePassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78c04484f1ef947a7db482a6d0a81cabc6068217962a3b3bd4eb5fec1ae8075c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a714bb1c7b8fb42905c21bda527f4e2702f8c521fb1d7a4d0b9c0e8a08e6e9b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__522b2dba0fe1ecb33bcbb0e809817435ea1fa0bbcc5a2a61f98832715e738e83(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66c5a90bddb4b4beabe1804b93fbac231e4ba1e8ea75a54be372e0455939d65d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__124047cd4f8d35426648230a0c74d6481bd88a0d4b18737ebbf287cdd056cd81(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c45ee041e9cee3ca34fc04d0347a1443c6f19ed43903fb1706429bf68c9d69f0(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecFailoverServiceStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10f623f4e99132645a918edce09e7e607fb4891d36456a1e40c0ccbc6737e284(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecFailoverServiceStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ebdab64fae046a35db4ccdd5431635340ec55a6273cce518ba31113ead9c5b7(
    *,
    services: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecHighestRandomWeightServices, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8225c8d29ceafcdb2ae8541f9ef901762b30272ff4e069e882732e200dce8945(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeightServicesHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecHighestRandomWeightServicesMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesPort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeightServicesResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeightServicesSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__658a354c0f1e993e84cb98abc07f5db61c324fc79ea18d79c17e84697a0f064f(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__466fb51d5998821aed3ae1cf8fe4c9e91ad65e7c8c6784b47e657cec16d7607e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32a6255ef4f24823ea165886323e71090b76e786490e7f792ac3d54add3c35cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b7711f52286e250fd0f80df7110e992630036aa99d123eb25f6a2733aa73fe5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__661459a4502b9d924a4c5d90113ed5d5835fc935470d050da493b8b028044abc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0814a3fca931ec4c3439bb3a57832a1a5fde59a30cd08943d090a5e2057ba76c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e109f58d9c1bef6b2959f8d74134954d8997af072384c7f4250dfc7d189389a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acf458ff76126b20b783869ecdb8488d046da449c9148dd31e53879817ea9638(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b65afc8b163376aea52af40f9c493e8ed1326cc22f120d268a16b936e554335(
    *,
    failure_window: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c91cf29ac0ad102072eb25971bef3f7e2ad222a79f306a5b6d73b603789bc126(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__742e4ce7d9e1ccb85ffbf66d9dad4e5abedca032d58eab9b818fe0426a685f55(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa980d845e2ccbf125eab880a6d521f02d9fd26bb8895193a34276d8dabcc85d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1714cca7c004fcf0d840e8b96d13c2785d39613da7e8f7f779583a156da12901(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c947ce1c7cccb9b92714fe9c83d13be865ad53097ba687f9f6a83c2f6b488b92(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fb17acf8a1e100b17d513f658bad2cdf8dedb2940cde113b5b5179bb0014b76(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecHighestRandomWeightServicesStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d69d6e649249891532f0fd2e34f35a080f7aed1fa6155a0d52ca656ea36693bb(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb7b38943ed81871beedc818db83a6c29019ea6d5b62345a6c241d6fbe95b75c(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecMirroringHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecMirroringKind] = None,
    max_body_size: typing.Optional[jsii.Number] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecMirroringMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror_body: typing.Optional[builtins.bool] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecMirroringMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecMirroringPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[TraefikServiceSpecMirroringPort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecMirroringResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecMirroringSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecMirroringStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fc48f319264a8067036f482d2ad0b78013f8c92c241b1f8645c6c3ba60ba2e2(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecMirroringHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecMirroringHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecMirroringHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c01cd282bd4779fdb09a835f1e35ed39ffb413916ae2007ecb1e13c1eadefc2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b0f76e535762dffe565c52b610816ffc7f47665db090c6c2eac38ead1ede69d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b2b88245e2a4f66135394d6ec3fcb0676d9cdadc8875909c946e5bb837ca1d6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5af95cdb3e5125f5a221cd653b0237cdad104d66804320766d0c161c74943894(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aec55a50cdd7410c6862f51f87021b907f170cb92d3c3cf674141e1aaa2b778(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc7905a0d1c8d9bafff2d048b440595e321b697e7e5423fc6cc0117c649f589a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9338ab1df3480ee9bc0a6da9542ddf16132e81034399cd0eaa80ad958a6ee33d(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__028c01afad6a45d7485cc82ae667bce101419cb4a1ecde290b49048714607056(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecMirroringMirrorsHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecMirroringMirrorsKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecMirroringMirrorsMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecMirroringMirrorsPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
    port: typing.Optional[TraefikServiceSpecMirroringMirrorsPort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecMirroringMirrorsResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecMirroringMirrorsSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecMirroringMirrorsStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__498ae68a9e1e6b71325a54355fb0704ea4649f11b433d3fe155b5464c432e4b5(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecMirroringMirrorsHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecMirroringMirrorsHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebb4f8ed991ad37a102b24065d73a36cf726dbb05d282da4166ed9c0853aa274(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5a871867c848c725708416c24516eaf9f5898dba6184478e5bd8187c66c0850(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9aeec2b748805edccd6b98d539b362143e8c848673170110222d2ac3337a58b7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c3411896a3ac7fb685df4ee962aadebbd7975383975999b1fcc327a2b412b7c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a865c25758d64962b64bf5c80c00c43052d04c137cb1f385fb4bb0359ad20a0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4894445eff69e7d54ed4804ba584ed4c8be371f6b50bdcc4566ad1a2b3f2992(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b10e2f055541c7896536027df9e70a0839055e52cc410b23f2f9f0c10d2554eb(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47c16e2f609df93a6eec61eddb669e56ce2b4ebf1a0d87701252062f39d9df4d(
    *,
    failure_window: typing.Optional[TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47d3b8fa55a751db2b8c856095a91915fcdbcb67ddc04e5353b9d391516618d3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc58a54f14cb90e458738fd0c949e41ddf71cd173763447f9bb57f5bec6c57d4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34ee0db28fa1778fac666549fc4fbaabfd0954880d95e040a5cd4bb5f371563e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a1073c4bd10cd18b1332812813747dea26aa238f2c362c2d81b5118c1763d7a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ad7ba7e72cdb66efcbfc4e5fb9affbfd46d79b9bc7dfe587f4c46c8ffc84fde(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56917a89b0acf58a2cf83f93c005c4486f8484aea7c025d3effcd3b7c2785e91(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecMirroringMirrorsStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11014dfb709d9aebe0974c1b68356f82bda61f4df16871a1da55c3b9d3bd289f(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecMirroringMirrorsStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5309e9dc4c9751a91f057a97a3c4e646b3d44ebbc78f8537f300908732ac2ea3(
    *,
    failure_window: typing.Optional[TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09a63b922d350247cdb2e4e47b6495a6a0f549133b7fe7b22d82915fcb0fe95d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c31af3009375319b68fc3c46d5c35b319c9a37924ce8ac1c1f7370677a9e369e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ef601f99f57fff0b19fd90203ea1557ed5bed4b656ead833c43c9a5370dd8e6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ec9858c862df1cac4d082bfe8f57a8e2205c777708a7d5b304c7d40a0a3f02b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__980cdd5a0eb25aa67c0e4cbdc708dd45d5a29734a32e90819b52adb6e7e2dcff(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da52dd7efaeb7add623add1af80e2f3041d68d8f1a2f8b6ee95b260bcddbc610(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecMirroringStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f55f4b3471eed75a8b8f43a6564b8362f82320d6a89e27de3fcf523f43db86c2(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecMirroringStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6e801d13a1828480301680779463a5af0dba764401bee2e139061857812380a(
    *,
    services: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecWeightedServices, typing.Dict[builtins.str, typing.Any]]]] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecWeightedSticky, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aca73728e75f17d713d13398e27b745e3749dd7d2fc917eec7077e4729acf777(
    *,
    name: builtins.str,
    health_check: typing.Optional[typing.Union[TraefikServiceSpecWeightedServicesHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[TraefikServiceSpecWeightedServicesKind] = None,
    middlewares: typing.Optional[typing.Sequence[typing.Union[TraefikServiceSpecWeightedServicesMiddlewares, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    native_lb: typing.Optional[builtins.bool] = None,
    node_port_lb: typing.Optional[builtins.bool] = None,
    pass_host_header: typing.Optional[builtins.bool] = None,
    passive_health_check: typing.Optional[typing.Union[TraefikServiceSpecWeightedServicesPassiveHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[TraefikServiceSpecWeightedServicesPort] = None,
    response_forwarding: typing.Optional[typing.Union[TraefikServiceSpecWeightedServicesResponseForwarding, typing.Dict[builtins.str, typing.Any]]] = None,
    scheme: typing.Optional[builtins.str] = None,
    servers_transport: typing.Optional[builtins.str] = None,
    sticky: typing.Optional[typing.Union[TraefikServiceSpecWeightedServicesSticky, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[TraefikServiceSpecWeightedServicesStrategy] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__156592ef281b48b23c622880b42c0c9bc9f72b3e33babd8750a9c2745c76ae94(
    *,
    follow_redirects: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    hostname: typing.Optional[builtins.str] = None,
    interval: typing.Optional[TraefikServiceSpecWeightedServicesHealthCheckInterval] = None,
    method: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    status: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[TraefikServiceSpecWeightedServicesHealthCheckTimeout] = None,
    unhealthy_interval: typing.Optional[TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65f694d9be2999aa47a89e22f11c021864315b20c8066a21f5ced577da9c00ad(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__969ddbffd5dc2ec74b1ebb7833bf3057112428e5d11402185fa2937ce8565dc4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d95059ead6f3208f2d979631fc70ab78551333e0fc2d75d92cc99f86f2a5918f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a899427e3d2ec2ef18c2619cd2512de135f60f17272d68b3c38a9ae56ac9e4a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34d24e2b327f81afa97502e1e35914adead24378a082c00ab793f78759238e5d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__819b21af06ae0d2ad674a9527f9ed63e0ed6121788b04e50b86207cd326a9a7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__102ecc5735a791a41af5f67ad7de40c06ac0f09bcfbf056c8185d20c6de8ddab(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b82bd2d622dd6b8786955c1301d9071c3f0441dc3216d46476d9479b8beeaaf4(
    *,
    failure_window: typing.Optional[TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow] = None,
    max_failed_attempts: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9848f88d016550597bac2fe20f5abd9125a86cfa8d839d7ba9e78feaff0bc50(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f768b963758551fbd74524b5be21ce39153fc027caaa9da6e303205d4977561(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ef93f5e78e8284d510e402230c1c1c11d4cd769bdee53a2c1eef8fe09d70eea(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__265213f23f06305156c6c76449dd508c3cc1f160b96b09ad2355586ab0280400(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__190fd2d4fd065cdd84dcdc2f984f3ad8ea646e65c641c4deb9a552e97c1a7196(
    *,
    flush_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd92a596720b3cbf5eef5d2c7dbd2091e8c295524e254397ff7f84d49d06384a(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecWeightedServicesStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd88f176aa252a6db9c5dde8c2142b48e6359d7ba642cf09f2df86c725be05f8(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecWeightedServicesStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e99073385ebf6bbb26abc344a77b3124d7493b75c652f7c7bf4fb9ab332d479b(
    *,
    cookie: typing.Optional[typing.Union[TraefikServiceSpecWeightedStickyCookie, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__001ffb82efeb1b337496c1e8fc9e7a4c6fff2110de823aa40129c44397bda184(
    *,
    domain: typing.Optional[builtins.str] = None,
    http_only: typing.Optional[builtins.bool] = None,
    max_age: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    same_site: typing.Optional[TraefikServiceSpecWeightedStickyCookieSameSite] = None,
    secure: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
