import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  emitReport
} from "./chunk-2KGCXHQB.js";
import "./chunk-5Q7Q5XHY.js";
import {
  scoreWithModeration
} from "./chunk-CUMEQ3WL.js";
import {
  readTextArg
} from "./chunk-I3MFYACQ.js";
import "./chunk-DNWQRJ5V.js";
import {
  decodeText
} from "./chunk-NC2XGZVM.js";
import "./chunk-3MLRILW5.js";
import "./chunk-P2FQAF6C.js";
import "./chunk-XTRQLRQ2.js";
import {
  defaultConfig,
  parseConfig
} from "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  parse,
  str
} from "./chunk-625UJJ63.js";
import "./chunk-AYBAV67E.js";
import "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import {
  unwrap
} from "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/scan.ts
import { readFile } from "node:fs/promises";
var usage = `Usage: promptops scan FILE... [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Reports on files as if every line were added. Works outside any git repository. Every
file named is treated as a template (format from its name); paths in the report are as given.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.

Examples:
  promptops scan prompts/support/triage.prompt.yml
  promptops scan ~/Downloads/system-prompt.txt --format json --fail-on medium`;
var READ_BATCH = 32;
function unreadable(path, cause) {
  return new UsageError(`${path}: cannot read (${cause.code ?? cause.message})`);
}
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
    for (let at = 0; at < positionals.length; at += READ_BATCH) {
      const batch = positionals.slice(at, at + READ_BATCH);
      const read = await Promise.allSettled(batch.map((path) => readFile(absolute(io.cwd, path))));
      batch.forEach((path, i) => {
        const result = read[i];
        if (result.status === "rejected") throw unreadable(path, result.reason);
        const { text, binary } = decodeText(result.value);
        files.push({ path, status: "added", baseText: null, headText: text, ...binary ? { binary } : {} });
      });
    }
    return emitReport(
      await scoreWithModeration({ files, config, now: io.now(), governAll: true }, { env: process.env }),
      values,
      io
    );
  }
};
export {
  scanCommand
};
