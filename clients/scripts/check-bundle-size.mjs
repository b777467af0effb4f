// Fails the build when the web app's initial JavaScript — the scripts index.html loads, and what they preload — is over budget (gzipped).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const budgetBytes = 250 * 1024;
const dist = process.argv[2] ?? "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) {
  console.error("check-bundle-size: index.html loads no script; is this a Vite build?");
  process.exit(1);
}
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error("check-bundle-size: index.html has an inline script, which the server's CSP (script-src 'self') blocks.");
  process.exit(1);
}
let total = 0;
for (const script of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, script)), { level: 9 }).length;
  total += size;
  console.log(`  ${script}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const verdict = total <= budgetBytes ? "within" : "OVER";
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped, ${verdict} the ${budgetBytes / 1024} KB budget`);
process.exit(total <= budgetBytes ? 0 : 1);
