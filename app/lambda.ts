// Serverless entry (AWS Lambda behind API Gateway REST or HTTP APIs, or a function URL):
// verifies the signature and runs the same app function as `npm start`. Bundled with every
// dependency into dist/lambda/index.mjs, deployed by deploy/aws/template.yaml (docs/app.md).
// Environment as for the server: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, ...
import { createProbot } from 'probot'
import app from './index.js'
import { appOctokit } from './octokit.js'

const probot = createProbot({ overrides: { Octokit: appOctokit(process.env) } })
await probot.load(app)

/** The fields PromptOps reads from API Gateway's payload format 1.0 (REST API) and 2.0 (HTTP
 * API, function URLs): v1 may send `headers: null` and repeats in `multiValueHeaders`; v2
 * lower-cases header names. */
export interface HttpEvent {
  headers?: Record<string, string | undefined> | null
  multiValueHeaders?: Record<string, string[] | undefined> | null
  body?: string | null
  isBase64Encoded?: boolean
}

export interface HttpResult {
  statusCode: number
  headers: Record<string, string>
  body: string
}

const reply = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

/** Header names lower-cased; single values win over v1's multi-value copies. */
export function eventHeaders(event: HttpEvent): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {}))
    if (values?.[0] !== undefined) headers[name.toLowerCase()] = values[0]
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers[name.toLowerCase()] = value
  return headers
}

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const headers = eventHeaders(event)
  const payload = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
  const signature = headers['x-hub-signature-256'] ?? ''
  // Forged or missing signatures are the sender's fault: 401, and nothing runs.
  if (!signature || !(await probot.webhooks.verify(payload, signature).catch(() => false)))
    return reply(401, { message: 'signature does not match' })
  const name = headers['x-github-event']
  if (!name) return reply(400, { message: 'missing X-GitHub-Event header' })
  try {
    await probot.webhooks.verifyAndReceive({ id: headers['x-github-delivery'] ?? '', name, signature, payload })
    return reply(200, { ok: true })
  } catch (error) {
    // Probot aggregates handler errors; a status on it is GitHub's answer to the app's request.
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    return reply(status >= 400 && status < 600 ? status : 500, { message })
  }
}
