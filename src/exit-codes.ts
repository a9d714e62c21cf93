/** 退出码：0 成功；1 输入有错（信息里说明在哪里）；2 命令行写错；3 程序内部错误（是 bug）。 */
export const EXIT = { ok: 0, badInput: 1, badUsage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
