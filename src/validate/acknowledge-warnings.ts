/**
 * 县里决定保留的警告（本县报告不单列履职情况、这一段确实年年一样）：在数据文件里写明原因，
 * check 不再把它们算作警告，--strict 也能通过；但不藏起来，检查结果的最后一行列出它们。
 *   顶层：忽略: {content/missing-duties: 本县报告不单列履职情况}        —— 这个代码的全部警告
 *   行末：正文的一行 # fzbg: 忽略 text/stale 这段是固定的表述          —— 只管这一行的警告
 * 只有警告能忽略：写了错误的代码、不认识的代码、没写原因，本身就是一个错误；忽略了却没有这条警告，提醒删掉它。
 */
import { CODES, isCode, type Code } from '../diagnostics/codes.js';
import { fileDiagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../model/data-path.js';
import { didYouMean } from '../text/did-you-mean.js';

/** 确认保留的一条警告和原因。 */
export interface AcknowledgedWarning extends Diagnostic {
  reason: string;
}

/** 文件里写的一条"忽略"。line：行末注释的那一行（只管这一行）；顶层的"忽略"为 undefined（管全文）。 */
interface Acknowledgment {
  code: string;
  reason: string;
  at: Position;
  line?: number;
}

interface AcknowledgeSource {
  readonly file: string;
  readonly text: string;
  positionOf(path: DataPath, key?: boolean): Position;
}

/** 行末的注释 # fzbg: 忽略 <代码> <原因>（冒号全角半角都认）。 */
const INLINE = /(?:^|\s)#\s*fzbg\s*[:：]\s*忽略\s*(\S*)\s*(.*)$/;

export function acknowledgeWarnings(
  list: readonly Diagnostic[],
  source: AcknowledgeSource,
  topLevel: Readonly<Record<string, string | undefined>> | undefined,
): { diagnostics: Diagnostic[]; acknowledged: AcknowledgedWarning[] } {
  const acks: Acknowledgment[] = [
    ...Object.entries(topLevel ?? {}).map(([code, reason]) => ({
      code,
      reason: (reason ?? '').trim(),
      at: source.positionOf(['忽略', code], true),
    })),
    ...inlineAcknowledgments(source.text),
  ];
  if (acks.length === 0) return { diagnostics: [...list], acknowledged: [] };
  const problems: Diagnostic[] = [];
  const valid = acks.filter((a) => {
    const wrong = checkAcknowledgment(a, source.file);
    if (wrong) problems.push(wrong);
    return wrong === undefined;
  });
  const used = new Set<Acknowledgment>();
  const diagnostics: Diagnostic[] = [];
  const acknowledged: AcknowledgedWarning[] = [];
  for (const d of list) {
    const ack =
      d.severity === 'warning' && d.file === source.file
        ? (valid.find((a) => a.code === d.code && a.line === d.line) ?? valid.find((a) => a.code === d.code && a.line === undefined))
        : undefined;
    if (ack) {
      used.add(ack);
      acknowledged.push({ ...d, reason: ack.reason });
    } else diagnostics.push(d);
  }
  for (const a of valid) {
    if (used.has(a)) continue;
    diagnostics.push(
      fileDiagnostic('ack/unused', source.file, `写了忽略"${a.code}"，这次却没有这条警告${a.line === undefined ? '' : '（这一行）'}。`, {
        fix: '问题已经改正了的话，删掉这条忽略；否则检查它是不是写在了出警告的那一行。',
        ...a.at,
      }),
    );
  }
  return { diagnostics: [...diagnostics, ...problems], acknowledged };
}

function inlineAcknowledgments(text: string): Acknowledgment[] {
  const out: Acknowledgment[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = INLINE.exec(line);
    if (!m) return;
    const hash = line.indexOf('#', m.index);
    // 注释的 # 前面的引号要成对，否则 # 在引号里的文字中
    if ((line.slice(0, hash).match(/"/g) ?? []).length % 2 === 1) return;
    out.push({ code: m[1] ?? '', reason: (m[2] ?? '').trim(), at: { line: i + 1, column: hash + 1 }, line: i + 1 });
  });
  return out;
}

/** 写得不对的忽略：说明错在哪里（返回一个错误），写得对时为 undefined。 */
function checkAcknowledgment(a: Acknowledgment, file: string): Diagnostic | undefined {
  const at = a.at;
  if (a.code === '' || !isCode(a.code)) {
    const guess = didYouMean(a.code, WARNING_CODES);
    return fileDiagnostic('ack/unknown-code', file, `忽略的代码"${a.code}"不存在。`, {
      fix: `${guess ? `是不是要写"${guess}"？` : ''}代码照 check 报的写，如 text/stale、content/missing-duties（README 的代码表里有全部代码）。`,
      ...at,
    });
  }
  if (CODES[a.code].severity === 'error') {
    return fileDiagnostic('ack/not-a-warning', file, `"${a.code}"（${CODES[a.code].meaning}）是错误，不能忽略。`, {
      fix: '错误必须改正，文档才能生成；删掉这条忽略，按 check 的提示改正。',
      ...at,
    });
  }
  if (a.reason === '') {
    return fileDiagnostic('ack/no-reason', file, `忽略"${a.code}"没有写原因。`, {
      fix: a.line === undefined ? `写上为什么保留这条警告：${a.code}: <原因>。` : `在代码后面写上原因：# fzbg: 忽略 ${a.code} <原因>。`,
      ...at,
    });
  }
  return undefined;
}

/** 能忽略的代码（警告，和"看情况"的）。 */
const WARNING_CODES: readonly Code[] = (Object.keys(CODES) as Code[]).filter((c) => CODES[c].severity !== 'error');
