import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // 两核机器：LibreOffice 测试自己占一个进程，别的测试文件并行两路。
    maxWorkers: 2,
  },
});
