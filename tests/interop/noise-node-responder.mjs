// (b) OUR initiator (noise_tool initiator) against a responder written here from the protocol
// description with node:crypto, using Baileys' Curve (libsignal) for X25519 and XEdDSA and its
// protobuf definitions. The chain is signed by a test root whose public key we hand to our
// initiator. Transport frames then go both ways.
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto'
import { Curve, proto } from '@whiskeysockets/baileys'
import { Tool, check, chunks, fail, hex, runMain } from './noise-peer.mjs'

const toolBinary = process.argv[2] || fail('usage: noise-node-responder.mjs <noise_tool>')
const HEADER = Buffer.from([0x57, 0x41, 0x06, 0x03])

const sha256 = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest()
function hkdf64(ikm, salt) {
	const prk = createHmac('sha256', salt).update(ikm).digest()
	const t1 = createHmac('sha256', prk).update(Buffer.from([1])).digest()
	const t2 = createHmac('sha256', prk).update(Buffer.concat([t1, Buffer.from([2])])).digest()
	return [t1, t2]
}
function iv(counter) {
	const out = Buffer.alloc(12)
	out.writeUInt32BE(counter, 8)
	return out
}
function gcmEncrypt(key, counter, plaintext, aad) {
	const c = createCipheriv('aes-256-gcm', key, iv(counter))
	c.setAAD(aad)
	return Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()])
}
function gcmDecrypt(key, counter, data, aad) {
	const d = createDecipheriv('aes-256-gcm', key, iv(counter))
	d.setAAD(aad)
	d.setAuthTag(data.subarray(data.length - 16))
	return Buffer.concat([d.update(data.subarray(0, data.length - 16)), d.final()])
}

class Responder {
	constructor() {
		this.h = Buffer.from('Noise_XX_25519_AESGCM_SHA256\0\0\0\0')
		this.ck = this.h
		this.k = null
		this.n = 0
	}
	mixHash(d) { this.h = sha256(this.h, d) }
	mixKey(ikm) { [this.ck, this.k] = hkdf64(ikm, this.ck); this.n = 0 }
	encrypt(p) { const c = gcmEncrypt(this.k, this.n++, p, this.h); this.mixHash(c); return c }
	decrypt(c) { const p = gcmDecrypt(this.k, this.n++, c, this.h); this.mixHash(c); return p }
}

function frame(payload) {
	const out = Buffer.alloc(3 + payload.length)
	out.writeUIntBE(payload.length, 0, 3)
	Buffer.from(payload).copy(out, 3)
	return out
}

// Reassembles the bytes our initiator writes; strips its header once.
class Reader {
	constructor() { this.buf = Buffer.alloc(0); this.headerSeen = false }
	push(bytes) {
		this.buf = Buffer.concat([this.buf, bytes])
		if (!this.headerSeen) {
			if (this.buf.length < 4) return []
			check(this.buf.subarray(0, 4).equals(HEADER), `bad connection header ${hex(this.buf.subarray(0, 4))}`)
			this.buf = this.buf.subarray(4)
			this.headerSeen = true
		}
		const frames = []
		while (this.buf.length >= 3) {
			const size = this.buf.readUIntBE(0, 3)
			if (this.buf.length < 3 + size) break
			frames.push(this.buf.subarray(3, 3 + size))
			this.buf = this.buf.subarray(3 + size)
		}
		return frames
	}
}

function issueChain(root, serverStatic) {
	const intermediate = Curve.generateKeyPair()
	const now = Math.floor(Date.now() / 1000)
	const Details = proto.CertChain.NoiseCertificate.Details
	const intermediateDetails = Details.encode({ serial: 5, issuerSerial: 0, key: intermediate.public, notBefore: now - 60, notAfter: now + 3600 }).finish()
	const leafDetails = Details.encode({ serial: 6, issuerSerial: 5, key: serverStatic.public, notBefore: now - 60, notAfter: now + 3600 }).finish()
	return proto.CertChain.encode({
		intermediate: { details: intermediateDetails, signature: Curve.sign(root.private, intermediateDetails) },
		leaf: { details: leafDetails, signature: Curve.sign(intermediate.private, leafDetails) }
	}).finish()
}

async function nextFrames(tool, reader) {
	for (;;) {
		const msg = await tool.next()
		if (msg.event === 'message' || msg.event === 'handshake') continue
		check(msg.event === 'send', `unexpected ${JSON.stringify(msg)}`)
		const frames = reader.push(Buffer.from(msg.data, 'hex'))
		if (frames.length) return frames
	}
}

runMain(async () => {
	const root = Curve.generateKeyPair()
	const serverStatic = Curve.generateKeyPair()
	const serverEphemeral = Curve.generateKeyPair()
	const clientPayload = Buffer.from('0801180322020801', 'hex')
	const tool = new Tool(toolBinary, ['initiator', hex(root.public), hex(clientPayload)])
	const ready = await tool.expect('ready')
	const reader = new Reader()

	const [helloBytes] = await nextFrames(tool, reader)
	const hello = proto.HandshakeMessage.decode(helloBytes)
	const clientEphemeral = Buffer.from(hello.clientHello.ephemeral)
	check(clientEphemeral.length === 32, 'client ephemeral is not 32 bytes')

	const noise = new Responder()
	noise.mixHash(HEADER)
	noise.mixHash(clientEphemeral)
	noise.mixHash(serverEphemeral.public)
	noise.mixKey(Curve.sharedKey(serverEphemeral.private, clientEphemeral))
	const encStatic = noise.encrypt(serverStatic.public)
	noise.mixKey(Curve.sharedKey(serverStatic.private, clientEphemeral))
	const encCert = noise.encrypt(issueChain(root, serverStatic))
	const serverHello = proto.HandshakeMessage.encode({ serverHello: { ephemeral: serverEphemeral.public, static: encStatic, payload: encCert } }).finish()
	for (const piece of chunks(frame(serverHello), 5)) tool.send({ data: hex(piece) })

	const [finishBytes] = await nextFrames(tool, reader)
	const finish = proto.HandshakeMessage.decode(finishBytes).clientFinish
	const clientStatic = noise.decrypt(Buffer.from(finish.static))
	check(hex(clientStatic) === ready.staticPublicKey, 'decrypted client static differs from the initiator\'s key')
	noise.mixKey(Curve.sharedKey(serverEphemeral.private, clientStatic))
	const payload = noise.decrypt(Buffer.from(finish.payload))
	check(payload.equals(clientPayload), 'decrypted ClientPayload differs')
	const [clientWrite, clientRead] = hkdf64(Buffer.alloc(0), noise.ck)
	let readCounter = 0
	let writeCounter = 0

	// Server -> client: our initiator decrypts and echoes each message back re-encrypted.
	const messages = [Buffer.from('00f8061908550429f801f80156', 'hex'), Buffer.alloc(5000, 1), Buffer.from([0])]
	const wire = Buffer.concat(messages.map((m) => frame(gcmEncrypt(clientRead, writeCounter++, m, Buffer.alloc(0)))))
	for (const piece of chunks(wire, 9)) tool.send({ data: hex(piece) })
	const echoes = []
	while (echoes.length < messages.length) echoes.push(...(await nextFrames(tool, reader)))
	for (let i = 0; i < messages.length; i++) {
		const plain = gcmDecrypt(clientWrite, readCounter++, echoes[i], Buffer.alloc(0))
		check(plain.equals(messages[i]), `echo ${i} differs`)
	}
	// Client -> server on the client's own initiative.
	tool.send({ send: hex(Buffer.from('client says hi')) })
	const [up] = await nextFrames(tool, reader)
	check(gcmDecrypt(clientWrite, readCounter++, up, Buffer.alloc(0)).toString() === 'client says hi', 'client frame differs')
	await tool.close()
})
