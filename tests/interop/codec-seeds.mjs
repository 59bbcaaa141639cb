// Writes the fuzzer seed corpus tests/fuzz/corpus/binary/: realistic nodes encoded by codec_tool
// (our encoder, checked against the reference by codec-agreement.mjs), plus a few zlib frames.
// Usage: node codec-seeds.mjs path/to/codec_tool
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { handCorpus, randomNodes } from './codec-nodes.mjs'

const constants = await import('@whiskeysockets/baileys/lib/WABinary/constants.js')
const tokens = [...constants.SINGLE_BYTE_TOKENS.slice(1), ...constants.DOUBLE_BYTE_TOKENS.flat()]
const toJson = (n) => {
    const out = { tag: n.tag, attrs: Object.entries(n.attrs || {}) }
    if (Array.isArray(n.content)) out.content = n.content.map(toJson)
    else if (typeof n.content === 'string') out.content = { text: n.content }
    else if (n.content instanceof Uint8Array) out.content = { bytes: Buffer.from(n.content).toString('hex') }
    return out
}

const dir = new URL('../fuzz/corpus/binary/', import.meta.url).pathname
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const nodes = [...handCorpus(), ...randomNodes(0x5eed5, 24, tokens)]
const lines = nodes.map((n) => JSON.stringify(toJson(n))).join('\n') + '\n'
execFileSync(process.argv[2], ['encode', '--out-dir', dir], { input: lines, stdio: ['pipe', 'ignore', 'inherit'] })
// Keep seeds small: the fuzzer runs with -max_len=65536.
let kept = 0
for (const name of readdirSync(dir)) {
    const data = readFileSync(dir + name)
    if (data.length > 8192) rmSync(dir + name)
    else kept++
}
handCorpus().slice(0, 6).forEach((n, i) => {
    const frame = readFileSync(dir + `node-000${i}.bin`)
    writeFileSync(dir + `zlib-${i}.bin`, Buffer.concat([Buffer.from([2]), deflateSync(frame.subarray(1))]))
    kept++
})
console.log(`${kept} seeds in ${dir}`)
