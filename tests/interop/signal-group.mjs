// Sender-key group messages between our adapter (signal_tool) and Baileys' own group cipher
// (lib/Signal/Group), both directions: our SKDM processed by Baileys and our skmsg decrypted
// there, then Baileys' SKDM processed by us and its skmsg decrypted here; with out-of-order
// delivery, a duplicate and a tampered message refused on both sides.
import { randomBytes } from 'node:crypto'
import {
	GroupCipher, GroupSessionBuilder, SenderKeyDistributionMessage, SenderKeyName, SenderKeyRecord
} from '@whiskeysockets/baileys/lib/Signal/Group/index.js'
import { BufferJSON } from '@whiskeysockets/baileys'
import libsignal from 'libsignal'
import { runMain } from './noise-peer.mjs'
import { SignalTool, check, fail, hex, unhex } from './signal-peer.mjs'

const toolBinary = process.argv[2] || fail('usage: signal-group.mjs <signal_tool>')
const GROUP = '120363025246125486@g.us'
const OUR = { name: '15550009999', device: 4 }
const THEIR = { name: '15550001111_1', device: 2 } // a LID address, as Baileys names them

// Baileys' sender-key store shape: records serialized between calls with BufferJSON, as its
// key store does.
function makeStore() {
	const records = new Map()
	return {
		async loadSenderKey(name) {
			const stored = records.get(name.toString())
			return stored ? SenderKeyRecord.deserialize(stored) : new SenderKeyRecord()
		},
		async storeSenderKey(name, record) {
			records.set(name.toString(), Buffer.from(JSON.stringify(record.serialize(), BufferJSON.replacer)))
		}
	}
}

const nameOf = (who) => new SenderKeyName(GROUP, new libsignal.ProtocolAddress(who.name, who.device))
const refuses = async (promise) => { try { await promise; return false } catch { return true } }

runMain(async () => {
	const tool = new SignalTool(toolBinary, 'interop-group')
	await tool.ready()
	const at = (who) => ({ group: GROUP, name: who.name, device: who.device })

	// Direction 1: we send, Baileys receives (two receivers).
	const receivers = [makeStore(), makeStore()]
	const { skdm } = await tool.ask({ op: 'group-create', ...at(OUR) })
	for (const store of receivers) {
		const message = new SenderKeyDistributionMessage(null, null, null, null, unhex(skdm))
		await new GroupSessionBuilder(store).process(nameOf(OUR), message)
	}
	const ours = []
	for (let i = 0; i < 8; i++) {
		const pt = Buffer.concat([Buffer.from(`group #${i} `), randomBytes(i * 11)])
		const { data } = await tool.ask({ op: 'group-encrypt', ...at(OUR), pt: hex(pt) })
		ours.push({ pt, data: unhex(data) })
	}
	for (const i of [0, 1, 2, 3, 4, 5, 6, 7]) {
		const got = await new GroupCipher(receivers[0], nameOf(OUR)).decrypt(ours[i].data)
		check(Buffer.from(got).equals(ours[i].pt), `Baileys decrypted something else from our skmsg ${i}`)
	}
	for (const i of [7, 2, 0, 5, 1, 6, 3, 4]) {
		const got = await new GroupCipher(receivers[1], nameOf(OUR)).decrypt(ours[i].data)
		check(Buffer.from(got).equals(ours[i].pt), `Baileys decrypted something else from our out-of-order skmsg ${i}`)
	}
	check(await refuses(new GroupCipher(receivers[0], nameOf(OUR)).decrypt(ours[3].data)),
		'Baileys accepted a duplicate of our skmsg')
	const last = await tool.ask({ op: 'group-encrypt', ...at(OUR), pt: hex(Buffer.from('last')) })
	const tamperedOurs = unhex(last.data)
	tamperedOurs[tamperedOurs.length - 70] ^= 0x01
	check(await refuses(new GroupCipher(receivers[0], nameOf(OUR)).decrypt(tamperedOurs)),
		'Baileys accepted a tampered skmsg of ours')
	check(Buffer.from(await new GroupCipher(receivers[0], nameOf(OUR)).decrypt(unhex(last.data))).toString() === 'last',
		'Baileys could not decrypt our skmsg after a tampered copy')

	// Direction 2: Baileys sends, we receive.
	const sender = makeStore()
	const theirSkdm = await new GroupSessionBuilder(sender).create(nameOf(THEIR))
	await tool.ask({ op: 'group-process', ...at(THEIR), skdm: hex(theirSkdm.serialize()) })
	const theirs = []
	for (let i = 0; i < 8; i++) {
		const pt = Buffer.concat([Buffer.from(`baileys #${i} `), randomBytes(i * 13)])
		theirs.push({ pt, data: Buffer.from(await new GroupCipher(sender, nameOf(THEIR)).encrypt(pt)) })
	}
	for (const i of [0, 1, 4, 2, 7, 3, 6, 5]) {
		const got = await tool.ask({ op: 'group-decrypt', ...at(THEIR), data: hex(theirs[i].data) })
		check(got.pt === hex(theirs[i].pt), `we decrypted something else from Baileys' skmsg ${i}`)
	}
	const dup = await tool.raw({ op: 'group-decrypt', ...at(THEIR), data: hex(theirs[4].data) })
	check(dup.event === 'failed' && dup.code === 'duplicate_message', `duplicate skmsg not refused: ${JSON.stringify(dup)}`)
	const next = Buffer.from(await new GroupCipher(sender, nameOf(THEIR)).encrypt(Buffer.from('next')))
	const tampered = Buffer.from(next)
	tampered[10] ^= 0x01
	const bad = await tool.raw({ op: 'group-decrypt', ...at(THEIR), data: hex(tampered) })
	check(bad.event === 'failed', `tampered skmsg not refused: ${JSON.stringify(bad)}`)
	const good = await tool.ask({ op: 'group-decrypt', ...at(THEIR), data: hex(next) })
	check(good.pt === hex(Buffer.from('next')), 'the untampered skmsg did not decrypt afterwards')
	// Another sender's key does not open Baileys' messages.
	const wrong = await tool.raw({ op: 'group-decrypt', group: GROUP, name: THEIR.name, device: 9, data: hex(next) })
	check(wrong.event === 'failed' && wrong.code === 'no_session', `unknown sender not refused: ${JSON.stringify(wrong)}`)

	await tool.close()
})
