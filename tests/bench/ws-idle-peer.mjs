// Peer of tests/bench/sandbox-bench.py: a bare Node.js WebSocket server (the `ws` package that
// Baileys uses) holding <count> idle connections, opened by a second process. Prints the server's
// resident memory per connection. Run from tests/interop (where ws is installed).
import { fork } from 'node:child_process'
import { createRequire } from 'node:module'

// `ws` is installed with the reference peer in tests/interop.
const { WebSocketServer, WebSocket } = createRequire(new URL('../interop/package.json', import.meta.url))('ws')

const [count, role, port] = process.argv.slice(2)
if (role === 'clients') {
    const sockets = []
    let open = 0
    for (let i = 0; i < Number(count); i++) {
        const s = new WebSocket(`ws://127.0.0.1:${port}/ws/chat`)
        s.on('open', () => { if (++open === Number(count)) process.send('open') })
        s.on('error', (e) => { console.error(e.message); process.exit(1) })
        sockets.push(s)
    }
} else {
    const rss = () => { globalThis.gc?.(); return process.memoryUsage().rss / 1048576 }
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    await new Promise((r) => server.on('listening', r))
    await new Promise((r) => setTimeout(r, 300))
    const before = rss()
    const clients = fork(new URL(import.meta.url).pathname, [count, 'clients', String(server.address().port)])
    await new Promise((r) => clients.on('message', r))
    await new Promise((r) => setTimeout(r, 2000))
    const after = rss()
    console.log(JSON.stringify({ peer: 'node-ws', count: Number(count), rssBeforeMb: before, rssAfterMb: after,
                                 perConnectionKb: (after - before) * 1024 / Number(count) }))
    clients.kill()
    process.exit(0)
}
