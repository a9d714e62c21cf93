/**
 * 命令行入口：解析参数，每个命令调一个函数，把结果变成退出码。
 * 只有这里（和 bin/fzbg.js）碰 process.argv 和 process.exit。
 * 各命令按需加载（import()）：check 用不到 docx 库，就不加载它，启动更快。
 */
import { Command, CommanderError } from 'commander';
import type { CheckOptions } from './commands/check.js';
import type { BuildOptions } from './commands/build.js';
import type { NewOptions } from './commands/new.js';
import type { DiffOptions } from './commands/diff.js';
import type { ImportCommandOptions } from './commands/import.js';
import { processIo, type Io } from './commands/io.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { internalErrorText } from './commands/internal-error.js';

const FZBG_VERSION = '0.1.0';

const USAGE_MESSAGES: Record<string, (e: CommanderError) => string> = {
  'commander.unknownOption': (e) => `不认识的选项：${/'(.+)'/.exec(e.message)?.[1] ?? e.message}`,
  'commander.unknownCommand': (e) => `不认识的命令：${/'(.+)'/.exec(e.message)?.[1] ?? e.message}`,
  'commander.missingArgument': (e) => `缺少参数：${/'(.+)'/.exec(e.message)?.[1] ?? e.message}`,
  'commander.optionMissingArgument': (e) => `选项缺少值：${/'(.+)'/.exec(e.message)?.[1] ?? e.message}`,
  'commander.excessArguments': () => '参数太多。',
};

function program(io: Io, result: { code: ExitCode }): Command {
  const p = new Command('fzbg')
    .description('法治政府建设年度报告起草工具：检查数据、生成公文格式的 Word 文档')
    .helpOption('-h, --help', '显示帮助')
    .version(FZBG_VERSION, '-V, --version', '显示版本')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .addHelpText('after', '\n例：fzbg check data/南昌县/2023.yaml    fzbg build data    fzbg new 南昌县 2024    fzbg diff data/南昌县')
    .configureOutput({ writeOut: (s) => io.out(chineseHelp(s)), writeErr: () => undefined })
    .exitOverride();
  p.command('check')
    .description('检查数据文件：YAML、数据格式、数字和引用，所有问题一次报出')
    .argument('[文件或目录...]', '数据文件或文件夹，默认 data')
    .option('--json', '以 JSON 输出（给程序读）')
    .option('--strict', '有警告也算失败')
    .option('--final', '定稿：还没填的数字算错误（草稿里只是警告）')
    .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准')
    .action(async (paths: string[], o: CheckOptions) => {
      result.code = (await import('./commands/check.js')).checkCommand(paths ?? [], o, io);
    });
  p.command('build')
    .description('检查后生成 .docx 和 .md 预览（写到 out/<地区>/）')
    .argument('[文件或目录...]', '数据文件或文件夹，默认 data')
    .option('--out <目录>', '输出文件夹', 'out')
    .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准')
    .option('--pdf', '同时生成 PDF（用 LibreOffice 转换，写在 .docx 旁边）')
    .option('--final', '定稿：还没填的数字算错误，不生成')
    .option('--jobs <n>', '同时生成几份（工作线程数），默认用满所有核')
    .action(async (paths: string[], o: BuildOptions) => {
      result.code = await (await import('./commands/build.js')).buildCommand(paths ?? [], o, io);
    });
  p.command('new')
    .description('由上一年度的文件生成新年度的草稿（结构和文字保留，数字清空，年份顺延），决不覆盖')
    .argument('<地区>', '如 南昌县（data/南昌县/ 里要有更早年度的文件）')
    .argument('<年度>', '新的年度，如 2024')
    .option('--data <目录>', '数据文件夹', 'data')
    .option('--template <模板>', '模板名或模板文件夹路径', '标准')
    .action(async (region: string, year: string, o: NewOptions) => {
      result.code = (await import('./commands/new.js')).newCommand(region, year, o, io);
    });
  p.command('diff')
    .description('比较两个年度：数字表（旧、新、增减、同比）、章和事项的变化、逐词的文字变化')
    .argument('<文件或目录...>', '两个年度的文件，或一个县的文件夹（比较最近两年）')
    .option('--format <格式>', '输出格式：terminal（终端）、md、html、json、docx（带修订的 Word）', 'terminal')
    .option('--out <文件>', '写到文件（docx 默认写到 out/<地区>/）')
    .option('--author <名字>', '修订的作者（docx）', 'fzbg')
    .option('--template <模板>', '模板名或模板文件夹路径', '标准')
    .action(async (args: string[], o: DiffOptions) => {
      const color = !process.env.NO_COLOR && io.isStdoutTTY === true && !o.out;
      result.code = await (await import('./commands/diff.js')).diffCommand(args, { ...o, color }, io);
    });
  p.command('import')
    .description('把已发布的报告（.txt 或 .docx）变成数据文件 data/<地区>/<年度>.yaml，已有的文件不覆盖')
    .argument('<报告>', '报告文件：网页复制下来的 .txt（UTF-8 或 GBK）或 Word 的 .docx')
    .option('--out <目录>', '数据文件夹', 'data')
    .option('--force', '已有同名数据文件时覆盖')
    .option('--template <模板>', '模板名或模板文件夹路径', '标准')
    .action(async (input: string, o: ImportCommandOptions) => {
      result.code = await (await import('./commands/import.js')).importCommand(input, o, io);
    });
  p.command('schema')
    .description('写出编辑器用的 JSON Schema')
    .option('--out <文件>', '写到哪个文件', 'data/report.schema.json')
    .action(async (o: { out?: string }) => {
      result.code = (await import('./commands/schema.js')).schemaCommand(o, io);
    });
  return p;
}

/** commander 的帮助里固定的英文标题换成中文。 */
function chineseHelp(text: string): string {
  return text
    .replace(/^Usage:/gm, '用法：')
    .replace(/^Arguments:/gm, '参数：')
    .replace(/^Options:/gm, '选项：')
    .replace(/^Commands:/gm, '命令：')
    .replace(/\(default: ([^)]*)\)/g, '（默认：$1）')
    .replace(/\[options\]/g, '[选项]')
    .replace(/\[command\]/g, '[命令]');
}

/** 运行一次命令，返回退出码（测试在进程内调用它）。 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  try {
    // 什么参数也没给：显示帮助（办事员第一次运行时最需要的）。
    await program(io, result).parseAsync(argv.length ? [...argv] : ['--help'], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return EXIT.ok;
      const say = USAGE_MESSAGES[e.code];
      io.err(`命令行有误：${say ? say(e) : e.message}\n用 fzbg --help 查看用法。`);
      return EXIT.badUsage;
    }
    io.err(internalErrorText(e));
    return EXIT.internal;
  }
}
