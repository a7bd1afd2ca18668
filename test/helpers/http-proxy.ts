// A minimal forward proxy, as a corporate one behaves: CONNECT tunnels (https, and what undici's
// ProxyAgent uses for every target) and absolute-form plain-HTTP requests. It records each
// target so tests can tell which requests went through it.
import { createServer, request, type Server } from 'node:http'
import { connect } from 'node:net'
import type { Duplex } from 'node:stream'

export interface HttpProxy {
  url: string
  /** `host:port` of every tunnel or request, in order. */
  targets: string[]
  close(): Promise<void>
}

export async function startHttpProxy(): Promise<HttpProxy> {
  const targets: string[] = []
  const tunnels = new Set<Duplex>()
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/')
    targets.push(target.host)
    const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':')
    targets.push(req.url ?? '')
    const upstream = connect(Number(port), host ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    tunnels.add(upstream).add(client)
    const drop = (): void => void (client.destroy(), upstream.destroy())
    for (const socket of [upstream, client]) socket.on('error', drop).on('close', drop)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise((done) => {
        for (const socket of tunnels) socket.destroy()
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
