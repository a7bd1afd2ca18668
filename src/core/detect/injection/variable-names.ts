// How trustworthy a template variable looks, judged from its name alone. The name is the
// only signal a static check has, so the lists below are the documented contract:
//
// - untrusted: the value is (or contains) text from users, documents, the web or tools:
//   any name containing one of UNTRUSTED_WORDS (user_input, query, question, message,
//   input, content, document, context, page, email, comment, history, chat_history, url…),
//   `user`/`customer` prefixed data (user_bio), or tool/search/api output and results
//   (tool_output, search_results).
// - trusted: operator-controlled settings (date, language, product_name, tone, format…),
//   and any name ending in a metadata word (message_count, input_language, page_number).
// - neutral: everything else (`topic`, `city`): flagged only where any interpolation is risky.
//
// Untrusted values come from two places (OWASP LLM01: direct and indirect injection):
// - user: typed by the person talking to the model (input, query, question, message, chat
//   history, comments, tickets…): in the system role it speaks with system authority;
// - retrieved: documents, pages, search results, tool output (context, documents, snippets…):
//   an attacker must first plant it in a source, so in the system role it is one level lower.

export type VariableTrust = 'untrusted' | 'neutral' | 'trusted'
export type UntrustedSource = 'user' | 'retrieved'

const USER_WORDS = new Set([
  'input',
  'inputs',
  'query',
  'queries',
  'question',
  'questions',
  'message',
  'messages',
  'msg',
  'history',
  'transcript',
  'conversation',
  'chat',
  'comment',
  'comments',
  'feedback',
  'review',
  'reviews',
  'ticket',
  'email',
  'emails',
  'mail',
  'post',
  'reply',
  'replies',
  'utterance',
  'prompt',
  'request',
  'tweet',
  'sms',
  'upload',
  'text',
])

const UNTRUSTED_WORDS = new Set([
  'input',
  'inputs',
  'query',
  'queries',
  'question',
  'questions',
  'message',
  'messages',
  'msg',
  'content',
  'contents',
  'document',
  'documents',
  'doc',
  'docs',
  'context',
  'page',
  'pages',
  'webpage',
  'email',
  'emails',
  'mail',
  'comment',
  'comments',
  'history',
  'transcript',
  'conversation',
  'chat',
  'html',
  'url',
  'urls',
  'link',
  'links',
  'body',
  'snippet',
  'snippets',
  'passage',
  'passages',
  'chunk',
  'chunks',
  'article',
  'review',
  'reviews',
  'feedback',
  'ticket',
  'post',
  'reply',
  'replies',
  'attachment',
  'attachments',
  'utterance',
  'text',
  'prompt',
  'request',
  'observation',
  'observations',
  'retrieved',
  'scraped',
  'upload',
  'tweet',
  'sms',
])

/** Output-like words that are untrusted only next to a source word: `tool_output`, `search_results`. */
const OUTPUT_WORDS = new Set(['output', 'outputs', 'result', 'results', 'response', 'responses', 'data'])
const SOURCE_WORDS = new Set([
  'tool',
  'function',
  'api',
  'search',
  'web',
  'browser',
  'plugin',
  'retrieval',
  'rag',
  'agent',
  'command',
  'shell',
  'scrape',
  'fetch',
  'http',
  'external',
  'user',
  'customer',
])
const PERSON_WORDS = new Set(['user', 'customer', 'visitor', 'caller', 'client', 'human'])

/** A name ending in one of these is metadata about a value, not the value itself. */
const METADATA_SUFFIXES = new Set([
  'id',
  'ids',
  'uuid',
  'count',
  'length',
  'len',
  'type',
  'kind',
  'format',
  'limit',
  'max',
  'min',
  'size',
  'language',
  'lang',
  'locale',
  'date',
  'time',
  'timestamp',
  'number',
  'num',
  'index',
  'idx',
  'style',
  'tone',
  'mode',
  'name',
  'role',
  'level',
  'tier',
  'version',
  'timezone',
  'tz',
  'currency',
  'country',
  'region',
  'enabled',
  'flag',
  'age',
  'status',
])

const TRUSTED_WORDS = new Set([
  'date',
  'today',
  'time',
  'now',
  'year',
  'language',
  'lang',
  'locale',
  'product',
  'company',
  'brand',
  'assistant',
  'bot',
  'persona',
  'tone',
  'style',
  'format',
  'timezone',
  'country',
  'currency',
  'version',
  'model',
  'app',
  'name',
  'domain',
  'audience',
  'max',
  'words',
  'instructions',
  'rules',
  'policy',
  'schema',
  'examples',
  'current',
])

/** `chat_history`, `userQuery`, `input.question` → ['chat', 'history'], ['user', 'query'], ['input', 'question']. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
}

export function classifyVariable(name: string): VariableTrust {
  const words = nameWords(name)
  const last = words[words.length - 1]
  if (last === undefined) return 'neutral'
  if (words.length > 1 && METADATA_SUFFIXES.has(last)) return 'trusted'
  if (words.some((w) => UNTRUSTED_WORDS.has(w))) return 'untrusted'
  if (words.some((w) => OUTPUT_WORDS.has(w)) && words.some((w) => SOURCE_WORDS.has(w))) return 'untrusted'
  if (words.length > 1 && PERSON_WORDS.has(words[0] ?? '')) return 'untrusted'
  if (words.every((w) => TRUSTED_WORDS.has(w) || METADATA_SUFFIXES.has(w))) return 'trusted'
  return 'neutral'
}

/** Where an untrusted value comes from: typed by the user, or retrieved from documents and tools. */
export function untrustedSource(name: string): UntrustedSource {
  const words = nameWords(name)
  // `customer.orders[].description`, `user_bio`: stored data about a person, not what they type now.
  return words.some((w) => USER_WORDS.has(w)) ? 'user' : 'retrieved'
}
