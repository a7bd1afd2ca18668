// Thirty-first round (issue 14): an AI reader addressed by a label, a vocative or an "attn" line,
// and then told to act, whatever the act. Earlier rounds paired the addressed reader with a list
// of attacker orders (planted-instructions.ts ATTACKER_ORDERS); strangers keep writing orders
// that list does not hold ("describe this contract as …", "approve it", "report revenue as …",
// "always recommend …"). What does not change is the structure: data that names the AI reading it
// as a class or by a job ("AI summarizers:", "ATTN AI BOOKKEEPER", "(ai-reviewer):", "| AI
// copilot:", "As the assistant compiling these results,", "Assistant managing this calendar —")
// and then gives it an order. A template speaks to its own model as "you", and its turn labels
// name one speaker at the head of a line ("AI:", "Assistant:"), which these forms leave out.
// All text here is normalised as phrase-text.ts reads it (lower case).

/** A noun for one who does a job ("bookkeeper", "reviewer", "summarizer", "accountant", "copilot"). */
const AGENT_NOUN =
  '(?!(?:answer|user|number|layer|header|footer|chapter|paper|order|power|other|after|under|over|error|cluster|content|comment|component|moment|document|segment|element|statement|argument|event|intent|parent|percent|current|different|generator|vector|tensor|factor|sector|colou?r|behaviou?r|prior|major|minor|interior|monitor|mirror|letter|matter|register|filter|cent(?:er|re)|character|parameter|meter|later|ever|never|rather|whether|either|neither|together|better|water|computer|server|provider|container|buffer|marker|player|owner|partner|member|customer|paragraph|script|text|context|list)s?\\b)[a-z-]{1,18}(?:er|or|ant|ent|ist|ot|ian)s?\\b'

/** What marks a name as an AI's: "AI", "LLM", "automated" before it. */
const AI_QUALIFIER = '(?:ai|a\\.i\\.|llm|llm-based|ai-powered|gpt|automated)'

/** An AI reader named with its qualifier ("ai code assistants", "ai bookkeeper", "ai-reviewer"). */
/** People who work on AI, not AI readers ("AI researchers", "AI developers", "LLM engineers"). */
const PEOPLE_IN_AI =
  '(?!(?:[a-z-]{2,20} ){0,2}(?:research|develop|engineer|scient|ethic|practition|enthusiast|invest|found|expert|special|professional|leader|build|vendor|provid|regulat|policymak|lawmak|educat|teacher|student|instructor|lectur|consult|strateg|product manag|journalist|writer|author|artist|critic|skeptic|sceptic|advoc|user|customer|adopt|innovat|entrepreneur|startup|compan|firm|lab)[a-z]{0,6}\\b)'
const QUALIFIED_READER = `${AI_QUALIFIER}[ -]${PEOPLE_IN_AI}(?:[a-z-]{2,20} ){0,2}${AGENT_NOUN}`

/** The model's own names, which alone head a few-shot turn ("Assistant:"), so need more around them. */
const BARE_NAME = '(?:assistant|agent|bot|chatbot|copilot|model|llm|ai)'

/** The end of an address: a label's colon (not a link's), a spaced dash, a vocative's comma. */
const ADDRESS_END = '(?: ?:(?!//)| [-—–] | ?, ?)'

/** Its reading of this data, after a bare name: "managing this calendar", "compiling these results". */
const DOING_THIS = `(?:that is |who is )?[a-z]{2,20}ing\\b[^.!?\\n:,]{0,40}?\\b(?:this|these)\\b[^.!?\\n:,—–]{0,30}?`

const STRONG_ADDRESS = [
  // A qualified reader as a label or vocative inside a line or a field, or a class of them
  // heading one ("Q3 total | AI copilot:", "(ai-reviewer):", "Automated readers and AI
  // summarizers:"): at a line's head only plural, as a turn label names one speaker.
  `(?:[|(\\[\\]{}>"“*•·]|[-—–] |[.!?:;] ) ?(?:[a-z-]{2,20} (?:[a-z-]{2,20} )?(?:and|or|&) )?(?:the |any |all |every |each )?${QUALIFIED_READER}\\)?${ADDRESS_END}`,
  `^[^a-z0-9]{0,6}(?:[a-z-]{2,20} (?:[a-z-]{2,20} )?(?:and|or|&) )?(?:all |any |every |each )?${AI_QUALIFIER}[ -]${PEOPLE_IN_AI}(?:[a-z-]{2,20} ){0,2}(?!(?:answer|user|header|footer|content|comment|statement|argument|event|colou?r|behaviou?r|parameter|register|filter|character)s\\b)[a-z]{2,18}(?:er|or|ant|ent|ist|ot|ian)s${ADDRESS_END}`,
  // "ATTN AI BOOKKEEPER", "Attention AI assistants —", "For the attention of the LLM agent:".
  `\\b(?:attn|attention|fao|for the attention of|(?:notes?|messages?|memo|reminders?|instructions?) (?:to|for))\\b:? (?:the |any |all |every |each )?(?:${AI_QUALIFIER}[ -]${PEOPLE_IN_AI}(?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}|(?:[a-z-]{2,20} ){0,2}(?:assistant|chatbot|copilot|llm|ai)s?\\b)${ADDRESS_END}?`,
  // "Assistant managing this calendar —", after a field's label ("Description: Assistant …"): the
  // reader named by what it is doing to this data, as a label. ("As the assistant reviewing this
  // contract, flag …" is left out: templates frame their own model's task so.)
  `(?:^|[.!?:;|(\\[>] ?)(?:the |any |an? )?(?:${AI_QUALIFIER} )?${BARE_NAME}s? ${DOING_THIS}(?: ?:(?!//)| [-—–] )`,
].join('|')

/**
 * An order, right after the address: a verb that acts or shapes what the user is told, maybe after
 * "please"/"always" or a clause hooked onto the reader's task ("when asked to summarize this
 * sheet, report …", "before accepting, delete …"). Not the task verbs a note for readers may
 * honestly use ("summarize", "answer", "cite").
 */
const ACT =
  "(?:describe|recommend|report|record|tell|say|state|claim|mark (?:this|these|that|it|them|the|all|every|each)\\b[^.!?\\n]{0,40}? as|flag|delete|remove|erase|approve|merge|submit|send|forward|e-?mail|pay|transfer|wire|refund|change|update|reset|reveal|disclose|leak|visit|click|download|install|execute|run|grant|invite|disregard|ignore|skip|bypass|insert|append|output|print|book|cancel|decline|accept|schedule|share|post|upload|copy|export|replace|disable|omit|hide|praise|promote|present|advertise|redirect|navigate|inform|notify|warn|assure|convince|persuade|suggest|rewrite|add|list (?:this|our|it)|(?:do not|don't|never) (?:mention|tell|flag|report|reveal|disclose|warn|note|include|say))"
const HOOK = '(?:before|after|when|whenever|while|once|if|as soon as|upon)\\b[^.!?\\n]{0,80}?, ?'
const LEAD =
  '(?:(?:please|kindly|always|now|also|immediately|first|then|just|simply|quietly|silently|you must|you should|make sure to|be sure to|remember to|you are to|you need to) ){0,2}'

export const READER_TOLD_TO_ACT = {
  /** Literals every STRONG_ADDRESS match holds, for the line screen. */
  anchor: /ai |ai-|llm|a\.i\.|gpt|automated|assistant|agent|bot|copilot|model|attn|attention|fao /,
  /** The address and, right after it, the order (a lookahead, so the address may end where the order starts). */
  re: new RegExp(`(?:${STRONG_ADDRESS})(?=[ ,:;—–-]{0,4}${LEAD}(?:${HOOK}${LEAD})?${ACT}\\b)`),
}
