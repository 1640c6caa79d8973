/**
 * 单位概况 and 国有资产 of the open book: the 第一部分 texts, the units (the department and its
 * subordinate units) and the asset figures. Every save is committed at once and pushed to the
 * undo history as one step whose undo/redo write the old/new value again.
 */
import { defineStore } from 'pinia';
import { computed } from 'vue';
import type { AssetFigures, Unit, UnitTexts } from '../../../shared/domain';
import { api } from '../api/client';
import { useBookStore } from './book';
import { useHistoryStore } from './history';
import { useBookDataStore } from './book-data';

export type TextField = keyof UnitTexts;

export const TEXT_LABELS: Record<TextField, string> = {
  mainDuties: '主要职责',
  organization: '机构设置',
  budgetComposition: '部门预算构成',
};

export const EMPTY_ASSETS: AssetFigures = {
  asOfDate: '',
  fixedAssetsFen: 0,
  buildingsM2: 0,
  vehicles: 0,
  equipmentOver1m: 0,
  plannedPurchaseFen: 0,
  plannedPurchaseText: '',
};

export const useUnitStore = defineStore('unit', () => {
  const book = useBookStore();
  const data = useBookDataStore();
  const history = useHistoryStore();
  const texts = computed<UnitTexts>(() => data.texts);
  const assets = computed<AssetFigures | null>(() => data.assets);
  const loaded = computed(() => data.snapshot !== null);

  /** Units as the book lists them (the book copy follows every change set). */
  const units = computed<Unit[]>(() => data.snapshot?.units ?? []);
  const topUnit = computed(
    () => units.value.find((u) => u.code === book.summary?.unitCode) ?? null,
  );
  const subordinates = computed(() => units.value.filter((u) => u.code !== topUnit.value?.code));

  async function writeText(field: TextField, value: string): Promise<void> {
    await api.call('texts:set', { texts: { ...texts.value, [field]: value } });
  }

  /** Saves one text if it changed; one undo step. */
  function saveText(field: TextField, value: string): Promise<void> {
    return history.exec(async () => {
      const before = texts.value[field];
      if (before === value) return;
      await writeText(field, value);
      history.record({
        label: `修改${TEXT_LABELS[field]}`,
        undo: () => writeText(field, before),
        redo: () => writeText(field, value),
      });
    });
  }

  async function writeAssets(next: AssetFigures): Promise<void> {
    await api.call('assets:set', { assets: next });
  }

  function saveAssets(next: AssetFigures): Promise<void> {
    return history.exec(async () => {
      const before = assets.value;
      await writeAssets(next);
      history.record({
        label: '修改国有资产',
        // Before the first entry there was no record: undo writes the empty figures.
        undo: () => writeAssets(before ?? { ...EMPTY_ASSETS, asOfDate: next.asOfDate }),
        redo: () => writeAssets(next),
      });
    });
  }

  /** Adds or edits a unit; undo restores the old version or deletes the new unit. */
  function saveUnit(unit: Unit): Promise<void> {
    return history.exec(async () => {
      const before = units.value.find((u) => u.code === unit.code) ?? null;
      await api.call('units:save', { unit });
      history.record({
        label: before ? `修改单位 ${unit.code}` : `添加下属单位 ${unit.code}`,
        undo: async () => {
          if (before) await api.call('units:save', { unit: before });
          else await api.call('units:delete', { code: unit.code });
        },
        redo: async () => {
          await api.call('units:save', { unit });
        },
      });
    });
  }

  function deleteUnit(code: string): Promise<void> {
    return history.exec(async () => {
      const before = units.value.find((u) => u.code === code);
      await api.call('units:delete', { code });
      if (!before) return;
      history.record({
        label: `删除下属单位 ${code}`,
        undo: async () => {
          await api.call('units:save', { unit: before });
        },
        redo: async () => {
          await api.call('units:delete', { code });
        },
      });
    });
  }

  return {
    texts,
    assets,
    loaded,
    units,
    topUnit,
    subordinates,
    saveText,
    saveAssets,
    saveUnit,
    deleteUnit,
  };
});
