import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { fileDiagnostic, locate, type Diagnostic, type Locator, type Problem } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../paths.js';
import { layoutSchema } from '../schema/layout-schema.js';
import { reportSchema } from '../schema/report-schema.js';
import { collapseAnyOf, describeSchemaError, type Schema } from './schema-messages.js';

export const REPORT_SCHEMA = reportSchema;
export const LAYOUT_SCHEMA = layoutSchema();

/** 运行时编译和构建时预编译用同样的选项（allErrors：一次报出全部问题；verbose：信息里要用字段的中文名；inlineRefs 关掉：同一个指标定义只生成一份代码，预编译的文件小四倍、加载快）。 */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false, inlineRefs: false };

/** 构建时预编译的校验代码所在（scripts/precompile.ts 写入）。 */
export const PRECOMPILED_DIR = join(packageRoot(), 'dist', 'generated');
const PRECOMPILED: ReadonlyMap<Schema, string> = new Map([
  [REPORT_SCHEMA, 'report-validator.cjs'],
  [LAYOUT_SCHEMA, 'layout-validator.cjs'],
]);

const compiled = new Map<Schema, ValidateFunction>();

/** 校验函数：有预编译的代码就加载它（快），否则在运行时编译。 */
function validator(schema: Schema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    const name = PRECOMPILED.get(schema);
    const file = name === undefined ? undefined : join(PRECOMPILED_DIR, name);
    if (file && existsSync(file)) {
      const loaded = createRequire(import.meta.url)(file) as ValidateFunction | { default: ValidateFunction };
      v = typeof loaded === 'function' ? loaded : loaded.default;
    } else {
      v = new Ajv(AJV_OPTIONS).compile(schema);
    }
    compiled.set(schema, v);
  }
  return v;
}

export type SchemaResult<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  /** problems：同样的问题，按数据路径（修补一份能往下检查的数据时用）。 */
  | { ok: false; diagnostics: Diagnostic[]; problems: Problem[] };

/** 用 Schema 校验一个文件的数据；所有问题一次报出，每个都有行列和中文说明。 */
export function validateAgainst<T>(schema: Schema, source: Locator & { readonly data: unknown }): SchemaResult<T> {
  if (source.data === null || source.data === undefined || source.data === '') {
    return {
      ok: false,
      problems: [],
      diagnostics: [
        fileDiagnostic('file/empty', source.file, '文件是空的（或只有注释）。', {
          fix: '照 README 的样例写上 地区、年度、发文机关、成文日期 和 正文；或用 fzbg new、fzbg import 生成。',
        }),
      ],
    };
  }
  const validate = validator(schema);
  if (validate(source.data)) return { ok: true, value: source.data as T, diagnostics: [] };
  const problems = collapseAnyOf(validate.errors ?? []).map((e) => describeSchemaError(schema, e));
  return { ok: false, problems, diagnostics: problems.map((p) => locate(source, p)) };
}

/** 不看位置，只看数据合不合格式（修补过的数据再校验一次用）。 */
export function isValid(schema: Schema, data: unknown): boolean {
  return validator(schema)(data) === true;
}
