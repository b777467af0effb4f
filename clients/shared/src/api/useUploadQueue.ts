import { useRef, useState } from "react";
import { problemText } from "./problem";
import { retryWhenThrottled } from "./retryWhenThrottled";

/** One file waiting or being sent. The id, not the name, tells transfers apart: one drop may hold two `app.log`. */
export interface Transfer {
  id: number;
  name: string;
  fraction: number;
  started: boolean;
}

/** A file that was not sent, after any retries, and why. */
export interface FailedTransfer {
  id: number;
  name: string;
  reason: string;
}

interface Queued {
  id: number;
  file: Blob;
  name: string;
  // Taken when the file was queued: it is sent as the user asked then (the knowledge kind chosen at the drop), not as the form says later.
  send: Sender<unknown>;
}

type Sender<T> = (file: Blob, name: string, onProgress: (fraction: number) => void) => Promise<T>;

// The server budgets writes per client (120 a minute by default): a few at a time finish sooner than a burst it throttles.
const concurrentUploads = 3;

/** Sends files a few at a time, each tried again after a 429's Retry-After, and keeps every one that finally failed with its reason. */
export function useUploadQueue<T>(send: Sender<T>, onSent: (result: T) => void) {
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [failures, setFailures] = useState<FailedTransfer[]>([]);
  const waiting = useRef<Queued[]>([]);
  const running = useRef(0);
  const lastId = useRef(0);
  const latestOnSent = useRef(onSent);
  latestOnSent.current = onSent;

  const update = (id: number, change: Partial<Transfer>) => setTransfers((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const run = async ({ id, file, name, send: sendThis }: Queued) => {
    update(id, { started: true });
    try {
      latestOnSent.current((await retryWhenThrottled(() => sendThis(file, name, (fraction) => update(id, { fraction })))) as T);
    } catch (e) {
      setFailures((all) => [...all, { id, name, reason: problemText(e) }]);
    } finally {
      setTransfers((all) => all.filter((t) => t.id !== id));
    }
  };
  const startWaiting = () => {
    while (running.current < concurrentUploads && waiting.current.length > 0) {
      const next = waiting.current.shift()!;
      running.current++;
      void run(next).finally(() => {
        running.current--;
        startWaiting();
      });
    }
  };
  /** Queues files (a FileList, or one pasted blob with its name) and starts as many as may run. */
  const enqueue = (files: Iterable<{ file: Blob; name: string }>) => {
    const added: Transfer[] = [];
    for (const { file, name } of files) {
      const id = ++lastId.current;
      waiting.current.push({ id, file, name, send });
      added.push({ id, name, fraction: 0, started: false });
    }
    setTransfers((all) => [...all, ...added]);
    startWaiting();
  };
  return { transfers, failures, enqueue, dismissFailures: () => setFailures([]) };
}
