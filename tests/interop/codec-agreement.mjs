// Byte-for-byte agreement of our binary codec (through codec_tool) with the reference client's
// encodeBinaryNode / decodeBinaryNode, in both directions:
//   A: reference encodes -> we decode (== reference decode) -> we re-encode (== reference re-encode)
//   B: we encode (== reference encode) -> reference decodes (== our decode of our bytes)
// plus zlib-compressed frames and single-byte mutations (both accept or both reject, same result).
// Usage: node codec-agreement.mjs path/to/codec_tool [randomCount]
// Exits non-zero on the first batch with any disagreement, printing the first cases.
import { execFileSync } from 'node:child_process'
import { deflateSync } from 'node:zlib'
import { handCorpus, randomNodes, rng } from './codec-nodes.mjs'

const baileys = await import('@whiskeysockets/baileys')
const constants = await import('@whiskeysockets/baileys/lib/WABinary/constants.js')
const { encodeBinaryNode, decodeBinaryNode } = baileys

const tool = process.argv[2]
const randomCount = Number(process.argv[3] || 10000)
if (!tool) {
    console.error('usage: node codec-agreement.mjs <codec_tool> [randomCount]')
    process.exit(2)
}
const tokens = [...constants.SINGLE_BYTE_TOKENS.slice(1), ...constants.DOUBLE_BYTE_TOKENS.flat()]

const run = (mode, lines, extra = []) => {
    const out = execFileSync(tool, [mode, ...extra], { input: lines.join('\n') + '\n', maxBuffer: 1 << 30 })
    const result = out.toString('utf8').split('\n')
    result.pop()
    if (result.length !== lines.length) throw new Error(`codec_tool ${mode}: ${result.length} answers for ${lines.length} inputs`)
    return result
}

// Interchange form (see codec_tool.cpp); attrs become pairs in the reference's iteration order.
const toJson = (n) => {
    const out = { tag: n.tag, attrs: Object.entries(n.attrs || {}).filter(([, v]) => typeof v === 'string') }
    if (Array.isArray(n.content)) out.content = n.content.map(toJson)
    else if (typeof n.content === 'string') out.content = { text: n.content }
    else if (n.content instanceof Uint8Array) out.content = { bytes: Buffer.from(n.content).toString('hex') }
    return out
}
// Canonical text of an interchange node, independent of key order and escaping style.
const canon = (j) => JSON.stringify({
    tag: j.tag,
    attrs: j.attrs,
    content: Array.isArray(j.content) ? j.content.map((c) => JSON.parse(canon(c))) : j.content ?? null,
})
// Our attribute pairs as the reference would hold them in a JS object (used only for mutated
// frames, where duplicate or integer-like keys can appear).
const asJsObject = (j) => {
    const attrs = {}
    for (const [k, v] of j.attrs) attrs[k] = v
    return { ...j, attrs: Object.entries(attrs), content: Array.isArray(j.content) ? j.content.map(asJsObject) : j.content }
}

const tryDecode = async (buf) => {
    try {
        return { ok: true, node: await decodeBinaryNode(buf) }
    } catch (e) {
        return { ok: false, error: String(e.message || e) }
    }
}

let failures = 0
let checks = 0
const fail = (what, detail) => {
    failures++
    if (failures <= 10) console.error(`DISAGREEMENT ${what}\n  ${detail.slice(0, 2000)}`)
}
const check = (cond, what, detail) => {
    checks++
    if (!cond) fail(what, detail())
}

// The comparison itself must be able to fail; prove it on a known difference.
{
    const a = toJson(handCorpus()[0])
    const b = JSON.parse(JSON.stringify(a))
    b.attrs[0][1] += 'x'
    if (canon(a) === canon(b)) {
        console.error('self-test: comparator cannot tell different nodes apart')
        process.exit(1)
    }
}

async function directionA(label, nodes, compressEvery = 10) {
    const frames = nodes.map((n) => encodeBinaryNode(n))
    // Every compressEvery-th frame travels zlib-compressed (flag 0x02), as the server may send it.
    const wire = frames.map((f, i) => (i % compressEvery === 0 ? Buffer.concat([Buffer.from([2]), deflateSync(f.subarray(1))]) : f))
    const ours = run('decode', wire.map((f) => f.toString('hex')))
    const reencodeInput = []
    const reencodeExpected = []
    for (let i = 0; i < nodes.length; i++) {
        const ref = await tryDecode(wire[i])
        const mine = ours[i]
        check(ref.ok === !mine.startsWith('ERR'), `${label}#${i} decode accept`, () => `reference: ${ref.ok ? 'ok' : ref.error}; ours: ${mine.slice(0, 80)}`)
        if (!ref.ok || mine.startsWith('ERR')) continue
        const refJson = toJson(ref.node)
        check(canon(JSON.parse(mine)) === canon(refJson), `${label}#${i} decode`, () => `reference ${canon(refJson)}\n  ours      ${canon(JSON.parse(mine))}`)
        reencodeInput.push(mine)
        reencodeExpected.push(encodeBinaryNode(ref.node).toString('hex'))
    }
    const again = run('encode', reencodeInput)
    for (let i = 0; i < again.length; i++) {
        check(again[i] === reencodeExpected[i], `${label} re-encode #${i}`, () => `reference ${reencodeExpected[i].slice(0, 400)}\n  ours      ${again[i].slice(0, 400)}`)
    }
}

async function directionB(label, nodes) {
    const ours = run('encode', nodes.map((n) => JSON.stringify(toJson(n))))
    const ourFrames = []
    for (let i = 0; i < nodes.length; i++) {
        const ref = encodeBinaryNode(nodes[i]).toString('hex')
        check(ours[i] === ref, `${label}#${i} encode`, () => `node ${JSON.stringify(toJson(nodes[i])).slice(0, 400)}\n  reference ${ref.slice(0, 400)}\n  ours      ${ours[i].slice(0, 400)}`)
        if (!ours[i].startsWith('ERR')) ourFrames.push(ours[i])
    }
    // The reference decodes our bytes exactly as we do.
    const ourDecoded = run('decode', ourFrames)
    for (let i = 0; i < ourFrames.length; i++) {
        const ref = await tryDecode(Buffer.from(ourFrames[i], 'hex'))
        check(ref.ok === !ourDecoded[i].startsWith('ERR'), `${label}#${i} reference decodes ours`, () => `reference: ${ref.ok ? 'ok' : ref.error}; ours: ${ourDecoded[i].slice(0, 80)}`)
        if (ref.ok && !ourDecoded[i].startsWith('ERR')) {
            check(canon(toJson(ref.node)) === canon(JSON.parse(ourDecoded[i])), `${label}#${i} decode of ours`, () => `reference ${canon(toJson(ref.node)).slice(0, 400)}\n  ours      ${ourDecoded[i].slice(0, 400)}`)
        }
    }
}

// Single-byte mutations of valid frames: with trailing bytes allowed (as the reference does), both
// decoders must accept the same frames and, where all strings are valid UTF-8, agree on the result.
async function mutations(label, nodes, seed, count) {
    const r = rng(seed)
    const frames = []
    for (let i = 0; i < count; i++) {
        const f = Buffer.from(encodeBinaryNode(nodes[r.int(nodes.length)]))
        if (f.length > 4096) continue
        const m = Buffer.from(f)
        m[1 + r.int(m.length - 1)] = r.int(256)
        frames.push(m)
    }
    const ours = run('decode', frames.map((f) => f.toString('hex')), ['--allow-trailing'])
    let compared = 0
    for (let i = 0; i < frames.length; i++) {
        const ref = await tryDecode(frames[i])
        const mine = ours[i]
        check(ref.ok === !mine.startsWith('ERR'), `${label}#${i} accept`, () => `frame ${frames[i].toString('hex').slice(0, 200)}\n  reference: ${ref.ok ? 'ok' : ref.error}; ours: ${mine.slice(0, 80)}`)
        if (!ref.ok || mine.startsWith('ERR')) continue
        const refText = canon(toJson(ref.node))
        if (refText.includes('\ufffd')) continue // invalid UTF-8: the reference substitutes, we keep bytes
        compared++
        check(refText === canon(asJsObject(JSON.parse(mine))), `${label}#${i} result`, () => `reference ${refText.slice(0, 300)}\n  ours      ${mine.slice(0, 300)}`)
    }
    return compared
}

const hand = handCorpus()
await directionA('hand A', hand, 3)
await directionB('hand B', hand)
const randomA = randomNodes(0xa11ce, randomCount, tokens)
const randomB = randomNodes(0xb0b, randomCount, tokens)
await directionA('random A', randomA)
await directionB('random B', randomB)
const compared = await mutations('mutated', [...hand, ...randomA.slice(0, 2000)], 0x5eed, 5000)

console.log(`codec agreement: ${hand.length} hand-picked + ${randomCount} random nodes per direction, ` +
    `5000 mutated frames (${compared} compared in full); ${checks} checks, ${failures} disagreements`)
if (failures > 0 || checks < 4 * randomCount) {
    console.error('FAILED')
    process.exit(1)
}
