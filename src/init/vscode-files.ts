/**
 * fzbg init 写的 VS Code 设置（纯函数，只产生文字）：
 *   .vscode/extensions.json  推荐 Red Hat 的 YAML 扩展（打开文件夹时右下角提示安装）；
 *   .vscode/settings.json    data/ 下的 .yaml 用 data/report.schema.json（补全、悬停说明、检查），UTF-8；
 *   .vscode/tasks.json       "fzbg 检查"（Ctrl+Shift+B）和"fzbg 生成"，问题匹配器读 fzbg check 自己的格式
 *                            "文件:行:列 错误|警告 [代码] 说明"（src/diagnostics/format-diagnostic.ts），放进"问题"面板。
 */

/** 运行 fzbg 的命令行：任务里用。 */
export interface FzbgInvocation {
  command: string;
  args: string[];
}

/** 问题匹配器的正则：一条问题的第一行。错误和警告各一个匹配器（VS Code 不认"错误""警告"这样的严重程度词）。 */
function problemPattern(label: '错误' | '警告'): string {
  return `^(.+?):(\\d+):(\\d+) ${label} \\[([^\\]]+)\\] (.*)$`;
}

function problemMatchers(): unknown[] {
  return (
    [
      ['错误', 'error'],
      ['警告', 'warning'],
    ] as const
  ).map(([label, severity]) => ({
    owner: 'fzbg',
    source: 'fzbg',
    severity,
    // check 打印的路径相对当前文件夹（任务在工作区根目录运行），也可能是绝对路径。
    fileLocation: ['autoDetect', '${workspaceFolder}'],
    pattern: { regexp: problemPattern(label), file: 1, line: 2, column: 3, code: 4, message: 5 },
  }));
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function extensionsJson(): string {
  return json({ recommendations: ['redhat.vscode-yaml'] });
}

export function settingsJson(): string {
  return json({
    'yaml.schemas': { './data/report.schema.json': ['data/**/*.yaml', 'data/**/*.yml'] },
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    'files.encoding': 'utf8',
    'files.autoGuessEncoding': true,
    '[yaml]': {
      'editor.insertSpaces': true,
      'editor.tabSize': 2,
      'editor.quickSuggestions': { other: true, comments: false, strings: true },
    },
  });
}

export function tasksJson(fzbg: FzbgInvocation): string {
  const task = (label: string, verb: string, isDefault: boolean) => ({
    label,
    type: 'process',
    command: fzbg.command,
    args: [...fzbg.args, verb, 'data'],
    options: { cwd: '${workspaceFolder}' },
    group: isDefault ? { kind: 'build', isDefault: true } : 'build',
    presentation: { reveal: 'always', clear: true },
    problemMatcher: problemMatchers(),
  });
  return json({ version: '2.0.0', tasks: [task('fzbg 检查', 'check', true), task('fzbg 生成', 'build', false)] });
}
