// A WaMulti instance (the built wamulti-server, driven over its REST API) and an unmodified
// Baileys client exchange messages through wamulti-sandbox: text and an image both ways (hashes
// checked on both sides), Baileys' delivery and read receipts turning into the instance's
// history statuses, and a group of the instance, Baileys and a simulated phone.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import net from 'node:net'
import * as baileys from '@whiskeysockets/baileys'
import { baileysDevice, startSandbox, waitFor } from './sandbox-harness.mjs'

const { downloadEncryptedContent, getMediaKeys, toBuffer } = baileys
const [serverBin, sandboxBin] = process.argv.slice(2)
const sandbox = await startSandbox(sandboxBin, 170000)
const { post, get, fail } = sandbox
const sha = (b) => createHash('sha256').update(b).digest('hex')
const step = (what) => console.log(`ok: ${what}`)
const jid = (n) => `${n}@s.whatsapp.net`

const freePort = () => new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)) })
})
const port = await freePort()
const dataDir = mkdtempSync(join(tmpdir(), 'wamulti-interop-'))
const server = spawn(serverBin, ['--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WAMULTI_KEYCHAIN: 'off', WAMULTI_FAST_HASH: '1', ADMIN_PASSWORD: 'interop-admin-pw', WAMULTI_ENGINE: 'on',
           WA_URL: sandbox.info.wsUrl, WA_ROOT_KEY: sandbox.info.rootPublicKey },
})
const base = `http://127.0.0.1:${port}`
let key
const api = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await r.text()
    return { status: r.status, body: text ? JSON.parse(text) : {} }
}

try {
    await waitFor('wamulti-server', async () => { try { return (await fetch(base + '/api/health')).ok } catch { return false } })
    const login = await (await fetch(base + '/api/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@example.com', password: 'interop-admin-pw' }) })).json()
    key = login.user.apiKey
    const numbers = { instance: '5511966660001', baileys: '5511966660002', phone: '5511966660003' }
    for (const [k, n] of Object.entries(numbers))
        if ((await post('/sandbox/phones', { number: n, pushName: `Phone ${k}` })).status !== 201) fail(`phone ${n}`)

    // Our instance, linked by the phone scanning the QR from /qr.
    const created = await api('POST', '/api/instances', { name: 'interop' })
    const id = created.body.id
    const qr = await waitFor('a QR at /qr', async () => (await api('GET', `/api/instances/${id}/qr`)).body.qrCode)
    if ((await post(`/sandbox/phones/${numbers.instance}/scan`, { qr })).status !== 200) fail('scan')
    await waitFor('instance connected', async () => (await api('GET', `/api/whatsapp/${id}/status`)).body.status === 'connected')
    const b = baileysDevice(sandbox, 'Baileys')
    await b.link(numbers.baileys, 'qr')
    step('a WaMulti instance and Baileys linked through the sandbox')

    const history = async (chat) => (await api('GET', `/api/instances/${id}/chats/${chat}/messages?limit=200`)).body.messages ?? []
    const find = async (chat, mid) => (await history(chat)).find((m) => m.messageId === mid)

    // Text both ways.
    const sent = await api('POST', `/api/whatsapp/${id}/send`, { phone: numbers.baileys, message: 'hello Baileys, from WaMulti' })
    if (sent.status !== 200) fail(`send: ${JSON.stringify(sent)}`)
    await waitFor('the instance text in Baileys', () => b.textOf(sent.body.id) === 'hello Baileys, from WaMulti')
    const reply = await b.sock.sendMessage(jid(numbers.instance), { text: 'hello WaMulti, from Baileys' })
    await waitFor('the Baileys text in the instance history', async () => (await find(jid(numbers.baileys), reply.key.id))?.content === 'hello WaMulti, from Baileys')
    step('text both ways between WaMulti and Baileys')

    // Baileys' receipts become statuses in our history.
    await waitFor('delivered in the instance history', async () => ['delivered', 'read'].includes((await find(jid(numbers.baileys), sent.body.id))?.status))
    const incoming = b.received.find((m) => m.key.id === sent.body.id)
    await b.sock.readMessages([incoming.key])
    await waitFor('read in the instance history', async () => (await find(jid(numbers.baileys), sent.body.id))?.status === 'read')
    step('Baileys delivery and read receipts turn into delivered and read')

    // Images both ways.
    const photo = randomBytes(45000)
    const boundary = 'interopboundary'
    const form = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="phone"\r\n\r\n${numbers.baileys}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nfrom WaMulti\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
        photo, Buffer.from(`\r\n--${boundary}--\r\n`)])
    const upload = await fetch(`${base}/api/whatsapp/${id}/send-file`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': `multipart/form-data; boundary=${boundary}` }, body: form })
    const media = await upload.json()
    if (upload.status !== 200) fail(`send-file: ${JSON.stringify(media)}`)
    const got = await waitFor('the image in Baileys', () => b.received.find((m) => m.key.id === media.id && m.message?.imageMessage))
    const im = got.message.imageMessage
    const plain = await toBuffer(await downloadEncryptedContent(sandbox.control + im.directPath, await getMediaKeys(im.mediaKey, 'image')))
    if (sha(plain) !== sha(photo) || im.caption !== 'from WaMulti') fail(`image in Baileys: ${sha(plain)} vs ${sha(photo)}, caption ${im.caption}`)
    const back = randomBytes(33000)
    const sentImage = await b.sock.sendMessage(jid(numbers.instance), { image: back, caption: 'from Baileys', mimetype: 'image/jpeg' })
    const kept = await waitFor('the Baileys image kept by the instance', async () => {
        const m = await find(jid(numbers.baileys), sentImage.key.id)
        return m?.mediaUrl && m
    })
    const file = Buffer.from(await (await fetch(kept.mediaUrl, { headers: { 'x-api-key': key } })).arrayBuffer())
    if (sha(file) !== sha(back) || kept.caption !== 'from Baileys' || kept.messageType !== 'image') fail(`image in WaMulti: ${JSON.stringify(kept)}`)
    step('images both ways, SHA-256 checked on both sides')

    // A group of the instance, Baileys and a phone.
    const group = await post('/sandbox/groups', { subject: 'Mixed', owner: numbers.phone, participants: [numbers.instance, numbers.baileys] })
    const g = group.body.jid
    const inGroup = await api('POST', `/api/whatsapp/${id}/send`, { phone: g, message: 'WaMulti says hi to the group' })
    if (inGroup.status !== 200) fail(`group send: ${JSON.stringify(inGroup)}`)
    await waitFor('group message in Baileys', () => b.textOf(inGroup.body.id) === 'WaMulti says hi to the group')
    await waitFor('group message on the phone', async () => (await get(`/sandbox/phones/${numbers.phone}/messages`)).find((m) => m.id === inGroup.body.id))
    const fromB = await b.sock.sendMessage(g, { text: 'Baileys answers the group' })
    await waitFor('Baileys group message in the instance', async () => (await find(g, fromB.key.id))?.content === 'Baileys answers the group')
    const groupMessage = await find(g, fromB.key.id)
    if (groupMessage.metadata.participant !== jid(numbers.baileys)) fail(`group participant: ${JSON.stringify(groupMessage)}`)
    step('group messages among a WaMulti instance, Baileys and a phone')

    b.sock.end(undefined)
    server.kill('SIGTERM')
    sandbox.stop()
    console.log('instance <-> Baileys interop: all checks passed')
    process.exit(0)
} catch (e) {
    server.kill('SIGKILL')
    fail(e?.stack ?? String(e))
}
