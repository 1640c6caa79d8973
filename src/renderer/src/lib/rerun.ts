/**
 * A read that follows changes: asked again while it runs, it runs once more when done (so the
 * last change is always read), never twice at a time. For screens that re-read from main after
 * each change set while they are shown (the change log, a restore or 汇总 preview).
 */
export function rerunner(read: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await read();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
