/** 使用说明.txt 的文字：fzbg init 写进工作文件夹，npm run dist 放进 Windows 版的 zip。 */
export const USAGE_TEXT = `fzbg 使用说明

fzbg 由一个县一个年度的数据文件（YAML）检查数字和文字，生成公文格式（GB/T 9704）的 Word 报告草稿。
每年一个文件：data/<地区>/<年度>.yaml，如 data/南昌县/2023.yaml。

一、开始
  fzbg init 南昌县               在当前文件夹准备好：data/南昌县/、编辑器设置、这份说明
  fzbg import 去年的报告.docx      把已发布的报告（.docx 或网页上复制的 .txt）变成数据文件
  fzbg new 南昌县 2024            由上一年度的文件做出新年度的草稿（数字清空，上年的值写在旁边）

二、平时
  fzbg check data                检查：所有问题一次报出，每条有 文件:行:列 和改法
  fzbg build data                生成 out/<地区>/<年度>年度法治政府建设情况报告.docx（和 .md 预览）
  fzbg diff data/南昌县           比较最近两年；加 --format docx 得到带修订的 Word
  fzbg --help                    全部命令；fzbg build --help 看一个命令的选项

三、用 VS Code 编辑（推荐）
  用 VS Code 打开这个文件夹（"文件 → 打开文件夹"），按右下角的提示安装 Red Hat 的 YAML 扩展：
  键有中文补全和说明，写错了当场标出。按 Ctrl+Shift+B 运行"fzbg 检查"，问题列在"问题"面板里，点一下跳到那一行。
  用记事本或 WPS 编辑也可以，存成 UTF-8（GBK 也认得）。

四、模板
  标准模板在程序里。要按本地习惯改字体、编号或标准语句时，把 templates/标准 复制一份（如 templates/我县），
  改里面的 版式.yaml 和 partials/，生成时写：fzbg build data --template templates/我县

五、系统
  Windows 10、11（64 位）。Windows 7 和 8 不能用：程序所用的 Node.js 20 只支持 Windows 8.1 以上。
  程序没有数字签名，第一次运行时 Windows 可能提示"未知发布者"，确认来源后选"仍要运行"。
`;
