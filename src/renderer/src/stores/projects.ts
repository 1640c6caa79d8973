/**
 * Projects (一级/二级) and their 绩效指标, read from the book copy (stores/book-data.ts, fed by
 * change sets). Every change is saved at once and recorded in the history with its inverse: a
 * deleted project comes back with its indicators on undo.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { PerformanceIndicator, Project } from '../../../shared/domain';
import { api } from '../api/client';
import { useBookDataStore } from './book-data';
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
  const data = useBookDataStore();
  const projects = computed<Project[]>(() => data.snapshot?.projects ?? []);
  // Its own computed: unrelated change sets keep the same array, so nothing below recomputes.
  const allIndicators = computed(() => data.snapshot?.indicators ?? []);
  /** 绩效指标 by project code, in entry order. */
  const indicators = computed(() => {
    const map = new Map<string, PerformanceIndicator[]>();
    for (const i of allIndicators.value)
      map.set(i.projectCode, [...(map.get(i.projectCode) ?? []), i]);
    return map;
  });
  const selectedCode = ref<string | null>(null);
  // Select a project when none (or a deleted one) is selected.
  watch(projects, (list) => {
    if (!list.some((p) => p.code === selectedCode.value))
      selectedCode.value = list.find((p) => p.level === 2)?.code ?? list[0]?.code ?? null;
  });

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

  function reset(): void {
    selectedCode.value = null;
  }

  async function rawSave(p: Project): Promise<void> {
    await api.call('projects:save', { project: p });
  }

  async function rawDelete(code: string): Promise<void> {
    await api.call('projects:delete', { code });
    if (selectedCode.value === code) selectedCode.value = null;
  }

  async function rawIndicators(code: string, items: IndicatorItem[]): Promise<void> {
    await api.call('indicators:replace', { projectCode: code, items });
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
    reset,
    save,
    remove,
    setIndicators,
  };
});
