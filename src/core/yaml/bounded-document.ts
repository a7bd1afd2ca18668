// One YAML document, parsed within budgets: the lexer's tokens and the parser's nesting depth
// are counted as they stream from the lexer to the composer, and the parse stops at the first
// one over its bound. The `yaml` package composes and converts nested collections by
// recursion, so a document nested thousands deep (`[[[[…`, twenty kilobytes) would otherwise
// end in a stack overflow, whose handling differs between hosts: a plain RangeError under
// `node`, a fatal V8 abort while compiling a regular expression near the stack limit under
// Jest. A bound makes the outcome one clear issue everywhere.
import { Composer, Lexer, Parser, YAMLParseError } from 'yaml'
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml'

/** Lexer tokens allowed in one document (≈ 200 kB of dense YAML, well under a second to parse). */
export const MAX_YAML_TOKENS = 100_000
/** Nesting allowed: collections inside collections (every real template and config is under 10). */
export const MAX_YAML_DEPTH = 64

export interface YamlLimit {
  /** Offset in the text where the bound was crossed. */
  offset: number
  message: string
}

export type BoundedParse = { doc: Document.Parsed; limit?: undefined } | { doc?: undefined; limit: YamlLimit }

/** Thrown from inside the token stream to stop the composer; never leaves this module. */
class LimitReached extends Error {
  constructor(readonly limit: YamlLimit) {
    super(limit.message)
  }
}

const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection'])
const openCollections = (parser: Parser): number => parser.stack.filter((token) => COLLECTIONS.has(token.type)).length

function* boundedTokens(text: string, parser: Parser): Generator<CST.Token> {
  let count = 0
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme.length > 0 && ++count > MAX_YAML_TOKENS) {
      const message = `YAML is too large or complex to parse safely (more than ${MAX_YAML_TOKENS} tokens)`
      throw new LimitReached({ offset: 0, message })
    }
    yield* parser.next(lexeme)
    // The parser's stack holds the document, every open collection and, briefly, a scalar or
    // a comment: count the collections only when the stack could hold too many.
    if (parser.stack.length > MAX_YAML_DEPTH && openCollections(parser) > MAX_YAML_DEPTH) {
      const offset = parser.offset - lexeme.length
      throw new LimitReached({ offset, message: `YAML nests deeper than ${MAX_YAML_DEPTH} levels` })
    }
  }
  yield* parser.end()
}

/**
 * `parseDocument` from the `yaml` package (same options, same result and errors, a second
 * document reported as MULTIPLE_DOCS), or the bound the text crossed.
 */
export function parseBoundedDocument(text: string, options: DocumentOptions & ParseOptions & SchemaOptions = {}): BoundedParse {
  const parser = new Parser(options.lineCounter?.addNewLine)
  // Parser.parse() records the first line itself; feeding it token by token, we do.
  options.lineCounter?.addNewLine(0)
  const composer = new Composer(options)
  let doc: Document.Parsed | null = null
  try {
    for (const next of composer.compose(boundedTokens(text, parser), true, text.length)) {
      if (doc === null) {
        doc = next
      } else {
        const message = 'Source contains multiple documents; please use YAML.parseAllDocuments()'
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', message))
        break
      }
    }
  } catch (error) {
    if (error instanceof LimitReached) return { limit: error.limit }
    throw error
  }
  // compose(…, forceDoc = true) yields at least one document.
  return { doc: doc as Document.Parsed }
}
