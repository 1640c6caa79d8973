/** Pack files on disk: reading, resolving against built-in and other loaded packs, choosing. */
export { PackLoadError } from './read-source';
export { availablePacks, choosePack, packsFolder } from './registry';
