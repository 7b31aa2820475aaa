// The labels of a meeting's form and of a disclosure header, as the line readings find them.
import { HEADER_KEYS, keyPattern } from "../../lex/header-keys.js";

/** Blanks inside a spaced-out key or around it: 有 效 性. */
export const KEY_BLANKS = /[ \t\u3000\u00a0]+/g;
/** The label of a row of a meeting form (时间, 地点, 主持人, 参会人员, 列席, 请假, 记录人, 会议议题, 议定事项…). */
export const FORM_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*(?:名[ \u3000\u00a0]*[称稱]|[议議][ \u3000\u00a0]*[题題]|[内內][ \u3000\u00a0]*容)$|(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?[议議][ \u3000\u00a0]*定[ \u3000\u00a0]*事[ \u3000\u00a0]*[项項]$|(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?(?:[时時][ \u3000\u00a0]*[间間]|日[ \u3000\u00a0]*期|地[ \u3000\u00a0]*[点點]|主[ \u3000\u00a0]*持(?:[ \u3000\u00a0]*人)?|[记記][ \u3000\u00a0]*[录錄](?:[ \u3000\u00a0]*人(?:[ \u3000\u00a0]*[员員])?)?|[分抄][ \u3000\u00a0]*送|出[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|[参參][ \u3000\u00a0]*[会會加](?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|列[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|(?:因[公事病])?[请請][ \u3000\u00a0]*假(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|(?:因[公事病])?缺[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?)$|^(?:[应應]邀|特邀)(?:出席|列席|[参參]加)(?:[会會][议議])?(?:[人][员員]|的[^|｜：:]{1,16})?$)/;
/** The label of a form's agenda cell: 会议议题, 主要议题, 议题. */
export const AGENDA_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*|主[ \u3000\u00a0]*要[ \u3000\u00a0]*)?[议議][ \u3000\u00a0]*[题題]$/;
/** A form's label of what was decided: 议定事项, 会议议定事项, 会议决定, 会议内容. */
export const DECISIONS_CELL = /^(?:[会會][议議])?[议議]定事[项項]$|^[会會][议議](?:[内內]容|[决決]定)$/;
/** A numbering marker opening a cell: 1., 一、, （一）. */
export const MARKER_AT_START = /^(?:[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)])/;
/** A colon after a cell's label. */
export const LABEL_COLON = /[：:]$/;
/** Every header key, the longest first (a key inside a longer one is not found apart: 信息索引号). */
export const ALL_KEYS = keyPattern([...HEADER_KEYS].sort((a, b) => b.length - a.length));
/** A cell that is a disclosure header's key (信息名称, 生成日期). */
export const HEADER_KEY_CELL = new RegExp(`^(?:${ALL_KEYS})$`);
/** A header key opening a line (tried only where a key's first character opens it). */
export const KEY_AT_START = new RegExp(`^[ \\t\\u3000]*(?:${ALL_KEYS})`);
/** The header's labels, to tell a cut label. */
export const HEADER_KEY_SET = new Set(HEADER_KEYS);
/** A colon, full-width or ASCII. */
export const COLON_AT = /[：:]/;
