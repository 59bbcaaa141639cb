// (c) The QR payload: ours equals the string Baileys' buildPairingQRData makes from the same
// ref, keys and browser (platform id from Baileys' getCompanionPlatformId).
import { randomBytes } from 'node:crypto'
import { Browsers, buildPairingQRData, getCompanionPlatformId } from '@whiskeysockets/baileys'
import { check, fail, hex, makeTool, runMain } from './pairing-peer.mjs'

const tool = makeTool(process.argv[2] || fail('usage: pairing-qr.mjs <pairing_tool>'))

const browsers = [Browsers.macOS('Chrome'), Browsers.windows('Desktop'), Browsers.ubuntu('Desktop'),
	Browsers.macOS('Firefox'), Browsers.macOS('Safari'), Browsers.baileys('Nothing')]

runMain(async () => {
	for (let i = 0; i < 24; i++) {
		const browser = browsers[i % browsers.length]
		// Refs look like "2@" + base64; they contain '+', '/' and '=' that must pass through untouched.
		const ref = `2@${randomBytes(30 + i).toString('base64')}`
		const noise = randomBytes(32), identity = randomBytes(32), adv = randomBytes(32)
		const theirs = buildPairingQRData(ref, noise.toString('base64'), identity.toString('base64'),
			adv.toString('base64'), browser)
		const ours = tool({ op: 'qr', ref, noise: hex(noise), identity: hex(identity), adv: hex(adv),
			platform: getCompanionPlatformId(browser) })
		check(ours.ok, `we refused to build a QR: ${JSON.stringify(ours)}`)
		check(ours.qr === theirs, `QR strings differ (round ${i}):\n ours   ${ours.qr}\n Baileys ${theirs}`)
	}
	// The Baileys creds shape: advSecretKey is already base64 there; same result.
	const ref = '2@abc'
	const noise = randomBytes(32), identity = randomBytes(32), adv = randomBytes(32)
	const ours = tool({ op: 'qr', ref, noise: hex(noise), identity: hex(identity), adv: hex(adv), platform: '1' })
	check(ours.qr.startsWith('https://wa.me/settings/linked_devices#2@abc,'), `unexpected prefix: ${ours.qr}`)
	check(ours.qr.split(',').length === 5, 'current format has five comma-separated parts')
})
