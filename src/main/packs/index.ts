/** Pack files on disk: reading, resolving against built-in and other loaded packs, choosing. */
export { PackLoadError, readPackSource } from './read-source';
export {
  availablePacks,
  choosePack,
  loadPackSet,
  packsFolder,
  packTitle,
  type DiskPack,
  type PackSet,
} from './registry';
