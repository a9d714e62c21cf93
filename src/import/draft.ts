/**
 * 导入过程中的报告：与数据文件同一形状，但文字都是列表、要点总是完整的写法，
 * 写出 YAML 时再化简（一段的列表写成字符串，"一是、分段"的要点写成列表）。
 */
export type Kind = '工作情况' | '存在问题' | '履职情况' | '下步打算' | '意见建议' | '其他';

export interface DraftEnumeration {
  前缀: '一是' | '一要' | '无';
  样式: '分段' | '连写';
  条目: string[];
}

export interface DraftItem {
  标题?: string;
  标题单列?: boolean;
  内容?: string[];
  要点?: DraftEnumeration;
  事项?: DraftItem[];
}

export interface DraftChapter {
  类别: Kind[];
  标题?: string;
  导语?: string[];
  内容?: string[];
  要点?: DraftEnumeration;
  事项?: DraftItem[];
  结语?: string[];
}

export interface DraftFigure {
  值: number;
  约?: boolean;
  口径?: string;
  写法?: string;
  单位?: string;
}

export interface DraftLayout {
  三级编号连续?: boolean;
  编号?: { 一级?: string; 二级?: string; 三级?: string; 四级?: string };
}

export interface Draft {
  地区: string;
  年度: number;
  发文机关: string;
  标题?: string;
  主送?: string[];
  成文日期: string;
  附注?: string;
  版式?: DraftLayout;
  指标?: Record<string, Record<string, DraftFigure>>;
  导语?: string[];
  正文: DraftChapter[];
  落款?: { 结束语?: string; 署名?: string | false };
}
