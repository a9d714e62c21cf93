#!/usr/bin/env bash
# 在 Wine（Debian 的 wine64，Windows 10 模式）里把 Windows 版 dist/fzbg-win-x64.exe 走一遍：
# --version、check（好的和坏的）、build（一份；一个文件夹，工作线程）、new、diff --format docx、import、init，
# 路径用反斜杠。太慢，不放进 npm test：npm run test:windows。结果打印出来，也写到 out/wine-test.log。
# 注意：Wine 里 node 的标准输出、标准错误接管道会出错（EBADF），所以一律重定向到文件。
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG="$ROOT/out/wine-test.log"
mkdir -p out
exec > >(tee "$LOG") 2>&1

bash scripts/install-wine.sh || exit 1
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
EXE="$ROOT/dist/fzbg-win-x64.exe"
if [ ! -f "$EXE" ]; then npm run dist || exit 1; fi

export WINEDEBUG=-all WINEPREFIX="$ROOT/out/wine-prefix"
"$WINE" reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1 # Node 20 要 Windows 8.1 以上
WORK="$ROOT/out/wine-test"
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 1
cp -r "$ROOT/data" data && rm -f data/report.schema.json
mkdir 坏 && cp "$ROOT/tests/fixtures/bad/几处错误一次报出.expect-error.yaml" 坏/2023.yaml
cp "$ROOT/seeds/000_d48e264ae942e3b1.txt" 去年的报告.txt

pass=0 fail=0
# step 名称 期望的退出码 要存在的文件（或 -） 参数……
step() {
  local name=$1 want=$2 file=$3
  shift 3
  local started=$(date +%s.%N)
  timeout 300 "$WINE" "$EXE" "$@" >stdout.txt 2>stderr.txt
  local code=$? seconds
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  if [ "$code" = "$want" ] && { [ "$file" = - ] || [ -e "$file" ]; }; then
    pass=$((pass + 1)); echo "通过  $name（退出码 $code，${seconds} 秒）"
  else
    fail=$((fail + 1)); echo "失败  $name（退出码 $code，应为 $want；应有文件：$file）"
  fi
  sed 's/^/      /' stdout.txt stderr.txt | head -12
}

step 'fzbg --version' 0 - --version
step 'check 好的文件' 0 - check 'data\南昌县\2023.yaml'
step 'check 有错的文件' 1 - check '坏\2023.yaml'
step 'build 一份' 0 '输出/南昌县/2023年度法治政府建设情况报告.docx' build 'data\南昌县\2023.yaml' --out 输出
step 'build 文件夹（2 个工作线程）' 0 '批量/示例县/2024年度法治政府建设情况报告.docx' build data --out 批量 --jobs 2
step 'new 南昌县 2024' 0 'data/南昌县/2024.yaml' new 南昌县 2024
step 'diff --format docx' 0 '比较.docx' diff 'data\示例县' --format docx --out 比较.docx
step 'import 去年的报告.txt' 0 '导入/泸西县/2020.yaml' import 去年的报告.txt --out 导入
step 'init 安义县' 0 '新文件夹/.vscode/tasks.json' init 安义县 --dir 新文件夹

docs=$(find 批量 -name '*.docx' | wc -l)
if [ "$docs" = 6 ]; then pass=$((pass + 1)); echo "通过  批量生成了 6 份 .docx"; else fail=$((fail + 1)); echo "失败  批量生成了 $docs 份 .docx，应为 6"; fi
if [ -f data/report.schema.json ]; then pass=$((pass + 1)); echo "通过  new 写了 data/report.schema.json"; else fail=$((fail + 1)); echo "失败  new 没有写 data/report.schema.json"; fi
echo "Windows 版在 Wine（$("$WINE" --version 2>/dev/null)，Windows 10 模式）里：$pass passed, $fail failed"
[ "$fail" = 0 ]
