import { Ajv, type ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { layoutSchema } from '../schema/layout-schema.js';
import { reportSchema } from '../schema/report-schema.js';
import { collapseAnyOf, describeSchemaError, type Schema } from './schema-messages.js';

const compiled = new Map<Schema, ValidateFunction>();

function validator(schema: Schema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** 用 Schema 校验一个文件的数据；所有问题一次报出，每个都有行列和中文说明。 */
export function validateAgainst<T>(schema: Schema, source: SourceFile): { value?: T; diagnostics: Diagnostic[] } {
  const validate = validator(schema);
  if (validate(source.data)) return { value: source.data as T, diagnostics: [] };
  const diagnostics = collapseAnyOf(validate.errors ?? []).map((e): Diagnostic => {
    const problem = describeSchemaError(schema, e);
    const pos = source.positionOf(problem.path, problem.atKey);
    return {
      code: problem.code,
      severity: 'error',
      file: source.file,
      line: pos.line,
      column: pos.column,
      message: problem.message,
      ...(problem.fix ? { fix: problem.fix } : {}),
    };
  });
  return { diagnostics };
}

export const REPORT_SCHEMA = reportSchema as Schema;
export const LAYOUT_SCHEMA = layoutSchema() as Schema;
