// Unmodified Baileys exchanging end-to-end encrypted messages through wamulti-sandbox:
//  - Baileys A links by QR, Baileys B by pairing code;
//  - a simulated phone and A exchange text both ways; A's message shows delivered, then read;
//  - an image from the phone decrypts in Baileys with the right SHA-256, and A's image decrypts on
//    the phone with the right SHA-256;
//  - A, B and the phone in a group exchange messages under sender keys;
//  - B offline while messages arrive gets all of them, once, when it reconnects.
import { createHash, randomBytes } from 'node:crypto'
import * as baileys from '@whiskeysockets/baileys'
import { baileysDevice, startSandbox, waitFor } from './sandbox-harness.mjs'

const { downloadEncryptedContent, getMediaKeys, toBuffer } = baileys
const sandbox = await startSandbox(process.argv[2], 170000)
const { post, get, fail } = sandbox
const sha = (b) => createHash('sha256').update(b).digest('hex')
const step = (what) => console.log(`ok: ${what}`)

try {
    const numbers = { a: '5511977770001', b: '5511977770002', phone: '5511977770003' }
    for (const [k, n] of Object.entries(numbers)) {
        const r = await post('/sandbox/phones', { number: n, pushName: `Sandbox ${k}` })
        if (r.status !== 201) fail(`phone ${n}: ${JSON.stringify(r)}`)
    }
    const jid = (n) => `${n}@s.whatsapp.net`
    const inbox = (n) => get(`/sandbox/phones/${n}/messages`)
    const phoneSays = async (body) => {
        const r = await post(`/sandbox/phones/${numbers.phone}/messages`, body)
        if (r.status !== 200) fail(`phone could not send: ${JSON.stringify(r)}`)
        return r.body.id
    }

    const a = baileysDevice(sandbox, 'A')
    await a.link(numbers.a, 'qr')
    step('Baileys A linked by QR, restarted on 515, open')
    const b = baileysDevice(sandbox, 'B')
    await b.link(numbers.b, 'code')
    step('Baileys B linked by pairing code, open')

    // Text both ways.
    const fromPhone = await phoneSays({ to: numbers.a, text: 'hello Baileys' })
    await waitFor('the phone message in A', () => a.textOf(fromPhone) === 'hello Baileys')
    const sent = await a.sock.sendMessage(jid(numbers.phone), { text: 'hello phone, from Baileys' })
    await waitFor('A message on the phone', async () => (await inbox(numbers.phone)).find((m) => m.id === sent.key.id)?.text === 'hello phone, from Baileys')
    step('text both ways between a phone and Baileys')

    // Receipts: delivered (the phone's delivery receipt), then read.
    // Baileys reports a status as messages.update, or folds it into the buffered upsert of our own message.
    const rank = (s) => (typeof s === 'number' ? s : { ERROR: 0, PENDING: 1, SERVER_ACK: 2, DELIVERY_ACK: 3, READ: 4, PLAYED: 5 }[s] ?? 0)
    const statusOf = (id) => Math.max(0, ...a.updates.filter((u) => u.key.id === id && u.update.status).map((u) => rank(u.update.status)),
        ...a.received.filter((m) => m.key.id === id && m.status).map((m) => rank(m.status)))
    await waitFor('delivered status in A', () => statusOf(sent.key.id) >= 3).catch((e) => fail(`${e.message}: updates ${JSON.stringify(a.updates)} receipts ${JSON.stringify(a.receipts)}`))
    const read = await post(`/sandbox/phones/${numbers.phone}/read`, { ids: [sent.key.id] })
    if (read.status !== 200) fail(`read: ${JSON.stringify(read)}`)
    await waitFor('read status in A', () => statusOf(sent.key.id) >= 4)
    step('delivery and read receipts reach Baileys as status updates (3, then 4)')

    // Media from the phone: Baileys' own decryption of what the sandbox hosts.
    const image = randomBytes(50000)
    const imageId = await phoneSays({ to: numbers.a, image: image.toString('base64'), caption: 'a picture', mimeType: 'image/jpeg' })
    const got = await waitFor('the image in A', () => a.received.find((m) => m.key.id === imageId && m.message?.imageMessage))
    const im = got.message.imageMessage
    const stream = await downloadEncryptedContent(sandbox.control + im.directPath, await getMediaKeys(im.mediaKey, 'image'))
    const plain = await toBuffer(stream)
    if (sha(plain) !== sha(image)) fail(`image decrypted in Baileys has the wrong SHA-256: ${sha(plain)} != ${sha(image)}`)
    if (im.caption !== 'a picture') fail(`caption: ${im.caption}`)
    step(`image from the phone decrypts in Baileys (sha256 ${sha(image).slice(0, 16)}...)`)

    // Media from Baileys: uploaded to the sandbox, fetched and checked by the phone.
    const photo = randomBytes(40000)
    const sentImage = await a.sock.sendMessage(jid(numbers.phone), { image: photo, caption: 'from Baileys', mimetype: 'image/jpeg' })
    const onPhone = await waitFor('A image on the phone', async () => (await inbox(numbers.phone)).find((m) => m.id === sentImage.key.id && (m.sha256 || m.mediaError)))
    if (onPhone.sha256 !== sha(photo)) fail(`image on the phone: ${JSON.stringify(onPhone)}`)
    step('image from Baileys decrypts on the phone with the right SHA-256')

    // A group of A's account, B's account and the phone.
    const group = await post('/sandbox/groups', { subject: 'Interop', owner: numbers.phone, participants: [numbers.a, numbers.b] })
    if (group.status !== 201) fail(`group: ${JSON.stringify(group)}`)
    const g = group.body.jid
    const inGroup = await a.sock.sendMessage(g, { text: 'hello group from A' })
    await waitFor('A group message in B', () => b.textOf(inGroup.key.id) === 'hello group from A')
    await waitFor('A group message on the phone', async () => (await inbox(numbers.phone)).find((m) => m.id === inGroup.key.id)?.text === 'hello group from A')
    const fromB = await b.sock.sendMessage(g, { text: 'and B answers' })
    await waitFor('B group message in A', () => a.textOf(fromB.key.id) === 'and B answers')
    await waitFor('B group message on the phone', async () => (await inbox(numbers.phone)).find((m) => m.id === fromB.key.id)?.text === 'and B answers')
    const fromGroupPhone = await phoneSays({ to: g, text: 'the phone too' })
    await waitFor('phone group message in A and B', () => a.textOf(fromGroupPhone) === 'the phone too' && b.textOf(fromGroupPhone) === 'the phone too')
    const groupMsg = a.received.find((m) => m.key.id === fromGroupPhone)
    if (groupMsg.key.remoteJid !== g) fail(`group message key: ${JSON.stringify(groupMsg.key)}`)
    step('group messages among two Baileys clients and a phone, with sender keys')

    // B offline while messages arrive.
    b.sock.end(undefined)
    await waitFor('B closed', () => b.connection.some((u) => u.connection === 'close'))
    const queued = []
    for (let i = 0; i < 5; i++) queued.push(await phoneSays({ to: numbers.b, text: `while you were away ${i}` }))
    const stats = await get('/sandbox/stats')
    if (stats.offlineQueueDepth < 5) fail(`the sandbox should hold B's messages: ${JSON.stringify(stats)}`)
    b.received.length = 0
    b.connect()
    await b.open()
    await waitFor('all queued messages in B', () => queued.every((id) => b.textOf(id)))
    await new Promise((r) => setTimeout(r, 1500))
    const counts = queued.map((id) => b.received.filter((m) => m.key.id === id).length)
    if (counts.some((c) => c !== 1)) fail(`each queued message must arrive once: ${counts}`)
    step('an offline Baileys client gets every queued message, once, on reconnect')

    a.sock.end(undefined)
    b.sock.end(undefined)
    sandbox.stop()
    console.log('sandbox messaging interop: all checks passed')
    process.exit(0)
} catch (e) {
    fail(e?.stack ?? String(e))
}
