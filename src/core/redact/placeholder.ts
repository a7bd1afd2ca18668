// Values under a secret-named key that may be kept: only a value that is, as a whole, a
// reference to a secret kept elsewhere or an already-masked value. Anything with literal
// material around or inside a placeholder is masked: `${DB_PASSWORD:-RealPass}` carries a
// default password and `{{a}}RealPass{{b}}` a password between two variables.

const NAME = '[A-Za-z_][A-Za-z0-9_.-]{0,100}'
/**
 * A name in one case (`DB_PASSWORD`, `db_password`): what the bare sigil forms (`$…`, `%…%`,
 * `{…}`) must hold to be kept, since a password may start with `$` or sit between `%` signs and
 * mixed case is what passwords have and variable names rarely do (`%dVWsim3wb%`, `$ecretPass1`
 * are masked; a camel-case `$dbPassword` is masked too, which costs only a reference's name).
 * A lower-case name with digits is kept only with a separator (`$db2_password`): a word run
 * into digits is how passwords are made (`$ummer2024`, `%passw0rd%`), and masking `$pass1`
 * costs only a reference's name.
 */
const ONE_CASE_NAME = '(?:[A-Z_][A-Z0-9_.-]{0,100}|[a-z_][a-z_.-]{0,100}|[a-z_][a-z0-9]{0,100}[_.-][a-z0-9_.-]{0,100})'
const WHOLE = new RegExp(
  [
    `\\{\\{\\{?\\s*${NAME}\\s*\\}\\}\\}?`, // {{name}}, {{{name}}}
    `\\$\\{\\s*(?:env:|secrets\\.|vars\\.)?${NAME}\\s*\\}`, // ${NAME}, ${env:NAME}, ${secrets.NAME}
    `\\$${ONE_CASE_NAME}`, // $NAME
    `%${ONE_CASE_NAME}%`, // %NAME%
    `%\\(${NAME}\\)s`, // %(name)s
    `\\{${ONE_CASE_NAME}\\}`, // {name}
    `<${NAME}(?: ${NAME}){0,5}>`, // <YOUR_API_KEY>, <api key>
    '\\[(?:REDACTED|redacted)(?::[a-z0-9-]{1,40})?\\]', // [REDACTED], [REDACTED:kind]
    '\u2026?\\[redacted:[a-z0-9-]{1,40}\\]', // evidence masks
    '\\*+', // ********
  ].join('|'),
)

/** Built once: a regex built per call is compiled (and first run in V8's interpreter) per call. */
// No `i` flag: ONE_CASE_NAME's cases must hold.
const WHOLE_VALUE = new RegExp(`^(?:${WHOLE.source})$`)

export function isWholePlaceholder(value: string): boolean {
  const t = value.trim()
  return t.length === 0 || (t.length <= 200 && WHOLE_VALUE.test(t))
}
