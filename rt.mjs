import { parseDocument, isMap, isPair, isScalar } from 'yaml';
const t = `指标:
  学法:
    常务会议学法: 8        # 上年：6
    专题培训班: # 上年：2
    法治讲座:
  行政复议: {收到申请: 233, 受理: 177}  # 组注释
  普法:
    受众:
      值: # 上年：8万余
      约: true
    宣传活动: {值: 300, 约: true}   # 注
  # 末尾注释
正文: []
`;
const doc = parseDocument(t);
const show = (n, ind='') => {
  if (isMap(n)) { console.log(ind+'MAP flow='+n.flow, n.range, 'comment=', n.comment, 'cb=', n.commentBefore); for (const p of n.items) { console.log(ind+' KEY', p.key.value, p.key.range, 'cb=', p.key.commentBefore); show(p.value, ind+'  '); } }
  else if (isScalar(n)) console.log(ind+'SCALAR', JSON.stringify(n.value), n.range, 'comment=', n.comment, 'cb=', n.commentBefore, JSON.stringify(t.slice(n.range[0], n.range[2])));
  else console.log(ind+'?', n);
};
show(doc.contents);
