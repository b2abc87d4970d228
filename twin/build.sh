#!/usr/bin/env bash
# Builds the control-plane twin's programs from their pinned Go modules into a cache outside the
# checkout, once per machine and per pin: kube-apiserver, kube-controller-manager,
# kube-scheduler and kubectl (k8s/go.mod), etcd (etcd/go.mod) and kwok (kwok/go.mod). Each
# program keeps its own module graph, so that etcd and kwok build against the Kubernetes libraries they were
# released with.
#
# Prints the folder that holds the binaries on its last line. A second run with the same pins
# finds them and returns at once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v go >/dev/null 2>&1; then
  echo "twin: Go is not installed; install Go 1.26 or newer (the twin is built from Go modules)" >&2
  exit 3
fi

# The Kubernetes release the twin runs: the one go.mod pins, which a test holds equal to the
# k3s release the clusters run.
kube_version="$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" {print $3}' "$here/k8s/go.mod")"
if [[ ! "$kube_version" =~ ^v([0-9]+)\.([0-9]+)\.[0-9]+$ ]]; then
  echo "twin: k8s/go.mod does not pin k8s.io/kubernetes to a release (found '$kube_version')" >&2
  exit 3
fi
kube_major="${BASH_REMATCH[1]}"
kube_minor="${BASH_REMATCH[2]}"

# Bump when the way the programs are built changes (flags, stamping); the pins are in the key.
build_revision=2
key="$( (echo "$build_revision"; go env GOVERSION; cat "$here"/k8s/go.mod "$here"/k8s/go.sum "$here"/etcd/go.mod \
  "$here"/etcd/go.sum "$here"/kwok/go.mod "$here"/kwok/go.sum) | sha256sum | cut -c1-16)"
cache="${DIRTBIKE_TWIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dirtbike-twin}"
bin="$cache/$key/bin"
programs=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok)

# kwok's behaviour comes from its Stage objects: the node and pod stages kwok ships for fast
# clusters (what its own kwokctl uses), read from the pinned module, never written by us.
kwok_stages() {
  local dir
  dir="$(cd "$here/kwok" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)"
  for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
    pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    echo "---"
    cat "$dir/kustomize/stage/$f"
  done > "$1"
}

complete=1
for p in "${programs[@]}" kwok-stages.yaml; do [ -e "$bin/$p" ] || complete=0; done
if [ "$complete" = 1 ]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$bin"
staging="$(mktemp -d "$cache/$key/build.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

# Stamped the way Kubernetes' own build stamps its binaries (hack/lib/version.sh): since 1.31
# the API server's emulation and feature-gate versions follow the binary's version.
stamp=()
for pkg in k8s.io/client-go/pkg/version k8s.io/component-base/version; do
  stamp+=("-X" "$pkg.gitVersion=$kube_version" "-X" "$pkg.gitMajor=$kube_major"
    "-X" "$pkg.gitMinor=$kube_minor" "-X" "$pkg.gitTreeState=clean"
    "-X" "$pkg.gitCommit=" "-X" "$pkg.buildDate=1970-01-01T00:00:00Z")
done

build() { # build <module folder> <output name> <package> [ldflags...]
  local dir="$1" out="$2" pkg="$3"
  shift 3
  local started=$SECONDS
  echo "twin: building $out ($pkg) ..." >&2
  (cd "$here/$dir" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w $*" -o "$staging/$out" "$pkg")
  echo "twin: built $out in $((SECONDS - started)) s" >&2
}

echo "twin: first build on this machine: the Kubernetes programs take several minutes on two cores" >&2
build k8s kube-apiserver k8s.io/kubernetes/cmd/kube-apiserver "${stamp[@]}"
build k8s kube-controller-manager k8s.io/kubernetes/cmd/kube-controller-manager "${stamp[@]}"
build k8s kube-scheduler k8s.io/kubernetes/cmd/kube-scheduler "${stamp[@]}"
# The kubectl of the same release: a rehearsal runs the apply step with it (no version skew).
build k8s kubectl k8s.io/kubernetes/cmd/kubectl "${stamp[@]}"
build etcd etcd go.etcd.io/etcd/server/v3
build kwok kwok sigs.k8s.io/kwok/cmd/kwok
kwok_stages "$staging/kwok-stages.yaml"
mv "$staging"/* "$bin"/
echo "$bin"
