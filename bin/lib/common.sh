# Shared by bin/run and bin/test. Sourced, not executed.

# Installs a Debian package when its command is missing (as root, or with sudo).
ensure_command() {
  local cmd=$1 package=$2
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "hera: '$cmd' not found; installing the Debian package '$package'" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
  command -v "$cmd" >/dev/null 2>&1 || { echo "hera: could not install $package" >&2; return 1; }
}

# The Maven wrapper with batch mode; extra arguments pass through.
maven() {
  "$HERA_ROOT/mvnw" -B --no-transfer-progress "$@"
}
