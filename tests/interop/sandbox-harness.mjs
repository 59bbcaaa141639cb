// Shared by the sandbox interop tests: start wamulti-sandbox, call its control API, and run
// unmodified Baileys clients against it. Baileys is pointed at the sandbox the way a TLS client is
// pointed at a test CA: its trusted root (WA_CERT_DETAILS) is the sandbox's, its WebSocket URL is
// the sandbox's, and its HTTPS media uploads go through an agent whose connections are plain TCP
// to the sandbox's media host (Baileys always writes https:// for uploads).
import { spawn } from 'node:child_process'
import https from 'node:https'
import net from 'node:net'
import { createInterface } from 'node:readline'
import * as baileys from '@whiskeysockets/baileys'

const { default: makeWASocket, WA_CERT_DETAILS, initAuthCreds, makeCacheableSignalKeyStore } = baileys

export const silent = { level: 'silent', child() { return this }, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} }
// BAILEYS_LOG=1 prints Baileys' warnings and errors (for debugging a failing run).
const print = (level) => (o, m) => console.error(`[baileys ${level}]`, m ?? '', typeof o === 'object' ? JSON.stringify(o, (k, v) => (typeof v === 'bigint' ? String(v) : v)).slice(0, 600) : o)
const loud = { level: 'warn', child() { return this }, trace() {}, debug() {}, info() {}, warn: print('warn'), error: print('error'), fatal: print('fatal') }
const logger = process.env.BAILEYS_LOG ? loud : silent

export async function startSandbox(binary, deadlineMs) {
    const proc = spawn(binary, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
    const fail = (why) => {
        console.error('FAIL:', why)
        proc.kill('SIGTERM')
        process.exit(1)
    }
    const timer = setTimeout(() => fail(`timed out after ${deadlineMs} ms`), deadlineMs)
    let info
    for await (const line of createInterface({ input: proc.stdout })) {
        if (line.startsWith('{')) { info = JSON.parse(line); break }
    }
    return { ...attachSandbox(info), fail, stop() { clearTimeout(timer); proc.kill('SIGTERM') } }
}

// A sandbox started by someone else (benchmarks): the same interface without the process.
export function attachSandbox(info) {
    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(info.rootPublicKey, 'hex')
    const control = info.wsUrl.replace('ws://', 'http://').replace('/ws/chat', '')
    const call = async (method, path, body) => {
        const r = await fetch(control + path, { method, body: body === undefined ? undefined : JSON.stringify(body) })
        return { status: r.status, body: await r.json() }
    }
    return {
        info, control,
        fail: (why) => { console.error('FAIL:', why); process.exit(1) },
        post: (path, body) => call('POST', path, body),
        get: async (path) => (await call('GET', path)).body,
        stop() {},
    }
}

// HTTPS requests of Baileys' uploads, carried over plain TCP to the sandbox.
class PlainAgent extends https.Agent {
    createConnection(options, callback) {
        const socket = net.connect({ host: options.host, port: options.port })
        if (callback) socket.once('connect', () => callback(null, socket))
        return socket
    }
}

export async function waitFor(what, predicate, timeoutMs = 20000, intervalMs = 50) {
    const until = Date.now() + timeoutMs
    for (;;) {
        const value = await predicate()
        if (value) return value
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
        await new Promise((r) => setTimeout(r, intervalMs))
    }
}

// One Baileys device with its own in-memory auth state; events are recorded for the test.
export function baileysDevice(sandbox, name) {
    const creds = initAuthCreds()
    const store = {}
    const keys = {
        get: async (type, ids) => Object.fromEntries(ids.map((id) => [id, store[`${type}-${id}`]])),
        set: async (data) => { for (const t in data) for (const id in data[t]) store[`${t}-${id}`] = data[t][id] },
    }
    const device = {
        name, creds, sock: null, received: [], updates: [], receipts: [], connection: [],
        connect() {
            const sock = makeWASocket({
                waWebSocketUrl: sandbox.info.wsUrl,
                auth: { creds, keys: makeCacheableSignalKeyStore(keys, silent) },
                logger, printQRInTerminal: false, browser: ['WaMulti interop', 'Chrome', '1.0'],
                version: [2, 3000, 1043857760], markOnlineOnConnect: false, fetchAgent: new PlainAgent(),
                syncFullHistory: false, shouldSyncHistoryMessage: () => false,
            })
            sock.ev.on('creds.update', (update) => Object.assign(creds, update))
            sock.ev.on('messages.upsert', ({ messages }) => device.received.push(...messages))
            sock.ev.on('messages.update', (updates) => device.updates.push(...updates))
            sock.ev.on('message-receipt.update', (updates) => device.receipts.push(...updates))
            sock.ev.on('connection.update', (u) => device.connection.push(u))
            device.sock = sock
            return sock
        },
        // Resolves when the connection opens; QR codes are scanned by `scan(qr)` if given.
        open(scan) {
            return new Promise((resolve, reject) => {
                device.sock.ev.on('connection.update', async (u) => {
                    if (u.qr && scan) await scan(u.qr)
                    if (u.connection === 'open') resolve()
                    if (u.connection === 'close') reject(u.lastDisconnect?.error ?? new Error('closed'))
                })
            })
        },
        // Links through the sandbox (QR scanned by the phone, or a pairing code typed on it),
        // survives the 515 restart and resolves once logged in.
        async link(number, how = 'qr') {
            device.connect()
            const closed = new Promise((resolve, reject) => {
                let asked = false
                device.sock.ev.on('connection.update', async (u) => {
                    if (u.qr && how === 'qr') {
                        const scan = await sandbox.post(`/sandbox/phones/${number}/scan`, { qr: u.qr })
                        if (scan.status !== 200) reject(new Error(`${name}: scan refused: ${JSON.stringify(scan)}`))
                    } else if (u.qr && !asked) {
                        asked = true
                        const code = await device.sock.requestPairingCode(number)
                        const typed = await sandbox.post(`/sandbox/phones/${number}/pairing-code`, { code })
                        if (typed.status !== 200) reject(new Error(`${name}: pairing code refused: ${JSON.stringify(typed)}`))
                    }
                    if (u.connection === 'close') resolve(u.lastDisconnect?.error?.output?.statusCode)
                })
            })
            const code = await closed
            if (code !== 515) throw new Error(`${name}: expected a 515 restart after pairing, got ${code}`)
            device.connect()
            await device.open()
        },
        textOf(id) {
            const m = device.received.find((x) => x.key.id === id)
            return m && (m.message?.conversation ?? m.message?.extendedTextMessage?.text)
        },
    }
    return device
}
