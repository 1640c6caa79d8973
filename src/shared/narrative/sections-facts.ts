/**
 * 第三部分 四 to 六: 政府采购 from the projects' procurement split, 国有资产 from the asset
 * figures, and the 重点项目 performance-target table. Wording as the published 2021 document.
 */
import {
  INDICATOR_TIERS,
  type AssetFigures,
  type BookSnapshot,
  type Fen,
  type PerformanceIndicator,
  type Project,
} from '../domain';
import { formatWan, sumFen } from '../money';
import { wanCompact } from './change';
import { text, type DraftContext } from './slots';
import type { ExplanationSection, KeyProjectRow } from './types';

export function procurementSection(
  ctx: DraftContext,
  projects: readonly Project[],
): ExplanationSection {
  const goods = sumFen(projects.map((p) => p.procurementGoodsFen));
  const works = sumFen(projects.map((p) => p.procurementWorksFen));
  const services = sumFen(projects.map((p) => p.procurementServicesFen));
  const total = goods + works + services;
  // The published text prints whole 万元 ("375万元"); keep that when every figure is whole.
  const whole = [goods, works, services].every((f) => f % 1_000_000 === 0);
  const w = (fen: Fen): string => (whole ? wanCompact(fen) : formatWan(fen));
  return {
    key: 'procurement',
    heading: '四、政府采购情况',
    paragraphs: [
      [
        text(
          `${ctx.year}年本部门政府采购安排${w(total)}万元，其中：货物类采购预算${w(goods)}万元，` +
            `工程类采购预算${w(works)}万元，服务类采购预算${w(services)}万元等。`,
        ),
      ],
    ],
  };
}

/** "2020-12-31" → "2020年12月31日"; other text as written. */
function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export function assetsSection(ctx: DraftContext, assets: AssetFigures | null): ExplanationSection {
  const heading = '五、国有资产占有使用情况';
  if (!assets) {
    ctx.warnings.push(
      '尚未录入国有资产数据（固定资产金额、房屋、车辆、大型设备、拟购置固定资产），第三部分“五、国有资产占有使用情况”无法生成；请在“国有资产”中录入。',
    );
    return { key: 'assets', heading, paragraphs: [[text('【请录入国有资产数据】')]] };
  }
  const planned = wanCompact(assets.plannedPurchaseFen);
  const what = assets.plannedPurchaseText.trim();
  const purchase =
    assets.plannedPurchaseFen === 0 || what === '' || what === '无'
      ? `本年度拟购置固定资产${planned}万元。`
      : `本年度拟购置固定资产${planned}万元，主要是${what.replace(/[等。]+$/, '')}等。`;
  return {
    key: 'assets',
    heading,
    paragraphs: [
      [
        text(
          `截至${dateText(assets.asOfDate)}，本部门固定资产金额${formatWan(assets.fixedAssetsFen)}万元，分布构成情况为：` +
            `房屋${assets.buildingsM2}平方米，车辆${assets.vehicles}辆，单价在100万元以上的设备${assets.equipmentOver1m}台等。` +
            purchase,
        ),
      ],
    ],
  };
}

/** Codes of a project and of its 二级 projects: lines and indicators may sit on either. */
function family(projects: readonly Project[], p: Project): Set<string> {
  return new Set([p.code, ...projects.filter((c) => c.parentCode === p.code).map((c) => c.code)]);
}

export function keyProjectsSection(ctx: DraftContext, book: BookSnapshot): ExplanationSection {
  const indicators: readonly PerformanceIndicator[] = book.indicators ?? [];
  const rows: KeyProjectRow[] = book.projects
    .filter((p) => p.isKey)
    .map((p) => {
      const codes = family(book.projects, p);
      const lines = book.lines.filter((l) => l.projectCode !== null && codes.has(l.projectCode));
      const amountFen =
        lines.length > 0 ? sumFen(lines.map((l) => l.amountFen)) : (p.approvedFen ?? 0);
      const targets = targetsText(indicators.filter((i) => codes.has(i.projectCode)));
      if (targets === '') {
        ctx.warnings.push(
          `重点项目“${p.name}”（${p.code}）没有绩效指标，第三部分“六、重点项目预算绩效目标情况”中其绩效目标为空；请在该项目中填写产出、效益、满意度指标。`,
        );
      }
      return {
        code: p.code,
        name: p.name,
        amountFen,
        amountText: `${wanCompact(amountFen)}万元`,
        targets,
      };
    });
  return {
    key: 'keyProjects',
    heading: '六、重点项目预算绩效目标情况',
    paragraphs: [
      [
        text(
          rows.length > 0
            ? `${ctx.year}年，本部门重点项目绩效目标情况如下：`
            : `${ctx.year}年，本部门无重点项目。`,
        ),
      ],
    ],
    table:
      rows.length > 0
        ? { columns: ['项目', '预算数', '绩效目标'], rows, note: '注：无' }
        : undefined,
  };
}

function indicatorText(i: PerformanceIndicator): string {
  const value = i.value.trim();
  const shown = value.startsWith('=') ? `为${value.slice(1).trim()}` : value;
  return `${i.name}${shown}${i.unit}`;
}

/**
 * The 绩效目标 text of a key project, built from its indicators: one numbered item per tier
 * (产出, 效益, 满意度), each listing its indicators as "name + value + unit". An "=" value reads
 * "为": 网上业务办理量提升率 =5 % → "网上业务办理量提升率为5%", as the published text words it.
 */
function targetsText(indicators: readonly PerformanceIndicator[]): string {
  const items: string[] = [];
  for (const tier of INDICATOR_TIERS) {
    const ofTier = indicators.filter((i) => i.tier === tier);
    if (ofTier.length === 0) continue;
    items.push(`${items.length + 1}.${tier}：${ofTier.map(indicatorText).join('；')}。`);
  }
  return items.join('\n');
}
