#!/usr/bin/env bash
# 用 apt-get 装 Debian 软件包（先 apt-get update）：bash scripts/apt-install.sh <谁在装> <包……>
# 不是 root 时用 sudo；两样都没有时说明要装什么并失败。install-tools.sh、install-wine.sh 共用。
set -euo pipefail
who=$1
shift
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "$who: 需要安装 $*，但当前不是 root 也没有 sudo。" >&2
    exit 1
  fi
fi
echo "$who: 安装 $* ……"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
echo "$who: 完成。"
