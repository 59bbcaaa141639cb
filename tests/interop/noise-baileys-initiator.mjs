// (a) Baileys' makeNoiseHandler as the INITIATOR against OUR responder (noise_tool responder).
// Our tool issues a certificate chain under a fresh test root; we point Baileys'
// WA_CERT_DETAILS at that root so its chain verification passes. Then transport frames go
// both ways: Baileys-encoded binary nodes up, our echoes (re-encrypted by us) down.
//
// Baileys' Curve.verify accepts any 64-byte signature (see xeddsa-interop.mjs), so its
// handshake alone would not catch a badly signed chain: the chain our tool issued is also
// checked here with libsignal's strict verifySignature and whatsmeow's rules.
import { Curve, NOISE_WA_HEADER, WA_CERT_DETAILS, encodeBinaryNode, makeNoiseHandler, proto } from '@whiskeysockets/baileys'
import libsignalCurve from 'libsignal/src/curve.js'
import { Tool, check, chunks, fail, hex, runMain, silentLogger } from './noise-peer.mjs'

const toolBinary = process.argv[2] || fail('usage: noise-baileys-initiator.mjs <noise_tool>')

async function collectFrames(noise, tool, count) {
	const frames = []
	while (frames.length < count) {
		const msg = await tool.next()
		if (msg.event === 'message') continue // our side's report of what it decrypted
		check(msg.event === 'send', `unexpected ${JSON.stringify(msg)}`)
		await noise.decodeFrame(Buffer.from(msg.data, 'hex'), (frame) => frames.push(frame))
	}
	return frames
}

function verifyChainStrictly(chainBytes, rootKey, serverStatic) {
	const verify = (pub, msg, sig) =>
		libsignalCurve.verifySignature(Buffer.concat([Buffer.from([5]), pub]), msg, sig) === true
	const { leaf, intermediate } = proto.CertChain.decode(chainBytes)
	const Details = proto.CertChain.NoiseCertificate.Details
	check(verify(rootKey, intermediate.details, intermediate.signature), 'intermediate not signed by the root')
	const i = Details.decode(intermediate.details)
	check(i.issuerSerial === 0, 'intermediate issuer serial is not 0')
	check(verify(Buffer.from(i.key), leaf.details, leaf.signature), 'leaf not signed by the intermediate')
	const l = Details.decode(leaf.details)
	check(l.issuerSerial === i.serial, 'leaf issuer serial differs from the intermediate serial')
	check(Buffer.from(l.key).equals(serverStatic), 'leaf key is not the server static key')
	const now = Math.floor(Date.now() / 1000)
	for (const d of [i, l]) check(Number(d.notBefore) <= now && now <= Number(d.notAfter), 'certificate not valid now')
}

runMain(async () => {
	const tool = new Tool(toolBinary, ['responder'])
	const ready = await tool.expect('ready')
	WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(ready.rootPublicKey, 'hex')
	WA_CERT_DETAILS.SERIAL = ready.rootSerial
	verifyChainStrictly(Buffer.from(ready.certChain, 'hex'), WA_CERT_DETAILS.PUBLIC_KEY, Buffer.from(ready.serverStaticKey, 'hex'))

	const ephemeral = Curve.generateKeyPair()
	const noiseKey = Curve.generateKeyPair()
	const noise = makeNoiseHandler({ keyPair: ephemeral, NOISE_HEADER: NOISE_WA_HEADER, logger: silentLogger })

	const hello = proto.HandshakeMessage.encode({ clientHello: { ephemeral: ephemeral.public } }).finish()
	for (const piece of chunks(noise.encodeFrame(hello))) tool.send({ data: hex(piece) })

	const serverHelloBytes = (await collectFrames(noise, tool, 1))[0]
	const handshake = proto.HandshakeMessage.decode(serverHelloBytes)
	// Throws (and fails the test) if the chain or any decryption does not check out.
	const keyEnc = noise.processHandshake(handshake, noiseKey)
	const payload = proto.ClientPayload.encode({ username: 15551234567, passive: true, device: 3 }).finish()
	const payloadEnc = noise.encrypt(payload)
	const finish = proto.HandshakeMessage.encode({ clientFinish: { static: keyEnc, payload: payloadEnc } }).finish()
	for (const piece of chunks(noise.encodeFrame(finish), 11)) tool.send({ data: hex(piece) })
	await noise.finishInit()

	const done = await tool.expect('handshake')
	check(done.payload === hex(payload), 'responder decrypted a different ClientPayload')
	check(done.clientStatic === hex(noiseKey.public), 'responder saw a different client static key')

	// Transport: several nodes glued into one write, then split arbitrarily.
	const nodes = [
		{ tag: 'iq', attrs: { id: '1', type: 'get', xmlns: 'w:p' }, content: [{ tag: 'ping', attrs: {} }] },
		{ tag: 'presence', attrs: { type: 'available', name: 'interop' } },
		{ tag: 'message', attrs: { id: 'ABC', type: 'text' }, content: Buffer.alloc(3000, 7) }
	]
	const wire = Buffer.concat(nodes.map((n) => noise.encodeFrame(encodeBinaryNode(n))))
	for (const piece of chunks(wire, 3)) tool.send({ data: hex(piece) })
	const echoed = await collectFrames(noise, tool, nodes.length)
	for (let i = 0; i < nodes.length; i++) {
		check(echoed[i].tag === nodes[i].tag, `echo ${i}: tag ${echoed[i].tag} != ${nodes[i].tag}`)
		check(JSON.stringify(echoed[i].attrs) === JSON.stringify(nodes[i].attrs), `echo ${i}: attributes differ`)
	}
	check(Buffer.compare(Buffer.from(echoed[2].content), nodes[2].content) === 0, 'echoed binary content differs')

	// A frame the server sends on its own initiative.
	const serverNode = { tag: 'success', attrs: { t: '1700000000', lid: '123@lid' } }
	tool.send({ send: hex(encodeBinaryNode(serverNode)) })
	const [pushed] = await collectFrames(noise, tool, 1)
	check(pushed.tag === 'success' && pushed.attrs.t === '1700000000', 'server-initiated frame differs')
	await tool.close()
})
