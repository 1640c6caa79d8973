/** Small hand-made books for ledger, import and API tests. */
import type { BookInit } from '../../src/main/ledger/book-db';
import type { Unit } from '../../src/shared/domain';

export const CENTER: Unit = {
  code: '404011',
  name: '江门市人力资源和社会保障局信息中心',
  type: '事业单位',
  parentCode: null,
};

export const INIT_2021: BookInit = { year: 2021, packId: 'jiangmen-2021', unit: CENTER };
