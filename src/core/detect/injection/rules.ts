// Rule metadata for the injection detector: ids are stable, severities are defaults.
import type { RuleMeta } from '../detector.js'

function rule(name: string, severity: RuleMeta['severity'], title: string, help: string): RuleMeta {
  return { id: `injection.${name}`, category: 'injection', severity, title, help }
}

export const UNTRUSTED_IN_SYSTEM = rule(
  'untrusted-in-system',
  'high',
  'Untrusted-looking variable interpolated into the system message',
  'Values such as user input, retrieved documents or tool output carry the authority of the system role when placed there. ' +
    'Move them to a user message, between explicit delimiters, and tell the model to treat that block as data.',
)

export const UNDELIMITED_INPUT = rule(
  'undelimited-input',
  'medium',
  'User input interpolated without delimiters',
  'Wrap interpolated input in clear delimiters (`<input>…</input>`, a fenced block or quotes) and say that the ' +
    'delimited text is data, so instructions inside it are not followed.',
)

export const RAW_UNESCAPED = rule(
  'raw-unescaped',
  'medium',
  'Variable inserted raw / unescaped',
  '`{{{var}}}`, `{{& var}}` or `| safe` insert the value verbatim, including markup and delimiters that could close ' +
    'the surrounding block. Use the escaped form unless the value is trusted.',
)

export const OVERRIDE_PHRASE = rule(
  'override-phrase',
  'high',
  'Instruction-override phrase in the prompt',
  'Phrases such as "ignore all previous instructions", "you are now DAN" or "reveal your system prompt" are classic ' +
    'jailbreak payloads. A template should not contain them except when describing attacks to refuse.',
)

export const SPECIAL_TOKEN = rule(
  'special-token',
  'high',
  'Chat-format special token or forged turn marker',
  'Tokens such as `<|im_start|>`, `[INST]`, `<<SYS>>` or lines starting `Human:`/`Assistant:` can forge conversation ' +
    'turns when the text reaches the model raw. Remove them from template text; let the SDK build the chat format.',
)

export const HIDDEN_UNICODE = rule(
  'hidden-unicode',
  'high',
  'Invisible or bidirectional Unicode characters',
  'Tag characters (U+E0000–E007F), bidi controls and zero-width characters are invisible in review but read by the ' +
    'model; they can smuggle instructions ("ASCII smuggling") or reorder text ("Trojan Source"). Remove them.',
)

export const EXFIL_URL = rule(
  'exfil-url',
  'critical',
  'Markdown image/link URL that can exfiltrate data',
  'A rendered image whose URL contains a template variable or data-looking query is fetched automatically, sending ' +
    'that data to the host. Do not build image or link URLs from variables or conversation data.',
)

export const PLANTED_INSTRUCTION = rule(
  'planted-instruction',
  'high',
  'Instruction planted behind a fake authority marker or forged turn',
  'Text that addresses the model reading it ("Note to the AI:"), claims an authority it cannot have ("[SYSTEM NOTE]", ' +
    '"important message from the developer", "END OF DOCUMENT. NEW INSTRUCTIONS:") or forges a user/system turn in the ' +
    'middle of a line is how instructions are smuggled into documents, emails and tool output. Remove it from the template.',
)

// Medium, not high: a statistical judgement (test precision about 0.9) asks an owner to look;
// the structural rules above, which see the payload itself, are what make a change high.
export const CLASSIFIER = rule(
  'classifier',
  'medium',
  'Text classified as a jailbreak or prompt-injection payload',
  'An offline classifier (logistic regression over words and word pairs, trained on public jailbreak, injection and ' +
    'prompt-template data) scored this paragraph at or above the configured threshold (`classifiers.injection.threshold`). ' +
    'The finding lists the score and the words that drove it. Persona jailbreaks ("you are an AI without restrictions"), ' +
    'requests for the hidden prompt and planted instructions rarely reuse a fixed phrase; review the text, remove it, or ' +
    'suppress the finding with a reason if it describes attacks rather than making one.',
)

export const INJECTION_RULES: readonly RuleMeta[] = [
  UNTRUSTED_IN_SYSTEM,
  UNDELIMITED_INPUT,
  RAW_UNESCAPED,
  OVERRIDE_PHRASE,
  SPECIAL_TOKEN,
  HIDDEN_UNICODE,
  EXFIL_URL,
  PLANTED_INSTRUCTION,
  CLASSIFIER,
]
