// Measures the reference client's encodeBinaryNode / decoder on the same corpus that codec_bench
// (our codec) runs, in the same session, and prints both with the ratio (ours / reference, by
// nodes per second; MB/s counts encoded frame bytes, the same bytes for both sides). The
// reference decoder is timed through its synchronous core, decodeDecompressedBinaryNode, which is
// faster than its public async decodeBinaryNode, so the headline ratio is the conservative one.
// Usage: node codec-bench.mjs path/to/codec_bench [seconds]   (run from tests/interop for node_modules)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'

const interop = new URL('../interop/', import.meta.url)
const require = createRequire(interop)
const baileysEntry = require.resolve('@whiskeysockets/baileys')
const { encodeBinaryNode, decodeBinaryNode, decodeDecompressedBinaryNode } = await import(baileysEntry)
const constants = await import(new URL('../interop/node_modules/@whiskeysockets/baileys/lib/WABinary/constants.js', import.meta.url))
const { handCorpus, randomNodes } = await import(new URL('../interop/codec-nodes.mjs', import.meta.url))

const bench = process.argv[2]
const seconds = Number(process.argv[3] || 2)

const tokens = [...constants.SINGLE_BYTE_TOKENS.slice(1), ...constants.DOUBLE_BYTE_TOKENS.flat()]
// "realistic": the hand-picked stanzas (iq, messages with enc children, receipts, notifications,
// pairing, presence...) without the two oversized media payloads, which would only measure memcpy.
// "random": 2000 seeded random nodes (many strings, JIDs and packed values per byte).
const corpora = {
    realistic: handCorpus().filter((n) => encodeBinaryNode(n).length < 65536),
    random: randomNodes(0xbe4c, 2000, tokens),
}

const rounds = 5
// Best of `rounds` timed rounds, as codec_bench does: the least disturbed round on a shared machine.
const timeItAsync = async (passBody, nodesPerPass, bytesPerPass) => {
    for (let i = 0; i < 50; i++) await passBody() // JIT warm-up
    let best = 0
    for (let round = 0; round < rounds; round++) {
        let passes = 0
        const start = process.hrtime.bigint()
        let elapsed = 0
        do {
            await passBody()
            passes++
            elapsed = Number(process.hrtime.bigint() - start) / 1e9
        } while (elapsed < seconds / rounds)
        best = Math.max(best, passes / elapsed)
    }
    return { nodesPerSec: best * nodesPerPass, mbPerSec: (best * bytesPerPass) / 1e6 }
}
const timeIt = (passBody, nodesPerPass, bytesPerPass) => {
    for (let i = 0; i < 50; i++) passBody()
    let best = 0
    for (let round = 0; round < rounds; round++) {
        let passes = 0
        const start = process.hrtime.bigint()
        let elapsed = 0
        do {
            passBody()
            passes++
            elapsed = Number(process.hrtime.bigint() - start) / 1e9
        } while (elapsed < seconds / rounds)
        best = Math.max(best, passes / elapsed)
    }
    return { nodesPerSec: best * nodesPerPass, mbPerSec: (best * bytesPerPass) / 1e6 }
}

const dir = mkdtempSync(join(tmpdir(), 'codec-bench-'))
const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
for (const [name, nodes] of Object.entries(corpora)) {
    const frames = nodes.map((n) => encodeBinaryNode(n))
    const bytes = frames.reduce((s, f) => s + f.length, 0)
    const file = join(dir, `${name}.hex`)
    writeFileSync(file, frames.map((f) => f.toString('hex')).join('\n') + '\n')

    // Reference decoder core (synchronous; the public decodeBinaryNode adds a promise per frame).
    const ref = {
        decode: timeIt(() => { for (const f of frames) decodeDecompressedBinaryNode(f.subarray(1), constants) }, frames.length, bytes),
        encode: timeIt(() => { for (const n of nodes) encodeBinaryNode(n) }, nodes.length, bytes),
    }
    // For context only: the public async entry point the reference socket actually calls.
    const publicDecode = await timeItAsync(async () => { for (const f of frames) await decodeBinaryNode(f) }, frames.length, bytes)
    const ours = {}
    for (const line of execFileSync(bench, [file, String(seconds)]).toString().trim().split('\n')) {
        const r = JSON.parse(line)
        ours[r.op] = r
    }
    console.log(`corpus ${name}: ${nodes.length} nodes, ${fmt(bytes)} bytes, mean ${fmt(bytes / nodes.length)} bytes/node`)
    console.log('  op      impl      nodes/s        MB/s    ratio')
    for (const op of ['decode', 'encode']) {
        console.log(`  ${op}  baileys  ${fmt(ref[op].nodesPerSec).padStart(11)}  ${fmt(ref[op].mbPerSec, 2).padStart(10)}`)
        console.log(`  ${op}  wamulti  ${fmt(ours[op].nodesPerSec).padStart(11)}  ${fmt(ours[op].mbPerSec, 2).padStart(10)}  ${fmt(ours[op].nodesPerSec / ref[op].nodesPerSec, 1)}x`)
    }
    console.log(`  (baileys public async decodeBinaryNode: ${fmt(publicDecode.nodesPerSec)} nodes/s, ${fmt(publicDecode.mbPerSec, 2)} MB/s; ` +
        `ours ${fmt(ours.decode.nodesPerSec / publicDecode.nodesPerSec, 1)}x that)`)
}
