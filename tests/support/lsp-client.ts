/**
 * 最小的语言服务器客户端：用标准输入输出和真正的 yaml-language-server（VS Code 的 YAML 扩展用的同一个服务器）说 LSP，
 * 语言设为 zh-cn。只做测试用得到的：打开文件、等它的诊断、要补全。
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

export interface LspCompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  insertTextFormat?: number;
  textEdit?: { newText: string };
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class YamlLanguageServer {
  private readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiting = new Map<string, ((d: LspDiagnostic[]) => void)[]>();

  constructor() {
    const bin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
    this.child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      locale: 'zh-cn',
      capabilities: {
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
        workspace: { configuration: true },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
  }

  /** 打开一个文件，等服务器发来它的诊断。 */
  async open(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const got = new Promise<LspDiagnostic[]>((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return got;
  }

  async completion(file: string, line: number, character: number): Promise<LspCompletionItem[]> {
    const r = (await this.request('textDocument/completion', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as { items: LspCompletionItem[] } | LspCompletionItem[];
    return Array.isArray(r) ? r : r.items;
  }

  async hover(file: string, line: number, character: number): Promise<string> {
    const r = (await this.request('textDocument/hover', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as {
      contents: { value: string } | string;
    } | null;
    return r === null ? '' : typeof r.contents === 'string' ? r.contents : r.contents.value;
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.child.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: LspDiagnostic[]; items?: unknown[] };
        result?: unknown;
        error?: { message: string };
      };
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: {
    id?: number;
    method?: string;
    params?: { uri: string; diagnostics: LspDiagnostic[]; items?: unknown[] };
    result?: unknown;
    error?: { message: string };
  }): void {
    if (m.method === 'textDocument/publishDiagnostics' && m.params) {
      this.diagnostics.set(m.params.uri, m.params.diagnostics);
      const w = this.waiting.get(m.params.uri);
      if (w?.length) w.shift()!(m.params.diagnostics);
      return;
    }
    if (m.method && m.id !== undefined) {
      // 服务器问客户端的：设置（每一项都给同样的 yaml 设置）、注册能力等，一律应答。
      const result = m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => SETTINGS) : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
      return;
    }
    if (m.id !== undefined) {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error.message));
      else p?.resolve(m.result);
    }
  }
}

const SETTINGS = { validate: true, completion: true, hover: true, format: { enable: false }, schemas: {} };
