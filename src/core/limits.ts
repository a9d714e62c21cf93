/**
 * 预算：每个阶段能做多少工作，都在这一处。数字按真实的报告定（四份种子报告和 18 份导入语料里最大的
 * 约 30 KB 数据、300 个 {{…}}、一段最长约 2,000 字），留出十倍以上的余地；超出时给中文的错误，
 * 决不跑上几十秒、吃掉几 GB 内存。README 的"预算"一节有同样的表，并说明每个数字的来由。
 */
export const LIMITS = {
  /** 数据文件、模板文件、导入的 .txt 最多读这么多字节（读的时候数，不信 stat：设备和管道的大小是 0）。 */
  sourceBytes: 2 * 1024 * 1024,
  /** 模板里的一个文件（版式.yaml、*.hbs）。 */
  templateFileBytes: 256 * 1024,
  /** 导入的 .docx（压缩后）。 */
  docxBytes: 20 * 1024 * 1024,
  /** 导入的 .docx 解压后的总大小（一份 100 页的报告的 document.xml 不过几 MB）。 */
  docxInflatedBytes: 64 * 1024 * 1024,
  /** 导入的报告最多这么多行（段）：最长的种子报告约 150 段。 */
  importLines: 20_000,
  /** YAML 的嵌套层数（正文最多四级，连同 指标、版式 不过十层）。 */
  yamlDepth: 64,
  /** YAML 的锚点（&名字）个数（数据文件不用锚点；留给手写的少量复用）。 */
  yamlAnchors: 500,
  /** 一个映射里的键数（指标目录最大的组约 20 个字段；自定义的指标不过几十个）。 */
  mappingKeys: 2_000,
  /** 一个列表的项数（要点、事项、章）。 */
  sequenceItems: 5_000,
  /** 一段文字里 {{…}} 的个数（真实的一段不过二十个）。 */
  expressionsPerText: 1_000,
  /** 文字里 {{#if}} 的嵌套层数。 */
  blockDepth: 8,
  /** 模板的 报告.hbs 里 {{#each}}、{{#if}} 的嵌套层数（标准模板 3 层）。 */
  templateBlockDepth: 16,
  /** 一段文字求值后的字数（标准语句会放大文字；数据文件本身 2 MB 以内）。 */
  renderedTextChars: 1_000_000,
  /** 整份文档渲染后的字数（数据文件 2 MB 以内，标准语句会放大一些）。 */
  documentChars: 4_000_000,
  /** 版式里的一个写法（字体名、编号写法）的字数。 */
  layoutText: 64,
  /** diff：一年的报告最多这么多段（块；最大的种子报告 93 块）。比较要两两对照两年的段落、事项，工作量是块数的平方。 */
  diffBlocks: 500,
  /** diff：逐词比较一段时最多找这么多处改动（再多就整段算改写；真实的一段改动不过几十处）。 */
  diffEdits: 5_000,
  /** 相似度：两段合起来超过这么多字时只按共有的字数估（最长的真实段落约 2,000 字）。 */
  similarityChars: 20_000,
  /** 批量生成时一个县最多用这么多秒（最大的合法输入约 3 秒；超时的工作线程换掉，这个县记为失败）。 */
  countySeconds: 60,
  /** 批量生成的一个工作线程最多用这么多 MB 堆（最大的合法输入约 300 MB）。 */
  workerHeapMb: 1024,
  /** 地区名的字数（最长的县级单位名约 10 个字）。 */
  regionChars: 30,
  /** 年度的范围。 */
  firstYear: 1990,
  lastYear: 2100,
} as const;

/** 批量生成时一个县的时间预算（秒）：环境变量 FZBG_COUNTY_SECONDS 可以调小（测试用它让正常的大文件"超时"）。 */
export function countySeconds(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.FZBG_COUNTY_SECONDS);
  return Number.isFinite(v) && v > 0 ? v : LIMITS.countySeconds;
}
