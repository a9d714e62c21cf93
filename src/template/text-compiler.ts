import type Handlebars from 'handlebars';

/** Handlebars 的类型声明里没有编译器：这里只用到的部分。 */
type AppendToBuffer = (this: unknown, source: unknown, location: unknown, explicit: unknown) => unknown;
interface CompilerClass {
  new (): object;
  prototype: { appendToBuffer: AppendToBuffer; compiler: CompilerClass };
}

/**
 * 正文里相邻的两个 {{…}} 是把两段文字接起来："{{a}}{{b}}" 在 a=12、b=3 时是"123"。Handlebars 把一段程序里
 * 开头相邻的输出编成 JavaScript 的 a + b，两个都是数字时相加成 15（在 {{#if}} 里或整段只有引用时都会这样）。
 * 这里让这个环境的编译器把每个输出先变成文字再接上，结果总是按文字连接。
 */
export function concatenateOutputsAsText(hbs: typeof Handlebars): void {
  const env = hbs as unknown as { JavaScriptCompiler: CompilerClass };
  const Base = env.JavaScriptCompiler;
  const base = Base.prototype.appendToBuffer;
  // Handlebars 文档里扩展编译器的写法：一个构造函数，原型继承自原来的编译器。
  const TextCompiler = function () {} as unknown as CompilerClass;
  const proto = Object.create(Base.prototype) as CompilerClass['prototype'];
  TextCompiler.prototype = proto;
  proto.appendToBuffer = function (source, location, explicit) {
    const parts: unknown[] = Array.isArray(source) ? source : [source];
    return base.call(this, ['String(', ...parts, ')'], location, explicit);
  };
  // {{#if}}、{{#each}} 里面的程序由 prototype.compiler 编译：也要用这个编译器。
  proto.compiler = TextCompiler;
  env.JavaScriptCompiler = TextCompiler;
}
