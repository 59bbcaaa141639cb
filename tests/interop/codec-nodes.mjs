// Node corpora for the codec interop test and benchmark: realistic hand-picked stanzas and a seeded
// random generator. Nodes are in the reference client's shape ({tag, attrs: object, content}).
import { createHash } from 'node:crypto'

export const bytes = (n, seed = 1) => {
    const out = Buffer.alloc(n)
    let x = seed >>> 0
    for (let i = 0; i < n; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0
        out[i] = x >>> 24
    }
    return out
}

const node = (tag, attrs = {}, content) => (content === undefined ? { tag, attrs } : { tag, attrs, content })

export function handCorpus() {
    const me = '15551234567:12@s.whatsapp.net'
    const meLid = '123456789012345:12@lid'
    const peer = '4915112345678@s.whatsapp.net'
    const peerLid = '98765432109876@lid'
    const group = '120363025246125888@g.us'
    const id = '3EB0C7A1B2C3D4E5F6A7'
    return [
        node('iq', { id: '1', to: '@s.whatsapp.net', type: 'get', xmlns: 'w:p' }, [node('ping')]),
        node('iq', { id: '28071.12345-2', type: 'result', from: '@s.whatsapp.net', t: '1763720000' }),
        node('iq', { id: 'abc', to: '@s.whatsapp.net', type: 'get', xmlns: 'usync' }, [
            node('usync', { sid: 'mysid.1', mode: 'query', last: 'true', index: '0', context: 'message' }, [
                node('query', {}, [node('devices', { version: '2' }), node('lid')]),
                node('list', {}, [node('user', { jid: peer }), node('user', { jid: '447700900123@s.whatsapp.net' })]),
            ]),
        ]),
        node('message', { id, to: peer, type: 'text' }, [
            node('participants', {}, [
                node('to', { jid: '4915112345678:0@s.whatsapp.net' }, [node('enc', { v: '2', type: 'pkmsg' }, bytes(412, 3))]),
                node('to', { jid: '4915112345678:7@s.whatsapp.net' }, [node('enc', { v: '2', type: 'msg' }, bytes(180, 4))]),
                node('to', { jid: me }, [node('enc', { v: '2', type: 'msg' }, bytes(190, 5))]),
            ]),
            node('device-identity', {}, bytes(160, 6)),
        ]),
        node('message', { id, to: group, type: 'text', addressing_mode: 'lid' }, [
            node('enc', { v: '2', type: 'skmsg' }, bytes(96, 7)),
            node('participants', {}, [node('to', { jid: `${peerLid.split('@')[0]}:3@lid` }, [node('enc', { v: '2', type: 'pkmsg' }, bytes(300, 8))])]),
        ]),
        node('message', { from: group, participant: peerLid, participant_pn: peer, id, t: '1763720001', type: 'text', notify: 'Zoë 🚀', offline: '1' }, [
            node('enc', { v: '2', type: 'skmsg' }, bytes(120, 9)),
        ]),
        node('receipt', { id, from: peer, t: '1763720002', type: 'read' }, [node('list', {}, [node('item', { id: '3EB0AAAA' }), node('item', { id: '3EB0BBBB' })])]),
        node('receipt', { id, to: peerLid, type: 'retry', participant: peerLid }, [
            node('retry', { count: '2', id, t: '1763720003', v: '1' }),
            node('registration', {}, bytes(4, 10)),
            node('keys', {}, [node('type', {}, Buffer.from([5])), node('identity', {}, bytes(32, 11)), node('skey', {}, [node('id', {}, bytes(3, 12)), node('value', {}, bytes(32, 13)), node('signature', {}, bytes(64, 14))])]),
        ]),
        node('ack', { id, to: peer, class: 'receipt', type: 'read', participant: meLid }),
        node('notification', { from: peerLid, type: 'devices', id: '1234567890', t: '1763720004' }, [
            node('add', { device_hash: '2:ABCDEFG' }, [node('device', { jid: '98765432109876:4@lid', 'key-index': '3' }), node('key-index-list', { ts: '1763720000' }, bytes(40, 15))]),
        ]),
        node('notification', { from: group, type: 'w:gp2', id: '777', participant: peerLid, t: '1763720005' }, [
            node('add', {}, [node('participant', { jid: '11122233344455@lid', phone_number: '447700900124@s.whatsapp.net' })]),
        ]),
        node('success', { t: '1763720006', props: '42', abprops: '17', location: 'frc', lid: '123456789012345@lid', creation: '1600000000', companion_enc_static: 'aGVsbG8gd29ybGQ=' }),
        node('stream:error', { code: '515' }),
        node('failure', { reason: '401', location: 'rva' }),
        node('iq', { from: '@s.whatsapp.net', type: 'set', id: '9', xmlns: 'md' }, [node('pair-device', {}, [node('ref', {}, Buffer.from('2@AbCdEf+/=')), node('ref', {}, Buffer.from('2@GhIjKl'))])]),
        node('iq', { from: '@s.whatsapp.net', type: 'set', id: '10' }, [node('pair-success', {}, [node('device-identity', {}, bytes(220, 16)), node('platform', { name: 'chrome' }), node('device', { jid: me, lid: meLid }), node('biz', { name: 'Shop' })])]),
        node('presence', { type: 'available', name: 'Me' }),
        node('chatstate', { to: peer }, [node('composing')]),
        node('chatstate', { from: peer }, [node('paused')]),
        node('message', { to: '120363144038483540@newsletter', id, type: 'text' }, [node('plaintext', {}, bytes(64, 17))]),
        node('message', { to: 'status@broadcast', id, type: 'media' }, [node('enc', { v: '2', type: 'skmsg', mediatype: 'image' }, bytes(2000, 18))]),
        node('ib', {}, [node('offline', { count: '12' })]),
        node('iq', { id: '11', xmlns: 'encrypt', type: 'set', to: '@s.whatsapp.net' }, [
            node('registration', {}, bytes(4, 19)),
            node('type', {}, Buffer.from([5])),
            node('identity', {}, bytes(32, 20)),
            node('list', {}, Array.from({ length: 30 }, (_, i) => node('key', {}, [node('id', {}, bytes(3, 100 + i)), node('value', {}, bytes(32, 200 + i))]))),
            node('skey', {}, [node('id', {}, bytes(3, 21)), node('value', {}, bytes(32, 22)), node('signature', {}, bytes(64, 23))]),
        ]),
        node('call', { from: peer, id: 'AB12', t: '1763720007' }, [node('offer', { 'call-id': 'C0FFEE0123456789', 'call-creator': '4915112345678:7@s.whatsapp.net' }, [node('audio', { enc: 'opus', rate: '16000' })])]),
        node('iq', { to: '@s.whatsapp.net', type: 'set', xmlns: 'w:m', id: '12' }, [node('media_conn')]),
        node('message', { from: '1234567:99@hosted', to: '5556667:2@hosted.lid', id, type: 'text', agent_form: '123_1:2@s.whatsapp.net' }, [node('enc', { v: '2', type: 'msg' }, bytes(70000, 24))]),
        node('message', { id }, [node('media', {}, bytes((1 << 20) + 17, 25))]),
        node('x', { legacy: '123-456@g.us', cus: '16505361212@c.us', server: '@c.us', zero: '1:0@s.whatsapp.net', chain: 'a@b@c', empty: '', hex: 'ABCDEF0123', lower: 'abcdef', nibble: '1.2-3', long: '1'.repeat(127), longer: '1'.repeat(128) }, 'passive'),
        node('x', {}, '15551234567@s.whatsapp.net'),
        node('x', {}, []),
        node('x', {}, Buffer.alloc(0)),
        node('x', {}, '0123456789ABCDEF'),
        node('x', { weird: 'u:1e2@x', agent: 'u_0x81:300@x', spaces: 'u_ 7:-1@x', nan: 'u:zz@x' }),
    ]
}

// mulberry32: tiny, seedable, good enough to spread choices.
export function rng(seed) {
    let a = seed >>> 0
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const int = (n) => Math.floor(next() * n)
    return { next, int, pick: (list) => list[int(list.length)] }
}

const isArrayIndex = (s) => /^(0|[1-9]\d*)$/.test(s) && Number(s) < 4294967295
// Strings the reference mishandles: keys of Object.prototype resolve as bogus tokens in its
// TOKEN_MAP lookup (documented in docs/protocol-binary.md), so they are kept out of the corpus.
const inPrototype = (s) => s in {}

export function randomNodes(seed, count, tokens) {
    const r = rng(seed)
    const digits = (n, alphabet = '0123456789') => Array.from({ length: n }, () => alphabet[r.int(alphabet.length)]).join('')
    const servers = ['s.whatsapp.net', 'lid', 'g.us', 'broadcast', 'newsletter', 'c.us', 'hosted', 'hosted.lid', 'msgr', 'interop', 'bot', 'call']
    const words = ['hello', 'x', 'abc', 'device_hash', 'Zoë', '🚀 rocket', 'naïve café', 'line\nbreak', 'tab\there', 'quote"s', 'back\\slash', '\u0001ctl', '中文字符']
    const weirdDevices = ['0', '1', '99', '255', '256', '300', '1e2', '0x1f', ' 7 ', '-1', '1.9', 'zz', '', '0b101', '0o17', 'Infinity', '1e400', '.5']
    const jid = () => {
        switch (r.int(10)) {
        case 0: return `${digits(11 + r.int(4))}@s.whatsapp.net`
        case 1: return `${digits(11 + r.int(4))}:${r.int(100)}@s.whatsapp.net`
        case 2: return `${digits(14 + r.int(2))}:${r.int(30)}@lid`
        case 3: return `${digits(14 + r.int(2))}@lid`
        case 4: return `120363${digits(12)}@g.us`
        case 5: return r.pick(['status@broadcast', `${digits(10)}@broadcast`, `120363${digits(12)}@newsletter`, `${digits(11)}@c.us`])
        case 6: return `@${r.pick(servers)}`
        case 7: return `${digits(6)}_${r.int(200)}:${r.int(100)}@${r.pick(servers)}`
        case 8: return `${digits(5)}:${r.pick(weirdDevices)}@${r.pick(servers)}`
        default: return `${r.pick(words)}@${r.pick(servers)}${r.int(4) === 0 ? '@' + r.pick(servers) : ''}`
        }
    }
    const str = () => {
        switch (r.int(12)) {
        case 0: case 1: return r.pick(tokens)
        case 2: return digits(1 + r.int(r.int(4) === 0 ? 140 : 20), '0123456789-.')
        case 3: return digits(1 + r.int(r.int(4) === 0 ? 140 : 24), '0123456789ABCDEF')
        case 4: return digits(1 + r.int(20), '0123456789abcdef')
        case 5: return r.pick(words)
        case 6: return ''
        case 7: return digits(r.int(4) === 0 ? 200 + r.int(200) : r.int(40), 'abcdefghijklmnopqrstuvwxyz ._-:')
        default: return jid()
        }
    }
    const safe = (s) => (inPrototype(s) ? s + '!' : s)
    const make = (depth) => {
        let tag = safe(r.int(4) === 0 ? str() : r.pick(tokens))
        if (!tag) tag = 'x'
        const attrs = {}
        const n = r.int(7)
        for (let i = 0; i < n; i++) {
            let key = safe(r.int(3) === 0 ? str() : r.pick(tokens))
            if (!key || isArrayIndex(key) || key in attrs) continue
            attrs[key] = safe(str())
        }
        const kind = r.int(10)
        if (kind < 3) return node(tag, attrs)
        if (kind < 5) return node(tag, attrs, bytes(r.int(5) === 0 ? 256 + r.int(800) : r.int(256), r.int(1e9)))
        if (kind < 7) return node(tag, attrs, safe(str()))
        if (depth >= 5) return node(tag, attrs, [])
        return node(tag, attrs, Array.from({ length: r.int(5) }, () => make(depth + 1)))
    }
    return Array.from({ length: count }, () => make(0))
}

export const digest = (buffers) => {
    const h = createHash('sha256')
    for (const b of buffers) h.update(b)
    return h.digest('hex').slice(0, 16)
}
