#!/usr/bin/env bash
# Apply dist/<env>/ to the cluster of that environment, after the cluster's own tree
# dist/clusters/<cluster>/ (storage classes, add-ons). A thin step over kubectl: everything it
# applies is in dist/, the order and the owner labels come from the code (dirtbike_site.applyinfo).
# Usage: see usage() below (scripts/apply.sh --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
kubectl=${KUBECTL:-kubectl}
dist_root=${DIST_ROOT:-$root/dist}
field_manager=dirtbike-platform
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

# Exit codes: 1 refused or failed (stale dist/, unsealed credentials, not confirmed, a kubectl
# step failed), 2 usage or unknown environment, 3 environment problem (kube context, cluster
# unreachable, prerequisites missing), 130 interrupted.
die() { echo "apply: $*" >&2; exit 1; }
die_env() { echo "apply: $*" >&2; exit 3; }
# The help text: on stdout with exit 0 when asked for (-h, --help), after a usage error on
# stderr with exit 2.
help_text() {
  cat <<'USAGE'
usage: scripts/apply.sh <env> [options]       (make apply ENV=<env> ARGS="options")
       scripts/apply.sh clusters/<cluster> [options]

Apply dist/<env>/ to the cluster of <env> (dev, stage or prod) in the dependency order of the
file names (a group that starts pods in a kubectl call of its own, once everything before it is
applied; the groups between them in one call), wait for what each call started, then prune
what this project created there and dist/ no longer has. First the same for the cluster's own
tree dist/clusters/<cluster>/ (storage classes and the add-ons), then wait for the CRDs the
add-ons install to be established.

  --diff                       show `kubectl diff` first, then apply
  --diff-only                  show `kubectl diff` and stop
  --dry-run                    server-side dry run of every apply; nothing changes, nothing is pruned
  --yes                        no typed confirmation for prod
  --allow-missing-inputs       apply although dist/<env>/MISSING-INPUTS.md lists what is still missing
  --timeout DURATION           how long to wait for each cluster, job, rollout and CRD (default 300s)
  --skip-cluster               apply the environment only, not its cluster's tree first
  -h, --help                   this text

Exit codes: 0 applied, 1 refused or failed, 2 usage or unknown environment, 3 environment
problem (kube context, cluster unreachable, prerequisites missing), 130 interrupted.
Environment: KUBECTL (default kubectl), PYTHON (default .venv/bin/python), DIST_ROOT (default dist).
USAGE
}
usage() { help_text >&2; exit 2; }
# kubectl's own error in one line: its first line saying error, else its last line.
first_error() {
  grep -m1 -i '^error' <<< "$1" || grep -v '^[[:space:]]*$' <<< "$1" | tail -n 1 | grep . || echo "(kubectl printed nothing)"
}
# Scratch files of the questions and waits asked at once; those still running end with the run.
# They are killed outright: each only watches (rollout status, wait, delete --wait), and a
# SIGTERM that reaches one between bash's fork and its exec is lost, leaving it running.
# Disowned first, so bash does not report each as "Killed".
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
interrupted() {
  local waits
  waits=$(jobs -p); disown -a
  # shellcheck disable=SC2086 # one pid per word
  { kill -KILL $waits || true; } 2>/dev/null
  echo "apply: interrupted; what was applied stays (apply is idempotent: run it again)" >&2
  exit 130
}
trap interrupted INT TERM

env_name="" show_diff=0 diff_only=0 dry_run=0 yes=0 allow_missing=0 timeout=300s skip_cluster=0
while [ $# -gt 0 ]; do
  case "$1" in
    --diff) show_diff=1 ;;
    --diff-only) show_diff=1 diff_only=1 ;;
    --dry-run) dry_run=1 ;;
    --yes) yes=1 ;;
    --allow-missing-inputs) allow_missing=1 ;;
    --skip-cluster) skip_cluster=1 ;;
    --timeout) [ $# -ge 2 ] || { echo "apply: --timeout needs a value such as 300s" >&2; usage; }
               shift; timeout=$1 ;;
    -h|--help) help_text; exit 0 ;;
    -*) echo "apply: unknown option $1" >&2; usage ;;
    *) [ -z "$env_name" ] || { echo "apply: one environment at a time (got '$env_name' and '$1')" >&2; usage; }
       env_name=$1 ;;
  esac
  shift
done
[ -n "$env_name" ] || { echo "apply: which environment?" >&2; usage; }
[[ "$timeout" =~ ^[0-9]+(s|m|h)$ ]] || { echo "apply: --timeout '$timeout' is not a duration such as 300s or 10m" >&2; usage; }

# The tools themselves first, so their absence is not read as a wrong environment or context.
command -v "$python" >/dev/null 2>&1 || die_env "no project Python at $python: run make setup (or set PYTHON)"
command -v "$kubectl" >/dev/null 2>&1 || die_env "kubectl not found ($kubectl): install kubectl (1.32) or set KUBECTL"
answers=$(cd "$root" && "$python" -m dirtbike_site.applyinfo all "$env_name") ||
  { echo "apply: unknown environment '$env_name' (dev, stage or prod)" >&2; exit 2; }
{ read -r expected_context; read -r selector; read -r types; read -r first_tree; read -r confirm_word; read -r not_blocking; read -r resources
  read -r starts_pods; } <<< "$answers"
dist="$dist_root/$env_name"
[ -d "$dist" ] || die "no $dist: run make synth"

# 1. The right cluster, and the dist/ that the code produces now.
if ! current_context=$("$kubectl" config current-context 2>&1); then
  known=$("$kubectl" config get-contexts -o name 2>/dev/null | paste -sd, - | sed 's/,/, /g' || true)
  die_env "kubectl has no current context ($(first_error "$current_context")); environment $env_name applies to" \
    "'$expected_context': select it with kubectl config use-context $expected_context (contexts in your kubeconfig: ${known:-none})"
fi
[ "$current_context" = "$expected_context" ] ||
  die_env "current kube context is '$current_context', environment $env_name applies to '$expected_context' (kubectl config use-context $expected_context)"
# One synthesis checks this tree and the cluster's tree applied before it; that nested run is
# told so (APPLY_FRESH_CHECKED) instead of starting a second synthesis of its own.
fresh_trees=("${env_name%%/*}")
if [ "$first_tree" != - ] && [ "$skip_cluster" -eq 0 ]; then fresh_trees+=("${first_tree%%/*}"); fi
if [ "${APPLY_FRESH_CHECKED:-}" != "$env_name" ]; then
  fresh_rc=0
  fresh_err=$(cd "$root" && "$python" main.py --check --outdir "$dist_root" "${fresh_trees[@]}" 2>&1 >/dev/null) || fresh_rc=$?
  case $fresh_rc in
    0) ;;
    # main.py lists the files that differ ("  dist/<tree>/<file> (differs)"): name their trees.
    1) stale=$(sed -n 's|^  [^/ ]*/\(clusters/[^/]*\)/.*|\1|p; s|^  [^/ ]*/\([^/]*\)/.*|\1|p' <<< "$fresh_err" | sort -u | sed 's|^|dist/|' | paste -sd, - | sed 's/,/, /g')
       die "${stale:-dist/$env_name} is stale: run make synth, review and commit the diff first" ;;
    # main.py answers in a few lines, the cause first
    *) die_env "could not check whether dist/$env_name is current: $(grep -m1 . <<< "$fresh_err" || echo "exit $fresh_rc")" ;;
  esac
fi
if [ -f "$dist/MISSING-INPUTS.md" ] && [ "$allow_missing" -eq 0 ]; then
  # The report's section titles say what is missing (credentials, cluster values); a section
  # whose title ends in a marker the code names (the closed admin hosts are informational, a
  # cluster's server values are read by the servers' install) does not stop the apply.
  IFS='|' read -r -a markers <<< "$not_blocking"
  missing=""
  while IFS= read -r title; do
    for marker in "${markers[@]}"; do [[ "$title" == *"$marker" ]] && continue 2; done
    missing+="${missing:+; }${title,,}"
  done < <(sed -n 's/^## //p' "$dist/MISSING-INPUTS.md")
  [ -z "$missing" ] ||
    die "inputs are missing ($missing; dist/$env_name/MISSING-INPUTS.md says which and how to set them), or pass --allow-missing-inputs"
fi

# 2. Preflight: the CRDs and operator namespaces the manifests need.
# What provides each CRD: an add-on of the cluster's tree, applied first unless --skip-cluster.
addon="add-on of dist/$first_tree (apply without --skip-cluster, or scripts/apply.sh $first_tree)"
cnpg="the CloudNativePG operator 1.30, the cnpg $addon"
monitoring="prometheus-operator 0.93, the kube-prometheus-stack $addon"
traefik="Traefik 3.7 with its CRDs, the traefik $addon"
certmanager="cert-manager 1.21, the cert-manager $addon"
declare -A crd_hint=(
  [helmcharts.helm.cattle.io]="k3s (its built-in helm-controller installs the add-ons; do not start k3s with --disable-helm-controller)"
  [clusters.postgresql.cnpg.io]=$cnpg [databases.postgresql.cnpg.io]=$cnpg
  [poolers.postgresql.cnpg.io]=$cnpg [scheduledbackups.postgresql.cnpg.io]=$cnpg
  [objectstores.barmancloud.cnpg.io]="the Barman Cloud plugin 0.14 (the CloudNativePG operator's CNPG-I plugin), the barman-cloud $addon"
  [sealedsecrets.bitnami.com]="the SealedSecrets controller 0.36, the sealed-secrets $addon"
  [podmonitors.monitoring.coreos.com]=$monitoring [servicemonitors.monitoring.coreos.com]=$monitoring
  [prometheusrules.monitoring.coreos.com]=$monitoring
  [ingressroutes.traefik.io]=$traefik [middlewares.traefik.io]=$traefik [traefikservices.traefik.io]=$traefik
  [certificates.cert-manager.io]=$certmanager [clusterissuers.cert-manager.io]=$certmanager
)
declare -A namespace_for=(
  [postgresql.cnpg.io]=cnpg-system [barmancloud.cnpg.io]=cnpg-system [monitoring.coreos.com]=monitoring
  [traefik.io]=ingress-system [cert-manager.io]=cert-manager
)
# Exactly the files the freshness check compares: hidden files and folders are never applied.
mapfile -t files < <(cd "$dist" && find . -name '.?*' -prune -o -type f -name '*.yaml' -print | sed 's|^\./||' | sort)
[ "${#files[@]}" -gt 0 ] || die "dist/$env_name has no manifests"
# The cluster answers at all; otherwise every check below would look like a missing prerequisite.
reach=$("$kubectl" get --raw /readyz --request-timeout=20s 2>&1) ||
  die_env "cannot reach the cluster of context $current_context: $(first_error "$reach")"
# The user may apply what dist/ holds: server-side apply is the patch verb on every kind the
# project creates there. Asked before anything changes, so a read-only user changes nothing.
if [ "$dry_run" -eq 0 ] && [ "$diff_only" -eq 0 ]; then
  # One access review per kind (kubectl auth can-i's question), all sent by one kubectl: the
  # answers come back in the order asked.
  IFS=, read -r -a kinds <<< "$types"
  IFS=, read -r -a kind_resources <<< "$resources"
  reviews=$(for resource in "${kind_resources[@]}"; do
    printf -- '- {apiVersion: authorization.k8s.io/v1, kind: SelfSubjectAccessReview, spec: {resourceAttributes: {verb: patch, group: "%s", resource: %s}}}\n' \
      "${resource%/*}" "${resource#*/}"
  done)
  allowed_all=$(printf 'apiVersion: v1\nkind: List\nitems:\n%s\n' "$reviews" |
    "$kubectl" create -f - -o 'jsonpath={.status.allowed}{"\n"}' 2> "$scratch/access-errors") ||
    die_env "could not ask whether the user of context $current_context may apply dist/$env_name: $(first_error "$(cat "$scratch/access-errors")")"
  mapfile -t allowed <<< "$allowed_all"
  [ "${#allowed[@]}" -eq "${#kinds[@]}" ] ||
    die_env "kubectl answered ${#allowed[@]} access reviews for ${#kinds[@]} kinds: ${allowed_all:0:200}"
  for i in "${!kinds[@]}"; do
    if [ "${allowed[$i]}" != true ]; then
      user=$("$kubectl" auth whoami -o 'jsonpath={.status.userInfo.username}' 2>/dev/null) || user="the user of context $current_context"
      die_env "user $user may not patch ${kinds[$i]} (kubectl auth can-i patch ${kinds[$i]} --all-namespaces: no): use a context whose user may apply dist/$env_name"
    fi
  done
fi
# The cluster's tree first (storage classes, the add-ons that install the CRDs and operators
# this environment needs), with the same options; its CRDs are awaited in the preflight below.
cluster_applied=0
if [ "$first_tree" != - ] && [ "$skip_cluster" -eq 0 ]; then
  passthrough=(--timeout "$timeout")
  if [ "$diff_only" -eq 1 ]; then passthrough+=(--diff-only); elif [ "$show_diff" -eq 1 ]; then passthrough+=(--diff); fi
  [ "$dry_run" -eq 1 ] && passthrough+=(--dry-run)
  [ "$yes" -eq 1 ] && passthrough+=(--yes)
  [ "$allow_missing" -eq 1 ] && passthrough+=(--allow-missing-inputs)
  rc=0
  APPLY_FRESH_CHECKED=$first_tree "$0" "$first_tree" "${passthrough[@]}" || rc=$?
  [ "$rc" -eq 0 ] || { echo "apply: $first_tree was not applied, so $env_name was not either (--skip-cluster skips it)" >&2; exit "$rc"; }
  [ "$dry_run" -eq 0 ] && [ "$diff_only" -eq 0 ] && cluster_applied=1
fi
# existing TYPE WHAT NAME...: the NAMEs of kubectl type TYPE that exist now, in one request; a
# failed lookup (not a missing object) ends the run, naming WHAT it looked up.
existing() {
  local type=$1 what=$2 answer; shift 2
  answer=$("$kubectl" get "$type" "$@" -o name --ignore-not-found 2>&1) || die_env "could not look up $what: $(first_error "$answer")"
  sed -n 's|^[^/]*/||p' <<< "$answer"
}
# The first list's lines that the second lacks.
lacking() { comm -23 <(sort -u <<< "$1") <(sort -u <<< "$2"); }
# helm-controller installs the add-ons asynchronously: wait for the CRDs named to exist, then to
# be Established, all of them at once; prints the ones that never got there.
crd_wait=${timeout%s}; [[ "$crd_wait" =~ ^[0-9]+$ ]] || crd_wait=300
await_crds() {
  local waited=0 present absent met
  while :; do
    present=$(existing crd CRDs "$@") || exit $?
    absent=$(lacking "$(printf '%s\n' "$@")" "$present")
    [ -z "$absent" ] && break
    if [ "$waited" -ge "$crd_wait" ]; then echo "$absent"; return 1; fi
    sleep 5; waited=$((waited + 5))
  done
  while :; do
    met=$("$kubectl" wait --for=condition=Established --timeout="$timeout" "${@/#/crd/}" 2> "$scratch/crd-wait") && return 0
    # A CRD created a moment ago has no conditions yet, and kubectl wait then fails at once
    # (".status.conditions accessor error") instead of waiting: ask again while time is left.
    if ! grep -q "accessor error" "$scratch/crd-wait" || [ "$waited" -ge "$crd_wait" ]; then break; fi
    sleep 1; waited=$((waited + 1))
  done
  lacking "$(printf '%s\n' "$@")" "$(sed -n 's|^[^/]*/\([^ ]*\) condition met$|\1|p' <<< "$met")"
  return 1
}

missing=()
declare -A needed_ns=() kind_of=()
for crd in $(cd "$dist" && awk '/^apiVersion:/{api=$2} /^kind:/{print $2 "|" api; nextfile}' "${files[@]}" | sort -u); do
  kind=${crd%%|*} api=${crd#*|} api_group=${api%/*}
  [[ "$api" == */* && "$api_group" == *.* && "$api_group" != *k8s.io ]] || continue
  kind_of["${kind,,}s.$api_group"]=$kind
  if [ -n "${namespace_for[$api_group]:-}" ]; then needed_ns[${namespace_for[$api_group]}]=1; fi
done
crds=$(printf '%s\n' "${!kind_of[@]}" | sort)
# A cluster's tree installs the controllers of some of its own kinds (system-upgrade-controller
# registers the Plan CRD when it starts): their CRDs are awaited just before that group instead.
declare -A own_crd=()
if [ -z "$crds" ]; then
  :
elif [ "$cluster_applied" -eq 1 ]; then
  rc=0
  # shellcheck disable=SC2086 # CRD names have no spaces
  late=$(await_crds $crds) || rc=$?
  [ "$rc" -le 1 ] || exit "$rc"
  for name in $late; do
    missing+=("CRD $name: not established within $timeout after the add-ons of $first_tree (kubectl -n kube-system get helmcharts,jobs)")
  done
else
  # shellcheck disable=SC2086 # CRD names have no spaces
  present=$(existing crd CRDs $crds)
  for name in $(lacking "$crds" "$present"); do
    if [ "$first_tree" = - ] && [ "${kind_of[$name]}" = Plan ]; then
      own_crd[plan]=$name
    else
      missing+=("CRD $name: install ${crd_hint[$name]:-its operator}")
    fi
  done
fi
if [ "${#needed_ns[@]}" -gt 0 ]; then
  wanted_ns=$(printf '%s\n' "${!needed_ns[@]}" | sort)
  # shellcheck disable=SC2086 # namespace names have no spaces
  present=$(existing namespace namespaces $wanted_ns)
  for ns in $(lacking "$wanted_ns" "$present"); do
    missing+=("namespace $ns: the operator that runs there is not installed (the add-ons of dist/$first_tree)")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  printf 'apply: missing prerequisites:\n' >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 3
fi

# 3. Review or confirm.
if [ "$show_diff" -eq 1 ]; then
  rc=0
  all_files=()
  for f in "${files[@]}"; do all_files+=(-f "$dist/$f"); done
  "$kubectl" diff --server-side --field-manager="$field_manager" "${all_files[@]}" || rc=$?
  [ "$rc" -le 1 ] || die "kubectl diff failed (exit $rc)"
  [ "$diff_only" -eq 1 ] && exit 0
fi
if [ "$confirm_word" != - ] && [ "$dry_run" -eq 0 ] && [ "$yes" -eq 0 ]; then
  read -r -p "Apply dist/$env_name to context $current_context? Type '$confirm_word' to continue: " answer || answer=""
  [ "$answer" = "$confirm_word" ] || die "not confirmed; nothing applied"
fi

# 4. Apply group by group, in the order the file names carry (NN-kind-name.yaml). A group
# holding a kind that starts pods (applyinfo starts-pods), or whose CRD comes with this tree's
# controller, is applied in a kubectl call of its own, after everything before it was applied
# without error; the groups between them go in one call (kubectl applies its files in order).
# The waits of a call run at once (they wait on different objects) and are reported in file
# order; one that fails says why in kubectl's words: a timeout is only one of the causes.
start_wait() {
  local what=$1; shift
  "$kubectl" "$@" > "$scratch/wait-${#wait_pids[@]}" 2>&1 &
  wait_pids+=("$!") wait_whats+=("$what") wait_verbs+=("$1")
}
finish_waits() {
  local i rc output
  for i in "${!wait_pids[@]}"; do
    rc=0; wait "${wait_pids[$i]}" || rc=$?
    output=$(< "$scratch/wait-$i"); [ -z "$output" ] || echo "$output" >&2
    [ "$rc" -eq 0 ] && continue
    kill "${wait_pids[@]}" 2>/dev/null || true
    if [[ "$output" == *"timed out"* ]]; then die "${wait_whats[$i]} within $timeout ($(first_error "$output"))"; fi
    die "${wait_whats[$i]}: kubectl ${wait_verbs[$i]} failed: $(first_error "$output")"
  done
}
apply_args=(--server-side --field-manager="$field_manager")
[ "$dry_run" -eq 1 ] && apply_args+=(--dry-run=server)
# Sets kind to the kind of a file name NN-kind-name.yaml (no subshell: it runs for every file).
file_kind() { local base=${1##*/}; base=${base#*-}; kind=${base%%-*}; }
# Applies call_files, the files of the groups named as arguments, in one kubectl call, then
# waits for what they hold.
apply_groups() {
  local batch=() f base ns kind name label
  for f in "${call_files[@]}"; do batch+=(-f "$dist/$f"); done
  label="group $1"; [ "$#" -eq 1 ] || label="groups $*"
  echo "apply: $label ($(( ${#batch[@]} / 2 )) objects)"
  # A Job's pod template is immutable and the init Jobs are idempotent: run them anew.
  if [ "$dry_run" -eq 0 ]; then
    wait_pids=() wait_whats=() wait_verbs=()
    for f in "${call_files[@]}"; do
      file_kind "$f"; [ "$kind" = job ] || continue
      base=${f##*/}; base=${base%.yaml}
      start_wait "could not replace job ${f%%/*}/${base#*-job-}" \
        delete -n "${f%%/*}" "job.batch/${base#*-job-}" --ignore-not-found --wait=true
    done
    finish_waits
  fi
  "$kubectl" apply "${apply_args[@]}" "${batch[@]}" ||
    die "kubectl apply failed in $label: $(printf '%s ' "${batch[@]}" | sed 's/-f //g')"
  [ "$dry_run" -eq 1 ] && return 0
  wait_pids=() wait_whats=() wait_verbs=()
  for f in "${call_files[@]}"; do
    file_kind "$f"; ns=${f%%/*} base=${f##*/}; base=${base%.yaml} name=${base#*-*-}
    case "$kind" in
      cluster) start_wait "PostgreSQL cluster $ns/$name did not become ready" \
                 wait --for=condition=Ready --timeout="$timeout" -n "$ns" "cluster.postgresql.cnpg.io/$name" ;;
      job) start_wait "job $ns/$name did not complete" \
             wait --for=condition=complete --timeout="$timeout" -n "$ns" "job/$name" ;;
      deployment|statefulset) start_wait "$kind $ns/$name did not roll out" \
             rollout status --timeout="$timeout" -n "$ns" "$kind/$name" ;;
    esac
  done
  finish_waits
}
pending=() call_files=()
flush() {
  [ "${#pending[@]}" -eq 0 ] || apply_groups "${pending[@]}"
  pending=() call_files=()
}
# Each group's files (relative to dist/<tree>, in file order), by rank; no file name has a space.
declare -A group_files=()
for f in "${files[@]}"; do base=${f##*/}; group_files[${base:0:2}]+="$f "; done
ranks=$(printf '%s\n' "${!group_files[@]}" | sort)
for rank in $ranks; do
  read -ra group <<< "${group_files[$rank]}"
  alone=0 crd=""
  for f in "${group[@]}"; do
    file_kind "$f"
    [[ "|$starts_pods|" == *"|$kind|"* ]] && alone=1
    if [ -n "${own_crd[$kind]:-}" ]; then alone=1 crd=${own_crd[$kind]}; fi
  done
  [ "$alone" -eq 0 ] && { pending+=("$rank"); call_files+=("${group[@]}"); continue; }
  flush
  if [ -n "$crd" ]; then
    if [ "$dry_run" -eq 1 ]; then
      echo "apply: group $rank skipped in a dry run: CRD $crd comes with this tree's controller"
      continue
    fi
    await_crds "$crd" >/dev/null || die "CRD $crd was not established within $timeout after its controller was applied"
  fi
  pending=("$rank") call_files=("${group[@]}")
  flush
done
flush
[ "$dry_run" -eq 1 ] && { echo "apply: dry run complete; nothing pruned"; exit 0; }

# 5. Prune what this project created in this environment and dist/ no longer has.
declare -A wanted=()
for f in "${files[@]}"; do
  ns=${f%%/*} base=${f##*/}; base=${base%.yaml} kind=${base#*-} kind=${kind%%-*} name=${base#*-*-}
  [ "$ns" = _cluster ] && ns=""
  wanted["$kind/$ns/$name"]=1
done
live=$("$kubectl" get "$types" --all-namespaces -l "$selector" --ignore-not-found \
  -o 'custom-columns=KIND:.kind,GROUP:.apiVersion,NAMESPACE:.metadata.namespace,NAME:.metadata.name' --no-headers) ||
  die "could not list objects labelled $selector"
while read -r kind api ns name; do
  [ -n "$kind" ] || continue
  [ "$ns" = "<none>" ] && ns=""
  lower=${kind,,}
  [ -n "${wanted[$lower/$ns/$name]:-}" ] && continue
  api_group=${api%/*}; [ "$api_group" = "$api" ] && api_group=""
  echo "apply: prune $kind ${ns:+$ns/}$name (gone from dist/$env_name)"
  "$kubectl" delete ${ns:+-n "$ns"} "$lower${api_group:+.$api_group}/$name" --wait=false ||
    die "could not prune $kind ${ns:+$ns/}$name"
done <<< "$live"
echo "apply: dist/$env_name applied to $current_context"
