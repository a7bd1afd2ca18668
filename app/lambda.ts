// Serverless entry (AWS Lambda behind API Gateway / a function URL, or any platform with the
// same event shape): verifies the signature and runs the same app function as `npm start`.
// Environment as for the server: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, ...
import { createProbot } from 'probot'
import app from './index.js'
import { AppOctokit } from './octokit.js'

const probot = createProbot({ overrides: { Octokit: AppOctokit } })
await probot.load(app)

export interface HttpEvent {
  headers: Record<string, string | undefined>
  body: string | null
  isBase64Encoded?: boolean
}

export async function handler(event: HttpEvent): Promise<{ statusCode: number; body: string }> {
  const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v ?? '']))
  const payload = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
  const signature = headers['x-hub-signature-256'] ?? ''
  // Forged or missing signatures are the sender's fault: 401, and nothing runs.
  if (!signature || !(await probot.webhooks.verify(payload, signature).catch(() => false))) return { statusCode: 401, body: '{"message":"signature does not match"}' }
  try {
    await probot.webhooks.verifyAndReceive({ id: headers['x-github-delivery'] ?? '', name: headers['x-github-event'] as never, signature, payload })
    return { statusCode: 200, body: '{"ok":true}' }
  } catch (error) {
    const status = (error as { status?: number }).status
    return { statusCode: status && status >= 400 && status < 600 ? status : 500, body: JSON.stringify({ message: (error as Error).message.split('\n')[0] }) }
  }
}
