// ClientPayload agreement with the reference client: for the same identity and keys, our
// registration and login payloads are byte-for-byte what Baileys' generateRegistrationNode /
// generateLoginNode encode, and our parser reads Baileys' payloads back field by field.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { createHash } from 'node:crypto'
import * as baileys from '@whiskeysockets/baileys'

const { proto, generateRegistrationNode, generateLoginNode } = baileys
const tool = spawn(process.argv[2], [], { stdio: ['pipe', 'pipe', 'inherit'] })
const lines = createInterface({ input: tool.stdout })[Symbol.asyncIterator]()
const ask = async (req) => {
    tool.stdin.write(JSON.stringify(req) + '\n')
    const { value } = await lines.next()
    return JSON.parse(value)
}

let n = 0
const bytes = (len, seed) => createHash('sha512').update(`${seed}:${n++}`).digest().subarray(0, len)
let failures = 0
const check = (ok, what) => {
    if (!ok) {
        failures++
        console.error('DISAGREE:', what)
    }
}

const identities = [
    { version: [2, 3000, 1043857760], os: 'WaMulti', browser: 'Desktop', countryCode: 'US', pushName: '', syncFullHistory: false },
    { version: [2, 3000, 1035194821], os: 'Mac OS', browser: 'Desktop', countryCode: 'BR', pushName: 'Ana', syncFullHistory: true },
    { version: [2, 3000, 1], os: 'Windows', browser: 'Desktop', countryCode: 'RU', pushName: 'Иван', syncFullHistory: true },
    { version: [2, 2413, 51], os: 'Ubuntu', browser: 'Chrome', countryCode: 'ES', pushName: '', syncFullHistory: false },
    { version: [2, 3000, 7], os: 'Linux', browser: 'Firefox', countryCode: 'US', pushName: 'x', syncFullHistory: false },
    { version: [2, 3000, 7], os: 'Android', browser: 'Android', countryCode: 'IN', pushName: '', syncFullHistory: false },
]
const configOf = (id) => ({ version: id.version, browser: [id.os, id.browser], countryCode: id.countryCode,
    pushName: id.pushName || undefined, syncFullHistory: id.syncFullHistory })

for (const id of identities) {
    for (let round = 0; round < 20; round++) {
        const keys = {
            registrationId: (bytes(2, 'reg').readUInt16BE(0) & 0x3fff) || 1,
            identity: bytes(32, 'ident'),
            signedPreKeyId: 1 + (round * 7919) % 0xfffff,
            signedPreKey: bytes(32, 'spk'),
            signature: bytes(64, 'sig'),
        }
        const theirs = Buffer.from(proto.ClientPayload.encode(generateRegistrationNode({
            registrationId: keys.registrationId,
            signedIdentityKey: { public: keys.identity },
            signedPreKey: { keyId: keys.signedPreKeyId, keyPair: { public: keys.signedPreKey }, signature: keys.signature },
        }, configOf(id))).finish()).toString('hex')
        const ours = await ask({ op: 'register', identity: id, keys: {
            registrationId: keys.registrationId, identity: keys.identity.toString('hex'), signedPreKeyId: keys.signedPreKeyId,
            signedPreKey: keys.signedPreKey.toString('hex'), signature: keys.signature.toString('hex') } })
        check(ours.hex === theirs, `registration bytes for ${JSON.stringify(id)} round ${round}`)
        const parsed = await ask({ op: 'parse', hex: theirs })
        check(parsed.registration === true && parsed.registrationId === keys.registrationId
              && parsed.identity === keys.identity.toString('hex') && parsed.signedPreKeyId === keys.signedPreKeyId
              && parsed.signedPreKey === keys.signedPreKey.toString('hex') && parsed.signature === keys.signature.toString('hex')
              && parsed.os === id.os && parsed.buildHash === createHash('md5').update(id.version.join('.')).digest('hex'),
              `parsing Baileys' registration ${JSON.stringify(parsed)}`)

        const user = String(10_000_000_000 + round * 123_457)
        const device = 1 + round % 20
        const theirLogin = Buffer.from(proto.ClientPayload.encode(
            generateLoginNode(`${user}:${device}@s.whatsapp.net`, configOf(id))).finish()).toString('hex')
        const ourLogin = await ask({ op: 'login', identity: id, user, device })
        check(ourLogin.hex === theirLogin, `login bytes for ${user}:${device} ${JSON.stringify(id)}`)
        const parsedLogin = await ask({ op: 'parse', hex: theirLogin })
        check(parsedLogin.registration === false && parsedLogin.user === user && parsedLogin.device === device
              && parsedLogin.passive === true && parsedLogin.pushName === id.pushName
              && JSON.stringify(parsedLogin.version) === JSON.stringify(id.version), `parsing Baileys' login ${JSON.stringify(parsedLogin)}`)
    }
}
const garbage = await ask({ op: 'parse', hex: 'ffffffff' })
check(garbage.error === 'unparseable', 'garbage is refused')
tool.stdin.end()
console.log(`clientpayload: ${identities.length * 20 * 4} comparisons, ${failures} disagreements`)
process.exit(failures ? 1 : 0)
