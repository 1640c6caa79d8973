/**
 * The 图表 appendix's pictures: the 概览 charts (src/shared/charts) rendered server-side by
 * ECharts' SVG renderer, and — for Word, which shows SVG unevenly — those SVGs turned into PNGs by
 * Chromium (playwright-core), at twice the size for a sharp print.
 */
import * as echarts from 'echarts';
import type { ChartSpec } from '../../shared/charts/options';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { PdfPrintError } from './document-pdf';

export interface ChartSvg {
  title: string;
  svg: string;
  width: number;
  height: number;
}

export interface ChartPng {
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

/** Width in px the appendix draws each chart at (about the A4 text width at 96 dpi). */
export const APPENDIX_WIDTH = 640;

export function chartSvgs(specs: readonly ChartSpec[], width = APPENDIX_WIDTH): ChartSvg[] {
  return specs.map((spec) => {
    const height = spec.height;
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption(spec.option);
      return { title: spec.title, svg: chart.renderToSVGString(), width, height };
    } finally {
      chart.dispose();
    }
  });
}

/** PNGs of the SVGs, each its own screenshot in one Chromium session. */
export async function chartPngs(svgs: readonly ChartSvg[]): Promise<ChartPng[]> {
  if (svgs.length === 0) return [];
  const executablePath = findChromium();
  if (!executablePath) {
    throw new PdfPrintError(
      '找不到 Chromium 浏览器，无法把图表转为图片放入 Word 文档；请安装 chromium，或用环境变量 BUDGETDESK_CHROMIUM 指定其路径，或不加图表附录',
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    const out: ChartPng[] = [];
    for (const c of svgs) {
      await page.setViewportSize({ width: c.width, height: c.height });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:#fff">${c.svg}</body></html>`,
      );
      const png = await page.locator('svg').first().screenshot({ type: 'png' });
      out.push({ title: c.title, png: Buffer.from(png), width: c.width, height: c.height });
    }
    return out;
  } finally {
    await browser.close();
  }
}
