/** 红队用例的数据文件：一份最小的、能生成的报告，各处的文字可以换掉。 */

export interface ReportParts {
  地区?: string;
  年度?: number | string;
  导语?: string;
  章标题?: string;
  内容?: string;
  要点?: string;
  /** 加在"指标"下的几行（已缩进两格）。 */
  指标?: string;
  /** 加在文件末尾的几行。 */
  tail?: string;
}

/** YAML 的双引号字符串（JSON 的写法 YAML 也认）。 */
export const q = (s: string): string => JSON.stringify(s);

export function report(p: ReportParts = {}): string {
  const region = p.地区 ?? '测试县';
  const year = p.年度 ?? 2023;
  return `地区: ${q(region)}
年度: ${year}
发文机关: ${q(region + '人民政府')}
成文日期: ${Number(year) + 1}-01-20
指标:
  行政复议: {收到申请: 58, 受理: 51}
  法律援助: {案件: 312}
${p.指标 ?? ''}导语: ${q(p.导语 ?? '{{年度}}年，本县扎实推进法治政府建设。现将有关情况报告如下：')}
正文:
  - 类别: 工作情况
    标题: ${q(p.章标题 ?? '主要工作')}
    事项:
      - 标题: 做好行政复议工作
        内容: ${q(p.内容 ?? '全年共收到行政复议申请{{指标.行政复议.收到申请}}件，受理{{指标.行政复议.受理}}件，办理法律援助案件{{指标.法律援助.案件}}件。')}
  - 类别: 履职情况
    标题: 主要负责人履行职责情况
    要点: [${q(p.要点 ?? '认真履行第一责任人职责。')}]
  - 类别: 存在问题
    标题: 存在的主要问题
    要点: [少数单位领导履职尽责还不够到位。]
  - 类别: 下步打算
    标题: "{{下一年度}}年工作打算"
    要点: [持续深化法治政府建设。]
${p.tail ?? ''}`;
}

/** 同一个县上一年度的文件（数字不同）。 */
export function priorReport(p: ReportParts = {}): string {
  return report({ ...p, 年度: Number(p.年度 ?? 2023) - 1 })
    .replace('收到申请: 58, 受理: 51', '收到申请: 50, 受理: 45')
    .replace('案件: 312', '案件: 300');
}

/** 一个小的、确定的伪随机数（用例可重现）。 */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}
