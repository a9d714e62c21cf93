/**
 * 命令行入口：解析参数，每个命令调一个函数，把结果变成退出码。
 * 只有这里（和 bin/fzbg.js）碰 process.argv 和 process.exit。
 */
import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { newCommand } from './commands/new.js';
import { processIo, type Io } from './commands/io.js';
import { schemaCommand } from './commands/schema.js';
import { EXIT, type ExitCode } from './exit-codes.js';

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
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined })
    .exitOverride();
  p.command('check')
    .description('检查数据文件：YAML、数据格式、数字和引用，所有问题一次报出')
    .argument('[文件或目录...]', '数据文件或文件夹，默认 data', [])
    .option('--json', '以 JSON 输出（给程序读）')
    .option('--strict', '有警告也算失败')
    .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准')
    .action((paths: string[], o) => {
      result.code = checkCommand(paths, o, io);
    });
  p.command('build')
    .description('检查后生成 .docx 和 .md 预览（写到 out/<地区>/）')
    .argument('[文件或目录...]', '数据文件或文件夹，默认 data', [])
    .option('--out <目录>', '输出文件夹', 'out')
    .option('--template <模板>', '模板名（templates/ 下的文件夹）或模板文件夹路径', '标准')
    .action(async (paths: string[], o) => {
      result.code = await buildCommand(paths, o, io);
    });
  p.command('new')
    .description('由上一年度的文件生成新年度的草稿（结构和文字保留，数字清空，年份顺延），决不覆盖')
    .argument('<地区>', '如 南昌县（data/南昌县/ 里要有更早年度的文件）')
    .argument('<年度>', '新的年度，如 2024')
    .option('--data <目录>', '数据文件夹', 'data')
    .option('--template <模板>', '模板名或模板文件夹路径', '标准')
    .action((region: string, year: string, o) => {
      result.code = newCommand(region, year, o, io);
    });
  p.command('schema')
    .description('写出编辑器用的 JSON Schema')
    .option('--out <文件>', '写到哪个文件', 'data/report.schema.json')
    .action((o) => {
      result.code = schemaCommand(o, io);
    });
  return p;
}

/** 运行一次命令，返回退出码（测试在进程内调用它）。 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  try {
    await program(io, result).parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return EXIT.ok;
      const say = USAGE_MESSAGES[e.code];
      io.err(`命令行有误：${say ? say(e) : e.message}\n用 fzbg --help 查看用法。`);
      return EXIT.badUsage;
    }
    io.err(`fzbg 内部错误（这是程序的 bug，请把下面的信息报告给维护者）：\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.internal;
  }
}
