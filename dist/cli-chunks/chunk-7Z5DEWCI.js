import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/errors.ts
var PromptOpsError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "PromptOpsError";
    this.code = code;
  }
};
var ConfigError = class extends PromptOpsError {
  file;
  issues;
  constructor(file, issues) {
    super("config-invalid", formatIssues(file, issues));
    this.name = "ConfigError";
    this.file = file;
    this.issues = issues;
  }
};
var UsageError = class extends PromptOpsError {
  constructor(message) {
    super("usage", message);
    this.name = "UsageError";
  }
};
function formatIssues(file, issues) {
  const lines = issues.map((i) => `${file}${i.line ? `:${i.line}` : ""}: ${i.at ? `${i.at}: ` : ""}${i.message}`);
  return lines.join("\n");
}

export {
  PromptOpsError,
  ConfigError,
  UsageError,
  formatIssues
};
