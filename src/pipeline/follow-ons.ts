/**
 * 一个手误一条信息：由前面报过的问题引出的问题（"连带问题"）不报。规则只有一条——
 * 检查时在内存里修补或猜过的东西，它上面再查出来的问题都是连带的：
 *   1. 读不下去的行（换成了无害的值）、Tab 缩进按上下文猜的行：这些行上除 YAML 本身的那条以外的问题；
 *   2. 数据格式不对、修补过的数据（写错的数字当作没填、写错的键当作最像的那个键）：这些行上的提醒（"还没有填"等）；
 *   3. 说的是上面两种数据的问题（正文引用了读不下去的那一组指标）。
 * 修补是确定的（全角冒号、以 {{ 开头的值加引号）时，改正后的那一行照常检查，那里的别的问题是独立的。
 */
import type { Diagnostic, Problem } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { DataPath } from '../model/data-path.js';

export interface FollowOns {
  /** 问题（还没落到行列上）说的数据是修补过的：不报。 */
  concernsRepaired(p: Problem): boolean;
  /** 去掉落在修补过、猜过的行上的连带问题。 */
  filter(list: readonly Diagnostic[]): Diagnostic[];
}

export function followOns(source: SourceFile, repairedPaths: readonly DataPath[] = []): FollowOns {
  const repaired = new Set(repairedPaths.map((p) => source.keyLineOf(p) ?? source.positionOf(p).line));
  const guessed = source.guessed;
  const repairedKeys = new Set(repairedPaths.map((p) => JSON.stringify(p)));
  return {
    concernsRepaired: (p) => {
      const about = p.concerns;
      if (about === undefined) return false;
      // 说的那项数据或它的上级是修补过的，或它的键在猜过的行上。
      return about.some((_, i) => {
        const prefix = about.slice(0, i + 1);
        if (repairedKeys.has(JSON.stringify(prefix))) return true;
        const line = source.keyLineOf(prefix);
        return line !== undefined && guessed.has(line);
      });
    },
    filter: (list) =>
      list.filter((d) => {
        if (d.file !== source.file || d.code.startsWith('yaml/') || d.code.startsWith('encoding/')) return true;
        if (guessed.has(d.line)) return false;
        return d.code.startsWith('schema/') || !repaired.has(d.line);
      }),
  };
}
