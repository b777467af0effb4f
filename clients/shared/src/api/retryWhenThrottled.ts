import { ApiError } from "./problem";

export interface ThrottleRetryOptions {
  /** How many times to try again after a 429. */
  retries?: number;
  /** The longest wait honoured; a server asking for more is answered with a failure the user can retry by hand. */
  maxWaitSeconds?: number;
  wait?: (seconds: number) => Promise<void>;
}

const sleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Runs `attempt`, and again after the server's Retry-After (or 1, 2, 4… s when it gives none) each time it answers 429 Too Many Requests. */
export async function retryWhenThrottled<T>(attempt: () => Promise<T>, { retries = 4, maxWaitSeconds = 60, wait = sleep }: ThrottleRetryOptions = {}): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 429 || tried >= retries) {
        throw e;
      }
      const seconds = e.retryAfterSeconds ?? 2 ** tried;
      if (seconds > maxWaitSeconds) {
        throw e;
      }
      await wait(seconds);
    }
  }
}
