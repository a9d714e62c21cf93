/**
 * 服务回答的形状：就是 src/serve/ 里的类型（只引用类型，打包时抹掉，前端不带服务端的代码）。
 * 一处定义，服务端改了形状，前端编译不过。
 */
export type { DraftCheck, Problem } from '../src/serve/check-draft.js';
export type { CountyYears } from '../src/serve/data-folder.js';
export type { FigureGroupRows, FigureRow } from '../src/serve/figure-rows.js';
