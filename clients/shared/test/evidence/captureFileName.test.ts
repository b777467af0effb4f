import { describe, expect, it } from "vitest";
import { captureFileName } from "../../src/evidence/captureFileName";

describe("captureFileName", () => {
  it("names a capture after the page's title, in characters safe in a file name", () => {
    expect(captureFileName({ title: "Grafana – checkout / p99 latency: 5xx?", url: "https://grafana.example.com/d/abc" })).toBe("Grafana - checkout - p99 latency- 5xx.txt");
    expect(captureFileName({ title: "  ../../etc/passwd  ", url: "https://x.test/" })).toBe("etc-passwd.txt");
  });

  it("falls back to host and path, then to page", () => {
    expect(captureFileName({ title: "", url: "https://kibana.example.com/app/discover" })).toBe("kibana.example.com-app-discover.txt");
    expect(captureFileName({ title: "💥", url: "not a url" })).toBe("page.txt");
  });

  it("keeps names short and takes a prefix", () => {
    expect(captureFileName({ title: "x".repeat(500), url: "" })).toBe(`${"x".repeat(80)}.txt`);
    expect(captureFileName({ title: "Runbook", url: "" }, "selection from ")).toBe("selection from Runbook.txt");
  });
});
