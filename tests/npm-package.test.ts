/**
 * npm 包：打出 .tgz，装进一个空的前缀（npm install -g --prefix），从另一个文件夹对复制出来的数据运行 fzbg build。
 * 包只有一个：库都打进了 dist/bundle，运行时不依赖别的包，所以安装不下载、不报 EBADENGINE（docx 带的 nanoid 要 Node 22）。
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFzbg } from '../scripts/pack.js';

describe('npm 包', () => {
  it('打包、装进空前缀、在别的文件夹里生成，只装了一个包', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-pack-'));
    const tgz = packFzbg(process.cwd(), join(dir, 'tgz'));
    const listing = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain('package/dist/bundle/fzbg.js');
    expect(listing).toContain('package/templates/标准/版式.yaml');
    expect(listing).toContain('package/dist/generated/report-validator.cjs');
    expect(listing.filter((f) => f.startsWith('package/tests/') || f.startsWith('package/src/'))).toEqual([]);

    const prefix = join(dir, 'prefix');
    mkdirSync(prefix);
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tgz], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE|warn/i);
    expect(install.stdout).toMatch(/added 1 package/);
    const installed = execFileSync('npm', ['ls', '-g', '--prefix', prefix, '--all', '--parseable'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((p) => p.includes('node_modules'));
    expect(installed.map((p) => p.split(/[\\/]node_modules[\\/]/).pop())).toEqual(['fzbg']);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', 'fzbg'))).not.toContain('node_modules');

    // 别的文件夹：模板要从装好的包里找到，不是从当前目录。
    const work = join(dir, '办公室');
    mkdirSync(join(work, '数据'), { recursive: true });
    cpSync('data/南昌县', join(work, '数据', '南昌县'), { recursive: true });
    cpSync('data/示例县', join(work, '数据', '示例县'), { recursive: true });
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` };
    const build = spawnSync('fzbg', ['build', '数据', '--out', '输出'], { cwd: work, env, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/完成：生成 3 份，失败 0 份/);
    for (const f of ['南昌县/2023', '示例县/2023', '示例县/2024']) {
      const [region, year] = f.split('/');
      expect(existsSync(join(work, '输出', region!, `${year}年度法治政府建设情况报告.docx`)), f).toBe(true);
    }
    const version = spawnSync('fzbg', ['--version'], { cwd: work, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);
});
