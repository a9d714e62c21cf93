/**
 * .xlsx 用 Open XML SDK 的校验器查（与 .docx 同一个校验器，见 ooxml-validate.ts）。
 * 只放过一条：exceljs 自己加的默认字体（styles.xml 的第一个 font，Calibri）按 color、family、scheme、sz、name 的次序写，
 * 校验器按固定次序查、报"sz 不该在这里"。这个字体不是我们写的、改不了（exceljs 的字体部件次序是写死的），
 * 别的任何问题都算。
 */
import { describeErrors, ooxmlErrors } from './ooxml-validate.js';

const EXCELJS_DEFAULT_FONT = '/x:styleSheet[1]/x:fonts[1]/x:font[1]';

export async function xlsxProblems(file: string): Promise<string> {
  const errors = await ooxmlErrors(file);
  return describeErrors(
    errors.filter((e) => !(e.path === '/xl/styles.xml' && e.xPath === EXCELJS_DEFAULT_FONT && /:sz'/.test(e.description ?? ''))),
  );
}
