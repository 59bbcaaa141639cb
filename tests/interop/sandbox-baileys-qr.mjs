// The unmodified reference client connects to wamulti-sandbox (its certificate root pointed at the
// sandbox's, as a TLS client is pointed at a test CA), completes the Noise handshake, sends its
// registration payload, receives <pair-device> and emits a QR code with our refs and its keys.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import * as baileys from '@whiskeysockets/baileys'

const { default: makeWASocket, WA_CERT_DETAILS, initAuthCreds, makeCacheableSignalKeyStore } = baileys

const sandbox = spawn(process.argv[2], ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
const deadline = setTimeout(() => fail('timed out'), 60000)
function fail(why) {
    console.error('FAIL:', why)
    sandbox.kill('SIGTERM')
    process.exit(1)
}
let info
for await (const line of createInterface({ input: sandbox.stdout })) {
    if (line.startsWith('{')) {
        info = JSON.parse(line)
        break
    }
}
if (!info?.wsUrl || !/^[0-9a-f]{64}$/.test(info.rootPublicKey)) fail(`bad banner ${JSON.stringify(info)}`)
WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(info.rootPublicKey, 'hex')

const creds = initAuthCreds()
const store = {}
const keys = {
    get: async (type, ids) => Object.fromEntries(ids.map((id) => [id, store[`${type}-${id}`]])),
    set: async (data) => { for (const t in data) for (const id in data[t]) store[`${t}-${id}`] = data[t][id] },
}
const silent = { level: 'silent', child() { return this }, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} }
const sock = makeWASocket({
    waWebSocketUrl: info.wsUrl,
    auth: { creds, keys: makeCacheableSignalKeyStore(keys, silent) },
    logger: silent,
    printQRInTerminal: false,
    browser: ['WaMulti interop', 'Chrome', '1.0'],
    version: [2, 3000, 1043857760],
})
const qr = await new Promise((resolve) => {
    sock.ev.on('connection.update', (u) => { if (u.qr) resolve(u.qr) })
})
// Current format: https://wa.me/settings/linked_devices#ref,noise,identity,adv,platform (legacy: 4 parts)
const payload = qr.includes('#') ? qr.slice(qr.indexOf('#') + 1) : qr
const [ref, noise, identity, adv] = payload.split(',')
const b64 = (s) => Buffer.from(s ?? '', 'base64')
if (!ref?.startsWith('2@')) fail(`QR ref does not come from the sandbox: ${qr}`)
if (!b64(noise).equals(Buffer.from(creds.noiseKey.public))) fail('QR noise key is not the client\'s')
if (!b64(identity).equals(Buffer.from(creds.signedIdentityKey.public))) fail('QR identity key is not the client\'s')
if (b64(adv).length !== 32) fail('QR adv secret is not 32 bytes')
const stats = await (await fetch(info.wsUrl.replace('ws://', 'http://').replace('/ws/chat', '/sandbox/stats'))).json()
if (stats.registrations < 1) fail(`sandbox did not count the registration: ${JSON.stringify(stats)}`)
clearTimeout(deadline)
sock.end(undefined)
sandbox.kill('SIGTERM')
console.log(`sandbox: Baileys linked up to the QR stage: ${qr.slice(0, 60)}...`)
process.exit(0)
