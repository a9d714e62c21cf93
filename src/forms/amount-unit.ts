/**
 * 金额的单位：填报表一律要万元（部门报账习惯用万元），数据文件里个别县写亿元（单位: 亿元）。
 * 读回时按数据文件里的单位换算，正文里"1.165亿元"的写法不变。
 */

/** 1 个这种单位是多少万元；不是金额单位时为 undefined。 */
export function wanYuanPer(unit: string | undefined): number | undefined {
  if (unit === undefined || unit === '万元') return 1;
  if (unit === '亿元') return 10000;
  if (unit === '元') return 0.0001;
  return undefined;
}

/** 去掉换算带来的浮点尾巴（1.165 × 10000 = 11649.999…）。 */
export function tidy(n: number): number {
  return Number(n.toFixed(6));
}
