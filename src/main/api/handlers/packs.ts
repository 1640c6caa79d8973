/**
 * The template packs loaded from the data folder's packs/, for the 新建预算 form: each by the
 * name the clerk knows it, and each file that could not be loaded with its problems.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { availablePacks } from '../../packs';
import type { HandlerContext } from '../context';

export function packsHandlers(ctx: HandlerContext): Pick<ApiHandlers, 'packs:list'> {
  return {
    'packs:list': async () => {
      const set = availablePacks(ctx.dataDir);
      return {
        packs: set.disk.map(({ def, source }) => ({
          id: def.id,
          name: def.name,
          year: def.year,
          region: def.region,
          source,
        })),
        problems: set.problems.flatMap((e) =>
          e.problems.length > 1 ? [e.message, ...e.problems] : [e.message],
        ),
      };
    },
  };
}
