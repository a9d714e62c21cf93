/**
 * 家族"import、diff、new 的恶意输入"和"模板"：平常的情形（文件夹、不同的县、编码）给中文说明和合适的退出码，
 * 不是"内部错误"；模板写出的东西 Word 打得开，数据决定不了文档的结构。
 */
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type { Case, CaseContext, Entry } from './harness.js';
import { IMPORT_TEXT } from './family-paths.js';
import { priorReport, q, report } from './report.js';

function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    '[Content_Types].xml': enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': enc(documentXml),
    ...extra,
  });
}

const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const body = (ps: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${ps}</w:body></w:document>`;

/** 一个压缩后很小、解开很大的 document.xml（zip 炸弹）。 */
function zipBomb(): Uint8Array {
  const big = Buffer.alloc(400 * 1024 * 1024, 0x20);
  const raw = deflateRawSync(big, { level: 9 });
  // fflate 的 zipSync 接受已压缩的数据要自己拼；这里简单地把它当成一个"存储"项，再改成 deflate 项的头。
  return storedAsDeflate('word/document.xml', raw, big.length);
}

/** 拼一个只有一项的 zip：那一项是已经 deflate 过的数据。 */
function storedAsDeflate(name: string, data: Buffer, size: number): Uint8Array {
  const n = Buffer.from(name);
  const crc = 0; // 解压器在读完之前就该因为大小而拒绝，CRC 不重要
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

export function importCases(): Case[] {
  const gbk = (s: string) => {
    // 不依赖 iconv：用 TextDecoder 做不了编码，这里只造"像 GBK 的"字节：UTF-8 文字前后加几个 GBK 汉字的字节
    return Buffer.concat([Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x0a]), Buffer.from(s)]);
  };
  const big5 = Buffer.from([
    0xb4, 0xfa, 0xb8, 0xd5, 0xbf, 0xa4, 0xa4, 0x48, 0xa5, 0xc1, 0xac, 0x46, 0xa9, 0xb2, 0x32, 0x30, 0x32, 0x33, 0xa6, 0x7e, 0xab, 0xd7,
    0xaa, 0x6b, 0xaa, 0x76, 0xac, 0x46, 0xa9, 0xb2, 0xab, 0xd8, 0xb3, 0x5d, 0xb1, 0xa1, 0xaa, 0x70, 0xb3, 0xf8, 0xa7, 0x69, 0x0a,
  ]);
  const inputs: [string, string, Entry, number[]][] = [
    ['UTF-16LE 的 .txt', 'r.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(IMPORT_TEXT, 'utf16le')]), [0, 1]],
    ['UTF-16BE 的 .txt', 'r.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(IMPORT_TEXT, 'utf16le').swap16()]), [0, 1]],
    ['Big5 的 .txt', 'r.txt', Buffer.concat(Array.from({ length: 20 }, () => big5)), [1]],
    ['像 GBK 的 .txt', 'r.txt', gbk(IMPORT_TEXT), [0, 1]],
    ['二进制的 .txt', 'r.txt', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131) % 256)), [1]],
    ['不是 zip 的 .docx', 'r.docx', '这不是 zip', [1]],
    ['空的 .docx', 'r.docx', '', [1]],
    ['zip 炸弹 .docx', 'r.docx', zipBomb(), [1]],
    [
      'XXE 的 .docx',
      'r.docx',
      docx(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>` + body(para('&e;'))),
      [1],
    ],
    [
      '十亿笑的 .docx',
      'r.docx',
      docx(
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>` +
          body(para('&d;&d;&d;&d;')),
      ),
      [1],
    ],
    ['十万段的 .docx', 'r.docx', docx(body(para('测试县人民政府2023年度法治政府建设情况报告') + para('好').repeat(100_000))), [0, 1]],
    [
      'zip 里的路径有 ../',
      'r.docx',
      docx(body(IMPORT_TEXT.split('\n').map(para).join('')), { '../../evil.txt': new TextEncoder().encode('x') }),
      [0, 1],
    ],
    ['标题是 99999年度', 'r.txt', IMPORT_TEXT.replaceAll('2023年度', '99999年度').replace('2023年，', '那一年，'), [0, 1]],
    [
      '标题没有年度、正文有（2021-2025年）',
      'r.txt',
      IMPORT_TEXT.replaceAll('2023年度', '年度').replace('2023年，', '按照纲要（2021-2025年），'),
      [0, 1],
    ],
    ['地区是 CON', 'r.txt', IMPORT_TEXT.replaceAll('测试县', 'CON县').replace('CON县人民政府2023', 'CON人民政府2023'), [0, 1]],
    ['地区有 ANSI 转义', 'r.txt', IMPORT_TEXT.replaceAll('测试县', '\u001b[2J测试县'), [0, 1]],
    ['地区有从右到左的覆盖', 'r.txt', IMPORT_TEXT.replaceAll('测试县', '测\u202e试县'), [0, 1]],
  ];
  const cases: Case[] = [];
  for (const [name, file, entry, exit] of inputs) {
    cases.push({
      family: 'import-hostile',
      name: `import ${name}`,
      files: { [file]: entry },
      argv: ['import', file],
      exit,
      outputs: ['data/'],
      budgetMs: 30_000,
      heapMb: 1024,
      check: (ctx) => {
        const p: string[] = [];
        if (name.includes('99999') && ctx.created.some((c) => /2025\.yaml$/.test(c))) p.push('把 99999 年度导入成了 2025');
        if (name.includes('Big5') && ctx.results[0]?.exit === 0) p.push('Big5 当成 GBK 导入了');
        return p;
      },
    });
  }
  cases.push({
    family: 'import-hostile',
    name: 'import 文件名里有 ANSI 转义',
    files: { '\u001b[31m报告.txt': IMPORT_TEXT },
    argv: ['import', '\u001b[31m报告.txt'],
    exit: [0, 1],
    outputs: ['data/'],
    budgetMs: 15_000,
  });
  return cases;
}

export function diffNewCases(): Case[] {
  const y22 = priorReport();
  const y23 = report();
  const gbkPrior = Buffer.from(
    // "地区: 测试县" 等全是 ASCII 以外的字：用 TextEncoder 造不出 GBK，这里用 UTF-16LE（记事本的"Unicode"）
    '\ufeff' + y23,
    'utf16le',
  );
  const cases: [string, Record<string, Entry>, string[], number[], ((ctx: CaseContext) => string[])?][] = [
    [
      'diff 两个文件夹',
      { 'data/测试县/2022.yaml': y22, 'data/测试县/2023.yaml': y23, 'data/乙县/2023.yaml': y23 },
      ['diff', 'data/测试县', 'data/乙县'],
      [1, 2],
    ],
    [
      'diff 文件夹和文件',
      { 'data/测试县/2022.yaml': y22, 'data/测试县/2023.yaml': y23 },
      ['diff', 'data/测试县', 'data/测试县/2023.yaml'],
      [1, 2],
    ],
    [
      'diff 不同的县',
      { 'a/2022.yaml': y22, 'b/2023.yaml': report({ 地区: '乙县' }) },
      ['diff', 'a/2022.yaml', 'b/2023.yaml'],
      [0],
      (ctx) => (/不是同一个县|不同的县|乙县/.test(ctx.results[0]?.stderr ?? '') ? [] : ['比较两个不同的县却没有提醒']),
    ],
    ['diff 同一个文件两次', { 'data/测试县/2023.yaml': y23 }, ['diff', 'data/测试县/2023.yaml', 'data/测试县/2023.yaml'], [0, 1]],
    ['diff 找不到的文件', { 'data/测试县/2023.yaml': y23 }, ['diff', 'data/测试县/2022.yaml', 'data/测试县/2023.yaml'], [1, 2]],
    [
      'diff 新旧颠倒',
      { 'data/测试县/2022.yaml': y22, 'data/测试县/2023.yaml': y23 },
      ['diff', 'data/测试县/2023.yaml', 'data/测试县/2022.yaml'],
      [0, 1],
    ],
    ['diff 叫 2023.yaml 的文件夹', { 'data/测试县/2022.yaml': y22, 'data/测试县/2023.yaml/a': 'a' }, ['diff', 'data/测试县'], [1, 2]],
    ['diff 有错的文件', { 'data/测试县/2022.yaml': y22, 'data/测试县/2023.yaml': '地区: [' }, ['diff', 'data/测试县'], [1]],
    ['check 叫 2023.yaml 的文件夹', { 'data/测试县/2023.yaml/a': 'a' }, ['check', 'data'], [1]],
    ['check 只有空文件夹', { 'data/测试县/.keep': '' }, ['check', 'data'], [1]],
    ['new 2101 年', { 'data/测试县/2023.yaml': y23 }, ['new', '测试县', '2101'], [0, 1, 2]],
    ['new 0000 年', { 'data/测试县/2023.yaml': y23 }, ['new', '测试县', '0000'], [1, 2]],
    ['new 99999 年', { 'data/测试县/2023.yaml': y23 }, ['new', '测试县', '99999'], [2]],
    ['new 年度是 2024.5', { 'data/测试县/2023.yaml': y23 }, ['new', '测试县', '2024.5'], [2]],
    ['new 上年度是 UTF-16', { 'data/测试县/2023.yaml': gbkPrior }, ['new', '测试县', '2024'], [0]],
    [
      'new 上年度是 GBK 风格的坏文件',
      { 'data/测试县/2023.yaml': Buffer.from([0xb2, 0xe2, 0x81, 0x20, 0x0a]) },
      ['new', '测试县', '2024'],
      [1],
    ],
    ['new 上年度有被拒绝的模板写法', { 'data/测试县/2023.yaml': report({ 导语: '{{this}}' }) }, ['new', '测试县', '2024'], [1]],
    ['new 县不存在', {}, ['new', '没有县', '2024'], [1]],
    ['new --data 是文件', { d: 'x' }, ['new', '测试县', '2024', '--data', 'd'], [1, 2]],
    ['new --data 为空', { 'data/测试县/2023.yaml': y23 }, ['new', '测试县', '2024', '--data', ''], [1, 2]],
  ];
  return cases.map(([name, files, argv, exit, check]) => ({
    family: 'diff-new',
    name,
    files,
    argv,
    exit,
    outputs: ['data/测试县/2024.yaml', 'data/测试县/2102.yaml', 'data/report.schema.json', 'out/'],
    budgetMs: 20_000,
    ...(check ? { check } : {}),
  }));
}

export function templateCases(): Case[] {
  const std = {
    'tpl/报告.hbs': '{{块 标题}}{{块 主送}}{{块 导语}}{{#each 章}}{{块 this}}{{/each}}{{块 结束语}}{{块 署名}}{{块 日期}}{{块 附注}}',
    'tpl/标题.hbs': '{{地区}}{{年度}}年度法治政府建设情况报告',
  };
  const layouts: [string, string, number[]][] = [
    ['字体名里有 U+FFFE', `字体: {正文: ${q('仿宋\ufffe')}}`, [0, 1]],
    ['字体名里有 U+0001', `字体: {正文: ${q('仿宋\u0001')}}`, [0, 1]],
    ['字体名里有尖括号和 &', `字体: {正文: ${q('仿宋"/><w:b/><x a="&')}}`, [0, 1]],
    ['字体名里有 ]]>', `字体: {正文: ${q(']]>仿宋')}}`, [0, 1]],
    ['字体名一万字', `字体: {正文: ${q('仿'.repeat(10_000))}}`, [1]],
    ['编号里有换行和 :::', `编号: {一级: ${q('{汉字}、\n\n::: signature\n伪造的署名\n:::\n')}}`, [1]],
    ['编号里有 Markdown 标题', `编号: {一级: ${q('\n# 伪造的标题\n{汉字}、')}}`, [1]],
    ['字号 0', '字号: {正文: 0}', [1]],
    ['字号 1e9', '字号: {正文: 1000000000}', [1]],
    ['纸张宽 -1', '纸张: {宽: -1, 高: 297}', [1]],
    ['每行字数 0', '每行字数: 0', [1]],
  ];
  const cases: Case[] = [];
  for (const [name, layout, exit] of layouts) {
    cases.push({
      family: 'template',
      name: `版式 ${name}`,
      files: { ...std, 'tpl/版式.yaml': layout + '\n', 'data/测试县/2023.yaml': report() },
      argv: ['build', 'data/测试县/2023.yaml', '--template', './tpl'],
      exit,
      budgetMs: 15_000,
      check: (ctx) => {
        const md = ctx.read('out/测试县/2023年度法治政府建设情况报告.md') ?? '';
        return /伪造/.test(md) ? ['版式的文字在文档里伪造了结构'] : [];
      },
    });
    cases.push({
      family: 'template',
      name: `数据的版式 ${name}`,
      files: { 'data/测试县/2023.yaml': report({ tail: `版式: {${layout.replace(/^(\S+): /, '$1: ')}}\n` }) },
      argv: ['build', 'data/测试县/2023.yaml'],
      exit,
      budgetMs: 15_000,
      check: (ctx) => {
        const md = ctx.read('out/测试县/2023年度法治政府建设情况报告.md') ?? '';
        return /伪造/.test(md) ? ['版式的文字在文档里伪造了结构'] : [];
      },
    });
  }
  const hbs: [string, Record<string, string>, number[]][] = [
    ['标题.hbs 语法错误', { 'tpl/标题.hbs': '{{地区' }, [1]],
    ['标题.hbs 用 {{log}}', { 'tpl/标题.hbs': '{{log "完成：生成 99 份"}}{{地区}}报告' }, [1]],
    ['标题.hbs 用 {{this}}', { 'tpl/标题.hbs': '{{this}}' }, [1]],
    ['标题.hbs 用 {{lookup}}', { 'tpl/标题.hbs': '{{lookup 地区 "constructor"}}' }, [1]],
    ['标准语句用 {{#each}}', { 'tpl/partials/行政复议.hbs': '{{#each 指标}}{{@key}}{{/each}}' }, [1]],
    ['标准语句用 {{log}}', { 'tpl/partials/行政复议.hbs': '{{log "完成"}}' }, [1]],
    ['标准语句调用自己', { 'tpl/partials/行政复议.hbs': '{{> 行政复议}}' }, [1]],
    ['两个标准语句互相调用', { 'tpl/partials/行政复议.hbs': '{{> 法律援助}}', 'tpl/partials/法律援助.hbs': '{{> 行政复议}}' }, [1]],
    ['报告.hbs 用 {{log}}', { 'tpl/报告.hbs': '{{log "完成：生成 99 份"}}' + std['tpl/报告.hbs'] }, [1]],
    ['报告.hbs 语法错误', { 'tpl/报告.hbs': '{{#each 章}}' }, [1]],
    ['报告.hbs 一万层 #each', { 'tpl/报告.hbs': '{{#each 章}}'.repeat(10_000) + '{{/each}}'.repeat(10_000) }, [1]],
  ];
  for (const [name, files, exit] of hbs) {
    cases.push({
      family: 'template',
      name,
      files: { ...std, 'tpl/版式.yaml': '每页行数: 22\n', 'data/测试县/2023.yaml': report({ 内容: '{{> 行政复议}}' }), ...files },
      argv: ['build', 'data/测试县/2023.yaml', '--template', './tpl'],
      exit,
      budgetMs: 15_000,
      check: (ctx) => (/完成：生成 99 份/.test(ctx.results[0]?.stdout ?? '') ? ['模板的文字印到了终端上'] : []),
    });
  }
  return cases;
}
