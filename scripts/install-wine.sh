#!/usr/bin/env bash
# 安装在 Linux 上试运行 Windows 版 fzbg-win-x64.exe 要用的 Wine（Debian 的 wine64，只有 64 位）。
# scripts/test-windows-exe.sh 调用它；已装时什么也不做。需要 root 或 sudo。
set -euo pipefail
if command -v wine64 >/dev/null 2>&1 || [ -x /usr/lib/wine/wine64 ]; then
  echo "install-wine: Wine 已安装。"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" install-wine wine64
