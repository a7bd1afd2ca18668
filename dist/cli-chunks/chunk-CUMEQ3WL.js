import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  diffText,
  mapLimit,
  scoreChanges
} from "./chunk-DNWQRJ5V.js";
import {
  classifier
} from "./chunk-P2FQAF6C.js";

// src/core/moderation/requests.ts
function moderationRequests(files, config, governAll, maxChars) {
  const governed = classifier(config);
  const out = [];
  for (const file of files) {
    if (file.headText === null || file.binary === true) continue;
    if (!governAll && !governed.isTemplate(file.path)) continue;
    let chunk = null;
    for (const { line, text } of diffText(file.baseText, file.headText).added) {
      if (text.trim() === "") continue;
      for (let from = 0; from < text.length; from += maxChars) {
        const piece = text.slice(from, from + maxChars);
        if (chunk !== null && chunk.text.length + 1 + piece.length > maxChars) {
          out.push({ path: file.path, ...chunk });
          chunk = null;
        }
        chunk = chunk === null ? { line, text: piece } : { line: chunk.line, text: `${chunk.text}
${piece}` };
      }
    }
    if (chunk !== null) out.push({ path: file.path, ...chunk });
  }
  return out;
}

// src/adapters/moderation/providers.ts
var GUARD_CATEGORIES = {
  S1: "violent crimes",
  S2: "non-violent crimes",
  S3: "sex-related crimes",
  S4: "child sexual exploitation",
  S5: "defamation",
  S6: "specialized advice",
  S7: "privacy",
  S8: "intellectual property",
  S9: "indiscriminate weapons",
  S10: "hate",
  S11: "suicide & self-harm",
  S12: "sexual content",
  S13: "elections",
  S14: "code interpreter abuse"
};
function openaiBody(texts, model) {
  return { ...model ? { model } : {}, input: texts };
}
function openaiVerdicts(body, count) {
  const results = body?.results;
  if (!Array.isArray(results) || results.length !== count) throw new Error(`expected ${count} moderation results`);
  return results.map((r) => {
    const {
      flagged,
      categories,
      category_scores: scores
    } = r ?? {};
    if (typeof flagged !== "boolean") throw new Error('a moderation result has no boolean "flagged"');
    const named = categories !== null && typeof categories === "object" ? Object.entries(categories).filter(([, v]) => v === true).map(([k]) => k) : [];
    const values = scores !== null && typeof scores === "object" ? Object.values(scores).filter((v) => typeof v === "number") : [];
    return { flagged, categories: named, ...values.length > 0 ? { score: Math.max(...values) } : {} };
  });
}
function guardBody(text, model) {
  return { ...model ? { model } : {}, messages: [{ role: "user", content: text }], temperature: 0, max_tokens: 32 };
}
function guardVerdict(body) {
  const choices = body?.choices;
  const content = Array.isArray(choices) ? choices[0]?.message?.content : void 0;
  if (typeof content !== "string") throw new Error("the guard response has no message content");
  const [first = "", second = ""] = content.trim().split("\n").map((line) => line.trim()).filter(Boolean);
  const verdict = first.trim().toLowerCase();
  if (verdict === "safe") return { flagged: false, categories: [] };
  if (verdict !== "unsafe") throw new Error(`the guard answered "${first.slice(0, 40)}", expected "safe" or "unsafe"`);
  const codes = second.split(/[,\s]+/).filter(Boolean);
  return {
    flagged: true,
    categories: codes.map(
      (c) => GUARD_CATEGORIES[c.toUpperCase()] ? `${c.toUpperCase()} ${GUARD_CATEGORIES[c.toUpperCase()]}` : c
    )
  };
}

// src/adapters/moderation/client.ts
var OPENAI_BATCH = 16;
var CONCURRENCY = 4;
async function post(url, body, settings, key, fetcher) {
  const response = await fetcher(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...key ? { authorization: `Bearer ${key}` } : {} },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(settings.timeoutMs)
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  return response.json();
}
function reasonOf(error, settings) {
  const name = error !== null && typeof error === "object" && "name" in error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${settings.timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 200);
}
function outcome(request, provider, verdict) {
  const base = { path: request.path, line: request.line, provider };
  return verdict.flagged ? {
    ...base,
    status: "flagged",
    categories: verdict.categories,
    ...verdict.score === void 0 ? {} : { score: verdict.score }
  } : { ...base, status: "clean" };
}
async function moderate(requests, settings, deps = {}) {
  const provider = `${settings.provider} moderation${settings.model ? ` (${settings.model})` : ""}`;
  const unchecked = (r, reason) => ({
    path: r.path,
    line: r.line,
    provider,
    status: "unchecked",
    reason
  });
  const env = deps.env ?? {};
  const key = settings.apiKeyEnv === void 0 ? void 0 : env[settings.apiKeyEnv];
  if (settings.apiKeyEnv !== void 0 && !key)
    return requests.map((r) => unchecked(r, `environment variable ${settings.apiKeyEnv} is not set`));
  const fetcher = deps.fetch ?? fetch;
  let end = settings.url.length;
  while (end > 0 && settings.url[end - 1] === "/") end--;
  const base = settings.url.slice(0, end);
  if (settings.provider === "openai") {
    const batches = [];
    for (let i = 0; i < requests.length; i += OPENAI_BATCH) batches.push(requests.slice(i, i + OPENAI_BATCH));
    const done = await mapLimit(batches, CONCURRENCY, async (batch) => {
      try {
        const verdicts = openaiVerdicts(
          await post(
            `${base}/moderations`,
            openaiBody(
              batch.map((r) => r.text),
              settings.model
            ),
            settings,
            key,
            fetcher
          ),
          batch.length
        );
        return batch.map((r, i) => outcome(r, provider, verdicts[i]));
      } catch (error) {
        return batch.map((r) => unchecked(r, reasonOf(error, settings)));
      }
    });
    return done.flat();
  }
  return mapLimit([...requests], CONCURRENCY, async (r) => {
    try {
      return outcome(
        r,
        provider,
        guardVerdict(await post(`${base}/chat/completions`, guardBody(r.text, settings.model), settings, key, fetcher))
      );
    } catch (error) {
      return unchecked(r, reasonOf(error, settings));
    }
  });
}

// src/flows/moderated-score.ts
async function scoreWithModeration(input, deps = {}) {
  const settings = input.config.moderation;
  if (settings === void 0) return scoreChanges(input);
  const requests = moderationRequests(input.files, input.config, input.governAll === true, settings.maxChars);
  const moderation = requests.length === 0 ? [] : await moderate(requests, settings, deps);
  return scoreChanges({ ...input, moderation });
}

export {
  scoreWithModeration
};
