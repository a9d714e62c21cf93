/** 服务回答的形状（与 src/serve/ 里的类型对应；前端单独打包，不引用服务端的代码）。 */
export interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  fix?: string;
  acknowledged: boolean;
  otherFile?: string;
}

export interface FigureRow {
  field: string;
  title: string;
  unit: string;
  kind: string;
  value?: number | null;
  notes: string[];
  prior?: string;
  sentence: string;
  comparable: boolean;
}

export interface FigureGroupRows {
  group: string;
  title: string;
  rows: FigureRow[];
}

export interface DraftCheck {
  ok: boolean;
  problems: Problem[];
  preview?: { pages: string[]; css: string; withErrors: boolean };
  blockLines?: number[];
  figures: FigureGroupRows[];
  prior?: string;
}

export interface CountyYears {
  region: string;
  files: { year: number; file: string }[];
}
