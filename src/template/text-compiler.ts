import type Handlebars from 'handlebars';

type Compiler = typeof Handlebars.JavaScriptCompiler;
type AppendToBuffer = (source: unknown, location: unknown, explicit: unknown) => unknown;

/**
 * 正文里相邻的两个 {{…}} 是把两段文字接起来："{{a}}{{b}}" 在 a=12、b=3 时是"123"。Handlebars 把一段程序里
 * 开头相邻的输出编成 JavaScript 的 a + b，两个都是数字时相加成 15（在 {{#if}} 里或整段只有引用时都会这样）。
 * 这里让这个环境的编译器把每个输出先变成文字再接上，结果总是按文字连接。
 */
export function concatenateOutputsAsText(hbs: typeof Handlebars): void {
  const Base: Compiler = hbs.JavaScriptCompiler;
  const base = (Base.prototype as unknown as { appendToBuffer: AppendToBuffer }).appendToBuffer;
  class TextCompiler extends Base {}
  (TextCompiler.prototype as unknown as { appendToBuffer: AppendToBuffer }).appendToBuffer = function (
    this: unknown,
    source: unknown,
    location: unknown,
    explicit: unknown,
  ) {
    const parts = Array.isArray(source) ? source : [source];
    return base.call(this, ['String(', ...parts, ')'], location, explicit);
  };
  // {{#if}}、{{#each}} 里面的程序由 prototype.compiler 编译：也要用这个编译器。
  (TextCompiler.prototype as unknown as { compiler: Compiler }).compiler = TextCompiler;
  hbs.JavaScriptCompiler = TextCompiler;
}
