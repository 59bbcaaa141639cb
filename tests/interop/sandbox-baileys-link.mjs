// Linking the unmodified reference client by QR through wamulti-sandbox: a simulated phone scans
// the QR Baileys shows (POST /sandbox/phones/{n}/scan), Baileys verifies the pair-success the phone
// signed and countersigns it, the sandbox requires a restart (515), and Baileys logs in again with
// the same credentials and reaches connection "open".
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import * as baileys from '@whiskeysockets/baileys'

const { default: makeWASocket, WA_CERT_DETAILS, initAuthCreds, makeCacheableSignalKeyStore, DisconnectReason } = baileys

const sandbox = spawn(process.argv[2], ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
const deadline = setTimeout(() => fail('timed out'), 90000)
function fail(why) {
    console.error('FAIL:', why)
    sandbox.kill('SIGTERM')
    process.exit(1)
}
let info
for await (const line of createInterface({ input: sandbox.stdout })) {
    if (line.startsWith('{')) { info = JSON.parse(line); break }
}
WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(info.rootPublicKey, 'hex')
const control = info.wsUrl.replace('ws://', 'http://').replace('/ws/chat', '')
const post = async (path, body) => {
    const r = await fetch(control + path, { method: 'POST', body: JSON.stringify(body) })
    return { status: r.status, body: await r.json() }
}

const phone = await post('/sandbox/phones', { number: '+55 11 98888-0001', pushName: 'Sandbox Phone' })
if (phone.status !== 201) fail(`phone not created: ${JSON.stringify(phone)}`)

const creds = initAuthCreds()
const store = {}
const keys = {
    get: async (type, ids) => Object.fromEntries(ids.map((id) => [id, store[`${type}-${id}`]])),
    set: async (data) => { for (const t in data) for (const id in data[t]) store[`${t}-${id}`] = data[t][id] },
}
const silent = { level: 'silent', child() { return this }, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} }
const connect = () => {
    const sock = makeWASocket({
        waWebSocketUrl: info.wsUrl,
        auth: { creds, keys: makeCacheableSignalKeyStore(keys, silent) },
        logger: silent, printQRInTerminal: false, browser: ['WaMulti interop', 'Chrome', '1.0'],
        version: [2, 3000, 1043857760], markOnlineOnConnect: false,
    })
    sock.ev.on('creds.update', (update) => Object.assign(creds, update))
    return sock
}

// 1. QR -> scan -> pair-success -> 515
let sock = connect()
const closed = new Promise((resolve) => {
    sock.ev.on('connection.update', async (u) => {
        if (u.qr) {
            const scan = await post(`/sandbox/phones/${phone.body.number}/scan`, { qr: u.qr })
            if (scan.status !== 200) fail(`scan refused: ${JSON.stringify(scan)}`)
        }
        if (u.connection === 'close') resolve(u.lastDisconnect?.error?.output?.statusCode)
    })
})
const code = await closed
if (code !== DisconnectReason.restartRequired) fail(`expected a 515 restart, got ${code}`)
if (!creds.me?.id?.startsWith(`${phone.body.number}:`)) fail(`creds.me not set by pairing: ${JSON.stringify(creds.me)}`)

// 2. the same credentials log in
sock = connect()
await new Promise((resolve) => {
    sock.ev.on('connection.update', (u) => {
        if (u.connection === 'open') resolve()
        if (u.connection === 'close') fail(`login closed: ${u.lastDisconnect?.error?.message}`)
    })
})
const phones = await (await fetch(control + '/sandbox/phones')).json()
if (phones[0]?.devices?.length !== 1) fail(`sandbox did not record the linked device: ${JSON.stringify(phones)}`)
clearTimeout(deadline)
sock.end(undefined)
sandbox.kill('SIGTERM')
console.log(`sandbox: Baileys linked by QR as ${creds.me.id}, restarted on 515 and reached "open"`)
process.exit(0)
