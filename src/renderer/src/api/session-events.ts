/**
 * The change sets main pushes for one book session: an IPC event inside Electron (the preload
 * asks main to watch the session), server-sent events in the browser mode (the stream carries
 * the per-launch token in its address, since EventSource cannot send headers). The browser
 * reconnects by itself after a dropped connection.
 */
import type { ChangeSet } from '../../../shared/api/changes';

/** Starts delivering the session's change sets to `deliver`; returns the function that stops. */
export function sessionEvents(session: string, deliver: (c: ChangeSet) => void): () => void {
  const bridge = window.budgetdesk;
  if (bridge?.watch) {
    bridge.watch(session, deliver);
    return () => undefined; // the next watch replaces this one
  }
  if (typeof EventSource === 'undefined') return () => undefined;
  const token = document.querySelector<HTMLMetaElement>('meta[name="budgetdesk-token"]')?.content;
  const query = new URLSearchParams({ session, token: token ?? '' });
  const source = new EventSource(`/api/events?${query.toString()}`);
  source.addEventListener('changes', (e) => {
    deliver(JSON.parse((e as MessageEvent<string>).data) as ChangeSet);
  });
  return () => source.close();
}
