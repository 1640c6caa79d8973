/**
 * Files the clerk chooses: the one file picker (system dialog in Electron, FileDialog.vue in
 * the browser mode — this store is that dialog's state), and exports to a place the clerk
 * chose. The page handles paths only: main reads what is opened and writes what is exported.
 * The dialog starts where the last one ended.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ExportTarget, ExportWritten, FolderListing } from '../../../shared/api/contract';
import { api } from '../api/client';
import {
  createFilePicker,
  folderOf,
  type FileFilter,
  type OpenRequest,
  type PickRequest,
  type SaveChoice,
  type SaveRequest,
} from '../api/file-picker';
import { toShown } from './busy-action';

type Answer = string | SaveChoice | null;

export const useFilesStore = defineStore('files', () => {
  /** The in-page dialog's request while it is shown; null when closed. */
  const request = shallowRef<PickRequest | null>(null);
  /** Counts requests, so each one gets a fresh dialog even when one follows another at once. */
  const requestId = ref(0);
  const listing = ref<FolderListing | null>(null);
  const browseError = ref<string | null>(null);
  const browsing = ref(false);
  const lastDir = ref<string | undefined>(undefined);
  let settle: ((answer: Answer) => void) | null = null;

  function show(r: PickRequest): Promise<Answer> {
    settle?.(null);
    listing.value = null;
    browseError.value = null;
    request.value = r;
    requestId.value += 1;
    return new Promise((resolve) => {
      settle = resolve;
    });
  }

  /** Closes the in-page dialog with the clerk's answer (null: cancelled). */
  function finish(answer: Answer): void {
    const resolve = settle;
    settle = null;
    request.value = null;
    resolve?.(answer);
  }

  /** Numbers the listings asked for: a slow answer for a folder left behind must not win. */
  let browseSeq = 0;

  /**
   * Lists a folder for the dialog; false (with the reason shown) when it cannot be read, null
   * when a later request overtook this one (the clerk went on to another folder).
   */
  async function browse(dir?: string): Promise<boolean | null> {
    const r = request.value;
    if (!r) return false;
    const mine = ++browseSeq;
    browsing.value = true;
    try {
      const next = await api.call('files:browse', { dir, extensions: r.filter.extensions });
      if (mine !== browseSeq) return null;
      listing.value = next;
      browseError.value = null;
      return true;
    } catch (e) {
      if (mine !== browseSeq) return null;
      browseError.value = toShown(e).message;
      return false;
    } finally {
      if (mine === browseSeq) browsing.value = false;
    }
  }

  const picker = createFilePicker(() => window.budgetdesk?.dialog, {
    open: (r: OpenRequest) => show(r) as Promise<string | null>,
    save: (r: SaveRequest) => show(r) as Promise<SaveChoice | null>,
  });

  /** The next dialog starts where this one ended, whichever dialog it was. */
  function remember(path: string | undefined): void {
    if (path) lastDir.value = folderOf(path) || lastDir.value;
  }

  async function open(r: Omit<OpenRequest, 'mode'>): Promise<string | null> {
    const path = await picker.open({ ...r, dir: r.dir ?? lastDir.value });
    remember(path ?? undefined);
    return path;
  }

  async function save(r: Omit<SaveRequest, 'mode'>): Promise<SaveChoice | null> {
    const choice = await picker.save({ ...r, dir: r.dir ?? lastDir.value });
    remember(choice?.path);
    return choice;
  }

  /**
   * Asks where to save an export (proposing `name`), then has main write it there (`write`
   * calls the export channel with the chosen target). Resolves to what main wrote, or null when
   * the clerk cancelled; a failure (e.g. the file appeared meanwhile) throws main's message.
   */
  async function exportTo(
    options: { title: string; filter: FileFilter; name: string; near?: string },
    write: (target: ExportTarget) => Promise<ExportWritten>,
  ): Promise<ExportWritten | null> {
    const choice = await save({
      title: options.title,
      filter: options.filter,
      // Where the clerk last chose, else beside the book (`near`).
      dir: lastDir.value ?? (options.near ? folderOf(options.near) || undefined : undefined),
      name: options.name,
      existing: 'confirm',
    });
    if (!choice) return null;
    return write({ path: choice.path, overwrite: choice.replace });
  }

  return {
    request,
    requestId,
    listing,
    browseError,
    browsing,
    lastDir,
    finish,
    browse,
    open,
    save,
    exportTo,
  };
});
