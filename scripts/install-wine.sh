#!/usr/bin/env bash
# 安装在 Linux 上试运行 Windows 版 fzbg-win-x64.exe 要用的 Wine（Debian 的 wine64，只有 64 位）。
# scripts/test-windows-exe.sh 调用它；已装时什么也不做。需要 root 或 sudo。
set -euo pipefail
if command -v wine64 >/dev/null 2>&1 || [ -x /usr/lib/wine/wine64 ]; then
  echo "install-wine: Wine 已安装。"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-wine: 需要安装 wine64，但当前不是 root 也没有 sudo。" >&2
    exit 1
  fi
fi
echo "install-wine: 安装 wine64 ……"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends wine64 >/dev/null
echo "install-wine: 完成。"
