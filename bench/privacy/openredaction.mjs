// Runs @openredaction/openredaction over the same inputs as `fm redact`, for a side-by-side comparison.
//   node openredaction.mjs jsonl IN OUT    -> {"id","entities":[{"type","start","end"}]} per record (pii_eval.py input)
//   node openredaction.mjs text FILE       -> prints MB/s over the file, detected line block by line block
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(path.join(process.env.OPENREDACTION_HOME ?? ".", "package.json"));
const { OpenRedaction } = require("@openredaction/openredaction");
const redactor = new OpenRedaction();
const [mode, input, output] = process.argv.slice(2);

if (mode === "jsonl") {
  const lines = fs.readFileSync(input, "utf8").split("\n").filter((l) => l.trim());
  const out = [];
  for (const line of lines) {
    const record = JSON.parse(line);
    const result = await redactor.detect(record.text);
    const entities = (result.detections ?? []).map((d) => ({ type: d.type, start: d.position[0], end: d.position[1] }));
    out.push(JSON.stringify({ id: record.id, entities }));
  }
  fs.writeFileSync(output, out.join("\n") + "\n");
} else {
  const text = fs.readFileSync(input, "utf8");
  const blocks = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + 65536);
    const nl = text.lastIndexOf("\n", end - 1);
    if (end < text.length && nl > i) end = nl + 1;
    blocks.push(text.slice(i, end));
    i = end;
  }
  const started = process.hrtime.bigint();
  let found = 0;
  for (const block of blocks) {
    found += ((await redactor.detect(block)).detections ?? []).length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mb = Buffer.byteLength(text) / 1048576;
  console.log(`openredaction: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(2)} MB/s, ${found} detections`);
}
