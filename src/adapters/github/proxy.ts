// Corporate proxies (self-hosted runners, GitHub Enterprise Server behind a firewall): Node's
// built-in fetch ignores HTTPS_PROXY, so when a proxy is configured every GitHub request goes
// through undici's EnvHttpProxyAgent, which honours HTTPS_PROXY, HTTP_PROXY (for http://
// servers) and NO_PROXY, in upper or lower case, as curl and git do.
import type { fetch as UndiciFetch } from 'undici'

type Env = Readonly<Record<string, string | undefined>>
export type ProxiedFetch = typeof UndiciFetch

const pick = (env: Env, name: string): string | undefined => env[name.toLowerCase()] || env[name] || undefined

/** Whether any proxy variable is set (NO_PROXY alone changes nothing). */
export const proxyConfigured = (env: Env): boolean => Boolean(pick(env, 'HTTPS_PROXY') ?? pick(env, 'HTTP_PROXY'))

/** A fetch that goes through the proxy the environment names, or undefined for none. undici
 * is loaded only when a proxy is configured, so runs without one pay nothing for it. */
export function proxyFetch(env: Env): ProxiedFetch | undefined {
  if (!proxyConfigured(env)) return undefined
  const options = {
    httpProxy: pick(env, 'HTTP_PROXY'),
    httpsProxy: pick(env, 'HTTPS_PROXY'),
    noProxy: pick(env, 'NO_PROXY') ?? '',
  }
  let loaded: Promise<ProxiedFetch> | undefined
  const load = async (): Promise<ProxiedFetch> => {
    const undici = await import('undici')
    const dispatcher = new undici.EnvHttpProxyAgent(options)
    return (input, init) => undici.fetch(input, { ...init, dispatcher })
  }
  return async (input, init) => (await (loaded ??= load()))(input, init)
}
