// The peer side of tests/bench/messaging-bench.py: unmodified Baileys clients in one Node process,
// linked to wamulti-sandbox exactly as the interop tests link them. Modes (one JSON line out):
//   idle <count> <firstNumber>            link <count> clients to phones firstNumber.. (created by
//                                         the caller), then report resident memory per client
//   receive <count> <sender> <receiver>   link one client to <receiver>, take it offline, have the
//                                         phone <sender> send <count> messages, reconnect, and
//                                         time until all arrived
//   send <count> <concurrency> <receiver> <target>   link one client to <receiver> and send
//                                         <count> texts to the phone <target>, <concurrency> at a
//                                         time; time until the phone decrypted all of them
// Run with --expose-gc so that memory is measured after a full collection.
import { attachSandbox, baileysDevice, waitFor } from '../interop/sandbox-harness.mjs'

const [infoJson, mode, ...args] = process.argv.slice(2)
// Baileys throws from inside its own event handlers when a connection closes during login (seen
// with hundreds of clients in one process): count those instead of dying, and retry that link.
let uncaught = 0
process.on('uncaughtException', () => { uncaught++ })
process.on('unhandledRejection', () => { uncaught++ })
const sandbox = attachSandbox(JSON.parse(infoJson))
const now = () => Number(process.hrtime.bigint() / 1000000n)
const rssMb = () => { globalThis.gc?.(); return process.memoryUsage().rss / 1048576 }
const out = (o) => { console.log(JSON.stringify(o)); process.exit(0) }

if (mode === 'idle') {
    const count = Number(args[0])
    const first = BigInt(args[1])
    const before = rssMb()
    const devices = []
    const started = now()
    for (let i = 0; i < count; i += 10) {
        const batch = []
        for (let j = i; j < Math.min(count, i + 10); j++) {
            const number = String(first + BigInt(j))
            batch.push((async () => {
                for (let attempt = 0; ; attempt++) {
                    const d = baileysDevice(sandbox, `b${j}`)
                    try {
                        await d.link(number, 'qr')
                        devices.push(d)
                        return
                    } catch (e) {
                        d.sock?.end(undefined)
                        if (attempt >= 3) throw e
                    }
                }
            })())
        }
        await Promise.all(batch)
    }
    const linkedMs = now() - started
    await new Promise((r) => setTimeout(r, 5000)) // settle: pre-key uploads, initial queries
    const after = rssMb()
    out({ peer: 'baileys', count, rssBeforeMb: before, rssAfterMb: after, perClientMb: (after - before) / count, linkSeconds: linkedMs / 1000, uncaught })
}

if (mode === 'receive') {
    const [count, sender, receiver] = [Number(args[0]), args[1], args[2]]
    const d = baileysDevice(sandbox, 'receiver')
    await d.link(receiver, 'qr')
    d.sock.end(undefined)
    await waitFor('closed', () => d.connection.some((u) => u.connection === 'close'))
    const ids = new Set()
    for (let i = 0; i < count; i++) {
        const r = await sandbox.post(`/sandbox/phones/${sender}/messages`, { to: receiver, text: `bench ${i}` })
        ids.add(r.body.id)
    }
    d.received.length = 0
    const started = now()
    d.connect()
    await waitFor('all messages', () => d.received.filter((m) => ids.has(m.key.id)).length >= count, 600000)
    const ms = now() - started
    out({ peer: 'baileys', count, seconds: ms / 1000, perSecond: count / (ms / 1000) })
}

if (mode === 'send') {
    const [count, concurrency, receiver, target] = [Number(args[0]), Number(args[1]), args[2], args[3]]
    const d = baileysDevice(sandbox, 'sender')
    await d.link(receiver, 'qr')
    const jid = `${target}@s.whatsapp.net`
    await d.sock.sendMessage(jid, { text: 'warm up' }) // sessions and device lists, not timed
    const inboxCount = async () => (await sandbox.get(`/sandbox/phones/${target}/messages`)).filter((m) => m.text?.startsWith('bench ')).length
    const started = now()
    let next = 0
    const worker = async () => {
        while (next < count) {
            const i = next++
            await d.sock.sendMessage(jid, { text: `bench ${i}` })
        }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    await waitFor('the phone decrypted all', async () => (await inboxCount()) >= count, 600000, 200)
    const ms = now() - started
    out({ peer: 'baileys', count, concurrency, seconds: ms / 1000, perSecond: count / (ms / 1000) })
}
console.error(`unknown mode ${mode}`)
process.exit(2)
