/**
 * 命令行入口：解析参数，每个命令调一个函数，把结果变成退出码。
 * 只有这里（和 bin/fzbg.js）碰 process.argv 和 process.exit。
 * 各命令按需加载（import()）：check 用不到 docx 库，就不加载它，启动更快。
 */
import { Command, CommanderError, Help, Option } from 'commander';
import type { BuildOptions } from './commands/build.js';
import type { CheckOptions } from './commands/check.js';
import type { DiffOptions } from './commands/diff.js';
import type { ImportCommandOptions } from './commands/import.js';
import type { FormsCommandOptions } from './commands/forms.js';
import type { CollectOptions } from './commands/collect.js';
import type { SummaryOptions } from './commands/summary.js';
import type { InitOptions } from './commands/init.js';
import { processIo, type Io } from './commands/io.js';
import type { NewOptions } from './commands/new.js';
import type { SchemaOptions } from './commands/schema.js';
import type { ServeOptions } from './commands/serve.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { didYouMean } from './text/did-you-mean.js';
import { displayWidth } from './text/display-width.js';
import { internalErrorText } from './commands/internal-error.js';
import { WriteFailure } from './write/write-failure.js';

const FZBG_VERSION = '0.1.0';

/** commander 的固定英文标题换成中文。 */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

/**
 * 帮助：标题中文、"（默认：…）"中文，按显示宽度对齐（一个汉字占两格）。
 * 经 configureHelp 交给 commander，子命令也继承。
 */
const HELP: Partial<Help> = {
  displayWidth: (str: string) => displayWidth(str.replace(/\x1b\[[0-9;]*m/g, '')),
  styleTitle: (str: string) => TITLES[str] ?? str,
  styleUsage: (str: string) => str.replace('[options]', '[选项]').replace('[command]', '[命令]'),
  subcommandTerm: (cmd: Command) => new Help().subcommandTerm(cmd).replace('[options]', '[选项]'),
  optionDescription: (option: Option) => {
    const shown = option.defaultValue !== undefined && !option.negate && option.defaultValue !== false;
    return shown ? `${option.description}（默认：${String(option.defaultValue)}）` : option.description;
  },
  argumentDescription: (argument) => argument.description,
  sortSubcommands: false,
  // 不是终端时 commander 按 80 列折行；中文说明里没有空格可折，放宽一些免得只折英文的地方。
  helpWidth: Math.max(100, process.stdout.columns ?? 0),
};

/** 每个命令都有的：--json（结果给程序读）和 -q, --quiet（只说错误）。 */
function withOutput(cmd: Command): Command {
  return cmd.option('--json', '结果写成 JSON（给程序读）').option('-q, --quiet', '只说错误，不说过程和汇总');
}

function program(io: Io, result: { code: ExitCode }): Command {
  const p = new Command('fzbg')
    .description('法治政府建设年度报告起草工具：检查数据、生成公文格式的 Word 文档')
    .helpOption('-h, --help', '显示帮助')
    .version(FZBG_VERSION, '-V, --version', '显示版本')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .addHelpText('after', '\n例：fzbg check data/南昌县/2023.yaml    fzbg build data    fzbg new 南昌县 2024    fzbg diff data/南昌县')
    .configureHelp(HELP);
  p.configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: () => undefined })
    .exitOverride()
    .showSuggestionAfterError(true);

  withOutput(
    p
      .command('check')
      .description('检查数据文件：YAML、数据格式、数字和引用，所有问题一次报出')
      .argument('[文件或目录...]', '数据文件或文件夹，默认 data')
      .option('--strict', '有警告也算失败')
      .option('--final', '定稿：还没填的数字算错误（草稿里只是警告）')
      .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准'),
  ).action(async (paths: string[], o: CheckOptions) => {
    result.code = (await import('./commands/check.js')).checkCommand(paths, o, io);
  });
  withOutput(
    p
      .command('build')
      .description('检查后生成 .docx 和 .md 预览（写到 out/<地区>/）')
      .argument('[文件或目录...]', '数据文件或文件夹，默认 data')
      .option('-o, --out <目录>', '输出文件夹', 'out')
      .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准')
      .option('--pdf', '同时生成 PDF（用 LibreOffice 转换，写在 .docx 旁边）')
      .option('--final', '定稿：还没填的数字算错误，不生成')
      .option('--jobs <n>', '同时生成几份（工作线程数），默认用满所有核'),
  ).action(async (paths: string[], o: BuildOptions) => {
    result.code = await (await import('./commands/build.js')).buildCommand(paths, o, io);
  });
  withOutput(
    p
      .command('new')
      .description('由上一年度的文件生成新年度的草稿（结构和文字保留，数字清空，年份顺延），决不覆盖')
      .argument('<地区>', '如 南昌县（数据文件夹里要有 <地区>/ 和更早年度的文件）')
      .argument('<年度>', '新的年度，如 2024')
      .option('-o, --out <数据文件夹>', '数据文件夹：在这里找更早的年度，新文件也写在这里', 'data')
      .addOption(new Option('--data <数据文件夹>', '同 --out（旧的写法）').hideHelp())
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (region: string, year: string, o: NewOptions) => {
    result.code = (await import('./commands/new.js')).newCommand(region, year, o.data ? { ...o, out: o.data } : o, io);
  });
  withOutput(
    p
      .command('diff')
      .description('比较两个年度：数字表（旧、新、增减、同比）、章和事项的变化、逐词的文字变化')
      .argument('<文件或目录...>', '两个年度的文件，或一个县的文件夹（比较最近两年）')
      .option('--format <格式>', '输出格式：terminal（终端）、md、html、json、docx（带修订的 Word）', 'terminal')
      .option('-o, --out <文件>', '写到文件（docx、html 默认写到 out/<地区>/）')
      .option('--author <名字>', '修订的作者（docx），默认用发文机关')
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (args: string[], o: DiffOptions) => {
    const color = !process.env.NO_COLOR && io.isStdoutTTY === true && !o.out;
    result.code = await (await import('./commands/diff.js')).diffCommand(args, { ...o, color }, io);
  });
  withOutput(
    p
      .command('import')
      .description('把已发布的报告（.txt 或 .docx）变成数据文件 <数据文件夹>/<地区>/<年度>.yaml，已有的文件不覆盖')
      .argument('<报告>', '报告文件：网页复制下来的 .txt（UTF-8 或 GBK）或 Word 的 .docx')
      .option('-o, --out <数据文件夹>', '数据文件夹', 'data')
      .option('--force', '已有同名数据文件时覆盖')
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (input: string, o: ImportCommandOptions) => {
    result.code = await (await import('./commands/import.js')).importCommand(input, o, io);
  });
  withOutput(
    p
      .command('init')
      .description('做好办事员的工作文件夹：data/<地区>/、编辑器用的 Schema、VS Code 设置和检查任务、使用说明；已有的文件不覆盖')
      .argument('<地区>', '如 南昌县')
      .option('-o, --out <工作文件夹>', '工作文件夹', '.')
      .addOption(new Option('--dir <工作文件夹>', '同 --out').hideHelp()),
  ).action(async (region: string, o: InitOptions & { out?: string }) => {
    result.code = (await import('./commands/init.js')).initCommand(region, { ...o, dir: o.dir ?? o.out }, io);
  });
  withOutput(
    p
      .command('serve')
      .description('在浏览器里打开工作台（只限本机）：左边改数据，右边是排好的公文页面，问题点一下就到那一行')
      .argument('[数据文件夹]', '里面是 地区/年度.yaml，默认 data')
      .option('--port <端口>', '用这个端口（默认由数据文件夹算出，被占用时另找空闲的）')
      .option('--no-open', '不自动打开浏览器')
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (folder: string | undefined, o: ServeOptions) => {
    result.code = await (await import('./commands/serve.js')).serveCommand(folder, o, io);
  });
  withOutput(
    p
      .command('forms')
      .description('给各部门出填报表（每个部门一张 .xlsx，写到 out/<地区>/填报表/），上年的值写在旁边')
      .argument('<数据文件>', '如 data/南昌县/2024.yaml（fzbg new 生成的草稿也可以）')
      .option('-o, --out <目录>', '输出文件夹', 'out')
      .option('--all', '目录里各部门的全部指标都出（不只是数据文件里有的）')
      .option('--deadline <日期>', '交回的截止日期，如 2025-01-15（默认下一年度 1 月 15 日，或模板 部门.yaml 的"报送截止"）')
      .option('--contact <联系人>', '表头的联系人和电话')
      .option('--template <模板>', '模板名或模板文件夹路径（部门.yaml 在模板文件夹里）', '标准'),
  ).action(async (file: string, o: FormsCommandOptions) => {
    result.code = await (await import('./commands/forms.js')).formsCommand(file, o, io);
  });
  withOutput(
    p
      .command('collect')
      .description('把各部门交回的填报表读进数据文件的"指标"（注释、顺序、写法不变），报告缺的、对不上的')
      .argument('<表格...>', '交回的 .xlsx（可以改过名、挪过工作表、加过行）')
      .option('-o, --out <数据文件夹>', '数据文件夹：按表里登记的地区和年度找 <数据文件夹>/<地区>/<年度>.yaml', 'data')
      .addOption(new Option('--data <数据文件夹>', '同 --out').hideHelp())
      .option('--file <数据文件>', '直接指定数据文件（表里的登记丢了时用）')
      .option('--force', '与文件里已有的值不同时也用表里的值（旧值留在注释里）')
      .option('--dry-run', '只报告，不写文件')
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (files: string[], o: CollectOptions) => {
    result.code = await (await import('./commands/collect.js')).collectCommand(files, o.data ? { ...o, out: o.data } : o, io);
  });
  withOutput(
    p
      .command('summary')
      .description('市里的汇总：每个县每年一行（规定的内容、成文日期、问题），各组数字跨县对照（同比、合计）和图，写 .xlsx 和 .html')
      .argument('[文件夹...]', '数据文件夹，默认 data')
      .option('-o, --out <目录>', '输出文件夹', 'out/汇总')
      .option('--year <年度>', '查哪一年的报告交齐没有（默认数据里最新的年度）')
      .option('--jobs <n>', '同时检查几份（工作线程数），默认用满所有核')
      .option('--template <模板>', '模板名或模板文件夹路径', '标准'),
  ).action(async (paths: string[], o: SummaryOptions) => {
    result.code = await (await import('./commands/summary.js')).summaryCommand(paths, o, io);
  });
  withOutput(
    p.command('schema').description('写出编辑器用的 JSON Schema').option('-o, --out <文件>', '写到哪个文件', 'data/report.schema.json'),
  ).action(async (o: SchemaOptions) => {
    result.code = (await import('./commands/schema.js')).schemaCommand(o, io);
  });
  return p;
}

/** commander 的出错信息（英文）→ 中文；它算出的"是不是要写……"保留下来。 */
function usageMessage(e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const guess = /\(Did you mean (.+)\?\)/.exec(e.message)?.[1];
  const hint = guess ? `（是不是要写 ${guess}？）` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `不认识的选项：${quoted}${hint}`;
    case 'commander.unknownCommand':
      return `不认识的命令：${quoted}${hint}`;
    case 'commander.missingArgument':
      return `缺少参数：${quoted}`;
    case 'commander.optionMissingArgument':
      return `选项缺少值：${quoted}`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必填的选项：${quoted}`;
    case 'commander.excessArguments':
      return '参数太多。';
    case 'commander.invalidArgument':
      return `参数的值不对：${quoted}`;
    default:
      return '命令行写法不对。';
  }
}

/** 运行一次命令，返回退出码（测试在进程内调用它）。 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  const cli = program(io, result);
  // fzbg help <不认识的命令>：commander 什么也不说、退出码 0；这里说清楚。
  const [first, second] = argv;
  if (first === 'help' && second !== undefined && !cli.commands.some((c) => c.name() === second)) {
    const guess = didYouMean(
      second,
      cli.commands.map((c) => c.name()),
    );
    io.err(`命令行有误：没有"${second}"这个命令${guess ? `（是不是要写 ${guess}？）` : ''}。\n用 fzbg --help 查看用法。`);
    return EXIT.badUsage;
  }
  try {
    // 什么参数也没给：显示帮助（办事员第一次运行时最需要的）。
    await cli.parseAsync(argv.length ? [...argv] : ['--help'], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return EXIT.ok;
      io.err(`命令行有误：${usageMessage(e)}\n用 fzbg --help 查看用法。`);
      return EXIT.badUsage;
    }
    // 写不进去是环境的问题（权限、磁盘、文件被 Word 占着），说清楚是哪个文件，不算程序的 bug。
    if (e instanceof WriteFailure) {
      io.err(e.message);
      return EXIT.badInput;
    }
    io.err(internalErrorText(e));
    return EXIT.internal;
  }
}
