/**
 * The 绩效目标 text of a key project, built from its indicators: one numbered item per tier
 * (产出, 效益, 满意度), each listing its indicators as "name + value + unit". An "=" value reads
 * "为": 网上业务办理量提升率 =5 % → "网上业务办理量提升率为5%", as the published text words it.
 */
import { INDICATOR_TIERS, type PerformanceIndicator } from '../domain';

function indicatorText(i: PerformanceIndicator): string {
  const value = i.value.trim();
  const shown = value.startsWith('=') ? `为${value.slice(1).trim()}` : value;
  return `${i.name}${shown}${i.unit}`;
}

export function targetsText(indicators: readonly PerformanceIndicator[]): string {
  const items: string[] = [];
  for (const tier of INDICATOR_TIERS) {
    const ofTier = indicators.filter((i) => i.tier === tier);
    if (ofTier.length === 0) continue;
    items.push(`${items.length + 1}.${tier}：${ofTier.map(indicatorText).join('；')}。`);
  }
  return items.join('\n');
}
