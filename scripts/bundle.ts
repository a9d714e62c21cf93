/**
 * 把命令行打成一个 ESM 包（esbuild）：启动时不必逐个解析、加载上百个模块文件。
 * 各命令仍按需加载（代码拆分成几块）：check 不加载 docx 库。输出 dist/bundle/，bin/fzbg.js 优先用它。
 */
import { build } from 'esbuild';

await build({
  entryPoints: { fzbg: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts', 'summary-worker': 'src/summary/summary-worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  // 预编译的 Ajv 校验代码在运行时按路径加载；CommonJS 的库里有 require：给包一个 require。
  banner: {
    js: "import { createRequire as __fzbgCreateRequire } from 'node:module'; const require = __fzbgCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
console.log('已打包到 dist/bundle/');
