import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-625UJJ63.js";
import {
  redactJsonLine
} from "./chunk-VYRXPEBS.js";
import {
  mergeCounts
} from "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/redact.ts
var usage = `Usage: promptops redact [--quiet] < in.jsonl > out.jsonl

Streams stdin to stdout masking PII, secrets and hashed identifiers, one output line per
input line. JSON lines keep their keys, key order and structure; values of secret-named
keys (password, token, authorization, ...) are masked whole. Other lines are masked as
text. A summary of what was masked goes to stderr (unless --quiet).

Examples:
  promptops redact < traces.jsonl > traces.redacted.jsonl
  kubectl logs deploy/chatbot | promptops redact --quiet`;
var redactCommand = {
  name: "redact",
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { quiet: { type: "boolean", short: "q" } }, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    let counts = {};
    let lines = 0;
    const lineSource = io.stdinLines ? io.stdinLines() : (await io.readStdin()).split("\n").slice(0, -1);
    for await (const line of lineSource) {
      const result = redactJsonLine(line);
      counts = mergeCounts(counts, result.counts);
      io.stdout(`${result.line}
`);
      lines++;
    }
    if (!values.quiet) {
      const masked = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`);
      io.stderr(`promptops redact: ${lines} line(s), masked ${masked.length === 0 ? "nothing" : masked.join(", ")}
`);
    }
    return 0;
  }
};
export {
  redactCommand
};
