# Shared set-up for scripts/run and scripts/test: install what is missing (apt), configure, build.
# Sourced, not executed. Honours: BUILD_DIR, WAMULTI_GUI (ON/OFF), CMAKE_ARGS, JOBS.

WAMULTI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian 12 / Ubuntu package names (see docs/building.md). libqt6opengl6-dev: Qt Charts' CMake
# package needs it and qt6-charts-dev does not pull it in; qt6-translations-l10n: Qt's own
# strings (standard buttons) in the window's languages.
WAMULTI_APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache clang
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
  qtkeychain-qt6-dev libsodium-dev libprotobuf-dev protobuf-compiler libssl-dev zlib1g-dev
  libsignal-protocol-c-dev libqrencode-dev libmongoc-dev libqt6sql6-sqlite libsqlite3-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev
  xvfb xauth dbus gnome-keyring libsecret-1-0 wrk nodejs npm python3
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

wamulti_install_deps() {
  local missing=()
  for p in "${WAMULTI_APT_PACKAGES[@]}"; do
    # npm/nodejs may come from elsewhere on the image; accept any working binary.
    case $p in
      nodejs) command -v node >/dev/null && continue ;;
      npm) command -v npm >/dev/null && continue ;;
      python3) command -v python3 >/dev/null && continue ;;
    esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  log "Installing missing packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

wamulti_configure_build() {
  local dir=$1; shift
  local gen=()
  command -v ninja >/dev/null && gen=(-G Ninja)
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    log "Configuring $dir"
    cmake -S "$WAMULTI_ROOT" -B "$dir" "${gen[@]}" "$@" ${CMAKE_ARGS:-} >/dev/null
  else
    cmake "$dir" "$@" ${CMAKE_ARGS:-} >/dev/null
  fi
  log "Building $dir"
  cmake --build "$dir" --parallel "${JOBS:-$(nproc)}"
}
