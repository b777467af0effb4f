import { describe, expect, it } from "vitest";
import { ApiError, parseRetryAfter } from "../../src/api/problem";
import { retryWhenThrottled } from "../../src/api/retryWhenThrottled";

describe("retryWhenThrottled", () => {
  it("waits what Retry-After says, else 1, 2, 4 s, and does not retry other failures", async () => {
    const waits: number[] = [];
    const failures = [new ApiError(429, {}, 7), new ApiError(429, {}), new ApiError(429, {})];
    const result = await retryWhenThrottled(
      async () => {
        const next = failures.shift();
        if (next) {
          throw next;
        }
        return "done";
      },
      { wait: async (s) => void waits.push(s) },
    );
    expect(result).toBe("done");
    expect(waits).toEqual([7, 2, 4]);
    await expect(retryWhenThrottled(() => Promise.reject(new ApiError(500, {})), { wait: async () => undefined })).rejects.toMatchObject({ status: 500 });
  });

  it("gives up when asked to wait longer than it will", async () => {
    await expect(retryWhenThrottled(() => Promise.reject(new ApiError(429, {}, 3600)), { wait: async () => undefined })).rejects.toMatchObject({ status: 429 });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("12")).toBe(12);
    expect(parseRetryAfter(new Date(1_000_000 + 30_000).toUTCString(), 1_000_000)).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
