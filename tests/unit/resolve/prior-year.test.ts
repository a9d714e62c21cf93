/** 上一年度的文件：同一文件夹里 年度−1，扩展名与本文件相同。 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priorYearPath } from '../../../src/resolve/prior-year.js';

describe('priorYearPath', () => {
  it.each([
    ['data/南昌县/2023.yaml', 2023, join('data/南昌县', '2022.yaml')],
    ['data/南昌县/2023.yml', 2023, join('data/南昌县', '2022.yml')],
    ['data/南昌县/2023.YAML', 2023, join('data/南昌县', '2022.YAML')],
    ['2023.yaml', 2023, '2022.yaml'],
    ['data/南昌县/报告', 2023, join('data/南昌县', '2022.yaml')],
  ])('%s（年度 %i）→ %s', (file, year, prior) => {
    expect(priorYearPath(file, year)).toBe(prior);
  });

  it('按"年度"算，不按文件名（2023.备份.yaml 的年度 2023 → 2022.yaml）', () => {
    expect(priorYearPath('data/甲县/2023.备份.yaml', 2023)).toBe(join('data/甲县', '2022.yaml'));
    expect(priorYearPath('data/甲县/2020.yaml', 2023)).toBe(join('data/甲县', '2022.yaml'));
  });
});
