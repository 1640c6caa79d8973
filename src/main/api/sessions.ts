/**
 * Book sessions: one open book each, named by an id that every call carries. A window (or browser
 * tab) gets a session from book:open / book:create; a second window opening the same file joins
 * the same session, so both edit one BookDb and both are told of each other's changes. Windows
 * on different books never share anything. A session's book closes when its last window leaves.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { BookChanges, ChangeSet } from '../../shared/api/changes';
import type { BookDb } from '../ledger/book-db';

export interface Session {
  readonly id: string;
  /** Replaced only when the book's file is restored or saved anew (see reopen). */
  book: BookDb;
  /** Windows holding the session (each open/create/join counts one; book:close gives one back). */
  holders: number;
  /** Number of the last change set sent. */
  seq: number;
}

export type ChangeListener = (changes: ChangeSet) => void;

const keyOf = (book: BookDb): string | null =>
  book.path === ':memory:' ? null : resolve(book.path);

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly listeners = new Map<string, Set<ChangeListener>>();

  get(id: string | undefined | null): Session | undefined {
    return id ? this.sessions.get(id) : undefined;
  }

  /** The session that has the file at `path` open, if any. */
  byPath(path: string): Session | undefined {
    const key = resolve(path);
    for (const s of this.sessions.values()) if (keyOf(s.book) === key) return s;
    return undefined;
  }

  /**
   * A session for `book`: the one already holding the same file (then `book` is closed, the
   * session's own handle is kept) or a new one. The caller holds it until it releases it.
   */
  attach(book: BookDb): Session {
    const key = keyOf(book);
    const existing = key ? this.byPath(key) : undefined;
    if (existing) {
      if (existing.book !== book) book.close();
      existing.holders++;
      return existing;
    }
    const session: Session = { id: randomBytes(12).toString('hex'), book, holders: 1, seq: 0 };
    this.sessions.set(session.id, session);
    return session;
  }

  /**
   * The session's book was restored or saved as a new file: every window of the session goes on
   * with `book` (the caller closed or closes the old connection, and publishes a reload).
   */
  reopen(id: string, book: BookDb): Session | undefined {
    const s = this.get(id);
    if (s) s.book = book;
    return s;
  }

  /** A window leaves the session; the last one out closes the book. */
  release(id: string | undefined | null): void {
    const s = this.get(id);
    if (!s) return;
    s.holders--;
    if (s.holders > 0) return;
    this.sessions.delete(s.id);
    this.listeners.delete(s.id);
    s.book.close();
  }

  /** Numbers `changes` for the session and tells every listener of it; returns the set. */
  publish(id: string, changes: BookChanges): ChangeSet | null {
    const s = this.get(id);
    if (!s) return null;
    const set: ChangeSet = { ...changes, session: id, seq: ++s.seq };
    for (const listener of this.listeners.get(id) ?? []) {
      try {
        listener(set);
      } catch {
        // A window that went away must not stop the others from hearing of the change.
      }
    }
    return set;
  }

  /** Listens to the change sets of one session; returns the unsubscribe function. */
  subscribe(id: string, listener: ChangeListener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  /** Closes every book (app quit, server stop). */
  closeAll(): void {
    for (const s of this.sessions.values()) s.book.close();
    this.sessions.clear();
    this.listeners.clear();
  }
}
