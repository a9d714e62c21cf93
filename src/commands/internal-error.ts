/**
 * 程序自己的故障（bug）怎么告诉办事员：一句中文、错误的原文（给维护者），不印调用栈——
 * 要调用栈时设环境变量 FZBG_DEBUG=1。退出码 3。
 */
export function internalErrorText(e: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const message = e instanceof Error ? e.message : String(e);
  const head = `fzbg 内部错误（这是程序的 bug，请把这段话报告给维护者）：${message.split('\n')[0] ?? ''}`;
  if (env.FZBG_DEBUG && e instanceof Error && e.stack) return `${head}\n${e.stack}`;
  return `${head}\n（设置环境变量 FZBG_DEBUG=1 再运行一次，可以看到给维护者的详细信息。）`;
}
