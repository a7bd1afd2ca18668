// Values under a credential key that are not credentials by their shape: a variable or command
// that holds one (`dbPassword`, `Get-AzKeyVaultSecret`), a path of words (`Desktop/Title/H1`),
// a sentence, a plain word where a token belongs, or a value that names what it stands for
// (`hardcoded-password`, `actual_secret_key_12345`). Inputs are bounded by the callers.
import { shannonEntropy } from './entropy.js'

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/
/** A segment of an identifier (`db`, `Password`, `API`) that names a credential. */
const NAMES_A_SECRET = /^(?:token|key|secret|password|passwd|pwd|credential|credentials|auth|apikey)s?$/i
const CMDLET = /^(?:Get|Set|New|ConvertTo|ConvertFrom|Read|Invoke|Import|Export)-[A-Z][A-Za-z]+$/
const WORD = /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*[0-9]{0,2}$/
const PLAIN_WORD = /^[A-Z]?[a-z]+$/
const SENTENCE = /^\S+(?:\s+\S+){3,}$/
/** `GITHUBPERSONALACCESSTOKEN`, `MY_DB_PASSWORD`: a capitalised name standing in for the value. */
const SHOUTED = /^[A-Z_]+$/
const SHOUTED_SECRET_WORD = /PASSWORD|PASSWD|TOKEN|SECRET|KEY|PAT/
const SECRET_WORD = /^(?:password|passwd|secret|token|apikey)$/i

/** A segment a machine made: long, letters and digits, high entropy. */
const randomSegment = (s: string): boolean => s.length >= 12 && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && shannonEntropy(s) >= 3.3

/** True when `value`, found under a credential key, is something else by its shape. */
export function namesOrDescribes(value: string, password: boolean): boolean {
  if (
    IDENTIFIER.test(value) &&
    identifierSegments(value).some((s) => NAMES_A_SECRET.test(s)) &&
    !value.split(/[_-]/).some(randomSegment)
  )
    return true
  if (CMDLET.test(value) || SENTENCE.test(value) || (SHOUTED.test(value) && SHOUTED_SECRET_WORD.test(value))) return true
  if (value.includes('/') && value.split('/').every((segment) => WORD.test(segment))) return true
  if (!password && PLAIN_WORD.test(value)) return true
  const segments = value.split(/[^A-Za-z0-9]+/)
  return segments.some((s) => SECRET_WORD.test(s)) && !segments.some(randomSegment)
}

/** `openAIApiKey` → open, AI, Api, Key; `db_password` → db, password. */
function identifierSegments(identifier: string): string[] {
  return identifier.split(/[_$-]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean)
}
