#!/usr/bin/env bash
# 安装测试和 PDF 输出要用的 Debian 软件包（缺什么装什么，已装的跳过）：
#   LibreOffice（无界面版：Writer 打开 .docx、转 PDF；Calc 打开、另存填报表 .xlsx）、poppler-utils（pdftotext、pdftoppm）、
#   免费中文字体（Noto CJK 宋体/黑体，文鼎楷体、明体），用来替代公文字体。
# 用法：bash scripts/install-tools.sh            （需要 root 或 sudo）
set -euo pipefail

need=()
for arg in "$@"; do
  case "$arg" in
    # --pandoc：基准测试（npm run bench）还要 pandoc 作对照，GNU time 量峰值内存。
    --pandoc)
      command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
      [ -x /usr/bin/time ] || need+=(time)
      ;;
    # --chromium：README 里汇总网页的截图（npm run screenshot）用 Debian 的 Chromium，不下载浏览器。
    --chromium)
      command -v chromium >/dev/null 2>&1 || need+=(chromium)
      ;;
  esac
done
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=zh family 2>/dev/null | grep -qi 'Noto Serif CJK' || need+=(fonts-noto-cjk)
  fc-list 2>/dev/null | grep -qi 'ukai' || need+=(fonts-arphic-ukai fonts-arphic-uming)
else
  need+=(fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming)
fi

if [ ${#need[@]} -eq 0 ]; then
  echo "install-tools: LibreOffice、poppler 和中文字体都已安装。"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-tools: 需要安装 ${need[*]}，但当前不是 root 也没有 sudo。" >&2
    exit 1
  fi
fi
echo "install-tools: 安装 ${need[*]} ……"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "install-tools: 完成。"
