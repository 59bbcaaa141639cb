// (a) A pair-success our phone helper issues is accepted by Baileys' configureSuccessfulPairing,
//     and the <pair-device-sign> reply Baileys produces verifies with our phone helper.
// (b) A pair-success built in Node with Baileys' proto + Curve (as a phone would) is accepted by
//     our companion side, and our reply verifies in Node with libsignal.
// Plus tamperings on both sides. Signatures are checked with libsignal directly (see
// pairing-peer.mjs for why Baileys' Curve.verify cannot be trusted to reject anything).
import {
	configureSuccessfulPairing, Curve, getBinaryNodeChild, hmacSign, initAuthCreds, proto,
	WA_ADV_ACCOUNT_SIG_PREFIX, WA_ADV_DEVICE_SIG_PREFIX, WA_ADV_HOSTED_ACCOUNT_SIG_PREFIX
} from '@whiskeysockets/baileys'
import { check, fail, hex, makeTool, runMain, strictVerify, unhex } from './pairing-peer.mjs'

const tool = makeTool(process.argv[2] || fail('usage: pairing-success.mjs <pairing_tool>'))

function pairSuccessStanza(container) {
	return {
		tag: 'iq',
		attrs: { from: 's.whatsapp.net', type: 'set', id: 'pair-1' },
		content: [{
			tag: 'pair-success',
			attrs: {},
			content: [
				{ tag: 'device-identity', attrs: {}, content: Buffer.from(container) },
				{ tag: 'device', attrs: { jid: '15551234567:7@s.whatsapp.net', lid: '123456789012345:7@lid' } },
				{ tag: 'platform', attrs: { name: 'android' } }
			]
		}]
	}
}

function baileysAccepts(container, creds) {
	try {
		return configureSuccessfulPairing(pairSuccessStanza(container), creds)
	} catch (error) {
		return { error }
	}
}

// What a phone does, written with Baileys' own proto and Curve.
function nodeIssue({ account, companionPub, advB64, keyIndex, hostedHmac = false, hostedDevice = false }) {
	const identity = { rawId: 987654321, timestamp: 1763700000, keyIndex }
	if (hostedDevice) identity.deviceType = proto.ADVEncryptionType.HOSTED
	const details = proto.ADVDeviceIdentity.encode(identity).finish()
	const prefix = hostedDevice ? WA_ADV_HOSTED_ACCOUNT_SIG_PREFIX : WA_ADV_ACCOUNT_SIG_PREFIX
	const accountSignature = Curve.sign(account.private, Buffer.concat([prefix, details, companionPub]))
	const signed = proto.ADVSignedDeviceIdentity.encode({ details, accountSignatureKey: account.public, accountSignature }).finish()
	const hmacInput = hostedHmac ? Buffer.concat([WA_ADV_HOSTED_ACCOUNT_SIG_PREFIX, signed]) : Buffer.from(signed)
	const container = { details: signed, hmac: hmacSign(hmacInput, Buffer.from(advB64, 'base64')) }
	if (hostedHmac) container.accountType = proto.ADVEncryptionType.HOSTED
	return Buffer.from(proto.ADVSignedDeviceIdentityHMAC.encode(container).finish())
}

runMain(async () => {
	// (a) our phone -> Baileys companion -> our phone checks the reply.
	for (let i = 0; i < 8; i++) {
		const creds = initAuthCreds()
		const account = Curve.generateKeyPair()
		const hostedDevice = i % 4 === 3, hostedHmac = i % 4 === 2
		const issued = tool({ op: 'issue', accountPriv: hex(account.private), companionPub: hex(creds.signedIdentityKey.public),
			adv: hex(Buffer.from(creds.advSecretKey, 'base64')), rawId: 1000 + i, timestamp: 1763700000 + i,
			keyIndex: i + 1, hostedHmac, hostedDevice })
		check(issued.ok, `our phone helper failed: ${JSON.stringify(issued)}`)
		const container = unhex(issued.container)
		const result = baileysAccepts(container, creds)
		check(!result.error, `Baileys rejects our pair-success (round ${i}): ${result.error?.message}`)
		// Baileys' own account-signature check is toothless; do it properly here.
		const account2 = proto.ADVSignedDeviceIdentity.decode(proto.ADVSignedDeviceIdentityHMAC.decode(container).details)
		const prefix = hostedDevice ? WA_ADV_HOSTED_ACCOUNT_SIG_PREFIX : WA_ADV_ACCOUNT_SIG_PREFIX
		check(strictVerify(account.public, Buffer.concat([prefix, account2.details, creds.signedIdentityKey.public]),
			account2.accountSignature), `libsignal rejects our account signature (round ${i})`)

		const sign = getBinaryNodeChild(result.reply, 'pair-device-sign')
		const deviceIdentity = getBinaryNodeChild(sign, 'device-identity')
		check(result.reply.attrs.id === 'pair-1' && result.reply.attrs.type === 'result', 'reply is not the IQ result')
		check(deviceIdentity.attrs['key-index'] === String(i + 1), `key-index ${deviceIdentity.attrs['key-index']} != ${i + 1}`)
		const verdict = tool({ op: 'verify-reply', reply: hex(deviceIdentity.content), accountPub: hex(account.public),
			companionPub: hex(creds.signedIdentityKey.public) })
		check(verdict.ok && verdict.keyIndex === i + 1, `we reject Baileys' reply (round ${i}): ${JSON.stringify(verdict)}`)
		const other = Curve.generateKeyPair()
		const wrong = tool({ op: 'verify-reply', reply: hex(deviceIdentity.content), accountPub: hex(account.public),
			companionPub: hex(other.public) })
		check(!wrong.ok, `we accept Baileys' reply for another companion (round ${i})`)

		// Tampered HMAC: Baileys must refuse too (its HMAC check is real).
		const tampered = Buffer.from(container)
		tampered[tampered.length - 1] ^= 1
		check(baileysAccepts(tampered, creds).error, `Baileys accepts a bad HMAC (round ${i})`)
	}

	// (b) Node phone (Baileys proto + Curve) -> our companion -> Node checks our reply.
	for (let i = 0; i < 8; i++) {
		const account = Curve.generateKeyPair()
		const companion = Curve.generateKeyPair()
		const advB64 = initAuthCreds().advSecretKey
		const hostedDevice = i % 4 === 3, hostedHmac = i % 4 === 2
		const container = nodeIssue({ account, companionPub: companion.public, advB64, keyIndex: 20 + i, hostedHmac, hostedDevice })
		const adv = hex(Buffer.from(advB64, 'base64'))
		const ours = tool({ op: 'process', container: hex(container), adv, identityPriv: hex(companion.private) })
		check(ours.ok, `we reject a Baileys-built pair-success (round ${i}): ${JSON.stringify(ours)}`)
		check(ours.keyIndex === 20 + i && ours.rawId === 987654321 && ours.timestamp === 1763700000, 'parsed identity differs')
		check(ours.accountKey === hex(account.public), 'account signature key differs')
		check(ours.hostedDevice === hostedDevice, 'device type differs')

		const reply = proto.ADVSignedDeviceIdentity.decode(unhex(ours.reply))
		check(!reply.accountSignatureKey?.length, 'our reply still carries accountSignatureKey')
		const deviceMsg = Buffer.concat([WA_ADV_DEVICE_SIG_PREFIX, reply.details, companion.public, account.public])
		check(strictVerify(companion.public, deviceMsg, reply.deviceSignature), `libsignal rejects our device signature (round ${i})`)
		const stored = proto.ADVSignedDeviceIdentity.decode(unhex(ours.account))
		check(hex(stored.accountSignatureKey) === hex(account.public), 'persisted identity lacks the account key')

		// Tamperings our side must refuse, each with its own code.
		const badHmac = Buffer.from(container)
		badHmac[badHmac.length - 1] ^= 1
		const r1 = tool({ op: 'process', container: hex(badHmac), adv, identityPriv: hex(companion.private) })
		check(!r1.ok && r1.code === 'hmac_mismatch', `bad HMAC: ${JSON.stringify(r1)}`)
		const stranger = Curve.generateKeyPair()
		const r2 = tool({ op: 'process', container: hex(container), adv, identityPriv: hex(stranger.private) })
		check(!r2.ok && r2.code === 'invalid_account_signature', `wrong identity: ${JSON.stringify(r2)}`)
		// A forged account signature under a correct HMAC (Baileys would accept this one).
		const forgedSigned = proto.ADVSignedDeviceIdentity.decode(proto.ADVSignedDeviceIdentityHMAC.decode(container).details)
		forgedSigned.accountSignature = Buffer.from(forgedSigned.accountSignature)
		forgedSigned.accountSignature[3] ^= 0x10
		const forgedDetails = proto.ADVSignedDeviceIdentity.encode(forgedSigned).finish()
		const forgedHmacInput = hostedHmac ? Buffer.concat([WA_ADV_HOSTED_ACCOUNT_SIG_PREFIX, forgedDetails]) : Buffer.from(forgedDetails)
		const forged = proto.ADVSignedDeviceIdentityHMAC.encode({ details: forgedDetails,
			hmac: hmacSign(forgedHmacInput, Buffer.from(advB64, 'base64')),
			accountType: hostedHmac ? proto.ADVEncryptionType.HOSTED : undefined }).finish()
		const r3 = tool({ op: 'process', container: hex(forged), adv, identityPriv: hex(companion.private) })
		check(!r3.ok && r3.code === 'invalid_account_signature', `forged signature: ${JSON.stringify(r3)}`)
	}
})
