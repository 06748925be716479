# The Docker engine and the base image the container tests need. Sourced after common.sh.
# No registry is needed: the base image is built from Debian's packages (mmdebstrap + docker import).

# The image every Hera container runs on here: Java 17, redis-server and bash, from Debian bookworm.
HERA_BASE_IMAGE="${HERA_BASE_IMAGE:-hera/base:bookworm}"
STARTED_DOCKERD=""

# Makes sure a Docker engine answers: starts Debian's dockerd (host networking only) when none does.
docker_engine_up() {
  ensure_command docker docker.io
  ensure_command dockerd docker.io
  ensure_command docker-compose docker-compose
  # bin/redis-tls, which ComposeTest runs as a user would, makes Redis' certificate with it.
  ensure_command openssl openssl
  docker info >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "hera: no Docker engine answers and starting one needs root" >&2
    return 1
  fi
  local log
  log=$(mktemp /tmp/hera-dockerd-XXXX.log)
  echo "hera: starting dockerd (host networking only; log $log)" >&2
  dockerd --bridge=none --iptables=false --ip-masq=false >"$log" 2>&1 &
  STARTED_DOCKERD=$!
  for _ in $(seq 120); do
    docker info >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "hera: dockerd did not start; see $log" >&2
  return 1
}

# Stops the dockerd docker_engine_up started, if it started one.
docker_engine_down() {
  [ -n "$STARTED_DOCKERD" ] || return 0
  kill "$STARTED_DOCKERD" 2>/dev/null || true
  wait "$STARTED_DOCKERD" 2>/dev/null || true
  STARTED_DOCKERD=""
}

# Removes the service images a newer build replaced (untagged, labelled dev.hera.image).
docker_images_prune() {
  docker info >/dev/null 2>&1 || return 0
  docker image prune -f --filter label=dev.hera.image >/dev/null 2>&1 || true
}

# Builds $HERA_BASE_IMAGE from Debian's packages unless the engine has it already (about a minute).
base_image() {
  docker image inspect "$HERA_BASE_IMAGE" >/dev/null 2>&1 && return 0
  ensure_command mmdebstrap mmdebstrap
  local work
  work=$(mktemp -d /tmp/hera-base-XXXX)
  echo "hera: building $HERA_BASE_IMAGE from Debian's packages" >&2
  mmdebstrap --quiet --variant=minbase --include=openjdk-17-jre-headless,redis-server,bash,ca-certificates \
    bookworm "$work/rootfs.tar"
  docker import "$work/rootfs.tar" "$HERA_BASE_IMAGE" >/dev/null
  rm -rf "$work"
}
