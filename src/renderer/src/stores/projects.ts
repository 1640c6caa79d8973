/**
 * Projects (一级/二级) and their 绩效指标. Every change is saved at once and recorded in the
 * history with its inverse: a deleted project comes back with its indicators on undo.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PerformanceIndicator, Project } from '../../../shared/domain';
import { api } from '../api/client';
import { useHistoryStore } from './history';

export type IndicatorItem = Omit<PerformanceIndicator, 'id' | 'projectCode'>;

const toItem = (i: PerformanceIndicator): IndicatorItem => ({
  tier: i.tier,
  category: i.category,
  name: i.name,
  value: i.value,
  unit: i.unit,
});

export const useProjectsStore = defineStore('projects', () => {
  const history = useHistoryStore();
  const projects = shallowRef<Project[]>([]);
  const indicators = shallowRef<Map<string, PerformanceIndicator[]>>(new Map());
  const selectedCode = ref<string | null>(null);

  const selected = computed(
    () => projects.value.find((p) => p.code === selectedCode.value) ?? null,
  );
  /** 一级 projects each with its 二级 children, in entry order. */
  const tree = computed(() =>
    projects.value
      .filter((p) => p.level === 1)
      .map((p) => ({
        project: p,
        children: projects.value.filter((c) => c.level === 2 && c.parentCode === p.code),
      })),
  );

  async function load(): Promise<void> {
    const [list, all] = await Promise.all([
      api.call('projects:list', {}),
      api.call('indicators:list', {}),
    ]);
    projects.value = list;
    const map = new Map<string, PerformanceIndicator[]>();
    for (const i of all) map.set(i.projectCode, [...(map.get(i.projectCode) ?? []), i]);
    indicators.value = map;
    if (!list.some((p) => p.code === selectedCode.value)) {
      selectedCode.value = list.find((p) => p.level === 2)?.code ?? list[0]?.code ?? null;
    }
  }

  function reset(): void {
    projects.value = [];
    indicators.value = new Map();
    selectedCode.value = null;
  }

  function putLocal(p: Project): void {
    const i = projects.value.findIndex((x) => x.code === p.code);
    projects.value =
      i < 0 ? [...projects.value, p] : projects.value.map((x, k) => (k === i ? p : x));
  }

  async function rawSave(p: Project): Promise<void> {
    putLocal(await api.call('projects:save', { project: p }));
  }

  async function rawDelete(code: string): Promise<void> {
    await api.call('projects:delete', { code });
    projects.value = projects.value.filter((p) => p.code !== code);
    const map = new Map(indicators.value);
    map.delete(code);
    indicators.value = map;
    if (selectedCode.value === code) selectedCode.value = null;
  }

  async function rawIndicators(code: string, items: IndicatorItem[]): Promise<void> {
    const saved = await api.call('indicators:replace', { projectCode: code, items });
    const map = new Map(indicators.value);
    map.set(code, saved);
    indicators.value = map;
  }

  /** Adds or changes a project (one undo step). */
  function save(p: Project, label: string): Promise<void> {
    return history.exec(async () => {
      const before = projects.value.find((x) => x.code === p.code) ?? null;
      await rawSave(p);
      history.record({
        label,
        undo: () => (before ? rawSave(before) : rawDelete(p.code)),
        redo: () => rawSave(p),
      });
    });
  }

  /** Deletes a project without lines or children; undo restores it with its indicators. */
  function remove(code: string): Promise<void> {
    return history.exec(async () => {
      const before = projects.value.find((x) => x.code === code);
      if (!before) return;
      const items = (indicators.value.get(code) ?? []).map(toItem);
      await rawDelete(code);
      history.record({
        label: `删除项目“${before.name}”`,
        undo: async () => {
          await rawSave(before);
          if (items.length) await rawIndicators(code, items);
        },
        redo: () => rawDelete(code),
      });
    });
  }

  /**
   * Replaces the indicators of a project (one undo step). `change` gets the list as saved by the
   * edits queued before it, so quick successive edits of one row do not undo each other.
   */
  function setIndicators(
    code: string,
    change: IndicatorItem[] | ((current: IndicatorItem[]) => IndicatorItem[]),
    label: string,
  ): Promise<void> {
    return history.exec(async () => {
      const before = (indicators.value.get(code) ?? []).map(toItem);
      const items = typeof change === 'function' ? change(before) : change;
      await rawIndicators(code, items);
      history.record({
        label,
        undo: () => rawIndicators(code, before),
        redo: () => rawIndicators(code, items),
      });
    });
  }

  return {
    projects,
    indicators,
    selectedCode,
    selected,
    tree,
    load,
    reset,
    save,
    remove,
    setIndicators,
  };
});
