/**
 * 家族"特殊文件"、"输出目标"、"地区名"：只读普通文件；只写普通文件，不经过预先放好的符号链接、不写到设备上；
 * 地区（会成为文件夹名）不许是 Windows 保留名、结尾的点或空格、控制字符、看不见或倒写的字符。
 */
import type { Case, Entry } from './harness.js';
import { priorReport, report } from './report.js';

const GOOD = report();
const OUT_DOCX = 'out/测试县/2023年度法治政府建设情况报告.docx';
const OUT_MD = 'out/测试县/2023年度法治政府建设情况报告.md';

export function specialFileCases(): Case[] {
  const cases: Case[] = [];
  const specials: [string, Entry][] = [
    ['/dev/zero 的链接', { symlink: '/dev/zero' }],
    ['/dev/urandom 的链接', { symlink: '/dev/urandom' }],
    ['FIFO', { fifo: true }],
    ['字符设备', { device: 'zero' }],
    ['文件夹', { dir: true }],
    ['悬空的链接', { symlink: '{outside}/没有这个文件' }],
    ['指向自己的链接', { symlink: 'x.yaml' }],
  ];
  for (const [label, entry] of specials) {
    const files = { 'data/测试县/2023.yaml': entry, 'x.yaml': entry };
    for (const cmd of ['check', 'build']) {
      cases.push({
        family: 'special-files',
        name: `${cmd} 数据文件是${label}`,
        files,
        argv: [cmd, 'data/测试县/2023.yaml'],
        exit: [1],
        budgetMs: 10_000,
      });
      cases.push({ family: 'special-files', name: `${cmd} 文件夹里有${label}`, files, argv: [cmd, 'data'], exit: [1], budgetMs: 10_000 });
    }
    cases.push({
      family: 'special-files',
      name: `diff 新年度是${label}`,
      files: { 'data/测试县/2022.yaml': priorReport(), 'data/测试县/2023.yaml': entry },
      argv: ['diff', 'data/测试县/2022.yaml', 'data/测试县/2023.yaml'],
      exit: [1],
      budgetMs: 10_000,
    });
    cases.push({
      family: 'special-files',
      name: `new 上年度是${label}`,
      files: { 'data/测试县/2023.yaml': entry },
      argv: ['new', '测试县', '2024'],
      exit: [1],
      outputs: [],
      budgetMs: 10_000,
    });
    cases.push({
      family: 'special-files',
      name: `import 报告是${label}`,
      files: { 'r.txt': entry, 'r.docx': entry },
      argv: ['import', 'r.txt'],
      exit: [1],
      outputs: [],
      budgetMs: 10_000,
    });
    cases.push({
      family: 'special-files',
      name: `import .docx 是${label}`,
      files: { 'r.txt': entry, 'r.docx': entry },
      argv: ['import', 'r.docx'],
      exit: [1],
      outputs: [],
      budgetMs: 10_000,
    });
  }
  // 模板里的特殊文件
  const template = (extra: Record<string, Entry>): Record<string, Entry> => ({
    'data/测试县/2023.yaml': GOOD,
    'tpl/版式.yaml': '纸张: {宽: 210, 高: 297}\n',
    'tpl/报告.hbs': '{{块 标题}}{{#each 章}}{{块 this}}{{/each}}{{块 日期}}',
    'tpl/标题.hbs': '{{地区}}{{年度}}年度法治政府建设情况报告',
    ...extra,
  });
  const tplSpecials: [string, Record<string, Entry>][] = [
    ['报告.hbs 是 /dev/zero', { 'tpl/报告.hbs': { symlink: '/dev/zero' } }],
    ['版式.yaml 是 FIFO', { 'tpl/版式.yaml': { fifo: true } }],
    ['标题.hbs 是设备', { 'tpl/标题.hbs': { device: 'urandom' } }],
    ['partials 是一个文件', { 'tpl/partials': '不是文件夹' }],
    ['partials 里有叫 x.hbs 的文件夹', { 'tpl/partials/x.hbs/a': 'a' }],
    ['partials 里有 FIFO', { 'tpl/partials/y.hbs': { fifo: true } }],
    ['报告.hbs 是文件夹', { 'tpl/报告.hbs': { dir: true } }],
    ['版式.yaml 有 3 MB', { 'tpl/版式.yaml': '# ' + 'x'.repeat(3 * 1024 * 1024) + '\n' }],
  ];
  for (const [label, files] of tplSpecials) {
    for (const cmd of ['check', 'build']) {
      cases.push({
        family: 'special-files',
        name: `${cmd} 模板的${label}`,
        files: template(files),
        argv: [cmd, 'data/测试县/2023.yaml', '--template', './tpl'],
        exit: [1],
        budgetMs: 10_000,
      });
    }
  }
  return cases;
}

export function outputTargetCases(): Case[] {
  const cases: Case[] = [];
  const files = { 'data/测试县/2023.yaml': GOOD, 'data/测试县/2022.yaml': priorReport() };
  // build --out
  const buildOuts: [string, string, Record<string, Entry>, number[]][] = [
    ['空的 --out', '', {}, [2]],
    ['--out 是设备', '{outside}/null', { 'outside/null': { device: 'null' } }, [2]],
    ['--out 是满的设备', '{outside}/full', { 'outside/full': { device: 'full' } }, [2]],
    ['--out 是已有的文件', 'o.txt', { 'o.txt': 'keep' }, [2]],
    ['out/测试县 是指向外面的链接', 'out', { 'out/测试县': { symlink: '{outside}/dir' } }, [1]],
    ['输出的 .docx 是指向外面文件的链接', 'out', { [OUT_DOCX]: { symlink: '{outside}/victim.txt' } }, [1]],
    ['输出的 .md 是指向外面文件的链接', 'out', { [OUT_MD]: { symlink: '{outside}/victim.txt' } }, [1]],
    ['输出的 .docx 是悬空的链接', 'out', { [OUT_DOCX]: { symlink: '{outside}/新文件.docx' } }, [1]],
    ['输出的 .docx 是设备', 'out', { [OUT_DOCX]: { device: 'null' } }, [1]],
    ['输出的 .docx 是 FIFO', 'out', { [OUT_DOCX]: { fifo: true } }, [1]],
    ['输出的 .docx 是文件夹', 'out', { [OUT_DOCX + '/a']: 'a' }, [1]],
    ['out/测试县 是一个文件', 'out', { 'out/测试县': '占位' }, [1]],
    ['--out 很长', 'o/' + '长'.repeat(300), {}, [1, 2]],
  ];
  for (const [label, out, extra, exit] of buildOuts) {
    cases.push({
      family: 'output-targets',
      name: `build ${label}`,
      files: { ...files, ...extra },
      argv: ['build', 'data/测试县/2023.yaml', '--out', out],
      exit,
      outputs: ['out/', 'o/'],
      mayReplace: ['out/测试县/2023'],
      budgetMs: 10_000,
    });
  }
  // diff --out、schema --out、import --out
  const fileOuts: [string, string, Record<string, Entry>, number[]][] = [
    ['空的 --out', '', {}, [2]],
    ['--out 是设备', '{outside}/null', { 'outside/null': { device: 'null' } }, [1, 2]],
    ['--out 是满的设备', '{outside}/full', { 'outside/full': { device: 'full' } }, [1, 2]],
    ['--out 是 FIFO', 'p', { p: { fifo: true } }, [1, 2]],
    ['--out 是指向外面文件的链接', 'l.txt', { 'l.txt': { symlink: '{outside}/victim.txt' } }, [1, 2]],
    ['--out 是悬空的链接', 'l.txt', { 'l.txt': { symlink: '{outside}/新的.txt' } }, [1, 2]],
    ['--out 是已有的文件夹', 'd', { 'd/a': 'a' }, [1, 2]],
    ['--out 的上级是文件', 'f/x.json', { f: 'file' }, [1, 2]],
  ];
  for (const [label, out, extra, exit] of fileOuts) {
    for (const fmt of ['json', 'md', 'docx']) {
      cases.push({
        family: 'output-targets',
        name: `diff --format ${fmt} ${label}`,
        files: { ...files, ...extra },
        argv: ['diff', 'data/测试县/2022.yaml', 'data/测试县/2023.yaml', '--format', fmt, '--out', out],
        exit,
        outputs: [],
        mayReplace: [],
        budgetMs: 15_000,
      });
    }
    cases.push({
      family: 'output-targets',
      name: `schema ${label}`,
      files: extra,
      argv: ['schema', '--out', out],
      exit,
      outputs: [],
      mayReplace: [],
      budgetMs: 10_000,
    });
  }
  const importOuts: [string, string, Record<string, Entry>, number[]][] = [
    ['空的 --out', '', {}, [2]],
    ['--out 是设备', '{outside}/null', { 'outside/null': { device: 'null' } }, [1, 2]],
    ['--out 是文件', 'f', { f: 'file' }, [1, 2]],
    ['县的文件夹是指向外面的链接', 'data', { 'data/测试县': { symlink: '{outside}/dir' } }, [1]],
    ['年度文件是指向外面文件的链接', 'data', { 'data/测试县/2023.yaml': { symlink: '{outside}/victim.txt' } }, [1]],
    ['年度文件是悬空的链接', 'data', { 'data/测试县/2023.yaml': { symlink: '{outside}/新的.yaml' } }, [1]],
  ];
  for (const [label, out, extra, exit] of importOuts) {
    cases.push({
      family: 'output-targets',
      name: `import ${label}`,
      files: { 'r.txt': IMPORT_TEXT, ...extra },
      argv: ['import', 'r.txt', '--out', out],
      exit,
      outputs: [],
      mayReplace: [],
      budgetMs: 15_000,
    });
  }
  cases.push({
    family: 'output-targets',
    name: 'new 的目标是指向外面的悬空链接',
    files: { 'data/测试县/2023.yaml': GOOD, 'data/测试县/2024.yaml': { symlink: '{outside}/新的.yaml' } },
    argv: ['new', '测试县', '2024'],
    exit: [1],
    outputs: [],
    budgetMs: 10_000,
  });
  cases.push({
    family: 'output-targets',
    name: 'new 的县文件夹里目标是文件夹',
    files: { 'data/测试县/2023.yaml': GOOD, 'data/测试县/2024.yaml/a': 'a' },
    argv: ['new', '测试县', '2024'],
    exit: [1],
    outputs: [],
    budgetMs: 10_000,
  });
  return cases;
}

/** 一份可以导入的报告原文。 */
export const IMPORT_TEXT = `测试县人民政府2023年度法治政府建设情况报告

县委、县人大常委会：
2023年，测试县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、2023年法治政府建设主要工作及成效
（一）做好行政复议工作。全年共收到行政复议申请58件，受理51件。
二、主要负责人履行职责情况
认真履行第一责任人职责。
三、存在的主要问题
少数单位领导履职尽责还不够到位。
四、2024年工作打算
持续深化法治政府建设。

测试县人民政府
2024年1月20日
`;

const REGIONS: [string, string][] = [
  ['CON', 'Windows 保留名'],
  ['nul', 'Windows 保留名（小写）'],
  ['COM1', 'Windows 保留名'],
  ['LPT9', 'Windows 保留名'],
  ['AUX.县', 'Windows 保留名带扩展名'],
  ['测试县.', '结尾是点'],
  ['测试县 ', '结尾是空格'],
  [' 测试县', '开头是空格'],
  ['测试县\u3000', '结尾是全角空格'],
  ['测\u0007试县', '控制字符'],
  ['\u001b[31m测试县', 'ANSI 转义'],
  ['\u200b测试县', '零宽空格'],
  ['测试\u200d县', '零宽连接符'],
  ['\u202e县试测', '从右到左的覆盖'],
  ['测试\u2066县', '方向隔离'],
  ['测试县\ufeff', 'BOM'],
  ['测试县\ufffe', '非字符 U+FFFE'],
  ['长'.repeat(300), '300 个字'],
  ['..', '上级文件夹'],
  ['a/b', '斜杠'],
  ['a\\b', '反斜杠'],
  ['C:县', '盘符'],
  ['测试县*', '通配符'],
  ['测试县?', '问号'],
  ['测试县<>', '尖括号'],
  ['测试县|', '竖线'],
  ['测试县"', '引号'],
  ['', '空'],
];

export function regionNameCases(scale = 1): Case[] {
  const cases: Case[] = [];
  for (const [i, [region, label]] of REGIONS.entries()) {
    cases.push({
      family: 'region-names',
      name: `build 地区${label}`,
      files: { 'data/测试县/2023.yaml': report({ 地区: region }) },
      argv: ['build', 'data/测试县/2023.yaml'],
      exit: [1],
      outputs: [],
      budgetMs: 10_000,
    });
    if (scale <= 1 && i % 2 === 1) continue;
    cases.push({
      family: 'region-names',
      name: `new 地区${label}`,
      files: { 'data/测试县/2023.yaml': GOOD },
      argv: ['new', region, '2024'],
      exit: [1, 2],
      outputs: [],
      budgetMs: 10_000,
    });
  }
  return cases;
}
