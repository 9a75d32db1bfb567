# Sourced by the ensure-*.sh scripts. `apt_install WHAT HINT PACKAGE…` installs Debian packages
# when run as root; otherwise prints HINT (what to install) and fails.
apt_install() {
  local what="$1" hint="$2"
  shift 2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing $what…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "$hint" >&2
    exit 1
  fi
}
