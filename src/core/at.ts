/**
 * 按下标取列表的一项，下标一定在范围内的地方用（动态规划、成对的列表）：越界是程序的 bug，抛出而不是悄悄给 undefined。
 */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`下标 ${index} 超出范围（共 ${list.length} 项）`);
  return value;
}
