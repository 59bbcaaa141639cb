// (c) XEdDSA and X25519 against Baileys' Curve (libsignal-node): signatures made by us verify
// there and vice versa, tampered ones fail on both sides, and key agreement matches.
//
// Baileys' own Curve.verify cannot tell a good signature from a bad one: libsignal's
// verifySignature() RETURNS false for a bad signature, and Curve.verify only catches throws,
// so it answers true for any 64-byte signature (checked below, so an upstream fix is noticed).
// The real check therefore uses libsignal's verifySignature() directly: the same code
// Baileys' Signal sessions rely on.
import { randomBytes } from 'node:crypto'
import { Curve } from '@whiskeysockets/baileys'
import libsignalCurve from 'libsignal/src/curve.js'
import { Tool, check, fail, hex, runMain } from './noise-peer.mjs'

const toolBinary = process.argv[2] || fail('usage: xeddsa-interop.mjs <noise_tool>')

const strictVerify = (pub, message, signature) =>
	libsignalCurve.verifySignature(Buffer.concat([Buffer.from([5]), pub]), message, signature) === true

runMain(async () => {
	const tool = new Tool(toolBinary, ['xeddsa'])
	const ask = async (request) => { tool.send(request); return tool.next() }
	for (let i = 0; i < 25; i++) {
		const key = Curve.generateKeyPair()
		const message = randomBytes(i * 13)
		const { pub } = await ask({ op: 'pub', priv: hex(key.private) })
		check(pub === hex(key.public), `public key derivation differs (round ${i})`)

		const { sig: ours } = await ask({ op: 'sign', priv: hex(key.private), msg: hex(message) })
		check(strictVerify(key.public, message, Buffer.from(ours, 'hex')), `libsignal rejects our signature (round ${i})`)
		check(Curve.verify(key.public, message, Buffer.from(ours, 'hex')), `Baileys rejects our signature (round ${i})`)
		const tampered = Buffer.from(ours, 'hex')
		tampered[i % 64] ^= 0x04
		check(!strictVerify(key.public, message, tampered), `libsignal accepts a tampered signature of ours (round ${i})`)
		if (i === 0) {
			console.log(`note: Baileys Curve.verify(tampered) = ${Curve.verify(key.public, message, tampered)} ` +
				'(true means it still accepts any 64-byte signature)')
		}

		const theirs = Buffer.from(Curve.sign(key.private, message))
		const verdict = await ask({ op: 'verify', pub: hex(key.public), msg: hex(message), sig: hex(theirs) })
		check(verdict.valid === true, `we reject Baileys' signature (round ${i})`)
		const other = Buffer.concat([message, Buffer.from([1])])
		const wrong = await ask({ op: 'verify', pub: hex(key.public), msg: hex(other), sig: hex(theirs) })
		check(wrong.valid === false, `we accept Baileys' signature over another message (round ${i})`)

		const peer = Curve.generateKeyPair()
		const { shared } = await ask({ op: 'agree', priv: hex(key.private), pub: hex(peer.public) })
		check(shared === hex(Curve.sharedKey(peer.private, key.public)), `X25519 differs (round ${i})`)
	}
	await tool.close()
})
