// The agenda paragraph: 会议进行了…；听取了区民政局罗英关于…的情况汇报；… 现纪要如下
import type { AgendaItem, Topic } from "../model/index.js";
import type { BuildContext } from "./context.js";
import { type Span, cut, slice, stripEnd, AGENDA_SEPARATOR } from "./sentences.js";
import { looksLikeName } from "./values/names.js";
import { compact } from "./values/text.js";

/** Does this paragraph list the agenda? */
export const AGENDA = /听取了|进行了|纪要如下|審議了|听取/;
const VERB = /^(?:会议)?(?:还)?(进行了|听取了|审议了|学习了|研究了|传达学习了|审定了|通报了|讨论了)/;
/** Words that end the name of a report, longest first. */
const REPORT_ENDINGS = ["的情况汇报", "的情况报告", "的汇报", "的报告", "的情况"];
const ORG_END = /[局办部委室中心会院处所站队团司厅馆社区县市镇组)）]$/;
const CLOSING = /[,，。]?\s*现(?:将会议(?:议定|讨论研究的有关)?事项)?纪要如下.*$|[,，。]?\s*现将.*纪要如下.*$/;

/** The agenda items of one paragraph. */
export function readAgenda(paragraph: Span, ctx: BuildContext): AgendaItem[] {
  const items: AgendaItem[] = [];
  let verb: string | null = null;
  for (const piece of cut(paragraph, AGENDA_SEPARATOR)) {
    const lead = /^[\s\u3000]*/.exec(piece.text)![0].length;
    let s = slice(piece, lead, piece.text.length);
    const closing = CLOSING.exec(s.match);
    if (closing) s = slice(s, 0, closing.index);
    const body = stripEnd(s.text);
    if (body === "") continue;
    const m = VERB.exec(s.match);
    if (m) verb = m[1]!;
    else if (items.length === 0) continue;
    const rest = stripEnd(s.match.slice(m ? m[0].length : 0));
    const restText = stripEnd(s.text.slice(m ? m[0].length : 0));
    let organization: string | null = null;
    let reporter: string | null = null;
    let subject: string | null = null;
    // X关于Y的(情况)汇报: X before the first 关于, Y up to the report word that ends the item.
    const about = rest.indexOf("关于");
    const ending = REPORT_ENDINGS.find((e) => rest.endsWith(e));
    if (about > 0 && ending !== undefined && about + 2 < rest.length - ending.length) {
      subject = ctx.clean(restText.slice(about + 2, rest.length - ending.length));
      [organization, reporter] = splitReporter(restText.slice(0, about));
    }
    items.push({
      text: ctx.clean(body),
      verb,
      organization,
      reporter,
      subject,
      topicIndex: null,
      position: ctx.position(s.start, s.start + body.length),
    });
  }
  return items;
}

/** `区防控办陆建兵` → [区防控办, 陆建兵]; `区委组织部(人才办)余胜奎` → [区委组织部(人才办), 余胜奎]. */
function splitReporter(who: string): [string | null, string | null] {
  const w = compact(who);
  for (const len of [3, 2, 4]) {
    if (w.length <= len) continue;
    const org = w.slice(0, w.length - len);
    const name = w.slice(w.length - len);
    if (ORG_END.test(org) && looksLikeName(name)) return [org, name];
  }
  return [w === "" ? null : w, null];
}

/** Links agenda items to the topics they introduce (by subject), both ways. */
export function linkAgenda(agenda: AgendaItem[], topics: Topic[]): void {
  if (topics.length === 0 || !agenda.some((item) => item.subject !== null)) return;
  const key = (s: string): string => compact(s).replace(/^关于/, "").replace(/[“”"《》()（）]/g, "");
  const headings = topics.map((topic) => (topic.heading === null ? null : key(topic.heading)));
  agenda.forEach((item, i) => {
    if (item.subject === null) return;
    const subject = key(item.subject);
    const t = headings.findIndex((h, j) => h !== null && topics[j]!.agendaIndex === null && (h === subject || h.includes(subject) || subject.includes(h)));
    if (t >= 0) {
      item.topicIndex = t;
      topics[t]!.agendaIndex = i;
    }
  });
}
