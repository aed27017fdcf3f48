/*
 * Cockpit in Chinese beyond its locale file (see login-chinese.js): dates, the account name and,
 * in the decision view, the DMN table keywords dmn-js writes in English (Cockpit offers no way to
 * give dmn-js a translate module: its config takes bpmn-js modules only).
 */
import {TEXTS, installChinese} from './login-chinese.js';

/** dmn-js 17 decision table (read-only viewer) texts and hit policies. */
export const DMN_TEXTS = {
  'Hit policy:': '命中策略：',
  'Hit Policy:': '命中策略：',
  When: '当',
  And: '且',
  Then: '则',
  Annotations: '注释',
  Annotation: '注释',
  Unique: '唯一',
  First: '首个',
  Priority: '优先级',
  Any: '任意',
  Collect: '收集',
  'Collect (Sum)': '收集（求和）',
  'Collect (Min)': '收集（最小值）',
  'Collect (Max)': '收集（最大值）',
  'Collect (Count)': '收集（计数）',
  'Rule order': '规则顺序',
  'Output order': '输出顺序',
  'No rules in this decision table.': '本决策表中没有规则。',
  'No rules.': '没有规则。',
  'View DRD': '查看决策需求图',
  'Input Expression': '输入表达式',
  'Input Variable': '输入变量',
  'Output Name': '输出名称',
  'Output Label': '输出标签',
  'Input Label': '输入标签',
  'Input type': '输入类型',
  'Output label': '输出标签',
  'Output values': '输出值',
  'Input values': '输入值',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched':
    '规则互不重叠，只能命中一条规则',
  'Rules may overlap. The first matching rule will be chosen': '规则可重叠，取第一条命中的规则',
  'Rules may overlap. The one with the highest priority will be chosen':
    '规则可重叠，取优先级最高的规则',
  'Rules may overlap. Their output have to match': '规则可重叠，其输出必须一致',
  'Collects the values of all matching rules': '收集所有命中规则的值',
  'Collects the values of all matching rules in rule order': '按规则顺序收集所有命中规则的值',
  'Collects the values of all matching rules in decreasing output priority order':
    '按输出优先级从高到低收集所有命中规则的值',
  'Collects the values of all matching rules and sums up to a single value':
    '收集所有命中规则的值并求和',
  'Collects the values of all matching rules and uses the highest value':
    '收集所有命中规则的值并取最大值',
  'Collects the values of all matching rules and uses the lowest value':
    '收集所有命中规则的值并取最小值',
  'Collects the values of all matching rules and counts the number of them':
    '收集所有命中规则的值并计数',
  // prefixes (key ends with ": "): the rest of the text is the model's own (Chinese) name
  'Decision name: ': '决策名称：',
  'Input label: ': '输入标签：',
  'Input expression: ': '输入表达式：',
  'Output label: ': '输出标签：',
  'Output name: ': '输出名称：'
};

installChinese('cam.cockpit', TEXTS, {
  '.dmn-decision-table-container, .tjs-container, .dmn-drd-container, .dmn-literal-expression-container':
    DMN_TEXTS
});
