// (d) Pairing code against Baileys: code encoding (bytesToCrockford), key derivation
// (derivePairingCodeKey), the wrapped ephemeral keys (Baileys' aesEncryptCTR / aesDecryptCTR in
// the layout of its generatePairingKey / decipherLinkPublicKey), and the companion_finish
// exchange in both roles. Baileys keeps the finish logic inline in its notification handler
// (not exported), so Node replays those steps here with Baileys' exported primitives (Curve,
// hkdf, aesEncryptGCM / aesDecryptGCM) in the order messages-recv.js performs them.
import { randomBytes } from 'node:crypto'
import {
	aesDecryptCTR, aesDecryptGCM, aesEncryptCTR, aesEncryptGCM, bytesToCrockford, Curve, derivePairingCodeKey, hkdf
} from '@whiskeysockets/baileys'
import { check, fail, hex, makeTool, runMain, unhex } from './pairing-peer.mjs'

const tool = makeTool(process.argv[2] || fail('usage: pairing-code.mjs <pairing_tool>'))

const BUNDLE_INFO = 'link_code_pairing_key_bundle_encryption_key'

async function baileysWrap(code, pub) {
	const salt = randomBytes(32), iv = randomBytes(16)
	const key = await derivePairingCodeKey(code, salt)
	return Buffer.concat([salt, iv, aesEncryptCTR(pub, key, iv)])
}

async function baileysUnwrap(code, wrapped) {
	const key = await derivePairingCodeKey(code, wrapped.subarray(0, 32))
	return aesDecryptCTR(wrapped.subarray(48, 80), key, wrapped.subarray(32, 48))
}

const advSecret = (ephShared, identityShared, random) =>
	Buffer.from(hkdf(Buffer.concat([ephShared, identityShared, random]), 32, { info: 'adv_secret' }))

runMain(async () => {
	for (let i = 0; i < 6; i++) {
		const raw = randomBytes(5)
		const code = bytesToCrockford(raw)
		const ours = tool({ op: 'encode-code', bytes: hex(raw) })
		check(ours.code === code, `code encoding differs: ours ${ours.code}, Baileys ${code}`)

		const salt = randomBytes(32)
		const key = tool({ op: 'code-key', code, salt: hex(salt) })
		check(key.ok && key.key === hex(await derivePairingCodeKey(code, salt)), `PBKDF2 key differs for ${code}`)

		// Companion hello: Baileys-wrapped key opens with ours, ours with Baileys'.
		const eph = Curve.generateKeyPair()
		const unwrapped = tool({ op: 'code-unwrap', code, wrapped: hex(await baileysWrap(code, eph.public)) })
		check(unwrapped.ok && unwrapped.pub === hex(eph.public), 'we cannot unwrap a Baileys-wrapped key')
		const wrapped = tool({ op: 'code-wrap', code, pub: hex(eph.public) })
		check(wrapped.ok && unhex(wrapped.wrapped).length === 80, 'wrapped key is not 80 bytes')
		check(hex(await baileysUnwrap(code, unhex(wrapped.wrapped))) === hex(eph.public), 'Baileys cannot unwrap our key')

		// We are the companion, Node the phone.
		const companionEph = Curve.generateKeyPair(), companionId = Curve.generateKeyPair()
		const primaryEph = Curve.generateKeyPair(), primaryId = Curve.generateKeyPair()
		const finish = tool({ op: 'code-finish', code, ephPriv: hex(companionEph.private), identityPriv: hex(companionId.private),
			wrappedPrimary: hex(await baileysWrap(code, primaryEph.public)), primaryIdentity: hex(primaryId.public) })
		check(finish.ok, `our companion_finish failed: ${JSON.stringify(finish)}`)
		const bundle = unhex(finish.bundle)
		const ephShared = Curve.sharedKey(primaryEph.private, companionEph.public)
		const bundleKey = hkdf(ephShared, 32, { salt: bundle.subarray(0, 32), info: BUNDLE_INFO })
		const plain = aesDecryptGCM(bundle.subarray(44), bundleKey, bundle.subarray(32, 44), Buffer.alloc(0))
		check(hex(plain.subarray(0, 32)) === hex(companionId.public), 'bundle does not start with our identity')
		check(hex(plain.subarray(32, 64)) === hex(primaryId.public), 'bundle does not name the primary identity')
		const phoneAdv = advSecret(ephShared, Curve.sharedKey(primaryId.private, companionId.public), plain.subarray(64))
		check(finish.adv === hex(phoneAdv), `ADV secrets differ (we are companion): ${finish.adv} vs ${hex(phoneAdv)}`)

		// Node is the companion (Baileys' steps), we are the phone.
		const random = randomBytes(32), linkSalt = randomBytes(32), iv = randomBytes(12)
		const cShared = Curve.sharedKey(companionEph.private, primaryEph.public)
		const cKey = hkdf(cShared, 32, { salt: linkSalt, info: BUNDLE_INFO })
		const encrypted = aesEncryptGCM(Buffer.concat([companionId.public, primaryId.public, random]), cKey, iv, Buffer.alloc(0))
		const nodeBundle = Buffer.concat([linkSalt, iv, encrypted])
		const nodeAdv = advSecret(cShared, Curve.sharedKey(companionId.private, primaryId.public), random)
		const phone = tool({ op: 'code-primary-finish', ephPriv: hex(primaryEph.private), identityPriv: hex(primaryId.private),
			companionEph: hex(companionEph.public), bundle: hex(nodeBundle), companionIdentity: hex(companionId.public) })
		check(phone.ok && phone.adv === hex(nodeAdv), `ADV secrets differ (we are phone): ${JSON.stringify(phone)}`)
		const tampered = Buffer.from(nodeBundle)
		tampered[60] ^= 1
		const bad = tool({ op: 'code-primary-finish', ephPriv: hex(primaryEph.private), identityPriv: hex(primaryId.private),
			companionEph: hex(companionEph.public), bundle: hex(tampered), companionIdentity: hex(companionId.public) })
		check(!bad.ok && bad.code === 'decrypt_failed', `tampered bundle: ${JSON.stringify(bad)}`)
	}
})
