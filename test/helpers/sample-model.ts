// A hand-built, schema-valid model with every field of `Minutes` filled at least once.
// Values come from the seed document (吴兴区人民政府第13次常务会议纪要, 〔2022〕15号); where the
// seed states nothing (届, place, 信息名称, 发布日期) a plausible value is filled in, so that every
// field of the schema holds a value somewhere (test/emit/xml.test.ts checks this). The one
// exception is documentNumber.prefix, null as in the seed (〔2022〕15号 has no 机关代字).
// Positions are illustrative: they are consistent (end after start, 1-based lines/columns,
// 0-based offsets) but not computed from a real text.
import { Minutes, type Position } from "../../src/model/index.js";

/** A position on one line, from `column` over `length` UTF-16 code units. */
export function pos(line: number, column: number, length: number, lineOffset: number): Position {
  return {
    start: { line, column, offset: lineOffset + column - 1 },
    end: { line, column: column + length, offset: lineOffset + column - 1 + length },
  };
}

/** Returns a fresh copy of the rich sample model each call (callers may mutate it). */
export function sampleModel(): Minutes {
  const model = {
    type: "minutes",
    version: "1",
    source: {
      file: "fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt",
      encoding: "utf-8",
      bom: false,
      lineEnding: "lf",
      length: 9876,
      lines: 52,
    },
    title: "吴兴区人民政府第13次常务会议纪要",
    documentNumber: {
      text: "〔2022〕15号",
      prefix: null,
      year: 2022,
      serial: 15,
      position: pos(4, 1, 9, 120),
    },
    issuer: "吴兴区人民政府办公室",
    issueDate: {
      text: "二○二二年十二月五日",
      iso: "2022-12-05",
      position: pos(5, 12, 10, 130),
    },
    disclosure: {
      indexNumber: "330502/2022-15627",
      title: "吴兴区人民政府第13次常务会议纪要",
      writtenDate: "2022-12-06",
      publishDate: "2022-12-07",
      fileNumber: "常务会议纪要〔2022〕15号",
      publisher: "湖州市吴兴区人民政府",
      disclosureMode: "主动公开",
      disclosurePeriod: "长期公开",
      fields: [
        { label: "索引号", value: "330502/2022-15627", position: pos(1, 1, 25, 0) },
        { label: "成文日期", value: "2022-12-06", position: pos(1, 28, 18, 0) },
        { label: "公开方式", value: "主动公开", position: pos(2, 1, 12, 48) },
        { label: "公开时限", value: "长期公开", position: pos(2, 16, 12, 48) },
        { label: "文件编号", value: "常务会议纪要〔2022〕15号", position: pos(3, 1, 22, 78) },
        { label: "发布机构", value: "湖州市吴兴区人民政府", position: pos(3, 26, 18, 78) },
        { label: "主题分类", value: null },
      ],
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: 3, column: 44, offset: 121 },
      },
    },
    meeting: {
      sessionNumber: 13,
      term: 9,
      date: {
        text: "11月28日上午",
        iso: "2022-11-28",
        timeOfDay: "上午",
        position: pos(7, 1, 8, 170),
      },
      place: "区机关815会议室",
      chair: { name: "潘永锋", title: "区长", position: pos(7, 110, 5, 170) },
      attendees: [
        { name: "潘永锋", title: null, position: pos(7, 27, 3, 170) },
        { name: "费屹巍", title: null, position: pos(7, 31, 3, 170) },
        { name: "丁鵾", title: null, position: pos(7, 35, 2, 170) },
        { name: "钱振宇", title: "副区长" },
      ],
      invitedAttendees: [
        { name: "朱建忠", title: null, position: pos(7, 78, 3, 170) },
        { name: "钱旻", title: null, position: pos(7, 82, 2, 170) },
      ],
      absentees: [
        { name: "潘帆", title: null, position: pos(40, 4, 3, 8000) },
        { name: "周兴强", title: null, position: pos(40, 8, 3, 8000) },
      ],
      observers: [
        { name: "陈杰", title: null, position: pos(41, 4, 3, 8020) },
        { name: "陶厦峰", title: null, position: pos(41, 8, 3, 8020) },
      ],
      invitedObservers: [
        {
          group: "区人大代表、区政协委员",
          people: [
            { name: "钱莉", title: null, position: pos(55, 1, 3, 9700) },
            { name: "王琴英", title: null, position: pos(55, 5, 3, 9700) },
          ],
          position: {
            start: { line: 54, column: 1, offset: 9680 },
            end: { line: 55, column: 20, offset: 9719 },
          },
        },
        { group: "县政协委员", people: [] },
      ],
      attendanceNotes: [
        { role: "observers", text: "区府办有关负责人列席会议", position: pos(8, 1, 12, 300) },
      ],
      agenda: [
        {
          text: "进行了第一议题和常务会议学法活动",
          verb: "进行了",
          organization: null,
          reporter: null,
          subject: null,
          topicIndex: 0,
          position: pos(8, 3, 16, 300),
        },
        {
          text: "听取了区防控办陆建兵关于近期疫情防控工作及下一步建议的情况汇报",
          verb: "听取了",
          organization: "区防控办",
          reporter: "陆建兵",
          subject: "近期疫情防控工作及下一步建议",
          topicIndex: 2,
          position: pos(8, 20, 31, 300),
        },
      ],
      opening: [
        {
          text: "11月28日上午,区政府召开第13次常务会议。",
          position: pos(7, 1, 24, 170),
        },
      ],
    },
    topics: [
      {
        marker: "一、",
        number: 1,
        style: "cn",
        level: 1,
        heading: "关于区政府第一议题",
        paragraphs: [
          {
            text: "会议由副区长钱振宇传达学习习近平总书记关于\"知识产权保护\"的重要论述。",
            position: pos(10, 1, 36, 1000),
          },
        ],
        decisions: [],
        requirements: [
          {
            ordinal: 1,
            marker: "一要",
            text: "一要提高政治站位,夯实知识产权工作思想根基。",
            position: pos(10, 40, 23, 1000),
          },
          {
            ordinal: 2,
            marker: "二要",
            text: "二要注重主体培育,提升企业知识产权转化能力。",
          },
        ],
        subtopics: [
          {
            marker: "(一)",
            number: 1,
            style: "paren-cn",
            level: 2,
            heading: null,
            paragraphs: [],
            decisions: [],
            requirements: [],
            subtopics: [
              {
                marker: "1.",
                number: 1,
                style: "arabic",
                level: 3,
                heading: "提高政治站位",
                paragraphs: [{ text: "要加强学习。" }],
                decisions: [],
                requirements: [],
                subtopics: [],
                agendaIndex: null,
                position: pos(12, 1, 8, 1200),
              },
            ],
            agendaIndex: null,
            position: pos(11, 1, 3, 1190),
          },
        ],
        agendaIndex: 0,
        position: pos(9, 1, 11, 980),
      },
      {
        marker: "三、",
        number: 3,
        style: "cn",
        level: 1,
        heading: "关于近期疫情防控工作及下一步建议",
        paragraphs: [],
        decisions: [
          {
            text: "会议原则同意区防控办提出的关于近期疫情防控工作及下一步建议的情况汇报,根据会议讨论意见进一步修改完善后,认真组织实施。",
            verb: "原则同意",
            proposer: "区防控办",
            object: "关于近期疫情防控工作及下一步建议的情况汇报",
            followUp: "认真组织实施",
            position: pos(16, 1, 60, 3000),
          },
          {
            text: "会议同意该方案。",
            verb: "同意",
            proposer: null,
            object: null,
            followUp: null,
          },
        ],
        requirements: [],
        subtopics: [],
        agendaIndex: 1,
        position: pos(15, 1, 18, 2980),
      },
    ],
    paragraphs: [{ text: "现纪要如下:", position: pos(8, 200, 6, 300) }],
    writtenReports: [
      {
        text: "会议书面通报并原则同意区史志办提出的关于《吴兴区志》编纂工作的情况汇报,根据会议讨论意见进一步修改完善后,认真组织实施。",
        proposer: "区史志办",
        subject: "《吴兴区志》编纂工作",
        decision: "原则同意",
        followUp: "认真组织实施",
        position: pos(30, 1, 62, 6000),
      },
      {
        text: "会议书面通报了有关情况。",
        proposer: null,
        subject: null,
        decision: null,
        followUp: null,
      },
    ],
    distribution: ["区委各部门", "区人大办公室", "区政协办公室", "各民主党派", "区直各单位"],
    printing: {
      organization: "吴兴区人民政府办公室",
      date: {
        text: "2022年12月5日",
        iso: "2022-12-05",
        position: pos(60, 12, 11, 9800),
      },
      position: pos(60, 1, 25, 9800),
    },
    chrome: [
      { text: "扫码关注", position: pos(58, 1, 4, 9760) },
      { text: "扫码下载", position: pos(59, 1, 4, 9765) },
    ],
    outline: [
      { kind: "header", position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 44, offset: 121 } } },
      { kind: "document-number", position: pos(4, 1, 9, 120) },
      { kind: "title", position: pos(6, 1, 17, 152) },
      { kind: "topic", position: pos(9, 1, 11, 980) },
      { kind: "distribution" },
    ],
    unplaced: [{ text: "| |", position: pos(57, 1, 3, 9750) }],
    diagnostics: [
      {
        severity: "warning",
        code: "unplaced-text",
        message: "This line could not be placed in the document structure.",
        line: 57,
        column: 1,
        position: pos(57, 1, 3, 9750),
      },
      {
        severity: "info",
        code: "layout-padding-removed",
        message: "Padding inside a name was removed: 潘 帆 → 潘帆.",
        line: 40,
        column: 4,
      },
    ],
  };
  return Minutes.parse(model);
}
