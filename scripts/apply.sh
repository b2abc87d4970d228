#!/usr/bin/env bash
# Apply dist/<env>/ to the cluster of that environment. A thin step over kubectl: everything it
# applies is in dist/, the order and the owner labels come from the code (dirtbike_site.applyinfo).
#
#   scripts/apply.sh <env> [--diff|--diff-only] [--dry-run] [--yes] [--allow-missing-credentials] [--timeout 300s]
#
#   --diff        show `kubectl diff` first, then apply
#   --diff-only   show `kubectl diff` and stop
#   --dry-run     server-side dry run of every apply; nothing changes, nothing is pruned
#   --yes         no typed confirmation for prod
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
kubectl=${KUBECTL:-kubectl}
dist_root=${DIST_ROOT:-$root/dist}
field_manager=dirtbike-platform
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

die() { echo "apply: $*" >&2; exit 1; }
usage() { sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

env_name="" show_diff=0 diff_only=0 dry_run=0 yes=0 allow_missing=0 timeout=300s
while [ $# -gt 0 ]; do
  case "$1" in
    --diff) show_diff=1 ;;
    --diff-only) show_diff=1 diff_only=1 ;;
    --dry-run) dry_run=1 ;;
    --yes) yes=1 ;;
    --allow-missing-credentials) allow_missing=1 ;;
    --timeout) shift; timeout=${1:?--timeout needs a value} ;;
    -h|--help) usage ;;
    -*) echo "apply: unknown option $1" >&2; usage ;;
    *) [ -z "$env_name" ] || usage; env_name=$1 ;;
  esac
  shift
done
[ -n "$env_name" ] || usage

answers=$(cd "$root" && "$python" -m dirtbike_site.applyinfo all "$env_name") || die "unknown environment '$env_name'"
{ read -r expected_context; read -r selector; read -r types; } <<< "$answers"
dist="$dist_root/$env_name"
[ -d "$dist" ] || die "no $dist: run make synth"

# 1. The right cluster, and the dist/ that the code produces now.
current_context=$("$kubectl" config current-context) || die "kubectl has no current context"
[ "$current_context" = "$expected_context" ] ||
  die "current kube context is '$current_context', environment $env_name applies to '$expected_context' (kubectl config use-context $expected_context)"
(cd "$root" && "$python" main.py --check --outdir "$dist_root" "$env_name" >/dev/null) ||
  die "dist/$env_name is stale: run make synth, review and commit the diff first"
if [ -f "$dist/MISSING-CREDENTIALS.md" ] && [ "$allow_missing" -eq 0 ]; then
  die "credentials are not sealed yet (dist/$env_name/MISSING-CREDENTIALS.md): make seal ENV=$env_name, or pass --allow-missing-credentials"
fi

# 2. Preflight: the CRDs and operator namespaces the manifests need.
# How to install what provides each CRD; docs/cluster.md has the details and versions.
cnpg="the CloudNativePG operator 1.30: helm upgrade --install cnpg cnpg/cloudnative-pg -n cnpg-system --create-namespace (docs/cluster.md)"
barman="the Barman Cloud plugin 0.14 beside the CloudNativePG operator: helm upgrade --install plugin-barman-cloud cnpg/plugin-barman-cloud -n cnpg-system --set image.tag=v0.14.0 --set sidecarImage.tag=v0.14.0 (docs/cluster.md)"
monitoring="prometheus-operator 0.93 via kube-prometheus-stack: helm upgrade --install kube-prometheus-stack prometheus-community/kube-prometheus-stack -n monitoring --create-namespace (docs/cluster.md)"
traefik="Traefik 3.7 with its CRDs: helm upgrade --install traefik traefik/traefik -n ingress-system --create-namespace (docs/cluster.md)"
certmanager="cert-manager 1.21: helm upgrade --install cert-manager jetstack/cert-manager -n cert-manager --create-namespace --set crds.enabled=true (docs/cluster.md)"
declare -A crd_hint=(
  [clusters.postgresql.cnpg.io]=$cnpg [databases.postgresql.cnpg.io]=$cnpg
  [poolers.postgresql.cnpg.io]=$cnpg [scheduledbackups.postgresql.cnpg.io]=$cnpg
  [objectstores.barmancloud.cnpg.io]=$barman
  [sealedsecrets.bitnami.com]="the SealedSecrets controller 0.36: helm upgrade --install sealed-secrets-controller sealed-secrets/sealed-secrets -n kube-system (docs/cluster.md)"
  [podmonitors.monitoring.coreos.com]=$monitoring [servicemonitors.monitoring.coreos.com]=$monitoring
  [prometheusrules.monitoring.coreos.com]=$monitoring
  [ingressroutes.traefik.io]=$traefik [middlewares.traefik.io]=$traefik [traefikservices.traefik.io]=$traefik
  [certificates.cert-manager.io]=$certmanager [clusterissuers.cert-manager.io]=$certmanager
)
declare -A namespace_for=(
  [postgresql.cnpg.io]=cnpg-system [barmancloud.cnpg.io]=cnpg-system [monitoring.coreos.com]=monitoring
  [traefik.io]=ingress-system [cert-manager.io]=cert-manager
)
mapfile -t files < <(cd "$dist" && find . -name '*.yaml' | sed 's|^\./||' | sort)
[ "${#files[@]}" -gt 0 ] || die "dist/$env_name has no manifests"
missing=()
declare -A needed_ns=()
for crd in $(cd "$dist" && awk '/^apiVersion:/{api=$2} /^kind:/{print $2 "|" api; nextfile}' "${files[@]}" | sort -u); do
  kind=${crd%%|*} api=${crd#*|} api_group=${api%/*}
  [[ "$api" == */* && "$api_group" == *.* && "$api_group" != *k8s.io ]] || continue
  name="$(echo "$kind" | tr '[:upper:]' '[:lower:]')s.$api_group"
  "$kubectl" get crd "$name" >/dev/null 2>&1 || missing+=("CRD $name: install ${crd_hint[$name]:-its operator}")
  if [ -n "${namespace_for[$api_group]:-}" ]; then needed_ns[${namespace_for[$api_group]}]=1; fi
done
for ns in $(printf '%s\n' "${!needed_ns[@]}" | sort); do
  "$kubectl" get namespace "$ns" >/dev/null 2>&1 || missing+=("namespace $ns: the operator that runs there is not installed (docs/cluster.md)")
done
if [ "${#missing[@]}" -gt 0 ]; then
  printf 'apply: missing prerequisites:\n' >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

# 3. Review or confirm.
if [ "$show_diff" -eq 1 ]; then
  rc=0
  "$kubectl" diff --server-side --field-manager="$field_manager" -R -f "$dist" || rc=$?
  [ "$rc" -le 1 ] || die "kubectl diff failed (exit $rc)"
  [ "$diff_only" -eq 1 ] && exit 0
fi
if [ "$env_name" = prod ] && [ "$dry_run" -eq 0 ] && [ "$yes" -eq 0 ]; then
  read -r -p "Apply dist/prod to context $current_context? Type 'prod' to continue: " answer || answer=""
  [ "$answer" = prod ] || die "not confirmed; nothing applied"
fi

# 4. Apply group by group, in the order the file names carry (NN-kind-name.yaml).
apply_args=(--server-side --field-manager="$field_manager")
[ "$dry_run" -eq 1 ] && apply_args+=(--dry-run=server)
ranks=$(printf '%s\n' "${files[@]}" | sed 's|.*/\([0-9][0-9]\)-.*|\1|' | sort -u)
for rank in $ranks; do
  batch=()
  for f in "${files[@]}"; do [[ "${f##*/}" == "$rank"-* ]] && batch+=(-f "$dist/$f"); done
  echo "apply: group $rank ($(( ${#batch[@]} / 2 )) objects)"
  # A Job's pod template is immutable and the init Jobs are idempotent: run them anew.
  if [ "$dry_run" -eq 0 ]; then
    for f in "${files[@]}"; do
      [[ "${f##*/}" == "$rank"-job-* ]] || continue
      base=${f##*/}; base=${base%.yaml}
      "$kubectl" delete -n "${f%%/*}" "job.batch/${base#*-job-}" --ignore-not-found --wait=true ||
        die "could not replace job ${f%%/*}/${base#*-job-}"
    done
  fi
  "$kubectl" apply "${apply_args[@]}" "${batch[@]}" ||
    die "kubectl apply failed in group $rank: $(printf '%s ' "${batch[@]}" | sed 's/-f //g')"
  [ "$dry_run" -eq 1 ] && continue
  for f in "${files[@]}"; do
    [[ "${f##*/}" == "$rank"-* ]] || continue
    ns=${f%%/*} base=${f##*/}; base=${base%.yaml} kind=${base#*-} kind=${kind%%-*} name=${base#*-*-}
    case "$kind" in
      cluster) "$kubectl" wait --for=condition=Ready --timeout="$timeout" -n "$ns" "cluster.postgresql.cnpg.io/$name" ||
                 die "PostgreSQL cluster $ns/$name did not become ready within $timeout" ;;
      job) "$kubectl" wait --for=condition=complete --timeout="$timeout" -n "$ns" "job/$name" ||
             die "job $ns/$name did not complete within $timeout" ;;
      deployment|statefulset) "$kubectl" rollout status --timeout="$timeout" -n "$ns" "$kind/$name" ||
             die "$kind $ns/$name did not roll out within $timeout" ;;
    esac
  done
done
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
  lower=$(echo "$kind" | tr '[:upper:]' '[:lower:]')
  [ -n "${wanted[$lower/$ns/$name]:-}" ] && continue
  api_group=${api%/*}; [ "$api_group" = "$api" ] && api_group=""
  echo "apply: prune $kind ${ns:+$ns/}$name (gone from dist/$env_name)"
  "$kubectl" delete ${ns:+-n "$ns"} "$lower${api_group:+.$api_group}/$name" --wait=false ||
    die "could not prune $kind ${ns:+$ns/}$name"
done <<< "$live"
echo "apply: dist/$env_name applied to $current_context"
