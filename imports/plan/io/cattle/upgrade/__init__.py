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


class Plan(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="plan_iocattleupgrade.Plan",
):
    '''
    :schema: Plan
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PlanSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Plan" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f498d40368ec863aec44625800294cf151887fb9f9bd33e891610618e00de171)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PlanProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PlanSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Plan".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = PlanProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Plan".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class PlanProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PlanSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Plan
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = PlanSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99a62ea4e752fef6d638f0e7b171b2e93b2682c37d2ce70cdc30d3c46a77a93d)
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
        :schema: Plan#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["PlanSpec"]:
        '''
        :schema: Plan#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["PlanSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpec",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade": "upgrade",
        "channel": "channel",
        "concurrency": "concurrency",
        "cordon": "cordon",
        "drain": "drain",
        "exclusive": "exclusive",
        "image_pull_secrets": "imagePullSecrets",
        "job_active_deadline_secs": "jobActiveDeadlineSecs",
        "node_selector": "nodeSelector",
        "post_complete_delay": "postCompleteDelay",
        "post_complete_labels": "postCompleteLabels",
        "prepare": "prepare",
        "priority_class_name": "priorityClassName",
        "secrets": "secrets",
        "service_account_name": "serviceAccountName",
        "tolerations": "tolerations",
        "version": "version",
        "window": "window",
    },
)
class PlanSpec:
    def __init__(
        self,
        *,
        upgrade: typing.Union["PlanSpecUpgrade", typing.Dict[builtins.str, typing.Any]],
        channel: typing.Optional[builtins.str] = None,
        concurrency: typing.Optional[jsii.Number] = None,
        cordon: typing.Optional[builtins.bool] = None,
        drain: typing.Optional[typing.Union["PlanSpecDrain", typing.Dict[builtins.str, typing.Any]]] = None,
        exclusive: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["PlanSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        job_active_deadline_secs: typing.Optional[jsii.Number] = None,
        node_selector: typing.Optional[typing.Union["PlanSpecNodeSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        post_complete_delay: typing.Optional[builtins.str] = None,
        post_complete_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        prepare: typing.Optional[typing.Union["PlanSpecPrepare", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        secrets: typing.Optional[typing.Sequence[typing.Union["PlanSpecSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["PlanSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        version: typing.Optional[builtins.str] = None,
        window: typing.Optional[typing.Union["PlanSpecWindow", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param upgrade: 
        :param channel: 
        :param concurrency: 
        :param cordon: 
        :param drain: 
        :param exclusive: 
        :param image_pull_secrets: 
        :param job_active_deadline_secs: 
        :param node_selector: 
        :param post_complete_delay: 
        :param post_complete_labels: 
        :param prepare: 
        :param priority_class_name: 
        :param secrets: 
        :param service_account_name: 
        :param tolerations: 
        :param version: 
        :param window: 

        :schema: PlanSpec
        '''
        if isinstance(upgrade, dict):
            upgrade = PlanSpecUpgrade(**upgrade)
        if isinstance(drain, dict):
            drain = PlanSpecDrain(**drain)
        if isinstance(node_selector, dict):
            node_selector = PlanSpecNodeSelector(**node_selector)
        if isinstance(prepare, dict):
            prepare = PlanSpecPrepare(**prepare)
        if isinstance(window, dict):
            window = PlanSpecWindow(**window)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65abc64b58b930cfb939778084c64f00bbd568e829732ae0bf1eb6e879fa5805)
            check_type(argname="argument upgrade", value=upgrade, expected_type=type_hints["upgrade"])
            check_type(argname="argument channel", value=channel, expected_type=type_hints["channel"])
            check_type(argname="argument concurrency", value=concurrency, expected_type=type_hints["concurrency"])
            check_type(argname="argument cordon", value=cordon, expected_type=type_hints["cordon"])
            check_type(argname="argument drain", value=drain, expected_type=type_hints["drain"])
            check_type(argname="argument exclusive", value=exclusive, expected_type=type_hints["exclusive"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument job_active_deadline_secs", value=job_active_deadline_secs, expected_type=type_hints["job_active_deadline_secs"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument post_complete_delay", value=post_complete_delay, expected_type=type_hints["post_complete_delay"])
            check_type(argname="argument post_complete_labels", value=post_complete_labels, expected_type=type_hints["post_complete_labels"])
            check_type(argname="argument prepare", value=prepare, expected_type=type_hints["prepare"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument secrets", value=secrets, expected_type=type_hints["secrets"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument window", value=window, expected_type=type_hints["window"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "upgrade": upgrade,
        }
        if channel is not None:
            self._values["channel"] = channel
        if concurrency is not None:
            self._values["concurrency"] = concurrency
        if cordon is not None:
            self._values["cordon"] = cordon
        if drain is not None:
            self._values["drain"] = drain
        if exclusive is not None:
            self._values["exclusive"] = exclusive
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if job_active_deadline_secs is not None:
            self._values["job_active_deadline_secs"] = job_active_deadline_secs
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if post_complete_delay is not None:
            self._values["post_complete_delay"] = post_complete_delay
        if post_complete_labels is not None:
            self._values["post_complete_labels"] = post_complete_labels
        if prepare is not None:
            self._values["prepare"] = prepare
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if secrets is not None:
            self._values["secrets"] = secrets
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if version is not None:
            self._values["version"] = version
        if window is not None:
            self._values["window"] = window

    @builtins.property
    def upgrade(self) -> "PlanSpecUpgrade":
        '''
        :schema: PlanSpec#upgrade
        '''
        result = self._values.get("upgrade")
        assert result is not None, "Required property 'upgrade' is missing"
        return typing.cast("PlanSpecUpgrade", result)

    @builtins.property
    def channel(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpec#channel
        '''
        result = self._values.get("channel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def concurrency(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpec#concurrency
        '''
        result = self._values.get("concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cordon(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpec#cordon
        '''
        result = self._values.get("cordon")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def drain(self) -> typing.Optional["PlanSpecDrain"]:
        '''
        :schema: PlanSpec#drain
        '''
        result = self._values.get("drain")
        return typing.cast(typing.Optional["PlanSpecDrain"], result)

    @builtins.property
    def exclusive(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpec#exclusive
        '''
        result = self._values.get("exclusive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["PlanSpecImagePullSecrets"]]:
        '''
        :schema: PlanSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["PlanSpecImagePullSecrets"]], result)

    @builtins.property
    def job_active_deadline_secs(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpec#jobActiveDeadlineSecs
        '''
        result = self._values.get("job_active_deadline_secs")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_selector(self) -> typing.Optional["PlanSpecNodeSelector"]:
        '''
        :schema: PlanSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional["PlanSpecNodeSelector"], result)

    @builtins.property
    def post_complete_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpec#postCompleteDelay
        '''
        result = self._values.get("post_complete_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def post_complete_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PlanSpec#postCompleteLabels
        '''
        result = self._values.get("post_complete_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def prepare(self) -> typing.Optional["PlanSpecPrepare"]:
        '''
        :schema: PlanSpec#prepare
        '''
        result = self._values.get("prepare")
        return typing.cast(typing.Optional["PlanSpecPrepare"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secrets(self) -> typing.Optional[typing.List["PlanSpecSecrets"]]:
        '''
        :schema: PlanSpec#secrets
        '''
        result = self._values.get("secrets")
        return typing.cast(typing.Optional[typing.List["PlanSpecSecrets"]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["PlanSpecTolerations"]]:
        '''
        :schema: PlanSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["PlanSpecTolerations"]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def window(self) -> typing.Optional["PlanSpecWindow"]:
        '''
        :schema: PlanSpec#window
        '''
        result = self._values.get("window")
        return typing.cast(typing.Optional["PlanSpecWindow"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecDrain",
    jsii_struct_bases=[],
    name_mapping={
        "delete_emptydir_data": "deleteEmptydirData",
        "delete_local_data": "deleteLocalData",
        "disable_eviction": "disableEviction",
        "force": "force",
        "grace_period": "gracePeriod",
        "ignore_daemon_sets": "ignoreDaemonSets",
        "pod_selector": "podSelector",
        "skip_wait_for_delete_timeout": "skipWaitForDeleteTimeout",
        "timeout": "timeout",
    },
)
class PlanSpecDrain:
    def __init__(
        self,
        *,
        delete_emptydir_data: typing.Optional[builtins.bool] = None,
        delete_local_data: typing.Optional[builtins.bool] = None,
        disable_eviction: typing.Optional[builtins.bool] = None,
        force: typing.Optional[builtins.bool] = None,
        grace_period: typing.Optional[jsii.Number] = None,
        ignore_daemon_sets: typing.Optional[builtins.bool] = None,
        pod_selector: typing.Optional[typing.Union["PlanSpecDrainPodSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_wait_for_delete_timeout: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional["PlanSpecDrainTimeout"] = None,
    ) -> None:
        '''
        :param delete_emptydir_data: 
        :param delete_local_data: 
        :param disable_eviction: 
        :param force: 
        :param grace_period: 
        :param ignore_daemon_sets: 
        :param pod_selector: 
        :param skip_wait_for_delete_timeout: 
        :param timeout: 

        :schema: PlanSpecDrain
        '''
        if isinstance(pod_selector, dict):
            pod_selector = PlanSpecDrainPodSelector(**pod_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50a0a891f15911bde4d08a6f58ff87474854b1ada841872411c1dc4eca348033)
            check_type(argname="argument delete_emptydir_data", value=delete_emptydir_data, expected_type=type_hints["delete_emptydir_data"])
            check_type(argname="argument delete_local_data", value=delete_local_data, expected_type=type_hints["delete_local_data"])
            check_type(argname="argument disable_eviction", value=disable_eviction, expected_type=type_hints["disable_eviction"])
            check_type(argname="argument force", value=force, expected_type=type_hints["force"])
            check_type(argname="argument grace_period", value=grace_period, expected_type=type_hints["grace_period"])
            check_type(argname="argument ignore_daemon_sets", value=ignore_daemon_sets, expected_type=type_hints["ignore_daemon_sets"])
            check_type(argname="argument pod_selector", value=pod_selector, expected_type=type_hints["pod_selector"])
            check_type(argname="argument skip_wait_for_delete_timeout", value=skip_wait_for_delete_timeout, expected_type=type_hints["skip_wait_for_delete_timeout"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_emptydir_data is not None:
            self._values["delete_emptydir_data"] = delete_emptydir_data
        if delete_local_data is not None:
            self._values["delete_local_data"] = delete_local_data
        if disable_eviction is not None:
            self._values["disable_eviction"] = disable_eviction
        if force is not None:
            self._values["force"] = force
        if grace_period is not None:
            self._values["grace_period"] = grace_period
        if ignore_daemon_sets is not None:
            self._values["ignore_daemon_sets"] = ignore_daemon_sets
        if pod_selector is not None:
            self._values["pod_selector"] = pod_selector
        if skip_wait_for_delete_timeout is not None:
            self._values["skip_wait_for_delete_timeout"] = skip_wait_for_delete_timeout
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def delete_emptydir_data(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecDrain#deleteEmptydirData
        '''
        result = self._values.get("delete_emptydir_data")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def delete_local_data(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecDrain#deleteLocalData
        '''
        result = self._values.get("delete_local_data")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disable_eviction(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecDrain#disableEviction
        '''
        result = self._values.get("disable_eviction")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def force(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecDrain#force
        '''
        result = self._values.get("force")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def grace_period(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecDrain#gracePeriod
        '''
        result = self._values.get("grace_period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ignore_daemon_sets(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecDrain#ignoreDaemonSets
        '''
        result = self._values.get("ignore_daemon_sets")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pod_selector(self) -> typing.Optional["PlanSpecDrainPodSelector"]:
        '''
        :schema: PlanSpecDrain#podSelector
        '''
        result = self._values.get("pod_selector")
        return typing.cast(typing.Optional["PlanSpecDrainPodSelector"], result)

    @builtins.property
    def skip_wait_for_delete_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecDrain#skipWaitForDeleteTimeout
        '''
        result = self._values.get("skip_wait_for_delete_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(self) -> typing.Optional["PlanSpecDrainTimeout"]:
        '''
        :schema: PlanSpecDrain#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["PlanSpecDrainTimeout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecDrain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecDrainPodSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PlanSpecDrainPodSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PlanSpecDrainPodSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PlanSpecDrainPodSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d0edc122c998607c811d19a40d83397e7ed285adaad1dbdf8ae12eb2875270c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PlanSpecDrainPodSelectorMatchExpressions"]]:
        '''
        :schema: PlanSpecDrainPodSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PlanSpecDrainPodSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PlanSpecDrainPodSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecDrainPodSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecDrainPodSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PlanSpecDrainPodSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: PlanSpecDrainPodSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af33dca873d702e6290f4aa0197bad91d8e9d5be033779dd7fb382a4dfc6a37a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PlanSpecDrainPodSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PlanSpecDrainPodSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecDrainPodSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecDrainPodSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PlanSpecDrainTimeout(
    metaclass=jsii.JSIIMeta,
    jsii_type="plan_iocattleupgrade.PlanSpecDrainTimeout",
):
    '''
    :schema: PlanSpecDrainTimeout
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "PlanSpecDrainTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54f5bbcc66f6225d9d48ae94425c7bf9a49037d09745bf8dfdbb85b946fa1ed8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecDrainTimeout", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "PlanSpecDrainTimeout":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08c3f07a862e20acc9d5a44e92d92b08788d9279d81a27712a26e831fdaa7a0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecDrainTimeout", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PlanSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PlanSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f14e6f3bab972a1b15c491fbb74647a3574c15e960597a8bead8263e337eea66)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecNodeSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PlanSpecNodeSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PlanSpecNodeSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PlanSpecNodeSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa6c39d50573b5a9b5d4d6112e35eea61e9ff59f3a2cb9278e0755cb15315130)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PlanSpecNodeSelectorMatchExpressions"]]:
        '''
        :schema: PlanSpecNodeSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PlanSpecNodeSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PlanSpecNodeSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecNodeSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecNodeSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PlanSpecNodeSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: PlanSpecNodeSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a496f2cebb75c2c79cac38aada0c4173abdc67afad1372fe27d030bc0030e372)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PlanSpecNodeSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PlanSpecNodeSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecNodeSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecNodeSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepare",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "args": "args",
        "command": "command",
        "env_from": "envFrom",
        "envs": "envs",
        "security_context": "securityContext",
        "volumes": "volumes",
    },
)
class PlanSpecPrepare:
    def __init__(
        self,
        *,
        image: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["PlanSpecPrepareEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        envs: typing.Optional[typing.Sequence[typing.Union["PlanSpecPrepareEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        security_context: typing.Optional[typing.Union["PlanSpecPrepareSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["PlanSpecPrepareVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param image: 
        :param args: 
        :param command: 
        :param env_from: 
        :param envs: 
        :param security_context: 
        :param volumes: 

        :schema: PlanSpecPrepare
        '''
        if isinstance(security_context, dict):
            security_context = PlanSpecPrepareSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__029cf591607c3faca941c30765fc8ca0fb447bfeccfdf09386609e799578f5b2)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument envs", value=envs, expected_type=type_hints["envs"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env_from is not None:
            self._values["env_from"] = env_from
        if envs is not None:
            self._values["envs"] = envs
        if security_context is not None:
            self._values["security_context"] = security_context
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepare#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecPrepare#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecPrepare#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List["PlanSpecPrepareEnvFrom"]]:
        '''
        :schema: PlanSpecPrepare#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["PlanSpecPrepareEnvFrom"]], result)

    @builtins.property
    def envs(self) -> typing.Optional[typing.List["PlanSpecPrepareEnvs"]]:
        '''
        :schema: PlanSpecPrepare#envs
        '''
        result = self._values.get("envs")
        return typing.cast(typing.Optional[typing.List["PlanSpecPrepareEnvs"]], result)

    @builtins.property
    def security_context(self) -> typing.Optional["PlanSpecPrepareSecurityContext"]:
        '''
        :schema: PlanSpecPrepare#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContext"], result)

    @builtins.property
    def volumes(self) -> typing.Optional[typing.List["PlanSpecPrepareVolumes"]]:
        '''
        :schema: PlanSpecPrepare#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["PlanSpecPrepareVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepare(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_ref": "configMapRef",
        "prefix": "prefix",
        "secret_ref": "secretRef",
    },
)
class PlanSpecPrepareEnvFrom:
    def __init__(
        self,
        *,
        config_map_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvFromConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvFromSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_ref: 
        :param prefix: 
        :param secret_ref: 

        :schema: PlanSpecPrepareEnvFrom
        '''
        if isinstance(config_map_ref, dict):
            config_map_ref = PlanSpecPrepareEnvFromConfigMapRef(**config_map_ref)
        if isinstance(secret_ref, dict):
            secret_ref = PlanSpecPrepareEnvFromSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84201a3da98331392f287ca6572d5e737ce197d7008c192f6016ce1a8503932a)
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def config_map_ref(self) -> typing.Optional["PlanSpecPrepareEnvFromConfigMapRef"]:
        '''
        :schema: PlanSpecPrepareEnvFrom#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvFromConfigMapRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvFrom#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PlanSpecPrepareEnvFromSecretRef"]:
        '''
        :schema: PlanSpecPrepareEnvFrom#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvFromSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvFromConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PlanSpecPrepareEnvFromConfigMapRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PlanSpecPrepareEnvFromConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13845a0aaaeb79ba44436858fa7f9fed572a4a11daf7aab720144fe618e9396a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvFromConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareEnvFromConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvFromConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvFromSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PlanSpecPrepareEnvFromSecretRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PlanSpecPrepareEnvFromSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06f07a98a30ed14e2357ebad91fa59f0f5d6b220f834408186d51778bc0f24f2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvFromSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareEnvFromSecretRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvFromSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PlanSpecPrepareEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PlanSpecPrepareEnvs
        '''
        if isinstance(value_from, dict):
            value_from = PlanSpecPrepareEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__838ace54eee3cf8097d82e218afb1eb7a259d664fc4157f2cb9ebb63e45099c7)
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
        :schema: PlanSpecPrepareEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["PlanSpecPrepareEnvsValueFrom"]:
        '''
        :schema: PlanSpecPrepareEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class PlanSpecPrepareEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["PlanSpecPrepareEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: PlanSpecPrepareEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = PlanSpecPrepareEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = PlanSpecPrepareEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = PlanSpecPrepareEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PlanSpecPrepareEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = PlanSpecPrepareEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07ece197e1aecea7bfc523b7eb057c418235f33bd87cd9c33bf19141b7f9291f)
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
    ) -> typing.Optional["PlanSpecPrepareEnvsValueFromConfigMapKeyRef"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(self) -> typing.Optional["PlanSpecPrepareEnvsValueFromFieldRef"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(self) -> typing.Optional["PlanSpecPrepareEnvsValueFromFileKeyRef"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PlanSpecPrepareEnvsValueFromResourceFieldRef"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["PlanSpecPrepareEnvsValueFromSecretKeyRef"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PlanSpecPrepareEnvsValueFromConfigMapKeyRef:
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

        :schema: PlanSpecPrepareEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b633689562288c966a4c966806747dcb6db6864c002cbb0ad1e18e234d130713)
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
        :schema: PlanSpecPrepareEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PlanSpecPrepareEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PlanSpecPrepareEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d022e9cf0aeb6a6c340c0f2b1d4f54dc563d8b4ecd3ebe0d54b53a0f99b12a1c)
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
        :schema: PlanSpecPrepareEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class PlanSpecPrepareEnvsValueFromFileKeyRef:
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

        :schema: PlanSpecPrepareEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d327dfd6a4a9eb34ee548a552b7ab8d6ca850a36cd6e956f94a481f66b961af)
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
        :schema: PlanSpecPrepareEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepareEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepareEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PlanSpecPrepareEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PlanSpecPrepareEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0226019be8af6bf0dd6299f52bbe5e28909a3e79b542e420929db9dfa290d117)
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
        :schema: PlanSpecPrepareEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor"]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor",
):
    '''
    :schema: PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c532097d4c58b851cc12c97c5f7c9815cb1127720d48434e6bd4ebaafbef5070)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00cc28d8c2eed19c6c842e3553c5ca7aa4fc3d4c5e353fbf03301d13ef4984fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PlanSpecPrepareEnvsValueFromSecretKeyRef:
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

        :schema: PlanSpecPrepareEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1867ce0a7cf96e5b66d302f8d213b19f1076f543c730157317e6df9c2985480c)
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
        :schema: PlanSpecPrepareEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContext",
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
class PlanSpecPrepareSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["PlanSpecPrepareSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["PlanSpecPrepareSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["PlanSpecPrepareSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["PlanSpecPrepareSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["PlanSpecPrepareSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: PlanSpecPrepareSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = PlanSpecPrepareSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = PlanSpecPrepareSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = PlanSpecPrepareSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = PlanSpecPrepareSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = PlanSpecPrepareSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecad5b8d7bd110dc5137ef6a48e264bf22cefffc58fdaabf34af9a93a96d6a18)
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
        :schema: PlanSpecPrepareSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["PlanSpecPrepareSecurityContextAppArmorProfile"]:
        '''
        :schema: PlanSpecPrepareSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["PlanSpecPrepareSecurityContextCapabilities"]:
        '''
        :schema: PlanSpecPrepareSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecPrepareSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecPrepareSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["PlanSpecPrepareSecurityContextSeccompProfile"]:
        '''
        :schema: PlanSpecPrepareSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["PlanSpecPrepareSecurityContextSeLinuxOptions"]:
        '''
        :schema: PlanSpecPrepareSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["PlanSpecPrepareSecurityContextWindowsOptions"]:
        '''
        :schema: PlanSpecPrepareSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["PlanSpecPrepareSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PlanSpecPrepareSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PlanSpecPrepareSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ba5fd68857eb7c1fe48fe71029c93a0939e5691aca16de7df620f8e0753675f)
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
        :schema: PlanSpecPrepareSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class PlanSpecPrepareSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: PlanSpecPrepareSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c7496960373b261daadc89d997b81d20f31bc05ca16ce73827ab46fcd8fb66e)
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
        :schema: PlanSpecPrepareSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecPrepareSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class PlanSpecPrepareSecurityContextSeLinuxOptions:
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

        :schema: PlanSpecPrepareSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e323fa30f6882aa913d6823c140447f030200dc21584842d19fd743275f2cdf6)
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
        :schema: PlanSpecPrepareSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PlanSpecPrepareSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PlanSpecPrepareSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34ee93d6544e604b31ebcb6f6b52a09d0926ca69828c94438c5cf7090cdd49ad)
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
        :schema: PlanSpecPrepareSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class PlanSpecPrepareSecurityContextWindowsOptions:
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

        :schema: PlanSpecPrepareSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cabdba0078f1f31d176d59685643e7642206ba80143b2e8f5bcd21f804dd09b1)
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
        :schema: PlanSpecPrepareSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecPrepareSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecPrepareSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecPrepareVolumes",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "name": "name", "source": "source"},
)
class PlanSpecPrepareVolumes:
    def __init__(
        self,
        *,
        destination: builtins.str,
        name: builtins.str,
        source: builtins.str,
    ) -> None:
        '''
        :param destination: 
        :param name: 
        :param source: 

        :schema: PlanSpecPrepareVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3ec65b2911b13a5ba2916d7c481e620f58e62d2aae49fc358676a6a398d2e0b)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
            "name": name,
            "source": source,
        }

    @builtins.property
    def destination(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepareVolumes#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepareVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source(self) -> builtins.str:
        '''
        :schema: PlanSpecPrepareVolumes#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecPrepareVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecSecrets",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "path": "path",
        "default_mode": "defaultMode",
        "ignore_updates": "ignoreUpdates",
    },
)
class PlanSpecSecrets:
    def __init__(
        self,
        *,
        name: builtins.str,
        path: builtins.str,
        default_mode: typing.Optional[jsii.Number] = None,
        ignore_updates: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param path: 
        :param default_mode: 
        :param ignore_updates: 

        :schema: PlanSpecSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a1b3e37d1ad79286b4de21dd6ff9c742d8741eb4dba38b2fd3d8ccb12e3d7ce)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument ignore_updates", value=ignore_updates, expected_type=type_hints["ignore_updates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "path": path,
        }
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if ignore_updates is not None:
            self._values["ignore_updates"] = ignore_updates

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PlanSpecSecrets#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PlanSpecSecrets#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecSecrets#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ignore_updates(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecSecrets#ignoreUpdates
        '''
        result = self._values.get("ignore_updates")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class PlanSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: PlanSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e77f43abba4635cf73aea665c5dcf14b2695cd24d7b0c6f6e0f8c113caeb6647)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgrade",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "args": "args",
        "command": "command",
        "env_from": "envFrom",
        "envs": "envs",
        "security_context": "securityContext",
        "volumes": "volumes",
    },
)
class PlanSpecUpgrade:
    def __init__(
        self,
        *,
        image: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["PlanSpecUpgradeEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        envs: typing.Optional[typing.Sequence[typing.Union["PlanSpecUpgradeEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        security_context: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["PlanSpecUpgradeVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param image: 
        :param args: 
        :param command: 
        :param env_from: 
        :param envs: 
        :param security_context: 
        :param volumes: 

        :schema: PlanSpecUpgrade
        '''
        if isinstance(security_context, dict):
            security_context = PlanSpecUpgradeSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edb147948605ed8442024a2f47777a7bbfa613abbd1067506b9cd5e1bd73dc3b)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument envs", value=envs, expected_type=type_hints["envs"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env_from is not None:
            self._values["env_from"] = env_from
        if envs is not None:
            self._values["envs"] = envs
        if security_context is not None:
            self._values["security_context"] = security_context
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgrade#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecUpgrade#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecUpgrade#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List["PlanSpecUpgradeEnvFrom"]]:
        '''
        :schema: PlanSpecUpgrade#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["PlanSpecUpgradeEnvFrom"]], result)

    @builtins.property
    def envs(self) -> typing.Optional[typing.List["PlanSpecUpgradeEnvs"]]:
        '''
        :schema: PlanSpecUpgrade#envs
        '''
        result = self._values.get("envs")
        return typing.cast(typing.Optional[typing.List["PlanSpecUpgradeEnvs"]], result)

    @builtins.property
    def security_context(self) -> typing.Optional["PlanSpecUpgradeSecurityContext"]:
        '''
        :schema: PlanSpecUpgrade#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContext"], result)

    @builtins.property
    def volumes(self) -> typing.Optional[typing.List["PlanSpecUpgradeVolumes"]]:
        '''
        :schema: PlanSpecUpgrade#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["PlanSpecUpgradeVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgrade(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_ref": "configMapRef",
        "prefix": "prefix",
        "secret_ref": "secretRef",
    },
)
class PlanSpecUpgradeEnvFrom:
    def __init__(
        self,
        *,
        config_map_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvFromConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvFromSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_ref: 
        :param prefix: 
        :param secret_ref: 

        :schema: PlanSpecUpgradeEnvFrom
        '''
        if isinstance(config_map_ref, dict):
            config_map_ref = PlanSpecUpgradeEnvFromConfigMapRef(**config_map_ref)
        if isinstance(secret_ref, dict):
            secret_ref = PlanSpecUpgradeEnvFromSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9396e824210a91e47b0ea14d09c200d18ea3f8db47e61094dda21a2ae02eec82)
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def config_map_ref(self) -> typing.Optional["PlanSpecUpgradeEnvFromConfigMapRef"]:
        '''
        :schema: PlanSpecUpgradeEnvFrom#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvFromConfigMapRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvFrom#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PlanSpecUpgradeEnvFromSecretRef"]:
        '''
        :schema: PlanSpecUpgradeEnvFrom#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvFromSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvFromConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PlanSpecUpgradeEnvFromConfigMapRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PlanSpecUpgradeEnvFromConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31f1fdb50a3e5a7e25611e73063dd86b8db6bfabbfdc8a3a25340f318bc04a73)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvFromConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeEnvFromConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvFromConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvFromSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PlanSpecUpgradeEnvFromSecretRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PlanSpecUpgradeEnvFromSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2521bcb82feb12a6fe28fcc83de43d99a22b3e41e1444b90fc95dffcd80f9bb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvFromSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeEnvFromSecretRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvFromSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PlanSpecUpgradeEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PlanSpecUpgradeEnvs
        '''
        if isinstance(value_from, dict):
            value_from = PlanSpecUpgradeEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e9087da88639a8d5d45b42a3a17eb94c4baf2106f29ce9a137a9781c907b04e)
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
        :schema: PlanSpecUpgradeEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["PlanSpecUpgradeEnvsValueFrom"]:
        '''
        :schema: PlanSpecUpgradeEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class PlanSpecUpgradeEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["PlanSpecUpgradeEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: PlanSpecUpgradeEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = PlanSpecUpgradeEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = PlanSpecUpgradeEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = PlanSpecUpgradeEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PlanSpecUpgradeEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = PlanSpecUpgradeEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b23806d2cd52545d1a33d2b383ad52e44d9a3e3241558aef1a954a513d6c5bbf)
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
    ) -> typing.Optional["PlanSpecUpgradeEnvsValueFromConfigMapKeyRef"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(self) -> typing.Optional["PlanSpecUpgradeEnvsValueFromFieldRef"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(self) -> typing.Optional["PlanSpecUpgradeEnvsValueFromFileKeyRef"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PlanSpecUpgradeEnvsValueFromResourceFieldRef"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["PlanSpecUpgradeEnvsValueFromSecretKeyRef"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PlanSpecUpgradeEnvsValueFromConfigMapKeyRef:
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

        :schema: PlanSpecUpgradeEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f177d380347b7327f12c9a3cadc082379160b092aa4002adfbc1b83d975e7c2)
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
        :schema: PlanSpecUpgradeEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PlanSpecUpgradeEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PlanSpecUpgradeEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ecacab95fa90a3470a946b21783a519b0de30e006ae1f5856aa383c77b0a1d4)
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
        :schema: PlanSpecUpgradeEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class PlanSpecUpgradeEnvsValueFromFileKeyRef:
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

        :schema: PlanSpecUpgradeEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fdedca57cae2947b9bd27086bb2b879679f6a899d0cc36256f5e7b4cc14a96b)
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
        :schema: PlanSpecUpgradeEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PlanSpecUpgradeEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PlanSpecUpgradeEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__684388a8ad6ce40a4876d6f9af55296e17960b8c92c00722259990cf1d1e03dd)
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
        :schema: PlanSpecUpgradeEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor"]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor",
):
    '''
    :schema: PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0eba5e9533207ad1e64dffb89c9770ece5b40e733a3b3785a0befc9f5dea425)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5b6821bde34e6bea6c011028f1fd6dbfc6e0ea659d1222ef5494d623893d629)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PlanSpecUpgradeEnvsValueFromSecretKeyRef:
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

        :schema: PlanSpecUpgradeEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ec491bdd5cd85c3fe203559719dc46ba0d87b9153012f08c21f6659ffb3ee41)
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
        :schema: PlanSpecUpgradeEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContext",
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
class PlanSpecUpgradeSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["PlanSpecUpgradeSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: PlanSpecUpgradeSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = PlanSpecUpgradeSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = PlanSpecUpgradeSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = PlanSpecUpgradeSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = PlanSpecUpgradeSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = PlanSpecUpgradeSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fc5e37172803a5d6520a2957ef0d0810ce39d93eafae5353888d2db4dffc759)
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
        :schema: PlanSpecUpgradeSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["PlanSpecUpgradeSecurityContextAppArmorProfile"]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["PlanSpecUpgradeSecurityContextCapabilities"]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["PlanSpecUpgradeSecurityContextSeccompProfile"]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["PlanSpecUpgradeSecurityContextSeLinuxOptions"]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["PlanSpecUpgradeSecurityContextWindowsOptions"]:
        '''
        :schema: PlanSpecUpgradeSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["PlanSpecUpgradeSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PlanSpecUpgradeSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PlanSpecUpgradeSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4fc09a4e2b012f6cf4b17dc2313a890106151a20994dc5b23b9a1f297d11546)
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
        :schema: PlanSpecUpgradeSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class PlanSpecUpgradeSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: PlanSpecUpgradeSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a63c85c68edbb9595d7f9c80380db5fb7601b6672be6b3a47d60852aff894d8d)
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
        :schema: PlanSpecUpgradeSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PlanSpecUpgradeSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class PlanSpecUpgradeSecurityContextSeLinuxOptions:
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

        :schema: PlanSpecUpgradeSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1ce099c953e4da1eaceb64243b5ecf0b82f34d222cece6dbc5545e20ecb6b33)
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
        :schema: PlanSpecUpgradeSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PlanSpecUpgradeSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PlanSpecUpgradeSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fccd5208d27229be84b2479d3e4c22c32d4f8447c5163a14d03669f2587a7f37)
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
        :schema: PlanSpecUpgradeSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class PlanSpecUpgradeSecurityContextWindowsOptions:
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

        :schema: PlanSpecUpgradeSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b2c9c30fd2cbec23371cc3e6f4df7258a8a3c670bb26a3e2e2d8454168a2bb8)
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
        :schema: PlanSpecUpgradeSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PlanSpecUpgradeSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecUpgradeSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecUpgradeVolumes",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "name": "name", "source": "source"},
)
class PlanSpecUpgradeVolumes:
    def __init__(
        self,
        *,
        destination: builtins.str,
        name: builtins.str,
        source: builtins.str,
    ) -> None:
        '''
        :param destination: 
        :param name: 
        :param source: 

        :schema: PlanSpecUpgradeVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc8ccaaf53bc38a56042ad84ced524d10d10bddef2d669be3bdf846f1c4e94ca)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
            "name": name,
            "source": source,
        }

    @builtins.property
    def destination(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgradeVolumes#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgradeVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source(self) -> builtins.str:
        '''
        :schema: PlanSpecUpgradeVolumes#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecUpgradeVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="plan_iocattleupgrade.PlanSpecWindow",
    jsii_struct_bases=[],
    name_mapping={
        "days": "days",
        "end_time": "endTime",
        "start_time": "startTime",
        "time_zone": "timeZone",
    },
)
class PlanSpecWindow:
    def __init__(
        self,
        *,
        days: typing.Optional[typing.Sequence["PlanSpecWindowDays"]] = None,
        end_time: typing.Optional[builtins.str] = None,
        start_time: typing.Optional[builtins.str] = None,
        time_zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param days: 
        :param end_time: 
        :param start_time: 
        :param time_zone: 

        :schema: PlanSpecWindow
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05444dae778980beecdeb62092cca4dc34eced4708f1ad65e841549cea1f560a)
            check_type(argname="argument days", value=days, expected_type=type_hints["days"])
            check_type(argname="argument end_time", value=end_time, expected_type=type_hints["end_time"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument time_zone", value=time_zone, expected_type=type_hints["time_zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if days is not None:
            self._values["days"] = days
        if end_time is not None:
            self._values["end_time"] = end_time
        if start_time is not None:
            self._values["start_time"] = start_time
        if time_zone is not None:
            self._values["time_zone"] = time_zone

    @builtins.property
    def days(self) -> typing.Optional[typing.List["PlanSpecWindowDays"]]:
        '''
        :schema: PlanSpecWindow#days
        '''
        result = self._values.get("days")
        return typing.cast(typing.Optional[typing.List["PlanSpecWindowDays"]], result)

    @builtins.property
    def end_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecWindow#endTime
        '''
        result = self._values.get("end_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def start_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecWindow#startTime
        '''
        result = self._values.get("start_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def time_zone(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PlanSpecWindow#timeZone
        '''
        result = self._values.get("time_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlanSpecWindow(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="plan_iocattleupgrade.PlanSpecWindowDays")
class PlanSpecWindowDays(enum.Enum):
    '''
    :schema: PlanSpecWindowDays
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    SU = "SU"
    '''su.'''
    SUN = "SUN"
    '''sun.'''
    SUNDAY = "SUNDAY"
    '''sunday.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    MO = "MO"
    '''mo.'''
    MON = "MON"
    '''mon.'''
    MONDAY = "MONDAY"
    '''monday.'''
    VALUE_2 = "VALUE_2"
    '''2.'''
    TU = "TU"
    '''tu.'''
    TUE = "TUE"
    '''tue.'''
    TUESDAY = "TUESDAY"
    '''tuesday.'''
    VALUE_3 = "VALUE_3"
    '''3.'''
    WE = "WE"
    '''we.'''
    WED = "WED"
    '''wed.'''
    WEDNESDAY = "WEDNESDAY"
    '''wednesday.'''
    VALUE_4 = "VALUE_4"
    '''4.'''
    TH = "TH"
    '''th.'''
    THU = "THU"
    '''thu.'''
    THURSDAY = "THURSDAY"
    '''thursday.'''
    VALUE_5 = "VALUE_5"
    '''5.'''
    FR = "FR"
    '''fr.'''
    FRI = "FRI"
    '''fri.'''
    FRIDAY = "FRIDAY"
    '''friday.'''
    VALUE_6 = "VALUE_6"
    '''6.'''
    SA = "SA"
    '''sa.'''
    SAT = "SAT"
    '''sat.'''
    SATURDAY = "SATURDAY"
    '''saturday.'''


__all__ = [
    "Plan",
    "PlanProps",
    "PlanSpec",
    "PlanSpecDrain",
    "PlanSpecDrainPodSelector",
    "PlanSpecDrainPodSelectorMatchExpressions",
    "PlanSpecDrainTimeout",
    "PlanSpecImagePullSecrets",
    "PlanSpecNodeSelector",
    "PlanSpecNodeSelectorMatchExpressions",
    "PlanSpecPrepare",
    "PlanSpecPrepareEnvFrom",
    "PlanSpecPrepareEnvFromConfigMapRef",
    "PlanSpecPrepareEnvFromSecretRef",
    "PlanSpecPrepareEnvs",
    "PlanSpecPrepareEnvsValueFrom",
    "PlanSpecPrepareEnvsValueFromConfigMapKeyRef",
    "PlanSpecPrepareEnvsValueFromFieldRef",
    "PlanSpecPrepareEnvsValueFromFileKeyRef",
    "PlanSpecPrepareEnvsValueFromResourceFieldRef",
    "PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor",
    "PlanSpecPrepareEnvsValueFromSecretKeyRef",
    "PlanSpecPrepareSecurityContext",
    "PlanSpecPrepareSecurityContextAppArmorProfile",
    "PlanSpecPrepareSecurityContextCapabilities",
    "PlanSpecPrepareSecurityContextSeLinuxOptions",
    "PlanSpecPrepareSecurityContextSeccompProfile",
    "PlanSpecPrepareSecurityContextWindowsOptions",
    "PlanSpecPrepareVolumes",
    "PlanSpecSecrets",
    "PlanSpecTolerations",
    "PlanSpecUpgrade",
    "PlanSpecUpgradeEnvFrom",
    "PlanSpecUpgradeEnvFromConfigMapRef",
    "PlanSpecUpgradeEnvFromSecretRef",
    "PlanSpecUpgradeEnvs",
    "PlanSpecUpgradeEnvsValueFrom",
    "PlanSpecUpgradeEnvsValueFromConfigMapKeyRef",
    "PlanSpecUpgradeEnvsValueFromFieldRef",
    "PlanSpecUpgradeEnvsValueFromFileKeyRef",
    "PlanSpecUpgradeEnvsValueFromResourceFieldRef",
    "PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor",
    "PlanSpecUpgradeEnvsValueFromSecretKeyRef",
    "PlanSpecUpgradeSecurityContext",
    "PlanSpecUpgradeSecurityContextAppArmorProfile",
    "PlanSpecUpgradeSecurityContextCapabilities",
    "PlanSpecUpgradeSecurityContextSeLinuxOptions",
    "PlanSpecUpgradeSecurityContextSeccompProfile",
    "PlanSpecUpgradeSecurityContextWindowsOptions",
    "PlanSpecUpgradeVolumes",
    "PlanSpecWindow",
    "PlanSpecWindowDays",
]

publication.publish()

def _typecheckingstub__f498d40368ec863aec44625800294cf151887fb9f9bd33e891610618e00de171(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PlanSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99a62ea4e752fef6d638f0e7b171b2e93b2682c37d2ce70cdc30d3c46a77a93d(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PlanSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65abc64b58b930cfb939778084c64f00bbd568e829732ae0bf1eb6e879fa5805(
    *,
    upgrade: typing.Union[PlanSpecUpgrade, typing.Dict[builtins.str, typing.Any]],
    channel: typing.Optional[builtins.str] = None,
    concurrency: typing.Optional[jsii.Number] = None,
    cordon: typing.Optional[builtins.bool] = None,
    drain: typing.Optional[typing.Union[PlanSpecDrain, typing.Dict[builtins.str, typing.Any]]] = None,
    exclusive: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[PlanSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    job_active_deadline_secs: typing.Optional[jsii.Number] = None,
    node_selector: typing.Optional[typing.Union[PlanSpecNodeSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    post_complete_delay: typing.Optional[builtins.str] = None,
    post_complete_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    prepare: typing.Optional[typing.Union[PlanSpecPrepare, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    secrets: typing.Optional[typing.Sequence[typing.Union[PlanSpecSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[PlanSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    version: typing.Optional[builtins.str] = None,
    window: typing.Optional[typing.Union[PlanSpecWindow, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50a0a891f15911bde4d08a6f58ff87474854b1ada841872411c1dc4eca348033(
    *,
    delete_emptydir_data: typing.Optional[builtins.bool] = None,
    delete_local_data: typing.Optional[builtins.bool] = None,
    disable_eviction: typing.Optional[builtins.bool] = None,
    force: typing.Optional[builtins.bool] = None,
    grace_period: typing.Optional[jsii.Number] = None,
    ignore_daemon_sets: typing.Optional[builtins.bool] = None,
    pod_selector: typing.Optional[typing.Union[PlanSpecDrainPodSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_wait_for_delete_timeout: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[PlanSpecDrainTimeout] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d0edc122c998607c811d19a40d83397e7ed285adaad1dbdf8ae12eb2875270c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PlanSpecDrainPodSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af33dca873d702e6290f4aa0197bad91d8e9d5be033779dd7fb382a4dfc6a37a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54f5bbcc66f6225d9d48ae94425c7bf9a49037d09745bf8dfdbb85b946fa1ed8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08c3f07a862e20acc9d5a44e92d92b08788d9279d81a27712a26e831fdaa7a0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f14e6f3bab972a1b15c491fbb74647a3574c15e960597a8bead8263e337eea66(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa6c39d50573b5a9b5d4d6112e35eea61e9ff59f3a2cb9278e0755cb15315130(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PlanSpecNodeSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a496f2cebb75c2c79cac38aada0c4173abdc67afad1372fe27d030bc0030e372(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__029cf591607c3faca941c30765fc8ca0fb447bfeccfdf09386609e799578f5b2(
    *,
    image: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[PlanSpecPrepareEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    envs: typing.Optional[typing.Sequence[typing.Union[PlanSpecPrepareEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    security_context: typing.Optional[typing.Union[PlanSpecPrepareSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[PlanSpecPrepareVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84201a3da98331392f287ca6572d5e737ce197d7008c192f6016ce1a8503932a(
    *,
    config_map_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvFromConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvFromSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13845a0aaaeb79ba44436858fa7f9fed572a4a11daf7aab720144fe618e9396a(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06f07a98a30ed14e2357ebad91fa59f0f5d6b220f834408186d51778bc0f24f2(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__838ace54eee3cf8097d82e218afb1eb7a259d664fc4157f2cb9ebb63e45099c7(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07ece197e1aecea7bfc523b7eb057c418235f33bd87cd9c33bf19141b7f9291f(
    *,
    config_map_key_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[PlanSpecPrepareEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b633689562288c966a4c966806747dcb6db6864c002cbb0ad1e18e234d130713(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d022e9cf0aeb6a6c340c0f2b1d4f54dc563d8b4ecd3ebe0d54b53a0f99b12a1c(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d327dfd6a4a9eb34ee548a552b7ab8d6ca850a36cd6e956f94a481f66b961af(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0226019be8af6bf0dd6299f52bbe5e28909a3e79b542e420929db9dfa290d117(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PlanSpecPrepareEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c532097d4c58b851cc12c97c5f7c9815cb1127720d48434e6bd4ebaafbef5070(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00cc28d8c2eed19c6c842e3553c5ca7aa4fc3d4c5e353fbf03301d13ef4984fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1867ce0a7cf96e5b66d302f8d213b19f1076f543c730157317e6df9c2985480c(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecad5b8d7bd110dc5137ef6a48e264bf22cefffc58fdaabf34af9a93a96d6a18(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[PlanSpecPrepareSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[PlanSpecPrepareSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[PlanSpecPrepareSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[PlanSpecPrepareSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[PlanSpecPrepareSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ba5fd68857eb7c1fe48fe71029c93a0939e5691aca16de7df620f8e0753675f(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c7496960373b261daadc89d997b81d20f31bc05ca16ce73827ab46fcd8fb66e(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e323fa30f6882aa913d6823c140447f030200dc21584842d19fd743275f2cdf6(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34ee93d6544e604b31ebcb6f6b52a09d0926ca69828c94438c5cf7090cdd49ad(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cabdba0078f1f31d176d59685643e7642206ba80143b2e8f5bcd21f804dd09b1(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3ec65b2911b13a5ba2916d7c481e620f58e62d2aae49fc358676a6a398d2e0b(
    *,
    destination: builtins.str,
    name: builtins.str,
    source: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a1b3e37d1ad79286b4de21dd6ff9c742d8741eb4dba38b2fd3d8ccb12e3d7ce(
    *,
    name: builtins.str,
    path: builtins.str,
    default_mode: typing.Optional[jsii.Number] = None,
    ignore_updates: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e77f43abba4635cf73aea665c5dcf14b2695cd24d7b0c6f6e0f8c113caeb6647(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edb147948605ed8442024a2f47777a7bbfa613abbd1067506b9cd5e1bd73dc3b(
    *,
    image: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[PlanSpecUpgradeEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    envs: typing.Optional[typing.Sequence[typing.Union[PlanSpecUpgradeEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    security_context: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[PlanSpecUpgradeVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9396e824210a91e47b0ea14d09c200d18ea3f8db47e61094dda21a2ae02eec82(
    *,
    config_map_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvFromConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvFromSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31f1fdb50a3e5a7e25611e73063dd86b8db6bfabbfdc8a3a25340f318bc04a73(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2521bcb82feb12a6fe28fcc83de43d99a22b3e41e1444b90fc95dffcd80f9bb(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e9087da88639a8d5d45b42a3a17eb94c4baf2106f29ce9a137a9781c907b04e(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b23806d2cd52545d1a33d2b383ad52e44d9a3e3241558aef1a954a513d6c5bbf(
    *,
    config_map_key_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[PlanSpecUpgradeEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f177d380347b7327f12c9a3cadc082379160b092aa4002adfbc1b83d975e7c2(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ecacab95fa90a3470a946b21783a519b0de30e006ae1f5856aa383c77b0a1d4(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fdedca57cae2947b9bd27086bb2b879679f6a899d0cc36256f5e7b4cc14a96b(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__684388a8ad6ce40a4876d6f9af55296e17960b8c92c00722259990cf1d1e03dd(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PlanSpecUpgradeEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0eba5e9533207ad1e64dffb89c9770ece5b40e733a3b3785a0befc9f5dea425(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5b6821bde34e6bea6c011028f1fd6dbfc6e0ea659d1222ef5494d623893d629(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ec491bdd5cd85c3fe203559719dc46ba0d87b9153012f08c21f6659ffb3ee41(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fc5e37172803a5d6520a2957ef0d0810ce39d93eafae5353888d2db4dffc759(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[PlanSpecUpgradeSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4fc09a4e2b012f6cf4b17dc2313a890106151a20994dc5b23b9a1f297d11546(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a63c85c68edbb9595d7f9c80380db5fb7601b6672be6b3a47d60852aff894d8d(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1ce099c953e4da1eaceb64243b5ecf0b82f34d222cece6dbc5545e20ecb6b33(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fccd5208d27229be84b2479d3e4c22c32d4f8447c5163a14d03669f2587a7f37(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b2c9c30fd2cbec23371cc3e6f4df7258a8a3c670bb26a3e2e2d8454168a2bb8(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc8ccaaf53bc38a56042ad84ced524d10d10bddef2d669be3bdf846f1c4e94ca(
    *,
    destination: builtins.str,
    name: builtins.str,
    source: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05444dae778980beecdeb62092cca4dc34eced4708f1ad65e841549cea1f560a(
    *,
    days: typing.Optional[typing.Sequence[PlanSpecWindowDays]] = None,
    end_time: typing.Optional[builtins.str] = None,
    start_time: typing.Optional[builtins.str] = None,
    time_zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
