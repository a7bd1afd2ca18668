import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  emitReport
} from "./chunk-HCGFVUOL.js";
import {
  readTextArg
} from "./chunk-HJL4DY4E.js";
import "./chunk-EMWUWVC6.js";
import "./chunk-U6EGTRUJ.js";
import {
  decodeText,
  scoreChanges
} from "./chunk-S5TFHBYC.js";
import "./chunk-YXUJS4GQ.js";
import "./chunk-KR4YOHL3.js";
import "./chunk-LJYJFQVB.js";
import "./chunk-VZZ6DKHX.js";
import "./chunk-JP26DQY6.js";
import {
  defaultConfig,
  parseConfig,
  unwrap
} from "./chunk-QK6DH36R.js";
import "./chunk-GZ5GAVLH.js";
import "./chunk-SVDC4HTH.js";
import "./chunk-WXDAGHBO.js";
import {
  absolute,
  parse,
  str
} from "./chunk-7WHS6NR7.js";
import "./chunk-DCGKDFJX.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/scan.ts
import { readFile } from "node:fs/promises";
var usage = `Usage: promptops scan FILE... [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Reports on files as if every line were added. Works outside any git repository. Every
file named is treated as a template (format from its name); paths in the report are as given.`;
var scanCommand = {
  name: "scan",
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, REPORT_OPTIONS, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    if (positionals.length === 0) throw new UsageError(`no files given

${usage}`);
    const configFile = str(values.config);
    const config = configFile ? unwrap(parseConfig(await readTextArg(io.cwd, configFile), configFile)) : defaultConfig();
    const files = [];
    for (const path of positionals) {
      let bytes;
      try {
        bytes = await readFile(absolute(io.cwd, path));
      } catch (cause) {
        throw new UsageError(`${path}: cannot read (${cause.code ?? cause.message})`);
      }
      const { text, binary } = decodeText(bytes);
      files.push({ path, status: "added", baseText: null, headText: text, ...binary ? { binary } : {} });
    }
    return emitReport(scoreChanges({ files, config, now: io.now(), governAll: true }), values, io);
  }
};
export {
  scanCommand
};
