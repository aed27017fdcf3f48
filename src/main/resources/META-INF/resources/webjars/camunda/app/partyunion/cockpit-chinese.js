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
  Unique: '唯一（Unique）',
  First: '首个（First）',
  Priority: '优先级（Priority）',
  Any: '任意（Any）',
  Collect: '收集（Collect）',
  'Collect (Sum)': '收集（求和）',
  'Collect (Min)': '收集（最小值）',
  'Collect (Max)': '收集（最大值）',
  'Collect (Count)': '收集（计数）',
  'Rule order': '规则顺序（Rule order）',
  'Output order': '输出顺序（Output order）',
  'No rules in this decision table.': '本决策表中没有规则。',
  'No rules.': '没有规则。',
  'View DRD': '查看决策需求图',
  'Input Expression': '输入表达式',
  'Input Variable': '输入变量',
  'Output Name': '输出名称',
  'Output Label': '输出标签',
  'Input Label': '输入标签',
  '-': '-'
};

installChinese('cam.cockpit', TEXTS, {
  '.dmn-decision-table-container, .tjs-container, .dmn-drd-container, .dmn-literal-expression-container':
    DMN_TEXTS
});
