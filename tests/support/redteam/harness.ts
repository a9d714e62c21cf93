/**
 * 红队测试的运行器：每个用例在自己的沙箱里（/tmp/fzbg-rt-…/work 是当前目录，旁边的 outside/ 放"受害"文件和设备），
 * 以子进程运行 bin/fzbg.js（有时间预算、内存上限），然后查：按时结束、退出码合适、没有栈和内部英文信息、
 * 没有写到输出以外的地方、没有替换已有的文件、没有留下临时文件、写出的每个 .docx 都通过 OOXML 校验。
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** 沙箱里的一个文件：文字、字节，或特殊的东西。路径相对于 work/（以 outside/ 开头的相对于沙箱根）。 */
export type Entry =
  | string
  | Uint8Array
  | { symlink: string }
  | { fifo: true }
  | { dir: true }
  | { device: 'null' | 'zero' | 'full' | 'urandom' }
  | { mode: number; text: string };

interface RunResult {
  exit: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** 进程结束时还在运行的、命令行里有沙箱路径的进程（如 LibreOffice）。 */
  leftover: string;
}

export interface Case {
  family: string;
  name: string;
  /** 沙箱里的文件（相对于 work/；outside/… 相对于沙箱根）。 */
  files?: Record<string, Entry>;
  /** 命令行；{root} 换成沙箱根，{outside} 换成 outside 文件夹。 */
  argv: string[];
  /** 可以接受的退出码。 */
  exit: readonly number[];
  /** 时间预算（毫秒）。 */
  budgetMs: number;
  /** 新文件可以出现的地方（相对于 work/ 的前缀），默认 out/。 */
  outputs?: readonly string[];
  /** 可以被改写的已有文件（相对于 work/ 的前缀），默认只有 out/ 下的（build 重写自己的输出）。 */
  mayReplace?: readonly string[];
  /** 同时运行几份同样的命令（竞争）；结果交给 check。 */
  parallel?: number;
  /** 额外的检查：返回发现的问题。 */
  check?: (ctx: CaseContext) => string[];
  env?: Record<string, string>;
  /** 可以删掉的已有文件（相对于 work/ 的前缀，如过期的临时文件）。 */
  mayDelete?: readonly string[];
  /** 过这么多毫秒后给进程发信号（Ctrl-C、kill），看它留下什么。 */
  signalAfterMs?: number;
  signal?: NodeJS.Signals;
  /** 子进程的堆上限（MB）。 */
  heapMb?: number;
}

export interface CaseContext {
  root: string;
  work: string;
  results: RunResult[];
  /** 相对于 work/ 的新文件和改过的文件。 */
  created: string[];
  read(rel: string): string | undefined;
}

export interface CaseOutcome {
  family: string;
  name: string;
  failures: string[];
  ms: number;
  exit: number | null;
}

const here = dirname(fileURLToPath(import.meta.url));
/** 仓库根：tests/support/redteam 往上三级（编译后在 dist/tests/support/redteam，往上四级）。 */
function repoRoot(): string {
  for (const up of ['../../..', '../../../..']) {
    const p = join(here, up);
    try {
      if (lstatSync(join(p, 'bin', 'fzbg.js')).isFile()) return p;
    } catch {
      // 继续找
    }
  }
  throw new Error('找不到 bin/fzbg.js');
}

/** 要测的 fzbg：环境变量 FZBG_REDTEAM_BIN 指向别的 bin/fzbg.js（"之前"的代码），默认本仓库的。 */
function fzbgBin(): string {
  return process.env.FZBG_REDTEAM_BIN ?? join(repoRoot(), 'bin', 'fzbg.js');
}

const DEVICES = { null: [1, 3], zero: [1, 5], full: [1, 7], urandom: [1, 9] } as const;

function place(root: string, work: string, rel: string, entry: Entry): void {
  const p = rel.startsWith('outside/') ? join(root, rel) : join(work, rel);
  mkdirSync(dirname(p), { recursive: true });
  if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(p, entry);
  else if ('symlink' in entry) symlinkSync(entry.symlink.replaceAll('{root}', root).replaceAll('{outside}', join(root, 'outside')), p);
  else if ('fifo' in entry) execFileSync('mkfifo', [p]);
  else if ('dir' in entry) mkdirSync(p, { recursive: true });
  else if ('device' in entry) {
    const [major, minor] = DEVICES[entry.device];
    execFileSync('mknod', [p, 'c', String(major), String(minor)]);
  } else writeFileSync(p, entry.text, { mode: entry.mode });
}

interface Node {
  kind: string;
  ino: number;
  hash: string;
}

/** 沙箱里每一项（不跟随符号链接）：种类、inode、内容的散列。 */
function snapshot(root: string): Map<string, Node> {
  const map = new Map<string, Node>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      const kind = st.isSymbolicLink()
        ? 'symlink'
        : st.isDirectory()
          ? 'dir'
          : st.isFile()
            ? 'file'
            : st.isFIFO()
              ? 'fifo'
              : st.isCharacterDevice()
                ? 'chardev'
                : 'other';
      const hash =
        kind === 'file' && st.size < 64 * 1024 * 1024 ? createHash('sha1').update(readFileSync(p)).digest('hex') : String(st.size);
      map.set(relative(root, p), { kind, ino: st.ino, hash });
      if (kind === 'dir') walk(p);
    }
  };
  walk(root);
  return map;
}

/** 内部的、英文的、不该给办事员看的东西。 */
const INTERNAL = [
  /^\s+at .+(:\d+:\d+\)?|\(native\))$/m,
  /node:internal/,
  /Maximum call stack/,
  /Invalid string length/,
  /heap out of memory/i,
  /Parse error on line/,
  /Expecting '/,
  /\b(ENOENT|EACCES|EISDIR|ENOTDIR|ENAMETOOLONG|EEXIST|ENOSPC|EPERM|ELOOP|ENXIO|EINVAL|EFBIG|ERR_[A-Z_]+)\b/,
  /\b(TypeError|RangeError|SyntaxError|ReferenceError|AggregateError)\b/,
  /Cannot read propert/,
  /is not a function/,
  /\[object Object\]/,
  /内部错误/,
  /\x1b/,
];

function runOnce(c: Case, work: string, root: string): Promise<RunResult> {
  const argv = c.argv.map((a) => a.replaceAll('{root}', root).replaceAll('{outside}', join(root, 'outside')));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${c.heapMb ?? 1024}`, fzbgBin(), ...argv], {
      cwd: work,
      env: {
        ...process.env,
        NO_COLOR: '1',
        ...Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, v.replaceAll('{root}', root)])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout.length < 1e6 && (stdout += d.toString())));
    child.stderr.on('data', (d: Buffer) => void (stderr.length < 1e6 && (stderr += d.toString())));
    let timedOut = false;
    const interrupt =
      c.signalAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            try {
              process.kill(child.pid ?? 0, c.signal ?? 'SIGINT');
            } catch {
              // 已经结束
            }
          }, c.signalAfterMs);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, c.budgetMs);
    child.on('close', (exit, signal) => {
      clearTimeout(timer);
      if (interrupt) clearTimeout(interrupt);
      const leftover = survivors(root);
      killGroup(child.pid); // 留下的孙进程（LibreOffice）也结束
      resolve({ exit, signal, stdout, stderr, ms: Date.now() - started, timedOut, leftover });
    });
  });
}

function survivors(root: string): string {
  try {
    return execFileSync('pgrep', ['-af', root], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // 已经结束
  }
}

const DEBRIS = /\.tmp-|\.fzbg-pdf-|\.fzbg-tmp|fzbg-lo-/;

/** 运行一个用例，返回发现的问题（空即通过）。validateDocx 给出时，新写的每个 .docx 都交给它校验。 */
export async function runCase(c: Case, validateDocx?: (file: string) => Promise<string[]>): Promise<CaseOutcome> {
  const root = mkdtempSync(join(tmpdir(), 'fzbg-rt-'));
  const work = join(root, 'work');
  mkdirSync(work);
  place(root, work, 'outside/victim.txt', 'VICTIM');
  place(root, work, 'outside/dir/keep.txt', 'KEEP');
  for (const [rel, entry] of Object.entries(c.files ?? {})) place(root, work, rel, entry);
  const before = snapshot(root);
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: c.parallel ?? 1 }, () => runOnce(c, work, root)));
  const failures: string[] = [];
  const after = snapshot(root);
  const outputs = c.outputs ?? ['out/'];
  const mayReplace = c.mayReplace ?? ['out/'];
  const under = (rel: string, prefixes: readonly string[]) => prefixes.some((p) => rel === p.replace(/\/$/, '') || rel.startsWith(p));
  const created: string[] = [];
  for (const [p, n] of after) {
    const old = before.get(p);
    const rel = p.startsWith('work/') ? p.slice(5) : undefined;
    if (!old) {
      if (rel !== undefined) created.push(rel);
      if (rel === undefined) failures.push(`写到了输出以外：${p}`);
      else if (!under(rel, outputs) && n.kind !== 'dir') failures.push(`写到了输出以外：${rel}`);
      if (DEBRIS.test(p)) failures.push(`留下了临时文件：${p}`);
    } else if (old.kind !== n.kind || old.ino !== n.ino || old.hash !== n.hash) {
      if (old.kind === 'dir' && n.kind === 'dir') continue;
      if (rel !== undefined) created.push(rel);
      if (rel === undefined || !under(rel, mayReplace) || old.kind !== 'file')
        failures.push(`替换了已有的${old.kind === 'file' ? '文件' : old.kind}：${p}（${old.kind} → ${n.kind}）`);
    }
  }
  for (const [p, old] of before)
    if (!after.has(p) && old.kind !== 'dir' && !(p.startsWith('work/') && under(p.slice(5), c.mayDelete ?? [])))
      failures.push(`删掉了已有的 ${p}`);
  for (const [i, r] of results.entries()) {
    const tag = results.length > 1 ? `第 ${i + 1} 个进程：` : '';
    if (c.signalAfterMs !== undefined) {
      if (r.timedOut) failures.push(`${tag}收到信号后超过了 ${c.budgetMs} 毫秒还没结束`);
    } else if (r.timedOut) failures.push(`${tag}超过了 ${c.budgetMs} 毫秒的预算（被结束）`);
    else if (r.exit === null || !c.exit.includes(r.exit))
      failures.push(`${tag}退出码 ${r.exit ?? r.signal}，应为 ${c.exit.join('/')}：${(r.stderr || r.stdout).slice(0, 300)}`);
    if (r.leftover) failures.push(`${tag}留下了还在运行的进程：${r.leftover.slice(0, 200)}`);
    const text = r.stdout + '\n' + r.stderr;
    for (const re of INTERNAL) {
      const m = re.exec(text);
      if (m) failures.push(`${tag}输出里有内部信息 ${JSON.stringify(m[0].slice(0, 60))}：${excerpt(text, m.index)}`);
    }
  }
  const ctx: CaseContext = {
    root,
    work,
    results,
    created,
    read: (rel) => {
      try {
        return readFileSync(join(work, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  if (c.check) failures.push(...c.check(ctx));
  if (validateDocx) {
    for (const rel of created.filter((r) => r.endsWith('.docx'))) {
      const p = join(work, rel);
      if (!lstatSync(p).isFile()) continue;
      for (const e of await validateDocx(p)) failures.push(`${rel} 校验不过：${e}`);
    }
  }
  rmSync(root, { recursive: true, force: true });
  return { family: c.family, name: c.name, failures, ms: Date.now() - started, exit: results[0]?.exit ?? null };
}

function excerpt(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 80), at + 120));
}

/** 一批用例，最多 concurrency 个同时运行。 */
export async function runCases(
  cases: readonly Case[],
  concurrency: number,
  validateDocx?: (file: string) => Promise<string[]>,
  onOutcome?: (o: CaseOutcome) => void,
): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const c = cases[next++];
      if (!c) return;
      const o = await runCase(c, validateDocx);
      outcomes.push(o);
      onOutcome?.(o);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}
