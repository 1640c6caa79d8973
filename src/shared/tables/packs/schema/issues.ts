/**
 * Schema problems in the clerk's words: each names the field path inside the file
 * ("tables[2].header[0].caption") and what the field should hold.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Parse options that keep each issue's input, so a missing field reads "缺少此项". */
export const REPORT_INPUT = { reportInput: true } as const;

const TYPE_WORDS: Record<string, string> = {
  string: '文字（用英文双引号括起）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表 [ … ]',
  object: '对象 { … }',
};

/** "tables[2].header[0].caption"; the whole file when the path is empty. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '（整个文件）';
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => `“${String(v)}”`).join('、');
}

function issueWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项';
      return `应为${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少要有 ${String(issue.minimum)} 项`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return '格式不对（编号只能由字母、数字和 - _ . 组成；科目编码只能是数字）';
    case 'unrecognized_keys':
      return `有不认识的字段 ${quoted(issue.keys)}，请检查拼写或删去`;
    case 'invalid_value':
      return `应为 ${quoted(issue.values)} 之一`;
    case 'invalid_union':
      if (issue.discriminator) {
        const options = 'options' in issue ? issue.options : undefined;
        return options?.length
          ? `缺少或不是允许的取值，应为 ${quoted(options)} 之一`
          : '缺少或不是允许的取值';
      }
      return '写法不符合任何一种允许的形式';
    default:
      return issue.message;
  }
}

/** One line per problem: "path：what is wrong". */
export function issueLines(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
): string[] {
  return issues.map((i) => `${pathText([...prefix, ...i.path])}：${issueWords(i)}`);
}
