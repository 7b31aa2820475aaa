// The labels of a disclosure header (政府信息公开 table), shared by the lexer's HeaderKey token and
// the reading view (which sees cells run together: 索 引 号:…主题分类:…).

export const HEADER_KEYS = [
  "信息索引号", "信息索取号", "索引号", "索取号", "索引编号", "成文日期", "成文时间", "生成时间", "公开时间", "信息发布日期", "发文日期", "发布日期", "公开日期", "生成日期", "产生日期", "废止日期",
  "发布时间", "公开方式", "公开属性", "公开时限", "公开期限", "公开时效", "公开范围", "公开形式", "公开程序", "效力状况", "效力状态", "有效性", "文件编号",
  "发文字号", "文号", "发布机构", "发布部门", "发文机关", "发文机构", "发布机关", "所属机构", "信息名称", "文件名称", "标题", "名称",
  "组配分类", "主题分类", "体裁分类", "信息分类", "服务对象分类", "服务对象", "体裁", "责任部门", "主题词", "关键词", "关键字", "内容概况", "内容概述", "摘要",
  "来源", "信息来源", "日期", "时间", "作者", "阅读次数", "浏览次数", "访问次数", "点击数", "字号", "字体", "分享到", "时效", "时限", "范围",
  "信息类别", "公开类别", "发布单位", "发文单位", "生效日期", "失效日期", "分类", "是否有效",
  "公开目录", "公开责任部门", "所属主题", "所属类别", "所属分类", "文件状态", "时效性", "公开主体", "废止时间", "失效时间", "浏览量", "访问量", "阅读数", "统一编号",
  // A page's update time: not its publish date, but it dates the page (更新时间:2009-3-3 9:12:41).
  "更新时间", "更新日期",
  // A bulletin's issue date (热点新闻 … 刊发日期:2021-12-23): the page's publish date.
  "刊发日期", "刊发时间", "信息时间",
  // The 版头 of a printed document: 密级：无　紧急程度：一般 / 签发人：韦明光.
  "密级", "紧急程度", "缓急", "签发人", "签发",
  // A law database's 文章属性 block (【制定机关】…【公布日期】2024.06.20【字号】…〔2024〕15号).
  "公布日期", "制定机关", "施行日期", "效力等级",
];
/** An English edition's labels (Index No.:, Date of Release:), read only with their colon. */
export const ENGLISH_HEADER_KEYS = [
  "Index No.", "Publisher", "Issued by", "Date of Writing", "Date of Creation", "Date of Issue", "Date of Release", "Date of Publication", "Release Date",
  "Document No.", "Title", "Topic", "Validity",
  "Index Number", "Issuing Agency", "Issuing Authority", "Written Date", "Date Written", "Publish Date", "Publication Date", "Document Number",
  "Disclosure Mode", "Disclosure Method", "Disclosure Period",
];
// Mirror sites write the labels in Traditional characters (索引號, 發布日期, 公開方式).
export const TRADITIONAL_OF: Record<string, string> = {
  号: "號", 发: "發", 布: "佈", 机: "機", 构: "構", 开: "開", 时: "時", 编: "編", 称: "稱", 产: "產",
  废: "廢", 间: "間", 围: "圍", 范: "範", 状: "狀", 况: "況", 门: "門", 属: "屬", 标: "標", 题: "題",
  组: "組", 类: "類", 体: "體", 务: "務", 对: "對", 词: "詞", 关: "關", 键: "鍵", 内: "內", 来: "來",
  阅: "閱", 读: "讀", 数: "數", 浏: "瀏", 览: "覽", 访: "訪", 问: "問", 点: "點", 击: "擊", 项: "項",
  资: "資", 会: "會", 级: "級", 紧: "緊", 缓: "緩", 签: "簽", 录: "錄", 态: "態",
};
/** A key character and its Traditional form as a character class. */
const keyChar = (c: string): string => (TRADITIONAL_OF[c] && TRADITIONAL_OF[c] !== c ? `[${c}${TRADITIONAL_OF[c]}]` : c);
// A key may be padded inside (`索 引 号`, `文　　号`) and is followed by a colon or a blank.
// (Padded, not set apart: a wide gap inside is two cells, 主动公开　　　　　　　　　时　　效：有效 holds no 公开时效.)
/** The keys as alternatives, their characters joined by `gap` (up to eight blanks, by default). */
export const keyPattern = (keys: string[], gap = "[ \\u00a0\\u3000]{0,8}"): string => keys.map((k) => Array.from(k, keyChar).join(gap)).join("|");
