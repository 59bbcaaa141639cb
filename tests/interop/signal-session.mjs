// 1:1 Signal sessions between our adapter (signal_tool) and libsignal-node, both directions:
// the initiator's pkmsg first, then msg both ways, bursts, out-of-order delivery, and
// rejection of a duplicate and of a tampered message on both sides.
import { randomBytes } from 'node:crypto'
import { runMain } from './noise-peer.mjs'
import { NodeDevice, SignalTool, check, fail, hex, unhex } from './signal-peer.mjs'

const toolBinary = process.argv[2] || fail('usage: signal-session.mjs <signal_tool>')
const OUR_NAME = '15550009999'
const OUR_DEVICE = 4

const text = (who, i) => Buffer.concat([Buffer.from(`${who} #${i} `), randomBytes(i * 7)])

async function toNode(tool, node, nodeName, plaintext, expectType) {
	const sent = await tool.ask({ op: 'encrypt', name: nodeName, device: 0, pt: hex(plaintext) })
	if (expectType) check(sent.type === expectType, `we sent ${sent.type}, expected ${expectType}`)
	const got = await node.decrypt(node.address(OUR_NAME, OUR_DEVICE), sent.type, unhex(sent.data))
	check(Buffer.from(got).equals(plaintext), `libsignal-node decrypted something else from our ${sent.type}`)
	return sent
}

async function toTool(tool, node, nodeName, plaintext, expectType) {
	const sent = await node.encrypt(node.address(OUR_NAME, OUR_DEVICE), plaintext)
	if (expectType) check(sent.type === expectType, `libsignal-node sent ${sent.type}, expected ${expectType}`)
	const got = await tool.ask({ op: 'decrypt', name: nodeName, device: 0, type: sent.type, data: hex(sent.data) })
	check(got.pt === hex(plaintext), `we decrypted something else from libsignal-node's ${sent.type}`)
	return sent
}

async function conversation(tool, node, nodeName, weStart) {
	if (weStart) {
		await toNode(tool, node, nodeName, text('ours', 0), 'pkmsg')
		await toNode(tool, node, nodeName, text('ours', 1), 'pkmsg')
		await toTool(tool, node, nodeName, text('theirs', 0), 'msg')
	} else {
		await toTool(tool, node, nodeName, text('theirs', 0), 'pkmsg')
		await toTool(tool, node, nodeName, text('theirs', 1), 'pkmsg')
		await toNode(tool, node, nodeName, text('ours', 0), 'msg')
	}
	for (let round = 1; round < 8; round++) {
		await toNode(tool, node, nodeName, text('ours', round), 'msg')
		for (let i = 0; i < round % 3; i++) await toNode(tool, node, nodeName, text('ours-burst', i), 'msg')
		await toTool(tool, node, nodeName, text('theirs', round), 'msg')
		for (let i = 0; i < round % 4; i++) await toTool(tool, node, nodeName, text('theirs-burst', i), 'msg')
	}

	// Out of order both ways, then a duplicate and a tampered message must be refused.
	const ours = []
	for (let i = 0; i < 5; i++) {
		const pt = text('late', i)
		ours.push({ pt, sent: await tool.ask({ op: 'encrypt', name: nodeName, device: 0, pt: hex(pt) }) })
	}
	for (const i of [4, 1, 3, 0, 2]) {
		const got = await node.decrypt(node.address(OUR_NAME, OUR_DEVICE), ours[i].sent.type, unhex(ours[i].sent.data))
		check(Buffer.from(got).equals(ours[i].pt), `libsignal-node: out-of-order message ${i} differs`)
	}
	let refused = false
	try { await node.decrypt(node.address(OUR_NAME, OUR_DEVICE), 'msg', unhex(ours[2].sent.data)) } catch { refused = true }
	check(refused, 'libsignal-node accepted a duplicate of our message')

	const theirs = []
	for (let i = 0; i < 5; i++) {
		const pt = text('late-theirs', i)
		theirs.push({ pt, sent: await node.encrypt(node.address(OUR_NAME, OUR_DEVICE), pt) })
	}
	for (const i of [3, 0, 4, 2, 1]) {
		const got = await tool.ask({ op: 'decrypt', name: nodeName, device: 0, type: 'msg', data: hex(theirs[i].sent.data) })
		check(got.pt === hex(theirs[i].pt), `we: out-of-order message ${i} differs`)
	}
	const dup = await tool.raw({ op: 'decrypt', name: nodeName, device: 0, type: 'msg', data: hex(theirs[1].sent.data) })
	check(dup.event === 'failed' && dup.code === 'duplicate_message', `duplicate not refused: ${JSON.stringify(dup)}`)
	const next = await node.encrypt(node.address(OUR_NAME, OUR_DEVICE), Buffer.from('tampered'))
	const tampered = Buffer.from(next.data)
	tampered[tampered.length - 3] ^= 0x20
	const bad = await tool.raw({ op: 'decrypt', name: nodeName, device: 0, type: 'msg', data: hex(tampered) })
	check(bad.event === 'failed' && bad.code === 'invalid_message', `tampered message not refused: ${JSON.stringify(bad)}`)
	const good = await tool.ask({ op: 'decrypt', name: nodeName, device: 0, type: 'msg', data: hex(next.data) })
	check(good.pt === hex(Buffer.from('tampered')), 'the untampered original did not decrypt afterwards')
	await toNode(tool, node, nodeName, text('final', 0), 'msg')
}

runMain(async () => {
	const tool = new SignalTool(toolBinary, 'interop-session')
	await tool.ready()
	const ourBundle = await tool.ask({ op: 'bundle' })

	// Direction 1: libsignal-node initiates from our bundle (with one-time pre-key).
	const alice = new NodeDevice('alice')
	await alice.buildFrom(alice.address(OUR_NAME, OUR_DEVICE), ourBundle)
	await conversation(tool, alice, 'node-alice', false)

	// Direction 2: we initiate from libsignal-node's bundle.
	const bob = new NodeDevice('bob')
	await tool.ask({ op: 'build', name: 'node-bob', device: 0, bundle: bob.bundle() })
	await conversation(tool, bob, 'node-bob', true)
	check(!bob.preKeys.has(bob.preKey.keyId), 'libsignal-node did not consume its one-time pre-key')

	// Direction 2 without a one-time pre-key.
	const carol = new NodeDevice('carol')
	const { preKeyId, preKey, ...noOneTime } = carol.bundle()
	await tool.ask({ op: 'build', name: 'node-carol', device: 0, bundle: noOneTime })
	await conversation(tool, carol, 'node-carol', true)

	await tool.close()
})
