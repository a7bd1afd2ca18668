import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/templates/values.ts
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asString(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function firstString(...values) {
  for (const v of values) {
    const s = asString(v);
    if (s !== void 0 && s.length > 0) return s;
  }
  return void 0;
}

// src/core/templates/json-shape.ts
function get(value, path) {
  let v = value;
  for (const key of path) v = Array.isArray(v) && typeof key === "number" ? v[key] : asRecord(v)?.[String(key)];
  return v;
}
var isText = (v) => typeof v === "string";
function langchainPrompt(r, base) {
  const at = (key) => [...base, key];
  const node = asRecord(get(r, base)) ?? {};
  if (node["_type"] === "few_shot" || isText(node["prefix"]) || isText(node["suffix"])) {
    const texts = ["prefix", "example_prompt", "suffix"].flatMap((k) => {
      if (k === "example_prompt")
        return isText(get(node, ["example_prompt", "template"])) ? [{ path: [...at(k), "template"], role: "unknown" }] : [];
      return isText(node[k]) ? [{ path: at(k), role: "unknown" }] : [];
    });
    return texts.length > 0 ? { texts, dialect: "fstring" } : void 0;
  }
  if (isText(node["template"]) && (node["_type"] === "prompt" || Array.isArray(node["input_variables"]) || base.length > 0)) {
    return { texts: [{ path: at("template"), role: "unknown" }], dialect: "fstring" };
  }
  return void 0;
}
function jsonShape(root) {
  if (Array.isArray(root)) return { messages: [], texts: [] };
  const r = asRecord(root);
  if (r === void 0) return void 0;
  if (Array.isArray(get(r, ["kwargs", "messages"]))) return { messages: ["kwargs", "messages"], texts: [], dialect: "fstring" };
  if (Array.isArray(r["messages"])) return { messages: ["messages"], texts: [] };
  if (Array.isArray(r["prompt"])) return { messages: ["prompt"], texts: [], dialect: "mustache" };
  if (isText(r["prompt"])) return { texts: [{ path: ["prompt"], role: "unknown" }], dialect: "mustache" };
  if (isText(r["instructions"]) || Array.isArray(r["input"]) || isText(r["input"]) && r["model"] !== void 0) {
    const texts = isText(r["instructions"]) ? [{ path: ["instructions"], role: "system" }] : [];
    if (isText(r["input"])) texts.push({ path: ["input"], role: "user" });
    return Array.isArray(r["input"]) ? { messages: ["input"], texts } : { texts };
  }
  return langchainPrompt(r, []) ?? (asRecord(r["kwargs"]) ? langchainPrompt(r, ["kwargs"]) : void 0);
}
function isTemplateJson(text) {
  try {
    return jsonShape(JSON.parse(text)) !== void 0;
  } catch {
    return true;
  }
}

export {
  asRecord,
  asString,
  firstString,
  jsonShape,
  isTemplateJson
};
