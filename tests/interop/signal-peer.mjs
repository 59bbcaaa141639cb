// Helpers shared by the Signal interop scripts: a reference device built on libsignal-node
// (the `libsignal` package Baileys uses for 1:1 sessions) with in-memory stores that
// serialize records the way Baileys' key store does, plus small request helpers for our
// signal_tool.
import libsignal from 'libsignal'
import { Tool, check, fail, hex } from './noise-peer.mjs'

export { check, fail, hex }

const unhex = (s) => Buffer.from(s, 'hex')
export { unhex }

export class NodeDevice {
	constructor(name) {
		this.name = name
		this.identity = libsignal.curve.generateKeyPair() // pubKey is 33 bytes (0x05 || key)
		this.registrationId = libsignal.keyhelper.generateRegistrationId()
		this.signedPreKey = libsignal.keyhelper.generateSignedPreKey(this.identity, 7)
		this.preKey = libsignal.keyhelper.generatePreKey(31)
		this.sessions = new Map()
		this.preKeys = new Map([[this.preKey.keyId, this.preKey.keyPair]])
		const device = this
		this.storage = {
			getOurIdentity: async () => device.identity,
			getOurRegistrationId: async () => device.registrationId,
			isTrustedIdentity: async () => true,
			loadPreKey: async (id) => device.preKeys.get(Number(id)),
			removePreKey: async (id) => { device.preKeys.delete(Number(id)) },
			loadSignedPreKey: async (id) => Number(id) === device.signedPreKey.keyId ? device.signedPreKey.keyPair : undefined,
			loadSession: async (address) => {
				const stored = device.sessions.get(address)
				return stored ? libsignal.SessionRecord.deserialize(stored) : undefined
			},
			storeSession: async (address, record) => { device.sessions.set(address, record.serialize()) }
		}
	}

	address(name, device) {
		return new libsignal.ProtocolAddress(name, device)
	}

	// Our bundle in signal_tool's JSON shape (raw 32-byte keys, as on the XMPP layer).
	bundle() {
		return {
			registrationId: this.registrationId,
			identity: hex(this.identity.pubKey.subarray(1)),
			signedPreKeyId: this.signedPreKey.keyId,
			signedPreKey: hex(this.signedPreKey.keyPair.pubKey.subarray(1)),
			signature: hex(this.signedPreKey.signature),
			preKeyId: this.preKey.keyId,
			preKey: hex(this.preKey.keyPair.pubKey.subarray(1))
		}
	}

	// Builds a session from signal_tool's bundle, re-prefixing keys with 0x05 like Baileys does.
	async buildFrom(address, b) {
		const prefixed = (h) => Buffer.concat([Buffer.from([5]), unhex(h)])
		await new libsignal.SessionBuilder(this.storage, address).initOutgoing({
			registrationId: b.registrationId,
			identityKey: prefixed(b.identity),
			signedPreKey: { keyId: b.signedPreKeyId, publicKey: prefixed(b.signedPreKey), signature: unhex(b.signature) },
			preKey: b.preKeyId === undefined ? undefined : { keyId: b.preKeyId, publicKey: prefixed(b.preKey) }
		})
	}

	async encrypt(address, plaintext) {
		const { type, body } = await new libsignal.SessionCipher(this.storage, address).encrypt(plaintext)
		return { type: type === 3 ? 'pkmsg' : 'msg', data: Buffer.from(body, 'binary') }
	}

	async decrypt(address, type, data) {
		const cipher = new libsignal.SessionCipher(this.storage, address)
		return type === 'pkmsg' ? cipher.decryptPreKeyWhisperMessage(data) : cipher.decryptWhisperMessage(data)
	}
}

// signal_tool wrapper: one request, one reply; a "failed" reply is fatal unless expected.
export class SignalTool {
	constructor(binary, seed) {
		this.tool = new Tool(binary, [seed])
	}

	async ready() {
		await this.tool.expect('ready')
	}

	async raw(request) {
		this.tool.send(request)
		return this.tool.next()
	}

	async ask(request) {
		const reply = await this.raw(request)
		check(reply.event === 'ok', `signal_tool refused ${request.op}: ${JSON.stringify(reply)}`)
		return reply
	}

	close() {
		return this.tool.close()
	}
}
