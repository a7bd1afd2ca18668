import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  isTemplateJson
} from "./chunk-K3NDJCBW.js";
import {
  require_picomatch
} from "./chunk-5VG5CH4R.js";
import {
  trimEndChar
} from "./chunk-2T6TU6Y3.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/config/governed.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var BUILTIN_POLICY_FILES = [
  ".github/promptops.yml",
  ".github/promptops.yaml",
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS"
];
var WORKFLOWS = ".github/workflows/*.{yml,yaml}";
function runsPromptOps(text) {
  return text !== null && /promptops/i.test(text);
}
function classifier(config) {
  const opts = { dot: true };
  const include = (0, import_picomatch.default)(config.templates, { ...opts, nocase: true });
  const exclude = config.exclude.length > 0 ? (0, import_picomatch.default)(config.exclude, opts) : () => false;
  const policy = (0, import_picomatch.default)([...BUILTIN_POLICY_FILES, ...config.policyFiles], opts);
  const workflow = (0, import_picomatch.default)(WORKFLOWS, opts);
  const memoryPaths = new Set(config.memory.schemas.map((s) => s.path));
  const playbooks = `${trimEndChar(config.memory.playbooks, "/")}/`;
  const isTemplate = (path) => include(path) && !exclude(path);
  const isMemoryFile = (path) => memoryPaths.has(path) || path.startsWith(playbooks);
  return {
    isTemplate,
    isPolicyFile: (path) => policy(path),
    isWorkflow: (path) => workflow(path),
    isMemoryFile,
    needsContent: (path) => isTemplate(path) || isMemoryFile(path) || workflow(path)
  };
}
var isChatJson = isTemplateJson;

export {
  runsPromptOps,
  classifier,
  isChatJson
};
